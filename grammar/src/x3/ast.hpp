// What the sentence grammar recognises: a flat sequence of elements (multiword units and single
// tokens), each with the sub-spans ("captures") its rule marked. Plain data; the clause builder
// (clauses.cpp) turns it into actors, values, verb groups and clauses.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

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

// An element's captures live in its list's pool (element_list::captures), in slot order: an
// element is a few words however many slots the grammar has, so that the token elements,
// most of them, cost next to nothing to record.
struct element {
    element_kind kind = element_kind::token;
    span where;
    uint32_t captured = 0;       // bit per slot the rule recorded
    uint32_t first_capture = 0;  // index in the pool of the lowest recorded slot
    int32_t first_token = -1;    // the sentence's token starting at where.begin
};

// The captures of one element by slot; a slot the rule did not record reads as empty.
class capture_view {
  public:
    capture_view(uint32_t captured, const capture* first) : captured_(captured), first_(first) {}
    const capture& operator[](std::size_t slot) const {
        static constexpr capture none{};
        if (((captured_ >> slot) & 1u) == 0) return none;
        return first_[bits_below(static_cast<unsigned>(slot))];
    }

  private:
    // Recorded slots below `slot`: a portable popcount (the builtin is a libgcc call on
    // x86-64 without POPCNT).
    unsigned bits_below(unsigned slot) const {
        uint32_t x = captured_ & ((1u << slot) - 1u);
        x = x - ((x >> 1) & 0x55555555u);
        x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
        return (((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24;
    }

    uint32_t captured_;
    const capture* first_;
};

// A sentence's elements in text order, with the pool of their captures.
struct element_list {
    std::vector<element> items;
    std::vector<capture> captures;
    void clear() {
        items.clear();
        captures.clear();
    }
    capture_view captures_of(const element& el) const {
        return {el.captured, captures.data() + el.first_capture};
    }
};

}  // namespace precis::grammar::ast
