// What the sentence grammar recognises: a flat sequence of elements (multiword units and single
// tokens), each with the sub-spans ("captures") its rule marked. Plain data; the clause builder
// (clauses.cpp) turns it into actors, values, verb groups and clauses.
#pragma once

#include <array>
#include <cstdint>

#include "precis/grammar/document.hpp"

namespace precis::grammar::ast {

enum class element_kind : uint8_t {
    token,  // one token the grammar read as itself
    date,
    money,
    percent,
    quantity,
    titled_actor,  // title (+ nationality, complement, name)
    civil_actor,   // "M. Prévot"
    named_actor,   // "Donald Trump" (+ ", ministre de …")
    institution,
    country,
    pronoun,
    collective,
    verb_group,
    nonfinite,  // infinitive or present participle
    attribution_marker,
    purpose_marker,
    subordinator,
    relative,  // qui, que, dont, où
};

// Slots a rule may fill while it matches.
enum slot : uint8_t {
    s_approx,
    s_number,
    s_magnitude,
    s_currency,
    s_unit,
    s_weekday,
    s_day,
    s_month,
    s_year,
    s_title,
    s_nationality,
    s_complement,
    s_name,
    s_apposed,
    s_institution,
    s_country,
    s_collective,
    s_neg,
    s_neg2,
    s_clitic,
    s_aux,
    s_been,
    s_main,
    s_inversion,
    s_marker,
    s_time,
    slot_count
};

struct capture {
    uint32_t begin = 0, end = 0;  // byte offsets into the document text
    int32_t payload = -1;         // vocabulary payload index, when from a symbol table
    bool set() const { return end > begin; }
};

struct element {
    element_kind kind = element_kind::token;
    span where;
    std::array<capture, slot_count> captures{};
};

}  // namespace precis::grammar::ast
