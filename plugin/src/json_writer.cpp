#include "json_writer.hpp"

#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cmath>
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
    // string instruction that costs a step per byte. (The step is just below 2 KB, in whole
    // 64-byte blocks: the fewer steps, the fewer calls to resize.)
    constexpr std::size_t step = 1984;
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
    // A whole number below 10^15 (not -0): its digits and ".0", as the serializer writes it
    // (its shortest digits are the number's, and it writes a number of at most 17 digits in
    // full, with ".0" after a whole one).
    if (x == std::trunc(x) && std::fabs(x) < 1e15 && !(x == 0 && std::signbit(x))) {
        char* p = at(24);
        p = std::to_chars(p, p + 22, static_cast<int64_t>(x)).ptr;
        *p++ = '.';
        *p++ = '0';
        p_ = p;
        return;
    }
    // Otherwise the serializer's own conversion (Grisu2 digits, its placing of the point and
    // exponent), called without the serializer: nothing to allocate or copy.
    if (!std::isfinite(x)) {
        put("null");  // as the serializer writes NaN and the infinities
        return;
    }
    char* p = at(sizeof last_real_text_);
    if (last_real_size_ != 0 && std::memcmp(&x, &last_real_, sizeof x) == 0) {
        std::memcpy(p, last_real_text_, sizeof last_real_text_);
        p_ = p + last_real_size_;
        return;
    }
    char* const end = nlohmann::detail::to_chars(p, p + sizeof last_real_text_, x);
    last_real_ = x;
    last_real_size_ = static_cast<uint8_t>(end - p);
    std::memcpy(last_real_text_, p, sizeof last_real_text_);
    p_ = end;
}

json_writer& json_writer::raw(const char* text) {
    separate();
    put(text);
    need_comma_ = true;
    return *this;
}

namespace detail {

// Passes the character at i (not ASCII): false when it is ill-formed.
inline bool pass_character(const uint8_t* p, int32_t& i, int32_t n) {
    // A well-formed two-byte sequence ("é", "à", "ç"), most of the others, as U8_NEXT reads
    // it (C0 and C1 would be overlong).
    const uint8_t b = p[i];
    if (b >= 0xC2 && b < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
        i += 2;
        return true;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    return c >= 0;
}

// Most strings of a result are verbatim, and this scan is several times cheaper per byte than
// the serializer's.
string_form form_of(std::string_view s) {
    string_form form = string_form::verbatim;
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    constexpr uint64_t ones = 0x0101010101010101u;
    constexpr uint64_t high = 0x8080808080808080u;
    // One byte: a control character ends the scan, a quote or a backslash is noted.
    auto ascii_byte = [&](uint8_t b) {
        if (b < 0x20) return false;
        if (b == '"' || b == '\\') form = string_form::quoted;
        return true;
    };
    int32_t i = 0;
    while (i + 8 <= n) {
        uint64_t v;
        std::memcpy(&v, p + i, 8);
        const uint64_t other = v & high;
        // Bytes below 0x20, quotes and backslashes among the ASCII bytes before the first
        // other one: over ASCII bytes no subtraction below borrows unless a byte is one of
        // them, so the test is exact for "none"; when it flags, the bytes are looked at.
        const int32_t ascii = other != 0 ? __builtin_ctzll(other) >> 3 : 8;
        const uint64_t mask = ascii == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * ascii)) - 1;
        const uint64_t w = v & mask;  // the ASCII bytes, zeros past them
        const uint64_t flagged =
            ((w - ones * 0x20) | ((w ^ ones * '"') - ones) | ((w ^ ones * '\\') - ones)) & high & mask;
        if (flagged != 0) {
            for (int32_t k = i; k < i + ascii; ++k) {
                if (!ascii_byte(p[k])) return string_form::other;
            }
        }
        i += ascii;
        if (ascii == 8) continue;
        if (!pass_character(p, i, n)) return string_form::other;
    }
    // Fewer than eight bytes left: one at a time.
    while (i < n) {
        const uint8_t b = p[i];
        if (b < 0x80) {
            if (!ascii_byte(b)) return string_form::other;
            ++i;
            continue;
        }
        if (!pass_character(p, i, n)) return string_form::other;
    }
    return form;
}

#if defined(__SSE2__)

// The UTF-8 marks of chunk v, as `bits` reads a comparison's mask (`high`: its bytes past
// ASCII): trail bytes (80-BF), two-byte leads (C2-DF) and three-byte leads (E1-EF but ED).
// Most chunks past ASCII hold two-byte sequences alone (accented letters): the three-byte
// leads are looked for only when some byte past ASCII is neither.
struct utf8_marks {
    uint32_t trail, lead2, lead3;
};
template <typename Bits>
[[gnu::always_inline]] inline utf8_marks utf8_marks_of(__m128i v, uint32_t high, Bits bits) {
    // b in [lo, lo + span]: b - lo, wrapping, is at most span.
    const auto in_range = [&](uint8_t lo, uint8_t span) {
        const __m128i t = _mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>(lo)));
        return bits(_mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(static_cast<char>(span))), t));
    };
    const uint32_t trail = in_range(0x80, 0x3F);
    const uint32_t lead2 = in_range(0xC2, 0xDF - 0xC2);
    const uint32_t lead3 =
        high == (trail | lead2)
            ? 0
            : in_range(0xE1, 0xEF - 0xE1) & ~bits(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xED))));
    return {trail, lead2, lead3};
}

// Of the bytes at [skip, skip + len) of chunk v, which begin a character: how many, from the
// first, make whole characters that JSON writes as they are or with a backslash (quotes and
// backslashes, their bits in `quotes`), or -1 when one is a control character or a sequence
// this test does not pass (then form_of() decides). Passed: ASCII and the two- and three-byte
// sequences U8_NEXT reads as well-formed but for those opening with E0 or ED (whose second
// byte has a narrower range): the sequences of French text ("é", "«", "’"). A sequence that
// goes on past the bytes ends the count before it.
inline int plain_prefix(__m128i v, int skip, int len, uint32_t& quotes) {
    const auto bits = [&](__m128i m) {
        return (static_cast<uint32_t>(_mm_movemask_epi8(m)) >> skip) & ((uint32_t{1} << len) - 1);
    };
    // (Signed: the bytes past ASCII compare below 0x20 too.)
    const __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i quote = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    // Most chunks (English, names of rules) are ASCII with nothing to escape: one test.
    if (bits(_mm_or_si128(low, quote)) == 0) {
        quotes = 0;
        return len;
    }
    const uint32_t high = bits(v);
    if ((bits(low) & ~high) != 0) return -1;
    quotes = bits(quote);
    if (high == 0) return len;
    const auto [trail, lead2, lead3] = utf8_marks_of(v, high, bits);
    if (high != (trail | lead2 | lead3)) return -1;
    const uint32_t trails_due = (lead2 << 1) | (lead3 << 1) | (lead3 << 2);
    const uint32_t all = (uint32_t{1} << len) - 1;
    if ((trails_due & all) != trail) return -1;
    if ((trails_due & ~all) == 0) return len;
    return 31 - __builtin_clz(lead2 | lead3);  // the last lead byte begins the sequence cut off
}

// plain_prefix() for a string of n < 16 bytes, in v with zero bytes past it: whether all of
// it passes. (The zeros set no bit but a control character's, and none counts as a trail
// byte, so that only that test looks at the length, and a sequence cut off at the end fails
// the test of the trail bytes due.)
inline bool plain_short(__m128i v, int n, uint32_t& quotes) {
    const auto bits = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
    // (Signed: the bytes past ASCII compare below 0x20 too.)
    const __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i quote = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    const uint32_t all = (uint32_t{1} << n) - 1;
    // ASCII with nothing to escape: one test.
    if ((bits(_mm_or_si128(low, quote)) & all) == 0) {
        quotes = 0;
        return true;
    }
    const uint32_t high = bits(v);
    if ((bits(low) & ~high & all) != 0) return false;
    quotes = bits(quote);
    if (high == 0) return true;
    const auto [trail, lead2, lead3] = utf8_marks_of(v, high, bits);
    if (high != (trail | lead2 | lead3)) return false;
    return ((lead2 << 1) | (lead3 << 1) | (lead3 << 2)) == trail;
}

// src[0, len) at out, a backslash before each byte whose bit is set in quotes; the new end.
inline char* escape_into(char* out, const char* src, int len, uint32_t quotes) {
    for (int k = 0; k < len; ++k) {
        if ((quotes >> k) & 1) *out++ = '\\';
        *out++ = src[k];
    }
    return out;
}

// Chunks of 16 bytes.
struct chunk16 {
    static constexpr int width = 16;
    static __m128i load(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
    static void store(char* p, __m128i v) { _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v); }
};

// src[0, n) (n >= the chunk's width) at out, escaped, in one pass: each chunk is copied, then
// looked at. The new end, or null when plain_prefix() does not pass a chunk.
template <typename Chunk>
[[gnu::always_inline]] inline char* put_chunks(char* out, const char* src, int n) {
    constexpr int width = Chunk::width;
    char* const first = out;
    int i = 0;
    uint32_t quotes = 0;
    while (i + width <= n) {
        const __m128i v = Chunk::load(src + i);
        Chunk::store(out, v);
        const int whole = plain_prefix(v, 0, width, quotes);
        if (whole <= 0) return nullptr;
        out = quotes == 0 ? out + whole : escape_into(out, src + i, whole, quotes);
        i += whole;
    }
    if (i < n) {
        // The last chunk's worth of bytes, of which those before i were looked at already.
        const int skip = width - (n - i);
        const __m128i v = Chunk::load(src + n - width);
        if (plain_prefix(v, skip, n - i, quotes) != n - i) return nullptr;
        if (quotes == 0 && out - first == i) {
            Chunk::store(out - skip, v);  // (over bytes written as they are: the same ones)
            out += n - i;
        } else {
            out = escape_into(out, src + i, n - i, quotes);
        }
    }
    return out;
}

// put_chunks() for n < 16, with room for 2 n + 16 bytes at out.
[[gnu::always_inline]] inline char* put_short(char* out, const char* src, int n) {
    // A short string (most of them: names, kinds, rules): one chunk, made of at most two
    // overlapping loads of its bytes (the bytes past the string are not to be read). What
    // the chunk holds past the string is not looked at, and its bytes stored past the string
    // are written over or cut.
    uint64_t lo = 0, hi = 0;
    if (n >= 8) {
        std::memcpy(&lo, src, 8);
        if (n > 8) {
            std::memcpy(&hi, src + n - 8, 8);
            hi >>= 8 * (16 - n);  // its last n - 8 bytes, from the chunk's ninth on
        }
    } else if (n >= 4) {
        uint32_t first, last;
        std::memcpy(&first, src, 4);
        std::memcpy(&last, src + n - 4, 4);
        lo = first | (uint64_t{last} << (8 * (n - 4)));  // (the bytes they share are the same)
    } else if (n > 0) {
        const auto* u = reinterpret_cast<const uint8_t*>(src);
        lo = u[0] | (uint64_t{u[n / 2]} << (8 * (n / 2))) | (uint64_t{u[n - 1]} << (8 * (n - 1)));
    }
    const __m128i v = _mm_set_epi64x(static_cast<long long>(hi), static_cast<long long>(lo));
    uint32_t quotes = 0;
    if (!plain_short(v, n, quotes)) return nullptr;
    if (quotes != 0) return escape_into(out, src, n, quotes);
    chunk16::store(out, v);
    return out + n;
}

#endif

}  // namespace detail

// The comma if one is due and the quotes around the text written at first: its end is `end`.
// (first is p plus the comma's byte, if any, and the opening quote's.)
inline void json_writer::close_str(char* p, char* first, char* end) {
    *p = ',';  // (the opening quote goes over it when no comma is due)
    first[-1] = '"';
    *end = '"';
    p_ = end + 1;
    need_comma_ = true;
}

json_writer& json_writer::short_str_at(char* p, std::string_view s) {
#if defined(__SSE2__)
    if (char* const end = detail::put_short(p + 1, s.data(), static_cast<int>(s.size()))) {
        *p = '"';
        *end = '"';
        p_ = end + 1;
        need_comma_ = true;
        return *this;
    }
#endif
    // What put_short() does not pass (what it wrote is written over).
    p_ = p;
    need_comma_ = false;
    return other_str(s);
}

json_writer& json_writer::long_str(std::string_view s) {
#if defined(__SSE2__)
    if (s.size() < INT32_MAX) {
        // (Escaped, and a chunk of 16 bytes written whole.) Every call out of this pass is
        // its last act: nothing is kept across a call.
        if (static_cast<std::size_t>(end_ - p_) < 2 * s.size() + 3 + 16) return grown_long_str(s);
        char* const p = p_;
        char* const first = p + (need_comma_ ? 2 : 1);
        if (char* const end =
                detail::put_chunks<detail::chunk16>(first, s.data(), static_cast<int>(s.size()))) {
            close_str(p, first, end);
            return *this;
        }
    }
#endif
    return other_str(s);
}

json_writer& json_writer::grown_long_str(std::string_view s) {
    grow(2 * s.size() + 3 + 16);
    return long_str(s);
}

json_writer& json_writer::other_str(std::string_view s) {
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
    if (!text_.is_string()) text_ = std::string();
    text_.get_ref<std::string&>().assign(s.data(), s.size());
    serialize(text_);
    put(spill_);
    need_comma_ = true;
    return *this;
}

}  // namespace precis::plugin
