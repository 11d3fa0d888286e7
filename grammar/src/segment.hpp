// Sentence segmentation and tokenisation over the NFC text. Plain loops with counters, no
// recursion: nesting depth is bounded only by memory, never by the stack.
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "form_cache.hpp"
#include "precis/grammar/parser.hpp"

namespace precis::grammar {

struct raw_sentence {
    span where;
    uint32_t paragraph = 0;
    bool heading = false;
    std::size_t max_depth = 0;  // deepest quote/parenthesis nesting inside
};

// The ASCII white space space_length() knows.
constexpr bool is_ascii_space(uint8_t b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f';
}

// space_length() of a multi-byte code point.
std::size_t space_length_multi(std::string_view text, std::size_t i);

// Length in bytes of the white-space code point at `i` (space, tab, newline, NBSP, narrow NBSP,
// other Unicode White_Space), or 0. Inline: ASCII is answered without a call.
inline std::size_t space_length(std::string_view text, std::size_t i) {
    if (i >= text.size()) return 0;
    const auto b = static_cast<uint8_t>(text[i]);
    if (b < 0x80) return is_ascii_space(b) ? 1 : 0;
    // Non-ASCII White_Space (U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000) and the U+200B /
    // U+FEFF this function adds all start with one of these lead bytes; ICU decides the rest.
    if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3 && b != 0xEF) return 0;
    return space_length_multi(text, i);
}

// Cuts the text into sentences: every non-space byte lands in exactly one of them, in order.
void split_sentences(std::string_view text, const vocabulary& vocab, const limits& bounds,
                     std::vector<raw_sentence>& out);

// Per token of a sentence, the infinitive of its verb reading ("estime" -> "estimer") or "":
// views of the lexicon's lasting answers, or of `copies` for the few it could not keep.
// tokenize writes `views` by index: it is kept at least as long as the sentence's tokens (as
// long as the longest sentence's so far), its entries past them stale.
struct verb_lemma_list {
    std::vector<std::string_view> views;
    std::deque<std::string> copies;  // never moves its strings
    // Empties the copies for the next sentence; the views keep their size (see above).
    void clear() { copies.clear(); }
    std::string_view operator[](std::size_t token) const { return views[token]; }
};

// document::lemmas: copies of the lemmas that are not the lexicon's own strings, in blocks
// that never move (the views of earlier lemmas stay valid as more are added). Cleared for the
// next document parsed into, keeping its first block.
class lemma_bytes final {
  public:
    lemma_bytes() = default;
    lemma_bytes(const lemma_bytes&) = delete;
    lemma_bytes& operator=(const lemma_bytes&) = delete;

    // A lasting copy of `s`.
    std::string_view keep(std::string_view s) {
        char* const at = room_for(s.size());
        if (!s.empty()) std::memcpy(at, s.data(), s.size());
        return take(s.size());
    }
    // Room for `n` more bytes, to be written and then taken with take(n).
    char* room_for(std::size_t n) {
        if (n > static_cast<std::size_t>(end_ - next_)) add_block(n);
        return next_;
    }
    std::string_view take(std::size_t n) {
        const std::string_view out(next_, n);
        next_ += n;
        return out;
    }
    void clear();

  private:
    void add_block(std::size_t n);
    static constexpr std::size_t block_size = 4096;
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t first_size_ = 0;
    char* next_ = nullptr;
    char* end_ = nullptr;
};

// Tokens of one sentence, with part of speech and lemma from the lexicon; `verb_lemmas` gets
// each token's verb lemma, and `facts` what the vocabulary says of its form, both read through
// `forms` (form_cache::of_thread for the lexicon and vocabulary, taken once per text). `out` and
// `verb_lemmas.copies` start empty. `verb_lemmas.views` and `facts` are written by index, one
// entry per token of `out`, and are left at least that long: entries past the tokens are those
// of an earlier sentence (the vectors only grow). The token lemmas view the lexicon's kept
// answers or copies in `lemmas`.
void tokenize(std::string_view text, span where, form_cache& forms, lemma_bytes& lemmas,
              std::vector<token>& out, verb_lemma_list& verb_lemmas,
              std::vector<form_facts>& facts);

}  // namespace precis::grammar
