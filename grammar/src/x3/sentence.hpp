// The sentence rule: reads one sentence into a flat sequence of elements (values, actors, verb
// groups, markers, tokens) recorded in the sentence_state of the context.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "x3/config.hpp"

namespace precis::grammar::parser {
namespace x3 = boost::spirit::x3;

struct sentence_class;
using sentence_type = x3::rule<sentence_class>;
BOOST_SPIRIT_DECLARE(sentence_type);

sentence_type const& sentence();

// Runs the sentence rule over st's sentence; false when it could not read to the end.
bool read_sentence(sentence_state& st, uint32_t end);

}  // namespace precis::grammar::parser
