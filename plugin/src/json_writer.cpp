#include "json_writer.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace precis::plugin {

json_writer::json_writer(std::string& out)
    : out_(out),
      serializer_(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                  nlohmann::json::error_handler_t::replace) {}

json_writer& json_writer::raw(const char* text) {
    separate();
    out_ += text;
    need_comma_ = true;
    return *this;
}

namespace {

// True when JSON needs `s` written as it is: well-formed UTF-8 with no control character, quote
// or backslash, which is what nlohmann's serializer (ensure_ascii off) copies byte for byte.
// Most strings of a result are such text, and this scan is several times cheaper per byte.
bool verbatim(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    constexpr uint64_t ones = 0x0101010101010101u;
    constexpr uint64_t high = 0x8080808080808080u;
    for (int32_t i = 0; i < n;) {
        // Eight ASCII bytes at a time: any byte below 0x20, or equal to a quote or a
        // backslash, shows as a high bit in the usual zero-byte test of (v - k) & ~v.
        // Fewer than eight left: the last eight of the string, bytes already passed included
        // (passed again, or, when one of them is not ASCII, left to the test below).
        if (n >= 8) {
            const int32_t step = n - i >= 8 ? 8 : n - i;
            uint64_t v;
            std::memcpy(&v, p + i + step - 8, 8);
            if ((v & high) == 0) {
                const uint64_t quote = v ^ (ones * '"');
                const uint64_t backslash = v ^ (ones * '\\');
                if ((((v - ones * 0x20) & ~v) | ((quote - ones) & ~quote) |
                     ((backslash - ones) & ~backslash)) &
                    high) {
                    return false;
                }
                i += step;
                continue;
            }
        }
        const uint8_t b = p[i];
        if (b < 0x80) {
            if (b < 0x20 || b == '"' || b == '\\') return false;
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) return false;
    }
    return true;
}

}  // namespace

json_writer& json_writer::str(std::string_view s) {
    separate();
    if (s.size() < INT32_MAX && verbatim(s)) {
        out_.push_back('"');
        out_.append(s);
        out_.push_back('"');
        need_comma_ = true;
        return *this;
    }
    // One string value reused for every string: assigning keeps its capacity, so writing a
    // string costs no allocation once the longest one has been seen.
    text_.get_ref<std::string&>().assign(s.data(), s.size());
    serializer_.dump(text_, false, false, 0);
    need_comma_ = true;
    return *this;
}

}  // namespace precis::plugin
