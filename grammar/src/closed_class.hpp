// French closed-class words (determiners, prepositions, pronouns, conjunctions): part of the
// grammar itself, so they are known without the dictionary and looked up first.
#pragma once

#include <cstdint>
#include <string_view>

#include "precis/grammar/document.hpp"

namespace precis::grammar {

struct closed_word {
    std::string_view form;
    uint32_t pos;
    std::string_view lemma;
};

// The entry for a word (its first letter may be upper case), or null.
const closed_word* find_closed_word(std::string_view word);

}  // namespace precis::grammar
