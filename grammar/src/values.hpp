// Normalising numbers and dates as French news writes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace precis::grammar {

// "3,1" -> 3.1, "800 000" (any space, NBSP, narrow NBSP) -> 800000, "1er" -> 1, "10.000" -> 10000.
std::optional<double> parse_number(std::string_view written);

// The integer `text` starts with, as std::atoi reads it (white space, a sign, digits).
int leading_int(std::string_view text);

// A plain decimal without exponent: 3.1e9 -> "3100000000", 0.67 -> "0.67".
std::string plain_decimal(double value);

struct civil_date {
    int year = 0, month = 0, day = 0;
};
std::optional<civil_date> parse_iso_date(std::string_view iso);  // "YYYY-MM-DD"
std::string iso(const civil_date& d);
int weekday_of(const civil_date& d);  // 1 = Monday … 7 = Sunday
// The latest date not after `anchor` that falls on `weekday` (1 = Monday).
civil_date previous_weekday(const civil_date& anchor, int weekday);
bool valid_date(const civil_date& d);
civil_date add_days(const civil_date& d, int days);

}  // namespace precis::grammar
