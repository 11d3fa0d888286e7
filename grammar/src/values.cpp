#include "values.hpp"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace precis::grammar {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

civil_date civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2);
    return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

}  // namespace

std::optional<double> parse_number(std::string_view written) {
    // Digits, ',' and '.', without group spaces or ordinal suffix, then the number strtod
    // reads: on the stack for the usual short numbers, each no longer than the text.
    constexpr std::size_t room = 64;
    char stack[2 * room + 1];
    std::string storage;
    char* kept = stack;
    if (written.size() > room) {
        storage.resize(2 * written.size() + 1);
        kept = storage.data();
    }
    char* const digits = kept + written.size();  // one byte more for strtod's terminator
    std::size_t kept_size = 0;
    // Counted as they are kept (two find() calls on so few bytes would be two calls to memchr).
    bool comma = false;
    std::size_t dots = 0;
    for (const char c : written) {
        if ((c >= '0' && c <= '9') || c == ',' || c == '.') {
            kept[kept_size++] = c;
            comma = comma || c == ',';
            dots += c == '.' ? 1 : 0;
        } else if (static_cast<unsigned char>(c) < 0x80 && c != ' ') {
            break;  // "1er", "2e"
        }
    }
    const std::string_view k(kept, kept_size);
    std::size_t digits_size = 0;
    bool point = false;
    for (std::size_t i = 0; i < k.size(); ++i) {
        const char c = k[i];
        if (c == ',') {
            digits[digits_size++] = '.';  // the French decimal comma
            point = true;
        } else if (c == '.') {
            // "10.000" groups thousands in French copy; "1.5" is a decimal.
            const bool group = comma || dots > 1 || k.size() - i - 1 == 3;
            if (!group) {
                digits[digits_size++] = '.';
                point = true;
            }
        } else {
            digits[digits_size++] = c;
        }
    }
    if (digits_size == 0) return std::nullopt;
    // A whole number of up to fifteen digits (most of them) is exact in a double: read here,
    // it is the value strtod would give.
    if (digits_size <= 15 && !point) {
        double whole = 0;
        for (std::size_t i = 0; i < digits_size; ++i) whole = whole * 10 + (digits[i] - '0');
        return whole;
    }
    digits[digits_size] = '\0';
    char* end = nullptr;
    const double v = std::strtod(digits, &end);
    if (end == digits) return std::nullopt;
    return v;
}

std::string plain_decimal(double value) {
    // Whole numbers (most amounts and counts) are written as integers without snprintf, as
    // "%.0f" writes them; -0 is left to snprintf.
    if (value == std::trunc(value) && std::fabs(value) < 1e15 &&
        !(value == 0 && std::signbit(value))) {
        char digits[24];
        const auto done =
            std::to_chars(digits, digits + sizeof digits, static_cast<long long>(value));
        return std::string(digits, done.ptr);
    }
    // std::to_chars with a precision writes what printf does with it ("%.0f", "%.6f"); a
    // value too long for the buffer is left to snprintf, which cuts it as before.
    char buf[64];
    if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e18) {
        const auto done =
            std::to_chars(buf, buf + sizeof buf - 1, value, std::chars_format::fixed, 0);
        if (done.ec == std::errc{}) return std::string(buf, done.ptr);
        std::snprintf(buf, sizeof buf, "%.0f", value);
        return buf;
    }
    std::string s;
    const auto done = std::to_chars(buf, buf + sizeof buf - 1, value, std::chars_format::fixed, 6);
    if (done.ec == std::errc{}) {
        s.assign(buf, done.ptr);
    } else {
        std::snprintf(buf, sizeof buf, "%.6f", value);
        s = buf;
    }
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

int leading_int(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r'))) ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    // As strtol: saturated at the long range, then cut to int as atoi does.
    constexpr unsigned long long limit = static_cast<unsigned long long>(LONG_MAX) + 1;
    unsigned long long v = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        if (v < limit) v = std::min(v * 10 + static_cast<unsigned>(text[i] - '0'), limit);
    }
    long n;
    if (negative) {
        n = v >= limit ? LONG_MIN : -static_cast<long>(v);
    } else {
        n = v >= limit ? LONG_MAX : static_cast<long>(v);
    }
    return static_cast<int>(n);
}

bool valid_date(const civil_date& d) {
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.year < 1) return false;
    static constexpr int lengths[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.day > lengths[d.month - 1]) return false;
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    return !(d.month == 2 && d.day == 29 && !leap);
}

std::optional<civil_date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    civil_date d;
    d.year = std::atoi(std::string(text.substr(0, 4)).c_str());
    d.month = std::atoi(std::string(text.substr(5, 2)).c_str());
    d.day = std::atoi(std::string(text.substr(8, 2)).c_str());
    if (!valid_date(d)) return std::nullopt;
    return d;
}

std::string iso(const civil_date& d) {
    // The usual dates written by hand, as the format below writes them.
    if (d.year >= 0 && d.year <= 9999 && d.month >= 0 && d.month <= 99 && d.day >= 0 &&
        d.day <= 99) {
        char out[10] = {static_cast<char>('0' + d.year / 1000),
                        static_cast<char>('0' + d.year / 100 % 10),
                        static_cast<char>('0' + d.year / 10 % 10),
                        static_cast<char>('0' + d.year % 10),
                        '-',
                        static_cast<char>('0' + d.month / 10),
                        static_cast<char>('0' + d.month % 10),
                        '-',
                        static_cast<char>('0' + d.day / 10),
                        static_cast<char>('0' + d.day % 10)};
        return std::string(out, sizeof out);
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

int weekday_of(const civil_date& d) {
    const long days = days_from_civil(d.year, d.month, d.day);
    // 1970-01-01 was a Thursday (4).
    return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

civil_date add_days(const civil_date& d, int days) {
    return civil_from_days(days_from_civil(d.year, d.month, d.day) + days);
}

civil_date previous_weekday(const civil_date& anchor, int weekday) {
    const int back = (weekday_of(anchor) - weekday + 7) % 7;
    return civil_from_days(days_from_civil(anchor.year, anchor.month, anchor.day) - back);
}

}  // namespace precis::grammar
