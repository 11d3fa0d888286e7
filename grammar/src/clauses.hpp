// Turns the grammar's elements into a sentence's actors, values, verb groups and clauses, and
// grades how well the sentence was read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/grammar/parser.hpp"
#include "segment.hpp"
#include "values.hpp"
#include "x3/ast.hpp"

namespace precis::grammar {

// Dates already seen in the article, to resolve "jeudi" and "le 23 octobre".
struct date_context {
    std::optional<civil_date> option_anchor;  // parse_options::anchor_date
    std::optional<civil_date> dateline;       // a date that opens the article
    std::optional<civil_date> latest;         // the latest absolute date read so far
    std::optional<civil_date> anchor() const {
        if (option_anchor) return option_anchor;
        if (dateline) return dateline;
        return latest;
    }
};

// The clause builder's per-element tables. They live in the parse scratch, which one thread
// uses at a time, and keep their capacity from one sentence to the next (a thread_local would
// cost a TLS lookup at every access from the shared library).
struct clause_tables {
    struct region {
        token_kind kind;
        std::size_t open, close;
    };
    std::vector<int32_t> token_of, actor_of, value_of, verb_of, part_of;
    std::vector<uint8_t> forms;
    std::vector<uint32_t> depth;
    std::vector<verb_group> verbs;
    std::vector<int32_t> verb_clause;
    std::vector<const std::string*> verb_events;
    std::vector<uint32_t> non_tokens, et_ou;  // indices of such elements, in order
    std::vector<region> regions;
};

// `grammar_ran` is false when the sentence was too deeply nested for the grammar; `read_all`
// says whether the grammar read it to the end.
void build_sentence(std::string_view text, const vocabulary& vocab,
                    const verb_lemma_list& verb_lemmas, const ast::element_list& elements,
                    bool grammar_ran, bool read_all, bool first_sentence, date_context& dates,
                    clause_tables& tables, sentence& out);

}  // namespace precis::grammar
