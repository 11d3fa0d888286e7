// Stages of summarize(): sentence analysis, compression (French) and realisation (English).
// Everything here is per call; the pack is read-only.
#pragma once

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "pack_model.hpp"
#include "rule_set_impl.hpp"
#include "text_tokens.hpp"

namespace precis::rules {

// A mention of something the document is about: a person, a country, an institution.
struct mention {
    std::string key;       // fold_key of the canonical text, or "country:BE"
    std::string fr;        // "Maxime Prévot", "Belgique"
    std::string en;        // "Belgium"; empty for a name, said as written (fr)
    uint32_t first = 0, last = 0;  // token range [first, last) in the sentence
    // The number of its entity in the document (by key: mentions of one key have one), once
    // summarize_document() has counted them.
    uint32_t entity = 0;
    bool country = false;
};

struct sentence_view {
    const grammar::sentence* source = nullptr;
    uint32_t index = 0;          // in document::sentences
    int rank = 0;                // among body (non-heading) sentences
    std::vector<tok> toks;
    std::vector<mention> mentions;
    std::vector<uint32_t> events;  // event indices found here
    bool heading = false;
    // main_event(), once computed (the stages ask for it several times).
    std::string main_event;
    bool main_event_known = false;
    // Every token was looked up in the word index and none of their forms names an event
    // (look_up_forms): main_event() then has no verb of theirs to look for. False when not
    // known.
    bool names_no_event = false;
    // No token is a number, as look_up_forms found; false when not known.
    bool no_numbers = false;
    int words = 0;               // words and numbers
    // Bit k: token k (of the first 64) may open one of the scoring features' phrases, or hold
    // one after a space within it (a number); all set when not known.
    uint64_t phrase_starts = ~uint64_t{0};
    // The summary's trim of this sentence, found on the way while trimming it for the
    // headline when the headline's rules open with the summary's (see compress()): a flag per
    // token (kept), then the indices of the rules that acted. Empty until then.
    mutable std::vector<uint16_t> summary_trim;
    // The rules a headline trim weighed while choosing (kept_only) applied to some effect
    // before its first present_tense or cut rule: those that acted, and each
    // reported_statement (which notes where it lifted a statement even when undone). The
    // final cut of the sentence applies only these there (see compress()). Unknown until then.
    struct trim_replay {
        std::array<uint16_t, 8> rules{};  // indices in the pack's trims, in order
        uint8_t count = 0;
        bool known = false;
    };
    mutable trim_replay headline_replay;
};

// What compression kept of one sentence, and which rules acted.
struct compressed {
    std::vector<const tok*> kept;
    // The trimming rules that changed something, in the order they ran, each with the runs of
    // words it took away or rewrote (document spans).
    struct fired_rule {
        std::string_view name;  // the pack's (which outlives the compressions of a summary)
        std::vector<grammar::span> where;
    };
    std::vector<fired_rule> rules;
    std::string text;                 // French, joined
};

// capitalise_first(s) into s: a first letter in ASCII changes where it stands, with no copy.
inline void capitalise_first_in_place(std::string& s) {
    // (After an opening quote and its space the first word is the one: "« l'accord …" ->
    // "« L'accord …".) (A mark's first byte is asked before its bytes are compared: a
    // letter opens most texts.)
    std::size_t at = 0;
    while (at < s.size()) {
        if (s[at] == '"' || s[at] == ' ') {
            ++at;
        } else if (s[at] == '\xc2' && (s.compare(at, 2, "\xc2\xab") == 0 || s.compare(at, 2, "\xc2\xa0") == 0)) {
            at += 2;
        } else if (s[at] == '\xe2' && s.compare(at, 3, "\xe2\x80\x9c") == 0) {
            at += 3;
        } else {
            break;
        }
    }
    if (at >= s.size()) return;
    const auto c = static_cast<unsigned char>(s[at]);
    if (c >= 0x80) {
        s = at == 0 ? capitalise_first(s) : s.substr(0, at) + capitalise_first(s.substr(at));
    } else if (c >= 'a' && c <= 'z') {
        s[at] = static_cast<char>(c - 'a' + 'A');
    }
}

// The lexicon's forms for a token's key (remembered on the token by look_up_forms).
inline const form_hits* forms_of(const lexicon& lex, const tok& t) {
    if (t.forms_known) return t.forms;
    return lex.hits_of(t.key);
}
// Returns the tokens (bit k: token k, of the first 64) where one of the scoring features'
// phrases may stand (sentence_view::phrase_starts).
uint64_t look_up_forms(const lexicon& lex, std::vector<tok>& toks);
// look_up_forms(), and the tokens (bit k, of the first 64) where a mention may start
// (find_mentions_into()) in `mention_starts`; `event_words`: whether a form of some token may
// name an event (tok::names_event, or a token not looked up); `numbers`: whether a token may
// be a number (true when the tokens were not looked up).
// `memo`: the thread's answers remembered (see index_memo), or null.
struct index_memo;
uint64_t look_up_forms(const lexicon& lex, std::vector<tok>& toks, uint64_t& mention_starts,
                       bool& event_words, bool& numbers, index_memo* memo = nullptr);
// The longest lexicon phrase starting at token `at` of n, word k being key_at(k).
template <typename KeyAt>
const std::pair<std::vector<std::string>, uint32_t>* phrase_at_token(const lexicon& lex,
                                                                    const tok& first, std::size_t n,
                                                                    std::size_t at, KeyAt key_at) {
    if (!first.forms_known) return lex.phrase_at_by(n, at, key_at);
    return first.phrases == nullptr ? nullptr : lexicon::phrase_in(*first.phrases, n, at, key_at);
}
// The country a token names by its key, -1 for none.
inline int32_t country_of(const lexicon& lex, const tok& t) {
    if (t.forms_known) return t.country;
    auto it = find_word(lex.country_by_form, t.key);
    return it == lex.country_by_form.end() ? -1 : static_cast<int32_t>(it->second);
}

// Lexicon questions the stages share.
bool is_function_word_looked_up(const lexicon& lex, const tok& t);  // a word not forms_known
// (Inline: asked of most tokens, and answered from the token once the word index was read.)
inline bool is_function_word(const lexicon& lex, const tok& t) {
    if (t.kind != tok_kind::word) return false;
    if (t.forms_known) return t.forms == nullptr ? t.elided : t.function_word;
    return is_function_word_looked_up(lex, t);
}
bool is_title_word(const lexicon& lex, const tok& t);
// The keys of the auxiliaries' forms is_auxiliary() knows (marked on the word index: see
// trim_auxiliary).
inline constexpr std::string_view auxiliary_keys[] = {
    "a", "ont", "est", "sont", "etait", "etaient", "avait", "avaient", "sera", "seront", "aura", "auront",
    "fut", "serait", "aurait"};
bool is_auxiliary_looked_up(const tok& t);  // a word not forms_known
// A finite verb form: 3rd person present or an auxiliary + participle start. (Inline: asked
// of many tokens, and answered from the token once the word index was read; "à" is no "a".)
inline bool is_auxiliary(const tok& t) {
    if (t.forms_known) return (t.trimmed & trim_auxiliary) != 0 && !eq(t.text, "\xc3\xa0") && !eq(t.text, "\xc3\x80");
    return is_auxiliary_looked_up(t);
}
// Mentions (countries from the lexicon, capitalised names) in a tokenised sentence.
std::vector<mention> find_mentions(const lexicon& lex, const std::vector<tok>& toks);
// find_mentions() into `out`, cleared first (its room kept).
// (`starts`: the tokens a mention may start at, as look_up_forms() gives them.)
void find_mentions_into(const lexicon& lex, const std::vector<tok>& toks, std::vector<mention>& out,
                        uint64_t starts = ~uint64_t{0});
// The country mentions among toks[b, e), as find_mentions would find them in those tokens
// alone (without copying them or building names).
std::vector<mention> find_countries(const lexicon& lex, const std::vector<const tok*>& toks,
                                    std::size_t b, std::size_t e);
// Whether a token is a verb form of one of `lemmas` (folded, sorted): the grammar's lemma, a
// lexicon form, or a regular -er ending; for markers written as lemmas.
bool is_form_of_any_verb(const lexicon& lex, const tok& t, const std::vector<std::string>& lemmas);

// Applies the pack's trimming rules (those for headlines or for summaries).
// `final_cut`: the headline that will be shown, not one weighed while choosing; its cut keeps
// a verb's complement where the limit allows, and its rules say what they cut (`where`, empty
// otherwise). `kept_only`: only `kept` is wanted (selection weighing a cut), not the text nor
// the rules that acted.
compressed compress(const rule_set::impl& rules, const sentence_view& s, bool headline,
                    int max_words, bool final_cut = false, bool kept_only = false);
// compress(rules, s, true, max_words, true) again, for the sentence the thread's last trim
// cut so (at another budget), `before` being what that cut gave: it goes on from that trim's
// state before its cut rule, the first to read the length (the rules before it act alike at
// any budget, and are named as `before` names them), when no other trim came between (else
// it is all done again).
compressed compress_again(const rule_set::impl& rules, const sentence_view& s, int max_words,
                          const compressed& before);
// compress(rules, s, true, max_words, false, true), its tokens kept into `kept`, whose room is
// reused (a list kept from document to document allocates nothing).
void compress_kept(const rule_set::impl& rules, const sentence_view& s, int max_words,
                   std::vector<const tok*>& kept);
// compress(rules, s, false, max_words) into `out`, whose lists' room is reused when the
// summary's trim was remembered on the way of a headline trim (most sentences).
void compress_summary(const rule_set::impl& rules, const sentence_view& s, int max_words, compressed& out);

// What the document is about, for the English templates that name it (the last ones): the
// list is made into its argument when such a template is tried, not before.
using topic_maker = std::function<void(std::vector<mention>&)>;
// English headline from the compressed key sentence and what the document is about (none
// when `topics` is null); `rule` receives the name of the template used.
std::string realise_english(const rule_set::impl& rules, const sentence_view& s,
                            const compressed& c, const topic_maker* topics, std::string& rule);
// French headline from an event template ("{actors} signent un accord pour {purpose}") when
// the key clause's event has one whose slots can all be filled; empty otherwise.
std::string realise_french(const rule_set::impl& rules, const sentence_view& s, std::string& rule);
// Whether the pack has a French template for `event`: realise_french answers only then, which
// lets selection bound the template feature without realising.
bool has_french_template(const pack_rules& pack, const std::string& event);
// Whether what compression kept of a sentence still holds a finite verb (a statement, not a
// fragment).
bool keeps_a_verb(const rule_set::impl& rules, const sentence_view& s, const compressed& c);
// The event of the sentence's main verb, when the pack knows it; empty otherwise.
std::string main_event(const rule_set::impl& rules, const sentence_view& s);
// English for one French sentence, lightly: only words the lexicon can say.
std::string english_sentence(const rule_set::impl& rules, const sentence_view& s,
                             const compressed& c);

}  // namespace precis::rules
