// A light word split of one sentence, used by selection, compression and realisation. It works
// on raw text so that a sentence the grammar did not read still yields a headline; when the
// grammar supplies tokens, their lemmas and parts of speech are attached by position.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "precis/grammar/document.hpp"

namespace precis::rules {

struct form_hit;
class form_hits;

enum class tok_kind : uint8_t { word, number, comma, stop, colon, dash, quote_open, quote_close,
                                paren_open, paren_close, symbol };

struct tok {
    uint32_t begin = 0, end = 0;   // byte offsets in the document text
    tok_kind kind = tok_kind::word;
    bool capitalised = false;
    bool elided = false;           // "l'", "d'", "qu'": glued to the next word
    std::string_view text;         // as written: a view of the document text
    std::string key;               // lower-case, accents folded, ’ -> '
    std::string lemma;             // from the grammar when it gave one, else empty
    uint32_t pos = 0;              // grammar::pos_bits when known
    bool common_lemma = false;     // the grammar's lemma is written lower case (a common word)
    bool lemma_is_key = false;     // lemma == key, as attach_grammar found (false: not known)
    // What the lexicon holds for `key`, once looked up (forms_known): its forms, the phrases
    // that open with it, the country it names (-1: none).
    const form_hits* forms = nullptr;
    const std::vector<std::pair<std::vector<std::string>, uint32_t>>* phrases = nullptr;
    int32_t country = -1;
    bool country_phrase = false;  // one of `phrases` names a country (forms_known)
    bool function_word = false;   // one of `forms` is a function word's (forms_known)
    bool title_word = false;      // a title or a title phrase's first word (forms_known)
    uint64_t markers = 0;  // bit r: a marker of trim rule r opens with this word (forms_known)
    bool forms_known = false;
};

// s == lit, with the length compared first: most keys differ from a literal in length, and
// std::string == const char* measures the literal every time.
template <std::size_t N>
inline bool eq(std::string_view s, const char (&lit)[N]) {
    return s.size() == N - 1 && std::memcmp(s.data(), lit, N - 1) == 0;
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

// Splits text[b, e) into tokens with offsets relative to `base`.
std::vector<tok> tokenize(std::string_view text, uint32_t base = 0);

// Attaches lemma and part of speech from the grammar's tokens of the same sentence.
void attach_grammar(std::vector<tok>& toks, const grammar::sentence& s,
                    const grammar::document& doc);

// Lower case and accents folded: the key every lookup uses ("États-Unis" -> "etats-unis").
std::string fold_key(std::string_view s);
// fold_key into `out`, whose storage is reused.
void fold_key_into(std::string& out, std::string_view s);

// First letter upper-cased (Latin letters, accented included).
std::string capitalise_first(std::string_view s);
std::string lower_first(std::string_view s);

// Joins tokens as French typography wants (no space before ',' '.', after "l'" …).
std::string join_tokens(const std::vector<const tok*>& toks);

// French month and weekday names (folded keys): dates need them whatever the pack says.
bool is_month_key(const std::string& key);
bool is_weekday_key(const std::string& key);

// Number of words the scorer would count (letters or digits runs).
int count_words(std::string_view s);

// English form of a French number token: "3,1" -> "3.1", "800 000" -> "800 thousand",
// "2.000" -> "2 thousand"; the source's digits are kept. Empty when the token is not a number.
std::string english_number(std::string_view fr);

}  // namespace precis::rules
