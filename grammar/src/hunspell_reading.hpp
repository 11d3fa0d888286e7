// What precis keeps of hunspell-fr's morphological analyses. Shared by the lexicon, which asks
// hunspell at run time, and by precis-make-lexicon, which asks it at build time.
#pragma once

#include <string>
#include <vector>

#include "precis/grammar/parser.hpp"

namespace precis::grammar {

// Part of speech and lemmas from hunspell's analyses of one form ("st:signer po:v1_it_q__a
// po:ppas", one string per reading). No reading: pos_unknown.
lexicon::analysis read_analyses(const std::vector<std::string>& readings);

}  // namespace precis::grammar
