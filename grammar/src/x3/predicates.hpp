// Token tests the grammar's primitives use. Defined in predicates.cpp, outside the X3
// translation unit, so that they cost nothing to the template-heavy build.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "x3/state.hpp"

namespace precis::grammar::parser {

#define PRECIS_TOKEN_TEST(name)                                         \
    struct name {                                                       \
        bool operator()(const sentence_state& st, int32_t index) const; \
    }

PRECIS_TOKEN_TEST(is_determiner);
PRECIS_TOKEN_TEST(is_day);
PRECIS_TOKEN_TEST(is_year);
PRECIS_TOKEN_TEST(is_capitalised_content);
PRECIS_TOKEN_TEST(is_lower_adjective);
PRECIS_TOKEN_TEST(is_lower_noun);
PRECIS_TOKEN_TEST(is_counted_noun);
PRECIS_TOKEN_TEST(is_name_particle);
PRECIS_TOKEN_TEST(is_initial_letter);
PRECIS_TOKEN_TEST(is_civility);
PRECIS_TOKEN_TEST(is_nonfinite);
PRECIS_TOKEN_TEST(is_plain_adverb);
PRECIS_TOKEN_TEST(is_relative);
PRECIS_TOKEN_TEST(is_unit);
PRECIS_TOKEN_TEST(is_punctuation);
PRECIS_TOKEN_TEST(is_complement_head);

#undef PRECIS_TOKEN_TEST

// is_finite's test itself, which is_finite runs once per token of a sentence.
bool finite_uncached(const sentence_state& st, int32_t index);

// Whether the token reads as a finite verb here. The verb-group alternatives ask it of the same
// token up to three times (finite auxiliary, modal, finite verb), and backtracking asks again:
// the sentence's memo answers inline, without a call.
struct is_finite {
    bool operator()(const sentence_state& st, int32_t index) const {
        const auto at = static_cast<std::size_t>(index);
        if (at >= st.token_count) return false;
        int8_t& memo = st.finite_memo[at];
        if (memo < 0) memo = finite_uncached(st, index) ? 1 : 0;
        return memo != 0;
    }
};
// is_name_word's test itself, run once per token of a sentence.
bool name_word_uncached(const sentence_state& st, int32_t index);

// A word of a name ("Macron", "al-Sissi"). The element starts, the name rules' loops and
// the particle tests ask it of the same token several times: the sentence's memo answers
// again inline.
struct is_name_word {
    bool operator()(const sentence_state& st, int32_t index) const {
        const auto at = static_cast<std::size_t>(index);
        if (at >= st.token_count) return false;
        int8_t& memo = st.name_memo[at];
        if (memo < 0) memo = name_word_uncached(st, index) ? 1 : 0;
        return memo != 0;
    }
};
struct is_finite_aux {
    bool operator()(const sentence_state& st, int32_t index) const {
        return is_finite{}(st, index) &&
               (st.token_data[static_cast<std::size_t>(index)].pos & pos_aux) != 0;
    }
};

// "peut", "doit", "va" … before an infinitive: a finite verb whose verb lemma the form cache
// found to be a modal (lc_modal, modal_lemma).
struct is_modal {
    bool operator()(const sentence_state& st, int32_t index) const {
        return is_finite{}(st, index) &&
               (st.facts[static_cast<std::size_t>(index)].lemma_classes & lc_modal) != 0;
    }
};

// Closed word lists the token tests ask about (predicates.cpp holds their words): bit
// positions of form_facts::lists.
enum word_list : unsigned {
    wl_first_second_person,
    wl_ne,
    wl_not_determiners,
    wl_name_particles,
    wl_particle_followers,
    wl_subject_pronouns,
    wl_negative_words,
    wl_clitics,
    wl_object_articles,
    wl_en_y,
    wl_elided_le,
    wl_que,
    wl_comparatives,
    wl_relatives,
    wl_time_prepositions,
    wl_de,
    wl_du_des,
    wl_le_la,
    wl_et,
    wl_pour,
    wl_cent,
    wl_day_parts,
    wl_title_adjectives,
    wl_ce,
    wl_adverbial_heads,
    wl_count_words,
    wl_time_units,
    wl_si,
    wl_si_heads,
    wl_stressed_pronouns,
};

// The simple token tests, inline: the grammar asks them at every step.
namespace tests {
inline const token& tok(const sentence_state& st, int32_t i) {
    return st.token_data[static_cast<std::size_t>(i)];
}
// A negative index turns into a huge one: one comparison bounds both ends.
inline bool valid(const sentence_state& st, int32_t i) {
    return static_cast<std::size_t>(i) < st.token_count;
}
inline bool is_word(const sentence_state& st, int32_t i) {
    return valid(st, i) && tok(st, i).kind == token_kind::word;
}
inline bool in_list(const sentence_state& st, int32_t i, word_list list) {
    return valid(st, i) && (st.facts[static_cast<std::size_t>(i)].lists & (1u << list)) != 0;
}
inline bool form_is(const sentence_state& st, int32_t i, std::string_view f) {
    const span w = tok(st, i).where;
    return w.size() == f.size() && std::string_view(st.text + w.begin, w.size()) == f;
}
}  // namespace tests

#define PRECIS_INLINE_TEST(name, body)                                          \
    struct name {                                                               \
        bool operator()(const sentence_state& st, int32_t i) const {            \
            using namespace tests;                                              \
            body                                                                \
        }                                                                       \
    };

PRECIS_INLINE_TEST(is_number, return valid(st, i) && tok(st, i).kind == token_kind::number;)
PRECIS_INLINE_TEST(is_subject_pronoun, return in_list(st, i, wl_subject_pronouns);)
PRECIS_INLINE_TEST(is_neg_ne, return in_list(st, i, wl_ne);)
PRECIS_INLINE_TEST(is_neg_pas, return in_list(st, i, wl_negative_words);)
PRECIS_INLINE_TEST(is_clitic, return in_list(st, i, wl_clitics);)
PRECIS_INLINE_TEST(is_object_clitic,
                   return in_list(st, i, wl_object_articles) || in_list(st, i, wl_clitics);)
PRECIS_INLINE_TEST(is_participle, return is_word(st, i) &&
                                         (tok(st, i).pos & pos_past_participle) &&
                                         !tok(st, i).capitalised;)
PRECIS_INLINE_TEST(is_ete, return valid(st, i) && form_is(st, i, "été");)
PRECIS_INLINE_TEST(is_infinitive, return is_word(st, i) && (tok(st, i).pos & pos_infinitive) &&
                                         !tok(st, i).capitalised;)
PRECIS_INLINE_TEST(is_inversion,
                   return is_word(st, i) && st.text[tok(st, i).where.begin] == '-';)
PRECIS_INLINE_TEST(is_time_preposition, return in_list(st, i, wl_time_prepositions);)
// Lower case only: "Du" in "Du Wei" is a name.
PRECIS_INLINE_TEST(is_de, return in_list(st, i, wl_de) && !tok(st, i).capitalised;)
PRECIS_INLINE_TEST(is_de_article, return in_list(st, i, wl_du_des) && !tok(st, i).capitalised;)
PRECIS_INLINE_TEST(is_le, return in_list(st, i, wl_le_la);)
PRECIS_INLINE_TEST(is_et, return in_list(st, i, wl_et);)
PRECIS_INLINE_TEST(is_percent_sign, return valid(st, i) && form_is(st, i, "%");)
PRECIS_INLINE_TEST(is_pour, return in_list(st, i, wl_pour);)
PRECIS_INLINE_TEST(is_cent, return in_list(st, i, wl_cent);)
// The end of the sentence is a stop too.
PRECIS_INLINE_TEST(is_stop, if (!valid(st, i)) return true; const token_kind k = tok(st, i).kind;
                   return k == token_kind::punct || k == token_kind::paren_close ||
                          k == token_kind::quote_close || k == token_kind::paren_open;)
PRECIS_INLINE_TEST(is_comma, return valid(st, i) && form_is(st, i, ",");)
PRECIS_INLINE_TEST(is_day_part, return in_list(st, i, wl_day_parts);)
PRECIS_INLINE_TEST(is_title_adjective, return in_list(st, i, wl_title_adjectives);)
// "deux", "quelques", "plusieurs": a count written in words.
PRECIS_INLINE_TEST(is_count_word, return in_list(st, i, wl_count_words) && !tok(st, i).capitalised;)
PRECIS_INLINE_TEST(is_time_unit, return in_list(st, i, wl_time_units) && !tok(st, i).capitalised;)

#undef PRECIS_INLINE_TEST

inline constexpr uint32_t punctuation_start = 1u << 31;
inline constexpr uint32_t finite_bits = pos_present | pos_past | pos_future | pos_conditional;

// A joined particle's hyphen ("al-Sissi", "ben-Gourion") within the first five bytes: a loop
// over at most five bytes, cheaper than the call find() makes.
inline bool hyphen_in_first_five(std::string_view f) {
    const std::size_t n = f.size() < 5 ? f.size() : 5;
    for (std::size_t k = 0; k < n; ++k) {
        if (f[k] == '-') return true;
    }
    return false;
}

// "il y a" (also "Il y a"): three tokens, or 0. Before a count of time it dates ("élu il y a
// deux ans", date_body); otherwise it is the existential verb.
std::size_t il_y_a_length(const sentence_state& st, int32_t index);
struct il_y_a_run {
    std::size_t operator()(const sentence_state& st, int32_t index) const {
        return il_y_a_length(st, index);
    }
};

// "si" (or "s’" before "il", "ils") as the conjunction "if": followed by a subject ("si elle
// avait lieu", "si les Etats-Unis acceptent", "si Moscou refuse"), not by an adjective or an
// adverb ("si important", "si bien").
struct is_si_conjunction {
    bool operator()(const sentence_state& st, int32_t index) const;
};
// "même", "sauf", "comme" before that "si": one conjunction with it ("même s’il", whose
// elision the vocabulary's "même si" does not read).
struct is_si_head {
    bool operator()(const sentence_state& st, int32_t i) const {
        return tests::in_list(st, i, wl_si_heads) && is_si_conjunction{}(st, i + 1);
    }
};

// element_starts() past its common cases.
uint32_t element_starts_other(const sentence_state& st, int32_t index);

// element_starts_other for a lower-case determiner ("la", "les", "du", "cette") or time
// preposition ("de", "à", "d’"), most of the tokens it is called for: of its tests, these
// words need only the date, title, institution and verb ones, which this reads with fewer
// registers to save.
uint32_t article_starts(const sentence_state& st, int32_t index);

// Bits of form_facts::starts (x3/predicates.cpp, starts_of_form) above the element kinds and
// below punctuation_start: a title or an institution key may start at the form, the form is a
// determiner or a title adjective (a titled actor's head lies further on), the form is a
// plain word or a plain capitalised word (below), and the form is a lower-case determiner or
// time preposition in none of the other lists element_starts_other asks about
// (article_starts).
inline constexpr uint32_t opens_title = 1u << 29, opens_institution = 1u << 30,
                          head_further = 1u << 28, plain_word = 1u << 27, plain_capital = 1u << 26,
                          plain_determiner = 1u << 25, plain_preposition = 1u << 24;
inline constexpr uint32_t kind_bits =
    ~(opens_title | opens_institution | head_further | plain_word | plain_capital |
      plain_determiner | plain_preposition);

// Bit per element kind (ast::element_kind) whose rule may start at this token: a superset,
// computed once per token so that most alternatives are skipped without being tried. Also
// punctuation_start when is_punctuation holds for the token. Inline: punctuation and most
// words are answered without a call.
inline uint32_t element_starts(const sentence_state& st, int32_t index) {
    using ast::element_kind;
    const auto at = static_cast<std::size_t>(index);
    const token& t = st.token_data[at];
    // Punctuation is in no word list and starts no vocabulary phrase: nothing else starts here.
    if (t.kind == token_kind::punct) {
        return (1u << static_cast<unsigned>(element_kind::token)) | punctuation_start;
    }
    // Most tokens are plain words (form_base): lower-case words in no vocabulary class and in
    // none of the lists element_starts_other asks about, without a determiner reading. Of its
    // tests only the verb one reads the neighbours for them; the form cache holds the others'
    // answers (a non-finite form, a joined particle).
    const uint32_t form = st.facts[at].starts;
    if (!(form & plain_word)) {
        // Quotes and brackets start no phrase either: their form says all (as in
        // element_starts_other), without the call.
        if ((form & punctuation_start) && st.facts[at].first_classes == 0) return form & kind_bits;
        // A capitalised word in no vocabulary class and none of those lists, without a
        // determiner reading: of element_starts_other's tests, only the name and the verb
        // ones hold for it.
        if (form & plain_capital) {
            uint32_t starts = form & kind_bits;
            if (is_name_word{}(st, index) ||
                (t.where.size() == 1 && is_initial_letter{}(st, index)))
                starts |= 1u << static_cast<unsigned>(element_kind::named_actor);
            if ((t.pos & finite_bits) && is_finite{}(st, index))
                starts |= 1u << static_cast<unsigned>(element_kind::verb_group);
            return starts;
        }
        if (form & (plain_determiner | plain_preposition)) return article_starts(st, index);
        return element_starts_other(st, index);
    }
    uint32_t starts = form & kind_bits;
    if ((t.pos & finite_bits) && is_finite{}(st, index))
        starts |= 1u << static_cast<unsigned>(element_kind::verb_group);
    return starts;
}

// The verb group rule (sentence_def.hpp) read from `first`, in the token tests' own code: a
// failed X3 alternative read its head again, and its skips and captures cost more than the
// tests. Moves `first` past the group and fills the capture slots as the X3 rule did
// (read_verb_group in predicates.cpp gives the rule); false when no verb group starts there.
bool read_verb_group(sentence_state& st, const char*& first);

// Number of tokens of an adverbial phrase starting at `index` ("par ailleurs"), or 0.
std::size_t adverbial_length(const sentence_state& st, int32_t index);

// What the grammar's `adverbial` reads at `index`: an adverbial phrase, else a plain adverb
// (1), else nothing (0). Every verb-group alternative asks it of the token after the verb, some
// twice: the sentence's memo answers again inline.
std::size_t adverbial_uncached(const sentence_state& st, int32_t index);
struct adverbial_run {
    std::size_t operator()(const sentence_state& st, int32_t index) const {
        const auto at = static_cast<std::size_t>(index);
        if (at >= st.token_count) return 0;
        int8_t& memo = st.adverbial_memo[at];
        if (memo < 0) {
            // A word that heads no adverbial phrase, is no stressed pronoun and has no adverb
            // reading is none of the three (most words after a verb): no call.
            const token& t = st.token_data[at];
            constexpr uint32_t lists = (1u << wl_adverbial_heads) | (1u << wl_stressed_pronouns);
            memo = t.kind == token_kind::word && (st.facts[at].lists & lists) == 0 &&
                           (t.pos & pos_adverb) == 0
                       ? 0
                       : static_cast<int8_t>(adverbial_uncached(st, index));
        }
        return static_cast<std::size_t>(memo);
    }
};

}  // namespace precis::grammar::parser
