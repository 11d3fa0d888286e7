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
PRECIS_TOKEN_TEST(is_number);
PRECIS_TOKEN_TEST(is_day);
PRECIS_TOKEN_TEST(is_year);
PRECIS_TOKEN_TEST(is_capitalised_content);
PRECIS_TOKEN_TEST(is_lower_adjective);
PRECIS_TOKEN_TEST(is_name_word);
PRECIS_TOKEN_TEST(is_name_particle);
PRECIS_TOKEN_TEST(is_initial_letter);
PRECIS_TOKEN_TEST(is_civility);
PRECIS_TOKEN_TEST(is_subject_pronoun);
PRECIS_TOKEN_TEST(is_neg_ne);
PRECIS_TOKEN_TEST(is_neg_pas);
PRECIS_TOKEN_TEST(is_clitic);
PRECIS_TOKEN_TEST(is_object_clitic);
PRECIS_TOKEN_TEST(is_modal);
PRECIS_TOKEN_TEST(is_participle);
PRECIS_TOKEN_TEST(is_ete);
PRECIS_TOKEN_TEST(is_infinitive);
PRECIS_TOKEN_TEST(is_nonfinite);
PRECIS_TOKEN_TEST(is_plain_adverb);
PRECIS_TOKEN_TEST(is_inversion);
PRECIS_TOKEN_TEST(is_relative);
PRECIS_TOKEN_TEST(is_unit);
PRECIS_TOKEN_TEST(is_time_preposition);
PRECIS_TOKEN_TEST(is_de);
PRECIS_TOKEN_TEST(is_de_article);
PRECIS_TOKEN_TEST(is_le);
PRECIS_TOKEN_TEST(is_et);
PRECIS_TOKEN_TEST(is_percent_sign);
PRECIS_TOKEN_TEST(is_pour);
PRECIS_TOKEN_TEST(is_cent);
PRECIS_TOKEN_TEST(is_stop);
PRECIS_TOKEN_TEST(is_comma);
PRECIS_TOKEN_TEST(is_day_part);
PRECIS_TOKEN_TEST(is_title_adjective);
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
struct is_finite_aux {
    bool operator()(const sentence_state& st, int32_t index) const {
        return is_finite{}(st, index) &&
               ((*st.tokens)[static_cast<std::size_t>(index)].pos & pos_aux) != 0;
    }
};

// Bit per element kind (ast::element_kind) whose rule may start at this token: a superset,
// computed once per token so that most alternatives are skipped without being tried. Also
// punctuation_start when is_punctuation holds for the token.
uint32_t element_starts(const sentence_state& st, int32_t index);
inline constexpr uint32_t punctuation_start = 1u << 31;

// Number of tokens of an adverbial phrase starting at `index` ("par ailleurs"), or 0.
std::size_t adverbial_length(const sentence_state& st, int32_t index);

}  // namespace precis::grammar::parser
