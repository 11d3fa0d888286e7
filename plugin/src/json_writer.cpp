#include "json_writer.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace precis::plugin {

json_writer::json_writer(std::string& out)
    : out_(out),
      serializer_(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                  nlohmann::json::error_handler_t::replace) {}

void json_writer::real(double x) {
    if (!last_real_text_.empty() && std::memcmp(&x, &last_real_, sizeof x) == 0) {
        out_.append(last_real_text_);
        return;
    }
    const std::size_t from = out_.size();
    serializer_.dump(nlohmann::json(x), false, false, 0);
    last_real_ = x;
    last_real_text_.assign(out_, from, std::string::npos);
}

json_writer& json_writer::raw(const char* text) {
    separate();
    out_ += text;
    need_comma_ = true;
    return *this;
}

namespace {

// How JSON writes `s`, as nlohmann's serializer (ensure_ascii off) does.
enum class string_form {
    verbatim,  // well-formed UTF-8 with no control character, quote or backslash: as it is
    quoted,    // the same but for quotes or backslashes, which take a backslash before them
    other,     // control characters or ill-formed UTF-8: left to the serializer
};

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

}  // namespace

json_writer& json_writer::field(std::string_view name, std::string_view s) {
    // Most values are short verbatim text: the comma, key, colon and quoted value in one append.
    char buf[192];
    if (name.size() + s.size() + 6 > sizeof buf || form_of(s) != string_form::verbatim) {
        return key(name).str(s);
    }
    out_.append(buf, put_field(buf, name, s));
    need_comma_ = true;
    return *this;
}

json_writer& json_writer::str(std::string_view s) {
    separate();
    const string_form form = s.size() < INT32_MAX ? form_of(s) : string_form::other;
    if (form == string_form::verbatim) {
        out_.push_back('"');
        out_.append(s);
        out_.push_back('"');
        need_comma_ = true;
        return *this;
    }
    if (form == string_form::quoted) {
        // Each run up to a quote or a backslash as it is, then the mark after a backslash.
        out_.push_back('"');
        std::size_t from = 0;
        for (std::size_t at = 0; at < s.size(); ++at) {
            if (s[at] != '"' && s[at] != '\\') continue;
            out_.append(s.data() + from, at - from);
            out_.push_back('\\');
            out_.push_back(s[at]);
            from = at + 1;
        }
        out_.append(s.data() + from, s.size() - from);
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
