#include "json_writer.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace precis::plugin {

json_writer::json_writer(std::string& out) : out_(out) {
    const auto at = out_.size();
    p_ = out_.data() + at;
    end_ = p_;
    grow(0);
}

void json_writer::grow(std::size_t n) {
    // The string is lengthened by a step at a time, not at once to its capacity: what it
    // gains is zeroed first, and memset zeroes up to 2 KB with vector stores, more with a
    // string instruction that costs a step per byte.
    constexpr std::size_t step = 1024;
    const auto at = static_cast<std::size_t>(p_ - out_.data());
    out_.resize(out_.size() + std::max(n, step));
    p_ = out_.data() + at;
    end_ = out_.data() + out_.size();
}

void json_writer::serialize(const nlohmann::json& value) {
    if (!serializer_) {
        serializer_.emplace(nlohmann::detail::output_adapter<char, std::string>(spill_), ' ',
                            nlohmann::json::error_handler_t::replace);
    }
    spill_.clear();
    serializer_->dump(value, false, false, 0);
}

void json_writer::real(double x) {
    if (!last_real_text_.empty() && std::memcmp(&x, &last_real_, sizeof x) == 0) {
        put(last_real_text_);
        return;
    }
    serialize(nlohmann::json(x));
    put(spill_);
    last_real_ = x;
    last_real_text_ = spill_;
}

json_writer& json_writer::raw(const char* text) {
    separate();
    put(text);
    need_comma_ = true;
    return *this;
}

namespace detail {

// Most strings of a result are verbatim, and this scan is several times cheaper per byte than
// the serializer's.
string_form form_of(std::string_view s) {
    string_form form = string_form::verbatim;
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    constexpr uint64_t ones = 0x0101010101010101u;
    constexpr uint64_t high = 0x8080808080808080u;
    for (int32_t i = 0; i < n;) {
        // Eight bytes at a time: any byte below 0x20, or equal to a quote or a backslash,
        // shows as a high bit in the usual zero-byte test of (v - k) & ~v, which is exact up
        // to the first byte it flags. The ASCII bytes before the first other one are passed at
        // once. Fewer than eight left: the last eight of the string, shifted so that the bytes
        // already passed go, ASCII letters filling in for them.
        int32_t avail = 0;
        uint64_t v = 0;
        if (n - i >= 8) {
            avail = 8;
            std::memcpy(&v, p + i, 8);
        } else if (n >= 8) {
            avail = n - i;
            std::memcpy(&v, p + n - 8, 8);
            const int shift = 8 * (8 - avail);
            v = (v >> shift) | ((ones * 'a') << (64 - shift));
        }
        if (avail > 0) {
            const uint64_t other = v & high;
            int32_t ascii = other != 0 ? __builtin_ctzll(other) >> 3 : 8;
            if (ascii > avail) ascii = avail;
            const uint64_t quote = v ^ (ones * '"');
            const uint64_t backslash = v ^ (ones * '\\');
            const uint64_t flagged =
                (((v - ones * 0x20) & ~v) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)) &
                high & (ascii >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * ascii)) - 1);
            if (flagged != 0) {
                for (int32_t k = i; k < i + ascii; ++k) {
                    if (p[k] < 0x20) return string_form::other;
                    if (p[k] == '"' || p[k] == '\\') form = string_form::quoted;
                }
            }
            i += ascii;
            if (ascii == avail) continue;
        }
        const uint8_t b = p[i];
        if (b < 0x80) {
            if (b < 0x20) return string_form::other;
            if (b == '"' || b == '\\') form = string_form::quoted;
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) return string_form::other;
    }
    return form;
}

}  // namespace detail

json_writer& json_writer::str(std::string_view s) {
    using detail::string_form;
    const string_form form = s.size() < INT32_MAX ? detail::form_of(s) : string_form::other;
    if (form == string_form::verbatim) {
        room(s.size() + 3);
        if (need_comma_) *p_++ = ',';
        *p_++ = '"';
        if (!s.empty()) std::memcpy(p_, s.data(), s.size());
        p_ += s.size();
        *p_++ = '"';
        need_comma_ = true;
        return *this;
    }
    separate();
    if (form == string_form::quoted) {
        // Each byte as it is, a backslash before each quote or backslash.
        room(2 * s.size() + 2);
        *p_++ = '"';
        for (const char c : s) {
            if (c == '"' || c == '\\') *p_++ = '\\';
            *p_++ = c;
        }
        *p_++ = '"';
        need_comma_ = true;
        return *this;
    }
    // One string value reused for every string: assigning keeps its capacity, so writing a
    // string costs no allocation once the longest one has been seen.
    text_.get_ref<std::string&>().assign(s.data(), s.size());
    serialize(text_);
    put(spill_);
    need_comma_ = true;
    return *this;
}

}  // namespace precis::plugin
