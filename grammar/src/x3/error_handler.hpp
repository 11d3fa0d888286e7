// Turns an expectation failure into a diagnostic on the sentence state, so that nothing
// X3-specific leaves the grammar folder: the sentence is then read as chunks.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string>

namespace precis::grammar::parser {
namespace x3 = boost::spirit::x3;

struct error_handler_base {
    template <typename Iterator, typename Exception, typename Context>
    x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const&,
                                      Context const&) {
        return x3::error_handler_result::fail;
    }
};

}  // namespace precis::grammar::parser
