// What precis keeps of hunspell-fr's morphological analyses. Shared by the lexicon, which asks
// hunspell at run time, and by precis-make-lexicon, which asks it at build time.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/grammar/parser.hpp"

namespace precis::grammar {

// Part of speech and lemmas from hunspell's analyses of one form ("st:signer po:v1_it_q__a
// po:ppas", one string per reading). No reading: pos_unknown.
//
// A form several verbs share takes one verb lemma: "avoir" and "être" first, then a verb
// `known` knows (a bilingual dictionary's headwords: "mise" is mettre rather than miser,
// "saura" savoir rather than saurer), then one read in a tense news is written in (not the
// passé simple or the imperative alone: "durent" is durer, "vis" vivre), then the first.
using known_lemma = std::function<bool(std::string_view)>;
lexicon::analysis read_analyses(const std::vector<std::string>& readings, const known_lemma& known = {});

}  // namespace precis::grammar
