// The grammar as the rest of the component sees it: no X3 type in sight.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "precis/grammar/parser.hpp"
#include "x3/ast.hpp"
#include "x3/state.hpp"

namespace precis::grammar {

// Reads the sentence `where` of `text` into elements. Returns false when the grammar could not
// read it to the end (the elements read so far are kept). `st` is per-thread scratch, whose
// `facts` tokenize filled for these tokens.
bool read_elements(std::string_view text, span where, const vocabulary& vocab,
                   const std::vector<token>& tokens, const verb_lemma_list& verb_lemmas,
                   parser::sentence_state& st, ast::element_list& out);

}  // namespace precis::grammar
