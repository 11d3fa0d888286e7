// The one translation unit that instantiates the sentence grammar.
#include "x3/sentence_def.hpp"

namespace precis::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(sentence_type, iterator_type, context_type)
}  // namespace precis::grammar::parser
