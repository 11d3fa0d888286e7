// A fixed set of words asked about once per token in the hot loops of compression and
// realisation: open addressing over the words' short hashes, which a token mostly carries
// already (tok::key_hash). A word_list compares a word with each listed word of its length;
// this compares it with one, found by its hash.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "precis/grammar/short_hash.hpp"
#include "text_tokens.hpp"

namespace precis::rules {

class word_set final {
  public:
    word_set(std::initializer_list<std::string_view> words) : word_set(words.begin(), words.end()) {}
    template <std::size_t N>
    explicit word_set(const std::string_view (&words)[N]) : word_set(words, words + N) {}
    word_set(const std::string_view* begin, const std::string_view* end) {
        const auto count = static_cast<std::size_t>(end - begin);
        std::size_t size = 16;
        while (size < 2 * count) size *= 2;
        slots_.resize(size);
        mask_ = size - 1;
        for (const std::string_view* at_word = begin; at_word != end; ++at_word) {
            const std::string_view w = *at_word;
            const uint64_t h = grammar::short_hash(w);
            std::size_t at = h & mask_;
            while (!slots_[at].word.empty() && slots_[at].word != w) at = (at + 1) & mask_;
            slots_[at] = {w, h};
        }
    }
    // Whether `w`, whose short_hash is `hash`, is one of the words.
    bool contains(std::string_view w, uint64_t hash) const {
        for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
            const slot& s = slots_[at];
            if (s.word.empty()) return false;
            if (s.hash == hash && same_bytes(s.word, w)) return true;
        }
    }
    bool contains(std::string_view w) const { return !w.empty() && contains(w, grammar::short_hash(w)); }
    // Whether the token's key is one of the words (its hash taken from the token when known).
    bool has_key(const tok& t) const {
        if (t.key.empty()) return false;
        return contains(t.key, t.key_hash != 0 ? t.key_hash : grammar::short_hash(t.key));
    }

  private:
    struct slot {
        std::string_view word;  // empty: a free slot (no listed word is empty)
        uint64_t hash = 0;
    };
    std::vector<slot> slots_;
    std::size_t mask_ = 0;
};

}  // namespace precis::rules
