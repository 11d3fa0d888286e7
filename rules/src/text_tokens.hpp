// A light word split of one sentence, used by selection, compression and realisation. It works
// on raw text so that a sentence the grammar did not read still yields a headline; when the
// grammar supplies tokens, their lemmas and parts of speech are attached by position.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/grammar/document.hpp"

namespace precis::rules {

struct form_hit;
class form_hits;

enum class tok_kind : uint8_t { word, number, comma, stop, colon, dash, quote_open, quote_close,
                                paren_open, paren_close, symbol };

// The words the trimmer notes in a sentence before its rules run (see trimmer::note_word),
// by their key: a word's index entry holds its kind (lexicon::word_info::trimmed), and a
// token looked up carries it, so that the trimmer compares no keys. (`a`, `m`, `mme` and
// `mlle` count only as written "a", "M", "Mme", "Mlle".)
enum class trim_word : uint8_t { none, a, m, definite, ont, que, mme, mlle, selon };
inline constexpr std::pair<std::string_view, trim_word> trim_words[] = {
    {"a", trim_word::a},         {"m", trim_word::m},       {"le", trim_word::definite},
    {"la", trim_word::definite}, {"l'", trim_word::definite}, {"ont", trim_word::ont},
    {"que", trim_word::que},     {"qu'", trim_word::que},   {"mme", trim_word::mme},
    {"mlle", trim_word::mlle},   {"selon", trim_word::selon}};
// The kind of a key not looked up (a lexicon without its word index).
inline trim_word trim_word_of(std::string_view key) {
    if (key.size() > 5) return trim_word::none;
    for (const auto& [word, kind] : trim_words) {
        if (word == key) return kind;
    }
    return trim_word::none;
}
// What a word's index entry and a token looked up say of it for the trimmer (word_info::trimmed,
// tok::trimmed): its trim_word in the low four bits, and these.
inline constexpr uint8_t trim_word_mask = 0x0F;
inline constexpr uint8_t trim_dangling = 0x10;    // a word that never ends a headline
inline constexpr uint8_t trim_determiner = 0x20;  // a determiner (a noun reading follows)
inline constexpr uint8_t trim_boundary = 0x40;    // a word a headline may be cut before
inline constexpr uint8_t trim_auxiliary = 0x80;   // a form of an auxiliary (see is_auxiliary)

struct tok {
    tok() = default;
    // A token as the tokenizer makes it, the rest as above: each member written once (where
    // `emplace_back()` has the whole token zeroed first, a defaulted constructor's value
    // initialisation, then written again).
    tok(uint32_t begin_at, uint32_t end_at, tok_kind kind_of, bool capitalised_word, bool elided_word,
        std::string_view text_as_written, std::string_view key_folded)
        : begin(begin_at), end(end_at), kind(kind_of), capitalised(capitalised_word), elided(elided_word),
          text(text_as_written), key(key_folded) {}
    // And with the grammar's lemma and part of speech (see attach_one in text_tokens.cpp).
    tok(uint32_t begin_at, uint32_t end_at, tok_kind kind_of, bool capitalised_word, bool elided_word,
        std::string_view text_as_written, std::string_view key_folded, std::string_view lemma_given,
        uint32_t pos_given, bool common, bool is_key)
        : begin(begin_at), end(end_at), kind(kind_of), capitalised(capitalised_word), elided(elided_word),
          text(text_as_written), key(key_folded), lemma(lemma_given), pos(pos_given), common_lemma(common),
          lemma_is_key(is_key) {}
    uint32_t begin = 0, end = 0;   // byte offsets in the document text
    tok_kind kind = tok_kind::word;
    bool capitalised = false;
    bool elided = false;           // "l'", "d'", "qu'": glued to the next word
    std::string_view text;         // as written: a view of the document text
    // Lower-case, accents folded, ’ -> ': a view of `text` when folding changes nothing, else
    // of the key_store the tokens were made with.
    std::string_view key;
    std::string_view lemma;        // from the grammar when it gave one, else empty (as key)
    uint32_t pos = 0;              // grammar::pos_bits when known
    bool common_lemma = false;     // the grammar's lemma is written lower case (a common word)
    bool lemma_is_key = false;     // lemma == key, as attach_one found (false: not known)
    // What the lexicon holds for `key`, once looked up (forms_known): its forms, the phrases
    // that open with it, the country it names (-1: none).
    const form_hits* forms = nullptr;
    const std::vector<std::pair<std::vector<std::string>, uint32_t>>* phrases = nullptr;
    // (From the country to the markers as the lexicon's word_info has them: look_up_forms
    // copies them at once.)
    int16_t country = -1;
    bool country_phrase = false;  // one of `phrases` names a country (forms_known)
    bool function_word = false;   // one of `forms` is a function word's (forms_known)
    bool title_word = false;      // a title or a title phrase's first word (forms_known)
    bool names_event = false;     // one of `forms` names an event (forms_known)
    bool opens_phrase = false;    // a scoring feature's phrase may open here (forms_known)
    bool forms_known = false;
    // Bit r: a marker of trim rule r opens with this word; higher bits: it is a marker's second
    // word (pack_rules::marker_second_words) (forms_known)
    uint64_t markers = 0;
    uint64_t key_hash = 0;  // grammar::short_hash(key) when look_up_forms took it, else 0
    // What the trimmer notes of the word (see trim_word_mask), forms_known. (Left unset by the tokenizer, whose code an initialised
    // member here makes longer: look_up_forms sets it on every token, and it is read only
    // once forms_known. An unsigned char, which may be copied unset.)
    uint8_t trimmed;
    // (Unused: 128 bytes in all, a power of two, so that the many computations between a
    // token's index and its address are shifts rather than multiplications. Never written.)
    char room_[15];
};
static_assert(sizeof(tok) == 128);

// s == lit, with the length compared first: most keys differ from a literal in length, and
// std::string == const char* measures the literal every time.
template <std::size_t N>
inline bool eq(std::string_view s, const char (&lit)[N]) {
    return s.size() == N - 1 && std::memcmp(s.data(), lit, N - 1) == 0;
}

// a == b for the short strings of words and keys, compared in line where operator== calls
// memcmp (whose call costs more than the few bytes of a word): by loads of 8, 4, 2 or 1 bytes
// that overlap within the strings, never past them. (Always in line: a call would cost what
// it saves.)
[[gnu::always_inline]] inline bool same_bytes(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    const char* p = a.data();
    const char* q = b.data();
    auto same = [&](std::size_t at, auto word) {
        decltype(word) x, y;
        std::memcpy(&x, p + at, sizeof x);
        std::memcpy(&y, q + at, sizeof y);
        return x == y;
    };
    if (n >= 8) {
        for (std::size_t k = 0; k + 8 < n; k += 8) {
            if (!same(k, uint64_t{})) return false;
        }
        return same(n - 8, uint64_t{});
    }
    if (n >= 4) return same(0, uint32_t{}) && same(n - 4, uint32_t{});
    if (n >= 2) return same(0, uint16_t{}) && same(n - 2, uint16_t{});
    return n == 0 || p[0] == q[0];
}

// Copies n bytes: for the few bytes of a word, moves of a fixed size cost less than a call
// to memcpy (they overlap within the n bytes, never past them).
inline void copy_bytes(char* o, const char* s, std::size_t n) {
    if (n >= 8) {
        if (n > 16) {
            std::memcpy(o, s, n);
            return;
        }
        std::memcpy(o, s, 8);
        std::memcpy(o + n - 8, s + n - 8, 8);
    } else if (n >= 4) {
        std::memcpy(o, s, 4);
        std::memcpy(o + n - 4, s + n - 4, 4);
    } else if (n >= 2) {
        std::memcpy(o, s, 2);
        o[n - 1] = s[n - 1];
    } else if (n == 1) {
        o[0] = s[0];
    }
}

// A fixed list of words, as `static const word_list w{"le", "la"}` in the code that asks.
// Words are grouped by size, so a lookup compares only the few of the asked word's size:
// cheaper, for the short lists the stages use, than a tree or a hash of strings.
class word_list final {
  public:
    word_list(std::initializer_list<std::string_view> words) {
        for (const std::string_view w : words) {
            if (w.size() >= by_size_.size()) by_size_.resize(w.size() + 1);
            by_size_[w.size()].push_back(w);
        }
    }
    bool contains(std::string_view w) const {
        if (w.size() >= by_size_.size()) return false;
        for (const std::string_view x : by_size_[w.size()]) {
            if ((w.empty() || x[0] == w[0]) && std::memcmp(x.data(), w.data(), w.size()) == 0) return true;
        }
        return false;
    }
    std::size_t count(std::string_view w) const { return contains(w) ? 1 : 0; }

  private:
    std::vector<std::vector<std::string_view>> by_size_;
};

// Where tokens keep the folded keys and lemmas that differ from their text: blocks that never
// move, so that a token holds views and costs no allocation of its own. Keep it as long as
// the tokens; clear() lets them all go at once (and keeps the first block for the next use).
class key_store final {
  public:
    key_store();
    // A store that also remembers the folds of the lemmas it keeps (see fold_memo): for the
    // store a thread keeps from document to document.
    enum remembering { remember_folds };
    explicit key_store(remembering);
    key_store(key_store&&) noexcept;
    key_store& operator=(key_store&&) noexcept;
    ~key_store();
    // Room for at most n bytes, to be written and then kept with keep().
    char* room(std::size_t n) {
        if (static_cast<std::size_t>(end_ - at_) < n) grow(n);
        return at_;
    }
    // The first k bytes written at room() (k no more than asked), kept.
    std::string_view keep(std::size_t k) {
        const std::string_view out(at_, k);
        at_ += k;
        return out;
    }
    std::string_view copy(std::string_view s) {
        char* o = room(s.size());
        if (!s.empty()) std::memcpy(o, s.data(), s.size());
        return keep(s.size());
    }
    void clear();

    // Folds of lemmas remembered across documents: the dictionary's lemmas are a closed set
    // that recurs from article to article, and a remembered fold is a hash and a copy rather
    // than a walk over the word's code points. Fixed size, one place per lemma, a newcomer
    // taking over the place; a fold depends on the lemma alone (no pack), so it never goes stale.
    struct fold_memo;
    fold_memo* memo() const { return memo_.get(); }

  private:
    void grow(std::size_t n);
    std::unique_ptr<fold_memo> memo_;
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t block_size_ = 0;  // of the last block
    std::size_t total_ = 0;
    char* at_ = nullptr;
    char* end_ = nullptr;
};

// Splits text[b, e) into tokens with offsets relative to `base`; the keys that differ from
// the text are kept in `keys`.
std::vector<tok> tokenize(std::string_view text, uint32_t base, key_store& keys);
// tokenize() into `out`, cleared first: a vector kept from an earlier sentence keeps its room.
// Returns the number of tokens that are words or numbers.
std::size_t tokenize_into(std::string_view text, uint32_t base, key_store& keys, std::vector<tok>& out);
// tokenize_into() of a sentence the grammar read: each token takes the lemma and part of
// speech of the grammar's token that starts where it does (folded lemmas kept in `keys`) as it
// is made, and a plain word the grammar's form facts describe is taken from its token, with no
// scan of its own.
std::size_t tokenize_into(std::string_view text, uint32_t base, key_store& keys, std::vector<tok>& out,
                          const grammar::sentence& s);

// Lower case and accents folded: the key every lookup uses ("États-Unis" -> "etats-unis").
std::string fold_key(std::string_view s);
// fold_key into `out`, whose storage is reused.
void fold_key_into(std::string& out, std::string_view s);
// Whether every byte of s is plain (ASCII but the capitals): a word at most eight bytes at a
// time, loaded whole (overlapping within s, never past it), a byte not plain when its top bit
// is set or its low seven bits fall in A-Z (found by two adds that cannot carry into the next
// byte). s is then its own fold_key.
inline bool all_plain(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    constexpr uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    auto plain = [](uint64_t w) {
        const uint64_t low7 = w & ~high;
        const uint64_t capital = (low7 + ones * (0x80 - 'A')) & ~(low7 + ones * (0x7F - 'Z'));
        return ((capital | w) & high) == 0;
    };
    if (n >= 8) {
        uint64_t w;
        for (std::size_t k = 0; k + 8 < n; k += 8) {
            std::memcpy(&w, p + k, 8);
            if (!plain(w)) return false;
        }
        std::memcpy(&w, p + n - 8, 8);
        return plain(w);
    }
    if (n >= 4) {
        uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        return plain((uint64_t{a} << 32) | b);
    }
    return n == 0 || plain((uint64_t{p[0]} << 16) | (uint64_t{p[n / 2]} << 8) | p[n - 1]);
}

// First letter upper-cased (Latin letters, accented included).
std::string capitalise_first(std::string_view s);
std::string lower_first(std::string_view s);

// Joins tokens as French typography wants (no space before ',' '.', after "l'" …).
std::string join_tokens(const std::vector<const tok*>& toks);
// join_tokens() of the n tokens in a row from toks, into out.
void join_token_run(std::string& out, const tok* toks, std::size_t n);

// French month and weekday names (folded keys): dates need them whatever the pack says.
bool is_month_key(std::string_view key);
bool is_weekday_key(std::string_view key);

// Number of words the scorer would count (letters or digits runs).
int count_words(std::string_view s);

// English form of a French number token: "3,1" -> "3.1", "800 000" -> "800 thousand",
// "2.000" -> "2 thousand"; the source's digits are kept. Empty when the token is not a number.
std::string english_number(std::string_view fr);

}  // namespace precis::rules
