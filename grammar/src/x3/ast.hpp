// What the sentence grammar recognises: a flat sequence of elements (multiword units and single
// tokens), each with the sub-spans ("captures") its rule marked. Plain data; the clause builder
// (clauses.cpp) turns it into actors, values, verb groups and clauses.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "form_cache.hpp"
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

// The kinds the clause builder makes an actor, a value or a verb group of.
constexpr bool kind_in(element_kind k, uint32_t kinds) {
    return ((kinds >> static_cast<unsigned>(k)) & 1u) != 0;
}
constexpr uint32_t kinds_of(std::initializer_list<element_kind> list) {
    uint32_t bits = 0;
    for (element_kind k : list) bits |= 1u << static_cast<unsigned>(k);
    return bits;
}
inline constexpr uint32_t actor_kinds =
    kinds_of({element_kind::titled_actor, element_kind::civil_actor, element_kind::named_actor,
              element_kind::institution, element_kind::country, element_kind::pronoun,
              element_kind::collective});
inline constexpr uint32_t value_kinds = kinds_of(
    {element_kind::date, element_kind::money, element_kind::percent, element_kind::quantity});
inline constexpr uint32_t verb_kinds =
    kinds_of({element_kind::verb_group, element_kind::nonfinite});

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
    // The vocabulary payload index, when from a symbol table; the index of its first token,
    // when from a token test (the clause builder finds a verb group's tokens so).
    int32_t payload = -1;
    bool set() const { return end > begin; }
};

// An element's captures live in its list's pool (element_list::captures), in slot order: an
// element is a few words however many slots the grammar has, so that the token elements,
// most of them, cost next to nothing to record.
//
// The record is also the clause builder's (clauses.cpp): the grammar notes what the clause
// rules test of every element as it reads it, and the builder fills in the rest, rather than
// each element being copied into a table of the builder's own.
struct element {
    element_kind kind = element_kind::token;
    uint8_t forms = 0;           // clause_form bits of a token or relative's form, else 0
    span where;
    uint32_t captured = 0;       // bit per slot the rule recorded
    uint32_t first_capture = 0;  // index in the pool of the lowest recorded slot
    int32_t first_token = -1;    // the sentence's token starting at where.begin (always one)
    // The clause builder's: the element's nesting depth in quotes and parentheses, and the
    // actor, value and verb group made of it and the sub-clause part holding it (each an
    // index, or -1).
    uint32_t depth = 0;
    int32_t actor = -1, value = -1, verb = -1, part = -1;
};

// A quote mark or parenthesis, which the clause builder pairs: a token of these kinds.
inline bool nests(token_kind k) {
    return k == token_kind::quote_open || k == token_kind::quote_close ||
           k == token_kind::paren_open || k == token_kind::paren_close;
}

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

// A sentence's elements in text order, with the pool of their captures, and the elements the
// clause rules look for listed by index as they are recorded.
struct element_list {
    std::vector<element> items;
    std::vector<capture> captures;
    std::vector<uint32_t> non_tokens;  // elements of a kind other than token
    std::vector<uint32_t> et_ou;       // elements whose forms have cf_et_ou
    std::vector<uint32_t> brackets;    // token elements whose forms have cf_nests
    // Of the non-token elements, those of the actor_kinds, value_kinds and verb_kinds.
    uint32_t actors = 0, values = 0, verbs = 0;
    void clear() {
        items.clear();
        captures.clear();
        non_tokens.clear();
        et_ou.clear();
        brackets.clear();
        actors = values = verbs = 0;
    }
    // Records token `index`, `t`, as an element of its own; `forms` are its clause_form bits
    // (with cf_nests for a quote mark or parenthesis: one test for both lists).
    void add_token(const token& t, int32_t index, uint8_t forms) {
        element& el = items.emplace_back();
        el.forms = forms;
        el.where = t.where;
        el.first_token = index;
        if (__builtin_expect((forms & (cf_et_ou | cf_nests)) != 0, 0)) {
            const auto at = static_cast<uint32_t>(items.size() - 1);
            if (forms & cf_et_ou) et_ou.push_back(at);
            if (forms & cf_nests) brackets.push_back(at);
        }
    }
    capture_view captures_of(const element& el) const {
        return {el.captured, captures.data() + el.first_capture};
    }
};

}  // namespace precis::grammar::ast
