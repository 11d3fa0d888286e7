// White space between tokens: ASCII blanks and the Unicode spaces French typography uses
// (no-break U+00A0, narrow no-break U+202F, thin U+2009).
#pragma once

#include <boost/spirit/home/x3/core/parser.hpp>

#include "segment.hpp"

namespace precis::grammar::parser {
namespace x3 = boost::spirit::x3;

struct space_parser : x3::parser<space_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (first == last) return false;
        const auto lead = static_cast<unsigned char>(*first);
        if (lead > ' ' && lead < 0x80) return false;  // the common case, without a call
        const std::string_view rest(first, static_cast<std::size_t>(last - first));
        const std::size_t n = space_length(rest, 0);
        if (n == 0) return false;
        first += n;
        return true;
    }
};

using space_type = space_parser;
inline constexpr space_type space{};

}  // namespace precis::grammar::parser
