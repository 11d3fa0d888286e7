#include "form_cache.hpp"

#include <cstring>
#include <memory>
#include <utility>

#include "short_hash.hpp"
#include "vocab_impl.hpp"

namespace precis::grammar {

// The token kind is part of the key (facts differ for a word and a number); `capitalised`
// follows from the text. The lexicon's answer and the facts are each tagged with what they
// were read from, and filled when first asked for.
struct form_cache::slot {
    uint64_t lexicon = 0;  // lexicon::id() of `analysis`; 0 when none
    const lexicon::analysis* analysis = nullptr;
    uint64_t vocab = 0;       // vocabulary::impl::id of the facts; 0 when none
    uint64_t lists = 0;       // form_facts, packed
    uint32_t vocab_size = 0;  // entries the vocabulary had (low bits): an addition invalidates
    uint32_t first_classes = 0;
    bool naming = false;
    token_kind kind = token_kind::word;
    uint8_t length = 0;
    char key[21] = {};  // longer forms are read each time
};
static_assert(sizeof(form_cache::slot) == 64);

namespace {

// A pass over a few hundred articles meets some sixteen thousand distinct forms; 16384 slots
// of 64 bytes keep most of them resident for 1 MB per thread. A form may sit in either slot of
// a pair (two ways, the most recently used first), so that two frequent forms hashing alike do
// not evict each other at every sentence.
constexpr std::size_t slot_count = 16384;

}  // namespace

form_cache::form_cache() : slots_(new slot[slot_count]) {}
form_cache::~form_cache() = default;

form_cache& form_cache::of_thread(const lexicon& lex, const vocabulary& vocab) {
    thread_local form_cache cache;
    cache.lex_ = &lex;
    cache.vocab_ = &vocab;
    cache.lexicon_id_ = lex.id();
    cache.vocab_id_ = vocab.get().id;
    cache.vocab_size_ = static_cast<uint32_t>(vocab.get().count);
    return cache;
}

form_reading form_cache::read(std::string_view form, token_kind kind, bool capitalised,
                              bool ask_lexicon) {
    form_reading out;
    if (form.size() > sizeof slot{}.key) {
        if (ask_lexicon) out.analysis = &lex_->find(form);
        out.facts = facts_of_form(form, kind, capitalised, *vocab_);
        return out;
    }
    slot* const ways =
        slots_.get() + (static_cast<std::size_t>(short_hash(form)) & (slot_count - 2));
    auto holds = [&](const slot& s) {
        return s.kind == kind && s.length == form.size() &&
               std::memcmp(s.key, form.data(), form.size()) == 0;
    };
    if (!holds(ways[0])) {
        if (holds(ways[1])) {
            std::swap(ways[0], ways[1]);
        } else {
            ways[1] = ways[0];
            ways[0] = slot{};
            ways[0].kind = kind;
            ways[0].length = static_cast<uint8_t>(form.size());
            form.copy(ways[0].key, form.size());
        }
    }
    slot& s = ways[0];
    if (ask_lexicon) {
        if (s.lexicon == lexicon_id_) {
            out.analysis = s.analysis;
        } else {
            bool kept = true;
            out.analysis = &lex_->find(form, kept);
            if (kept) {
                s.lexicon = lexicon_id_;
                s.analysis = out.analysis;
            }
        }
    }
    if (s.vocab != vocab_id_ || s.vocab_size != vocab_size_) {
        const form_facts f = facts_of_form(form, kind, capitalised, *vocab_);
        s.vocab = vocab_id_;
        s.vocab_size = vocab_size_;
        s.lists = f.lists;
        s.first_classes = f.first_classes;
        s.naming = f.naming;
    }
    out.facts = {s.lists, s.first_classes, s.naming};
    return out;
}

}  // namespace precis::grammar
