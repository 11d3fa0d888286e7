// What a token's form tells the grammar, found once per token: the lexicon's answer for a word
// and the vocabulary facts the grammar's token tests read (x3/predicates.cpp), kept together in
// one per-thread cache so that each token costs one look-up for both.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "precis/grammar/parser.hpp"
#include "precis/grammar/short_hash.hpp"

namespace precis::grammar {

struct form_facts {
    uint64_t lists = 0;          // bit per closed word list holding the form (x3/predicates.cpp)
    uint32_t first_classes = 0;  // bit per term class with a phrase whose first word it is
    bool naming = false;         // capitalised, and itself a country, title, month …
};

// The facts of a form of the token kind (`capitalised`: first letter in upper case), computed.
form_facts facts_of_form(std::string_view form, token_kind kind, bool capitalised,
                         const vocabulary& vocab);

struct form_reading {
    const lexicon::analysis* analysis = nullptr;  // when asked for
    bool kept = true;  // `analysis` lasts as long as the lexicon (lexicon::find)
    form_facts facts;
};

class form_cache final {
  public:
    // The thread's cache, set to read with `lex` and `vocab` (one look-up of thread-local
    // storage: keep it for a sentence).
    static form_cache& of_thread(const lexicon& lex, const vocabulary& vocab);

    // The facts of `form`, and when `ask_lexicon`, lex.find(form): valid until the next read.
    // A form found in its first slot with both parts current is answered inline.
    form_reading read(std::string_view form, token_kind kind, bool capitalised, bool ask_lexicon) {
        if (form.size() <= sizeof slot{}.key) {
            const slot& s = slots_[first_slot(form)];
            if (s.kind == kind && s.length == form.size() && same_key(s.key, form) &&
                (!ask_lexicon || s.lexicon == lexicon_id_) && s.vocab == vocab_id_ &&
                s.vocab_size == vocab_size_) {
                return {
                    ask_lexicon ? s.analysis : nullptr, true, {s.lists, s.first_classes, s.naming}};
            }
        }
        return read_slots(form, kind, capitalised, ask_lexicon);
    }

    // The token kind is part of the key (facts differ for a word and a number); `capitalised`
    // follows from the text. The lexicon's answer and the facts are each tagged with what they
    // were read from, and filled when first asked for.
    struct slot {
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
    ~form_cache();

  private:
    form_cache();
    // A pass over a few hundred articles meets some sixteen thousand distinct forms; 16384
    // slots of 64 bytes keep most of them resident for 1 MB per thread. A form may sit in
    // either slot of a pair (two ways, the most recently used first), so that two frequent
    // forms hashing alike do not evict each other at every sentence.
    static constexpr std::size_t slot_count = 16384;
    static std::size_t first_slot(std::string_view form) {
        return static_cast<std::size_t>(short_hash(form)) & (slot_count - 2);
    }
    // Byte by byte: the keys are a few bytes long, shorter than a call to memcmp.
    static bool same_key(const char* key, std::string_view form) {
        for (std::size_t k = 0; k < form.size(); ++k) {
            if (key[k] != form[k]) return false;
        }
        return true;
    }
    form_reading read_slots(std::string_view form, token_kind kind, bool capitalised,
                            bool ask_lexicon);

    std::unique_ptr<slot[]> slots_;
    const lexicon* lex_ = nullptr;
    const vocabulary* vocab_ = nullptr;
    uint64_t lexicon_id_ = 0, vocab_id_ = 0;
    uint32_t vocab_size_ = 0;
};

}  // namespace precis::grammar
