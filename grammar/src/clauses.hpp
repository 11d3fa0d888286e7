// Turns the grammar's elements into a sentence's actors, values, verb groups and clauses, and
// grades how well the sentence was read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/grammar/parser.hpp"
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

// `grammar_ran` is false when the sentence was too deeply nested for the grammar; `read_all`
// says whether the grammar read it to the end.
void build_sentence(std::string_view text, const vocabulary& vocab,
                    const std::vector<std::string>& verb_lemmas,
                    const std::vector<ast::element>& elements, bool grammar_ran, bool read_all,
                    bool first_sentence, date_context& dates, sentence& out);

}  // namespace precis::grammar
