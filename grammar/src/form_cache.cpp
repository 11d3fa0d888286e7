#include "form_cache.hpp"

#include <memory>
#include <utility>

#include "vocab_impl.hpp"

namespace precis::grammar {

static_assert(sizeof(form_cache::slot) == 64);

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

form_reading form_cache::read_slots(std::string_view form, token_kind kind, bool capitalised,
                                    bool ask_lexicon) {
    form_reading out;
    if (form.size() > sizeof slot{}.key) {
        if (ask_lexicon) out.analysis = &lex_->find(form, out.kept);
        out.facts = facts_of_form(form, kind, capitalised, *vocab_);
        return out;
    }
    slot* const ways = slots_.get() + first_slot(form);
    auto holds = [&](const slot& s) {
        return s.kind == kind && s.length == form.size() && same_key(s.key, form);
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
            out.analysis = &lex_->find(form, out.kept);
            if (out.kept) {
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
