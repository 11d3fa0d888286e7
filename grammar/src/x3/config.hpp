// The one iterator and context type the sentence grammar is instantiated for.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "x3/skipper.hpp"
#include "x3/state.hpp"

namespace precis::grammar::parser {
namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using phrase_context_type = x3::phrase_parse_context<space_type>::type;
using context_type = x3::context<state_tag, sentence_state*, phrase_context_type>;

}  // namespace precis::grammar::parser
