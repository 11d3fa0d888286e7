// What a token's form tells the grammar, found once per token: the lexicon's answer for a word
// and the vocabulary facts the grammar's token tests read (x3/predicates.cpp), kept together in
// one per-thread cache so that each token costs one look-up for both.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "precis/grammar/parser.hpp"
#include "precis/grammar/short_hash.hpp"

namespace precis::grammar {

// Forms the clause builder (clauses.cpp) tests at every element, matched with the first letter
// in either case and the rest as written.
enum clause_form : uint8_t {
    cf_boundary = 1,  // , ; : - – —
    cf_comma = 2,
    cf_et_ou = 4,
    cf_que = 8,     // que, qu’, qu'
    cf_place = 16,  // à, au, aux, en, dans, depuis, vers
    cf_nests = 32,  // a quote mark or parenthesis (of a token kind ast::nests() holds for)
};
uint8_t clause_form_bits_of_longer(std::string_view form);  // any form; asked of the longer ones
// Inline for the one-byte punctuation marks, most of the tokens it is asked of.
inline uint8_t clause_form_bits(std::string_view form) {
    if (form.size() != 1) return clause_form_bits_of_longer(form);
    switch (form[0]) {
        case ',':
            return cf_boundary | cf_comma;
        case ';':
        case ':':
        case '-':
            return cf_boundary;
        default:
            return 0;
    }
}

// What the vocabulary says of a word's lemmas (lemma_class bits): the clause builder asks it of
// every verb group's verb and of the nouns of every object.
enum lemma_class : uint8_t {
    lc_speech_verb = 1,  // the verb lemma (the infinitive, else the lemma) is a speech_verb
    lc_event_verb = 2,   // … an event_verb
    lc_event_noun = 4,   // the token's lemma is an event_noun
    lc_rare_verb = 8,    // the verb lemma is a rare_verb
    lc_modal = 16,       // the verb lemma is one the grammar reads before an infinitive (is_modal)
    lc_verb_known = 64,  // the verb bits were read (a word with a verb reading)
    lc_noun_known = 128, // the noun bit was read (a word with a noun reading)
};

// Sixteen bytes, copied whole into the form cache and out of it.
struct form_facts {
    uint32_t lists = 0;          // bit per closed word list holding the form (x3/predicates.cpp)
    uint32_t first_classes = 0;  // bit per term class with a phrase whose first word it is
    bool naming = false;         // capitalised, and itself a country, title, month …
    uint8_t clause_forms = 0;    // clause_form bits
    uint8_t lemma_classes = 0;   // lemma_class bits
    uint8_t lemma_facts = 0;     // lemma_fact bits of the lexicon's lemma, read with the answer
    // The element kinds a token of the form may start whatever its neighbours, and whether a
    // title or an institution key may start there (x3/predicates.cpp, starts_of_form). Exact
    // for a form of four bytes or more, or of no phrase's first word; else read on the text.
    uint32_t starts = 0;
};

// form_facts::starts of a form of the token kind, read with the form's facts and the part of
// speech its tokens get (x3/predicates.cpp).
uint32_t starts_of_form(std::string_view form, token_kind kind, bool capitalised, uint32_t pos,
                        const form_facts& facts, const vocabulary& vocab);

// Whether a verb lemma is one the grammar reads as a modal before an infinitive ("pouvoir",
// "devoir", "aller" …: x3/predicates.cpp).
bool modal_lemma(std::string_view verb_lemma);

// The lemma_class bits of a word with the lexicon's analysis `a`: for a verb reading, its
// infinitive's classes; for a noun reading, whether its lemma names an event. Read once per
// form, they spare the clause builder a look-up per verb group and per object noun.
uint8_t lemma_classes_of(std::string_view form, const lexicon::analysis& a,
                         const vocabulary& vocab);

// The lemma_fact bits of a form whose analysis gives the lemma `lemma` (empty: tokenize then
// lowers the form, whose bits are read when it is all ASCII, else 0).
uint8_t lemma_facts_of(std::string_view form, std::string_view lemma);

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
    // A form found in the first way of either of its sets or in the second of the first, read
    // with the current lexicon and vocabulary, is answered inline. `readable` is the end of the
    // text holding the form: the bytes before it may be read (and masked) to choose the form's
    // sets.
    __attribute__((always_inline)) form_reading read(std::string_view form, const char* readable,
                                                     token_kind kind, bool capitalised,
                                                     bool ask_lexicon) {
        if (form.size() <= sizeof slot{}.key) {
            // A form of eight bytes or fewer is compared as one word: its bytes as word_of
            // reads them (the rest zero) against a slot key's first eight (the rest zero too).
            uint64_t bytes = 0;
            const uint64_t w = word_of(form, readable, bytes);
            auto has = [&](const slot& s) { return holds(s, form, kind, bytes); };
            slot* const set = set_at(w * 0x9E3779B97F4A7C15ull);
            const slot& s = *set;
            // For a word, whether the lexicon is asked follows from the form: a slot of the
            // form holds the answer unless the lexicon could not keep it.
            if (has(s) && (!ask_lexicon || s.analysis != nullptr)) {
                return {ask_lexicon ? s.analysis : nullptr, true, s.facts};
            }
            // The second way: the two ways swap, the form's to the front.
            if (has(set[1]) && (!ask_lexicon || set[1].analysis != nullptr)) {
                const slot moved = set[1];
                set[1] = set[0];
                set[0] = moved;
                return {ask_lexicon ? moved.analysis : nullptr, true, moved.facts};
            }
            slot* const other = set_at(w * 0xC2B2AE3D27D4EB4Full);
            if (has(*other) && (!ask_lexicon || other->analysis != nullptr)) {
                return {ask_lexicon ? other->analysis : nullptr, true, other->facts};
            }
            return read_ways(set, other, form, bytes, kind, capitalised, ask_lexicon);
        }
        return read_long(form, kind, capitalised, ask_lexicon);
    }

    // The token kind is part of the key (facts differ for a word and a number); `capitalised`
    // follows from the text. A slot is current when its generation is the cache's: one number
    // stands for the lexicon and vocabulary (and the vocabulary's size) it was read with.
    struct slot {
        const lexicon::analysis* analysis = nullptr;  // lex.find(key) when kept, else null
        form_facts facts;
        uint16_t generation = 0;  // 0: empty
        token_kind kind = token_kind::word;
        uint8_t length = 0;
        char key[20] = {};  // longer forms are read each time
    };
    static_assert(offsetof(slot, kind) == offsetof(slot, generation) + 2 &&
                  offsetof(slot, length) == offsetof(slot, generation) + 3);
    ~form_cache();

  private:
    form_cache();
    // A pass over a few hundred articles meets some eighteen thousand distinct forms. Slots of
    // 48 bytes in sets of four (a new form first, then each form found moving up a way, so
    // that the frequent ones hold the first ways) keep most of them resident for
    // 936 KB per thread, so that the forms met once do not evict the frequent ones. (1.2 MB
    // kept all: 0.5 % fewer instructions over the dev corpus, for 2 MB more at the benchmark's
    // peak, two threads' caches and a reload's two packs at once; 624 KB cost 10 % of the
    // throughput.) (The lexicon's
    // own front cache, asked only when this one misses, is kept small instead.) A form may
    // sit in either of two sets, and a new one goes to the one holding fewer forms: with one
    // set per form, the sets that many frequent forms share evict some of them on every
    // pass, while others stand half empty.
    static constexpr std::size_t ways = 4;
    static constexpr std::size_t set_count = (std::size_t{936} << 10) / (ways * 48);
    // The set of a hash: its upper half scaled to the number of sets.
    slot* set_at(uint64_t hash) const {
        return slots_ + ways * static_cast<std::size_t>(((hash >> 32) * set_count) >> 32);
    }
    // A word of the form's first eight bytes and last eight (the words a pass meets differ
    // there), which each set's hash multiplies: one or two loads, where short_hash takes a
    // round per word. Its bytes are read as one word when the text holds eight from its start.
    // `bytes` gets the form's bytes in memory order, the rest zero, when it has eight or fewer
    // (else it is left as it is).
    static uint64_t word_of(std::string_view form, const char* readable, uint64_t& bytes) {
        const char* const p = form.data();
        const std::size_t n = form.size();  // never 0: a token has a byte at least
        uint64_t w;
        if (n > 8) {
            uint64_t tail;
            std::memcpy(&w, p, 8);
            std::memcpy(&tail, p + n - 8, 8);
            w ^= (tail ^ n) * 0xFF51AFD7ED558CCDull;
            return w;
        }
        if (readable - p >= 8) {
            std::memcpy(&w, p, 8);
            // The form's own bytes only: the first n of the word in memory order (one shift
            // makes the mask, for every n from 1 to 8).
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            w &= ~uint64_t{0} << (64 - 8 * n);
#else
            w &= ~uint64_t{0} >> (64 - 8 * n);
#endif
        } else {
            w = 0;
            std::memcpy(&w, p, n);  // at the end of the text
        }
        bytes = w;
        return w ^ (n << 3);
    }
    // A slot's generation, kind and length as one word, and the word holds() wants of them.
    static uint32_t header(const slot& s) {
        uint32_t have;
        std::memcpy(&have, &s.generation, sizeof have);
        return have;
    }
    uint32_t wanted(std::string_view form, token_kind kind) const {
        uint32_t want;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        // The three fields as they lie in memory, put together in registers.
        want = uint32_t{generation_} | (uint32_t{static_cast<uint8_t>(kind)} << 16) |
               (uint32_t{static_cast<uint8_t>(form.size())} << 24);
#else
        struct {
            uint16_t generation;
            token_kind kind;
            uint8_t length;
        } const expected{generation_, kind, static_cast<uint8_t>(form.size())};
        static_assert(sizeof expected == 4);
        std::memcpy(&want, &expected, sizeof want);
#endif
        return want;
    }
    // Whether slot `s` is current and holds `form` of the kind: its generation, kind and
    // length compared as one word, then its key.
    bool holds(const slot& s, std::string_view form, token_kind kind) const {
        return header(s) == wanted(form, kind) && same_key(s.key, form);
    }
    // holds() given the form's `bytes` from word_of (read when it has eight or fewer).
    bool holds(const slot& s, std::string_view form, token_kind kind, uint64_t bytes) const {
        if (form.size() > 8) return holds(s, form, kind);
        uint64_t key;
        std::memcpy(&key, s.key, sizeof key);
        return header(s) == wanted(form, kind) && key == bytes;
    }
    // By whole words where the form allows (the key is as long as the form: both buffers hold
    // every byte read): shorter than a call to memcmp.
    static bool same_key(const char* key, std::string_view form) {
        const char* f = form.data();
        const std::size_t n = form.size();
        if (n >= 8) {
            for (std::size_t k = 0; k + 8 < n; k += 8) {
                if (std::memcmp(key + k, f + k, 8) != 0) return false;
            }
            return std::memcmp(key + n - 8, f + n - 8, 8) == 0;
        }
        if (n >= 4) {
            return std::memcmp(key, f, 4) == 0 && std::memcmp(key + n - 4, f + n - 4, 4) == 0;
        }
        if (n >= 2) {  // "de", "la", "les": two overlapping two-byte words
            return std::memcmp(key, f, 2) == 0 && std::memcmp(key + n - 2, f + n - 2, 2) == 0;
        }
        return n == 0 || key[0] == f[0];
    }
    // read() past its inline case: a form held with its answer by one of the other ways of its
    // first set or of its second set (`other`), which moves up a way in its set; else
    // read_set. `bytes` are word_of's.
    form_reading read_ways(slot* set, slot* other, std::string_view form, uint64_t bytes,
                           token_kind kind, bool capitalised, bool ask_lexicon);
    form_reading read_set(slot* set, slot* other, std::string_view form, token_kind kind,
                          bool capitalised, bool ask_lexicon);
    // The number of `set`'s slots read with the current generation.
    std::size_t current_in(const slot* set) const;
    form_reading read_long(std::string_view form, token_kind kind, bool capitalised,
                           bool ask_lexicon);
    void set_generation(uint64_t lexicon_id, uint64_t vocab_id, uint32_t vocab_size);

    std::unique_ptr<std::byte[]> bytes_;
    slot* slots_ = nullptr;  // in bytes_
    const lexicon* lex_ = nullptr;
    const vocabulary* vocab_ = nullptr;
    // The generations of the last few (lexicon, vocabulary, size) the thread read with: a
    // thread that alternates between two engines keeps both sets of answers.
    struct reader {
        uint64_t lexicon_id = 0, vocab_id = 0;
        uint32_t vocab_size = 0;
        uint16_t generation = 0;
    };
    std::array<reader, 4> readers_{};
    std::size_t next_reader_ = 0;
    uint16_t generation_ = 0, last_generation_ = 0;
};

}  // namespace precis::grammar
