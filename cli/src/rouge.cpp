#include "rouge.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <utility>

namespace precis::cli::scoring {

namespace {

// Python's str.isspace (what \s, split() and strip() use): Unicode White_Space plus the
// information separators U+001C..U+001F. The same set, written for ICU regular expressions:
constexpr const char* python_space_class = "[\\p{White_Space}\\x{1C}-\\x{1F}]";

bool python_space(UChar32 c) { return u_isUWhiteSpace(c) || (c >= 0x1C && c <= 0x1F); }

// Python's str.isalnum: a letter, or any character with a numeric value (digits, "²", "½").
bool python_alnum(UChar32 c) {
    return (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0 ||
           u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

// A compiled pattern shared by all threads (ICU patterns are; their matchers are not).
// UREGEX_UNIX_LINES: like Python, only "\n" ends a line for '.', '^' and '$'.
std::unique_ptr<icu::RegexPattern> compile(const std::string& pattern) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where;
    std::unique_ptr<icu::RegexPattern> p(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(pattern), UREGEX_UNIX_LINES, where, status));
    if (U_FAILURE(status)) throw std::logic_error("bad scoring pattern: " + pattern);
    return p;
}

const icu::RegexPattern& sentence_split() {
    // score.py: SENT = (?<=[.!?»])\s+(?=[«"A-ZÀ-Ý0-9])
    static const auto p = compile(std::string("(?<=[.!?\u00BB])") + python_space_class +
                                  "+(?=[\u00AB\"A-Z\u00C0-\u00DD0-9])");
    return *p;
}

const icu::RegexPattern& place_prefix() {
    // score.py: ^[^:]{1,40}\s:\s(.+)$
    static const auto p = compile(std::string("^[^:]{1,40}") + python_space_class + ":" +
                                  python_space_class + "(.+)$");
    return *p;
}

const icu::RegexPattern& dateline() {
    // score.py: ^\d{1,2}(?:er)? \w+ \d{4}(?:, [^.]{1,40})?\. -   (Python's \w: letters,
    // numbers and '_'; \d: decimal digits)
    static const auto p =
        compile("^\\p{Nd}{1,2}(?:er)? [\\p{L}\\p{N}_]+ \\p{Nd}{4}(?:, [^.]{1,40})?\\. - ");
    return *p;
}

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

std::unique_ptr<icu::RegexMatcher> matcher(const icu::RegexPattern& p,
                                           const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(p.matcher(text, status));
    if (U_FAILURE(status)) throw std::runtime_error("cannot match text");
    return m;
}

// Python's str.strip(): white space off both ends.
icu::UnicodeString strip(const icu::UnicodeString& s) {
    int32_t b = 0, e = s.length();
    while (b < e && python_space(s.char32At(b))) b = s.moveIndex32(b, 1);
    while (e > b && python_space(s.char32At(s.moveIndex32(e, -1)))) e = s.moveIndex32(e, -1);
    return icu::UnicodeString(s, b, e - b);
}

double f1(double p, double r) { return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r); }

template <typename Gram>
double rouge_n(const std::vector<Gram>& c, const std::vector<Gram>& r) {
    if (c.empty() || r.empty()) return 0.0;
    std::map<Gram, int> cg, rg;
    for (const auto& g : c) ++cg[g];
    for (const auto& g : r) ++rg[g];
    double overlap = 0.0;
    for (const auto& [g, n] : cg) {
        const auto it = rg.find(g);
        if (it != rg.end()) overlap += std::min(n, it->second);
    }
    return f1(overlap / static_cast<double>(c.size()), overlap / static_cast<double>(r.size()));
}

std::size_t lcs(const std::vector<int>& a, const std::vector<int>& b) {
    if (a.empty() || b.empty()) return 0;
    std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
    for (int x : a) {
        cur[0] = 0;
        for (std::size_t j = 0; j < b.size(); ++j) {
            cur[j + 1] = x == b[j] ? prev[j] + 1 : std::max(prev[j + 1], cur[j]);
        }
        std::swap(prev, cur);
    }
    return prev.back();
}

}  // namespace

std::vector<std::string> tokens(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data missing");
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString s = nfc->normalize(source, status);
    if (U_FAILURE(status)) throw std::runtime_error("cannot normalise text");
    s.toLower(icu::Locale::getRoot());  // full case mapping, as Python's str.lower
    std::vector<std::string> out;
    int32_t start = -1;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
        const bool word = python_alnum(s.char32At(i));
        if (word && start < 0) start = i;
        if (!word && start >= 0) {
            out.push_back(utf8(icu::UnicodeString(s, start, i - start)));
            start = -1;
        }
    }
    if (start >= 0) out.push_back(utf8(icu::UnicodeString(s, start)));
    return out;
}

rouge_f1 rouge(const std::vector<std::string>& candidate,
               const std::vector<std::string>& reference) {
    // Tokens become small integers so that n-grams compare cheaply.
    std::unordered_map<std::string, int> ids;
    auto encode = [&](const std::vector<std::string>& words) {
        std::vector<int> out;
        out.reserve(words.size());
        for (const auto& w : words) {
            out.push_back(ids.emplace(w, static_cast<int>(ids.size())).first->second);
        }
        return out;
    };
    const std::vector<int> c = encode(candidate), r = encode(reference);
    auto bigrams = [](const std::vector<int>& t) {
        std::vector<std::pair<int, int>> out;
        for (std::size_t i = 0; i + 1 < t.size(); ++i) out.emplace_back(t[i], t[i + 1]);
        return out;
    };
    rouge_f1 out;
    out.r1 = rouge_n(c, r);
    out.r2 = rouge_n(bigrams(c), bigrams(r));
    const std::size_t l = lcs(c, r);
    if (l != 0) {
        out.rl = f1(static_cast<double>(l) / static_cast<double>(c.size()),
                    static_cast<double>(l) / static_cast<double>(r.size()));
    }
    return out;
}

rouge_f1 rouge(std::string_view candidate, std::string_view reference) {
    return rouge(tokens(candidate), tokens(reference));
}

std::string lead1(std::string_view text) {
    const icu::UnicodeString all = strip(icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
    const int32_t nl = all.indexOf(u'\n');
    const icu::UnicodeString first = nl < 0 ? all : icu::UnicodeString(all, 0, nl);
    auto m = matcher(sentence_split(), first);
    UErrorCode status = U_ZERO_ERROR;
    if (m->find()) return utf8(icu::UnicodeString(first, 0, m->start(status)));
    return utf8(first);
}

std::string first_words(std::string_view text, std::size_t n) {
    const icu::UnicodeString s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString out;
    std::size_t words = 0;
    int32_t i = 0;
    while (words < n) {
        while (i < s.length() && python_space(s.char32At(i))) i = s.moveIndex32(i, 1);
        if (i >= s.length()) break;
        const int32_t start = i;
        while (i < s.length() && !python_space(s.char32At(i))) i = s.moveIndex32(i, 1);
        if (words++ > 0) out.append(u' ');
        out.append(s, start, i - start);
    }
    return utf8(out);
}

std::string lead1_clean(std::string_view text, std::size_t n) {
    const std::string first = lead1(text);
    const icu::UnicodeString s = icu::UnicodeString::fromUTF8(first);
    auto m = matcher(dateline(), s);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString rest = m->replaceFirst(icu::UnicodeString(), status);
    return first_words(utf8(rest), n);
}

std::string strip_place_prefix(std::string_view title) {
    const icu::UnicodeString s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(title.data(), static_cast<int32_t>(title.size())));
    auto m = matcher(place_prefix(), s);
    UErrorCode status = U_ZERO_ERROR;
    // lookingAt, not matches: like Python's '$', the pattern's '$' may stop before a final "\n".
    if (!m->lookingAt(status) || U_FAILURE(status)) return std::string(title);
    return utf8(m->group(1, status));
}

}  // namespace precis::cli::scoring
