#include "segment.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>

#include "vocab_lookup.hpp"

namespace precis::grammar {
namespace {

struct code_point {
    UChar32 c = -1;
    std::size_t length = 0;
};

// The multi-byte case of decode(), out of line so that the ASCII case inlines.
[[gnu::noinline]] code_point decode_multi(std::string_view text, std::size_t i) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    auto k = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s, k, static_cast<int32_t>(text.size()), c);
    return {c, static_cast<std::size_t>(k) - i};
}

inline code_point decode(std::string_view text, std::size_t i) {
    if (i >= text.size()) return {};
    const auto lead = static_cast<uint8_t>(text[i]);
    if (lead < 0x80) return {static_cast<UChar32>(lead), 1};
    return decode_multi(text, i);
}

// The code point that ends just before `i`.
code_point decode_before(std::string_view text, std::size_t i) {
    if (i == 0) return {};
    std::size_t start = i - 1;
    while (start > 0 && (static_cast<uint8_t>(text[start]) & 0xC0) == 0x80) --start;
    return decode(text, start);
}

bool is_letter(UChar32 c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    // U+00C0-U+00FF ("É", "é") are all letters but × and ÷, as ICU says.
    if (c >= 0xC0 && c <= 0xFF) return c != 0xD7 && c != 0xF7;
    return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}
bool is_digit(UChar32 c) { return c >= '0' && c <= '9'; }
// ASCII letters and digits, by byte: one load per byte in the tokenizer's innermost loop.
constexpr std::array<bool, 256> ascii_alnum_bytes = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) {
        t[static_cast<std::size_t>(c)] =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return t;
}();
// The end of the run of ASCII letters and digits and of two-byte Latin letters from `j`
// (before `e`). The code points of lead bytes C3, C4 and C5 (U+00C0-U+017F: "é", "ç", "œ")
// are all letters but C3 97 "×" and C3 B7 "÷": they are accepted as is_letter() would accept
// them, without decoding or asking ICU. With `fenced`, the byte at `e` is known to be no ASCII
// letter or digit: the scan stops there without comparing each position with `e`.
std::size_t word_run_end(std::string_view text, std::size_t j, std::size_t e, bool fenced) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    for (;;) {
        if (fenced) {
            // Four bytes a step, one addition for them (a byte after a letter or digit lies
            // within the text: at the fence at the latest).
            for (;;) {
                if (!ascii_alnum_bytes[p[j]]) break;
                if (!ascii_alnum_bytes[p[j + 1]]) {
                    j += 1;
                    break;
                }
                if (!ascii_alnum_bytes[p[j + 2]]) {
                    j += 2;
                    break;
                }
                if (!ascii_alnum_bytes[p[j + 3]]) {
                    j += 3;
                    break;
                }
                j += 4;
            }
        } else {
            while (j < e && ascii_alnum_bytes[p[j]]) ++j;
            if (j >= e) return j;
        }
        // The byte at `j` may be read: before `e`, or at a fenced `e` (within the text). Most
        // runs end on a space or an ASCII mark, which no lead byte below tells apart: tested
        // first, before the bounds.
        const unsigned char lead = p[j];
        if (static_cast<unsigned char>(lead - 0xC3) > 0xC5 - 0xC3) return j;
        // A two-byte Latin letter lying wholly before `e`; anything else is left to the caller.
        if (j + 1 >= e || (p[j + 1] & 0xC0) != 0x80 ||
            (lead == 0xC3 && (p[j + 1] == 0x97 || p[j + 1] == 0xB7)))
            return j;
        j += 2;
    }
}
bool is_upper(UChar32 c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    // U+00C0-U+00DE but × are the Latin-1 capitals ("É"), as ICU says.
    if (c >= 0xC0 && c <= 0xFF) return c <= 0xDE && c != 0xD7;
    return u_isupper(c) != 0;
}
bool is_terminator(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }
bool is_opener(UChar32 c) {
    return c == 0xAB || c == 0x201C || c == 0x201E || c == '"' || c == '(' || c == '[';
}
bool is_closer(UChar32 c) { return c == 0xBB || c == 0x201D || c == ')' || c == ']'; }
bool is_dash(UChar32 c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2022; }
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

// "J." in "J. Biden": a lone capital letter after a space, a hyphen or a stop.
bool is_initial(std::string_view text, std::size_t stop) {
    const code_point letter = decode_before(text, stop);
    if (letter.c < 0 || !is_upper(letter.c)) return false;
    const std::size_t at = stop - letter.length;
    if (at == 0) return true;
    const code_point before = decode_before(text, at);
    return !is_letter(before.c) && !is_digit(before.c);
}

bool is_abbreviation(std::string_view text, std::size_t stop, const vocabulary& vocab) {
    std::size_t stem = stop;
    while (stem > 0) {
        // An ASCII byte is its own code point: no decoding back to it.
        if (const auto b = static_cast<unsigned char>(text[stem - 1]); b < 0x80) {
            if (!is_letter(b)) break;
            --stem;
            continue;
        }
        const code_point before = decode_before(text, stem);
        if (!is_letter(before.c)) break;
        stem -= before.length;
    }
    if (stem == stop || !abbreviation_stem(vocab, text.substr(stem, stop - stem))) return false;
    for (const std::string& abbr : abbreviations(vocab)) {
        for (std::size_t k = abbr.find('.'); k != std::string::npos; k = abbr.find('.', k + 1)) {
            if (k > stop || stop - k + abbr.size() > text.size()) continue;
            const std::size_t from = stop - k;
            if (text.compare(from, abbr.size(), abbr) != 0) continue;
            const code_point before = decode_before(text, from);
            if (from == 0 || !is_letter(before.c)) return true;
        }
    }
    return false;
}

// Bytes the sentence splitter passes over: printable ASCII other than stops, quotes and
// brackets, and the ASCII blanks (which it would skip one by one as white space). One table
// look-up per byte instead of a chain of comparisons.
// Multi-byte code points too, except those whose lead byte is one space_length() looks at
// (C2, E1, E2, E3, EF): every stop, quote, bracket and space the splitter knows outside ASCII
// starts with one of these, so the rest (accented letters above all) would only be decoded to
// change nothing. The scan stops on those leads and steps over their whole code point, so it
// meets continuation bytes only after a skipped lead, where they are plain too; in invalid
// UTF-8 a byte the decoder rejects also advances by one and changes nothing.
constexpr std::array<bool, 256> plain_bytes = [] {
    std::array<bool, 256> t{};
    for (int b = ' '; b < 0x100; ++b) t[static_cast<std::size_t>(b)] = true;
    for (const char c : std::string_view("\t\v\f")) t[static_cast<unsigned char>(c)] = true;
    for (const char c : std::string_view(".!?\"()[]")) t[static_cast<unsigned char>(c)] = false;
    for (const int lead : {0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) t[static_cast<std::size_t>(lead)] = false;
    return t;
}();
// The end of the run of plain bytes from `i` (before `e`), four bytes a step while it lasts.
inline std::size_t plain_end(std::string_view text, std::size_t i, std::size_t e) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
#if defined(__SSE2__)
    // Sixteen bytes a step while the line holds them. The mask flags a few more bytes than
    // those that may not be plain (all up to '.' but the space, "Y" and "_", every lead from
    // E0 to EF), in fewer tests than the exact set takes; each flagged byte is looked up in
    // the table, which passes the extra ones (mostly commas, hyphens and apostrophes) without
    // leaving the block.
    while (i + 16 <= e) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const auto is = [&v](uint8_t b) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(b))); };
        // Up to '.' but the space (one bound, the space taken out), '?', and '[' and ']' with
        // the two bytes that share their pattern ("Y" and "_", passed by the table).
        const __m128i up_to_stop = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8('.')), v);
        __m128i m = _mm_andnot_si128(is(' '), up_to_stop);
        m = _mm_or_si128(m, is('?'));
        // "Y", "[", "]" and "_" (59, 5B, 5D, 5F) all give 5F.
        const __m128i brackets = _mm_or_si128(v, _mm_set1_epi8(0x06));
        m = _mm_or_si128(m, _mm_cmpeq_epi8(brackets, _mm_set1_epi8(0x5F)));
        const __m128i high = _mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xF0)));
        m = _mm_or_si128(
            m,
            _mm_or_si128(is(0xC2), _mm_cmpeq_epi8(high, _mm_set1_epi8(static_cast<char>(0xE0)))));
        for (auto bits = static_cast<uint32_t>(_mm_movemask_epi8(m)); bits != 0; bits &= bits - 1) {
            const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(bits));
            if (!plain_bytes[p[at]]) return at;
        }
        i += 16;
    }
#endif
    // (Bitwise on purpose, as ints: one test for the four bytes, no branch for each.)
    while (i + 4 <= e && (int{plain_bytes[p[i]]} & int{plain_bytes[p[i + 1]]} & int{plain_bytes[p[i + 2]]} &
                          int{plain_bytes[p[i + 3]]}) != 0)
        i += 4;
    while (i < e && plain_bytes[p[i]]) ++i;
    return i;
}

class line_splitter final {
  public:
    line_splitter(std::string_view text, const vocabulary& vocab, const limits& bounds,
                  std::vector<raw_sentence>& out)
        : text_(text), vocab_(vocab), bounds_(bounds), out_(out) {}

    // Returns the number of sentences emitted for the line [b, e).
    std::size_t split(std::size_t b, std::size_t e, uint32_t paragraph) {
        const std::size_t emitted_before = out_.size();
        paragraph_ = paragraph;
        std::size_t start = skip_space(b, e);
        quotes_ = parens_ = max_depth_ = 0;
        straight_open_ = false;
        std::size_t i = start;
        while (i < e) {
            // Letters, digits and most punctuation change nothing: skip them fast.
            i = plain_end(text_, i, e);
            if (i >= e) break;
            // plain_end passes over the ASCII blanks (a line holds no newline): an ASCII byte
            // it stops on is no space, and is its own code point.
            const auto lead = static_cast<unsigned char>(text_[i]);
            code_point cp;
            if (lead < 0x80) {
                cp = {static_cast<UChar32>(lead), 1};
            } else {
                cp = decode(text_, i);
                if (space_length(text_, i) > 0) {
                    i += cp.length;
                    continue;
                }
            }
            track(cp.c);
            if (!is_terminator(cp.c)) {
                i += cp.length;
                continue;
            }
            // A run of stops, then the closing quotes and brackets that belong to it.
            const bool lone_stop = cp.c == '.';
            std::size_t j = i + cp.length;
            bool run = false;
            for (code_point next = decode(text_, j); j < e && is_terminator(next.c);
                 next = decode(text_, j)) {
                j += next.length;
                run = true;
            }
            for (code_point next = decode(text_, j);
                 j < e && (is_closer(next.c) || (next.c == '"' && straight_open_));
                 next = decode(text_, j)) {
                track(next.c);
                j += next.length;
            }
            if (ends_sentence(i, j, e, lone_stop && !run)) {
                emit(start, j, false);
                start = skip_space(j, e);
                max_depth_ = quotes_ + parens_ + (straight_open_ ? 1 : 0);
            }
            i = j;
        }
        std::size_t end = e;
        while (end > start) {
            const code_point last = decode_before(text_, end);
            if (space_length(text_, end - last.length) == 0) break;
            end -= last.length;
        }
        if (end > start) {
            emit(start, end, out_.size() == emitted_before && !has_final_stop(start, end));
        }
        return out_.size() - emitted_before;
    }

  private:
    std::size_t skip_space(std::size_t i, std::size_t e) const {
        while (i < e) {
            const std::size_t n = space_length(text_, i);
            if (n == 0) break;
            i += n;
        }
        return i;
    }

    // Counters only: a million nested quotes cost nothing but an integer.
    void track(UChar32 c) {
        if (c == 0xAB || c == 0x201C || c == 0x201E) ++quotes_;
        if ((c == 0xBB || c == 0x201D) && quotes_ > 0) --quotes_;
        if (c == '"') straight_open_ = !straight_open_;
        if (c == '(' || c == '[') ++parens_;
        if ((c == ')' || c == ']') && parens_ > 0) --parens_;
        max_depth_ = std::max(max_depth_, quotes_ + parens_ + (straight_open_ ? 1 : 0));
    }

    bool ends_sentence(std::size_t stop, std::size_t after, std::size_t e, bool lone_stop) const {
        if (quotes_ > 0 || parens_ > 0 || straight_open_) return false;
        const std::size_t next_at = skip_space(after, e);
        if (next_at >= e) return true;
        if (next_at == after) return false;  // "J.-C.", "1.5", "site.fr"
        const UChar32 next = decode(text_, next_at).c;
        if (!(is_upper(next) || is_digit(next) || is_opener(next) || is_dash(next))) return false;
        if (lone_stop) {
            if (is_abbreviation(text_, stop, vocab_)) return false;
            if (is_initial(text_, stop) && is_upper(next)) return false;
        }
        return true;
    }

    bool has_final_stop(std::size_t start, std::size_t end) const {
        while (end > start) {
            const code_point last = decode_before(text_, end);
            if (is_terminator(last.c)) return true;
            if (!(is_closer(last.c) || last.c == '"')) return false;
            end -= last.length;
        }
        return false;
    }

    void emit(std::size_t start, std::size_t end, bool heading) {
        // Overlong runs are cut at a space (or at any code point) so nothing is lost.
        const std::size_t cap = std::max<std::size_t>(bounds_.max_sentence_bytes, 16);
        while (end - start > cap) {
            std::size_t cut = start + cap;
            while (cut > start && (static_cast<uint8_t>(text_[cut]) & 0xC0) == 0x80) --cut;
            std::size_t at_space = cut;
            while (at_space > start + cap / 2 && space_length(text_, at_space) == 0) --at_space;
            if (at_space > start + cap / 2) cut = at_space;
            std::size_t piece_end = cut;
            while (piece_end > start && space_length(text_, piece_end - 1) > 0 &&
                   static_cast<uint8_t>(text_[piece_end - 1]) < 0x80) {
                --piece_end;
            }
            push(start, piece_end, false);
            start = skip_space(cut, end);
        }
        if (end > start) push(start, end, heading);
    }

    void push(std::size_t start, std::size_t end, bool heading) {
        raw_sentence s;
        s.where = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
        s.paragraph = paragraph_;
        s.heading = heading;
        s.max_depth = max_depth_;
        out_.push_back(s);
    }

    std::string_view text_;
    const vocabulary& vocab_;
    const limits& bounds_;
    std::vector<raw_sentence>& out_;
    uint32_t paragraph_ = 0;
    std::size_t quotes_ = 0, parens_ = 0, max_depth_ = 0;
    bool straight_open_ = false;
};

// "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
// "presqu", "quelqu": sorted by length, so that a form is compared with those of its length only.
bool is_elidable_lower(std::string_view lower) {
    using namespace std::string_view_literals;
    switch (lower.size()) {
        case 1:
            // (A switch: find() on the eight letters would be a call to memchr.)
            switch (lower[0]) {
                case 'l':
                case 'd':
                case 'j':
                case 'm':
                case 'n':
                case 's':
                case 't':
                case 'c':
                    return true;
                default:
                    return false;
            }
        case 2:
            return lower == "qu"sv;
        case 5:
            return lower == "jusqu"sv;
        case 6:
            return lower == "lorsqu"sv || lower == "puisqu"sv || lower == "quoiqu"sv ||
                   lower == "presqu"sv || lower == "quelqu"sv;
        default:
            return false;
    }
}

// Whether `word`, in lower case, is a form elided before an apostrophe ("l", "qu"). ASCII
// words are lower-cased in a buffer; others take lower_all, whose simple case mapping can turn
// a non-ASCII capital into an ASCII letter (U+0130 into "i").
bool is_elidable(std::string_view word) {
    constexpr std::size_t longest = 6;  // "lorsqu", "puisqu" …
    char lower[longest];
    if (word.size() > longest) {
        for (const char c : word) {
            if (static_cast<unsigned char>(c) >= 0x80) return is_elidable_lower(lower_all(word));
        }
        return false;
    }
    for (std::size_t k = 0; k < word.size(); ++k) {
        const char c = word[k];
        if (static_cast<unsigned char>(c) >= 0x80) return is_elidable_lower(lower_all(word));
        lower[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return is_elidable_lower(std::string_view(lower, word.size()));
}

// Length of an inverted subject pronoun starting at the hyphen `i` ("-t-il", "-elle"), or 0.
std::size_t inversion_length(std::string_view text, std::size_t i, std::size_t e) {
    if (i >= e || text[i] != '-') return 0;
    // Every form's second byte is one of these: most compounds ("vice-Premier") fail here.
    if (i + 1 >= e) return 0;
    switch (text[i + 1]) {  // (find() on the letters would be a call to memchr)
        case 't':
        case 'i':
        case 'e':
        case 'o':
        case 'n':
        case 'v':
        case 'j':
            break;
        default:
            return 0;
    }
    static constexpr std::string_view forms[] = {"-t-ils", "-t-il", "-t-elles", "-t-elle", "-t-on",
                                                 "-ils",   "-il",   "-elles",   "-elle",   "-on",
                                                 "-nous",  "-vous", "-je"};
    for (std::string_view f : forms) {
        // The second byte first: most forms differ there.
        if (f[1] != text[i + 1] || text.substr(i, f.size()) != f || i + f.size() > e) continue;
        const code_point after = decode(text, i + f.size());
        if (!is_letter(after.c) && after.c != '-') return f.size();
    }
    return 0;
}

}  // namespace

std::size_t space_length_multi(std::string_view text, std::size_t i) {
    const code_point cp = decode(text, i);
    if (cp.c < 0) return 0;
    if (u_isUWhiteSpace(cp.c) || cp.c == 0xFEFF || cp.c == 0x200B) return cp.length;
    return 0;
}

void split_sentences(std::string_view text, const vocabulary& vocab, const limits& bounds,
                     std::vector<raw_sentence>& out) {
    line_splitter splitter(text, vocab, bounds, out);
    uint32_t paragraph = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t line_end = text.find('\n', pos);
        if (line_end == std::string_view::npos) line_end = text.size();
        if (splitter.split(pos, line_end, paragraph) > 0) ++paragraph;
        pos = line_end + 1;
    }
}

void lemma_bytes::clear() {
    if (blocks_.empty()) return;
    blocks_.resize(1);
    next_ = blocks_[0].get();
    end_ = next_ + first_size_;
}

void lemma_bytes::add_block(std::size_t n) {
    const std::size_t size = std::max(n, block_size);
    blocks_.push_back(std::make_unique<char[]>(size));
    if (blocks_.size() == 1) first_size_ = size;
    next_ = blocks_.back().get();
    end_ = next_ + size;
}

namespace {

// Every byte value at its own index: the lemma of a one-byte form ("," "." "5") is a view of
// its byte here, with no copy.
constexpr std::array<char, 256> byte_values = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c);
    return t;
}();

// What tokenize's main loop asks of a token's lead byte, one look-up for all: ASCII white
// space, digit, lower or upper case letter, another ASCII byte, or the lead of a multi-byte
// code point (decoded to be asked).
enum lead_class : uint8_t { lc_other, lc_space, lc_digit, lc_lower, lc_upper, lc_multi };
constexpr std::array<uint8_t, 256> lead_classes = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const auto b = static_cast<uint8_t>(c);
        t[b] = c >= 0x80               ? lc_multi
               : is_ascii_space(b)     ? lc_space
               : c >= '0' && c <= '9' ? lc_digit
               : c >= 'a' && c <= 'z' ? lc_lower
               : c >= 'A' && c <= 'Z' ? lc_upper
                                       : lc_other;
    }
    return t;
}();

// The lemma of a form written as it stands ("2025", "«").
std::string_view kept_form(std::string_view form, lemma_bytes& lemmas) {
    if (form.size() == 1) return {&byte_values[static_cast<unsigned char>(form[0])], 1};
    return lemmas.keep(form);
}

// lower_all(form), kept: ASCII and the Latin-1 letters lowered straight into `lemmas`, other
// forms through lower_all.
std::string_view kept_lower(std::string_view form, lemma_bytes& lemmas) {
    char* const at = lemmas.room_for(form.size());
    for (std::size_t k = 0; k < form.size(); ++k) {
        const auto c = static_cast<unsigned char>(form[k]);
        if (c >= 0x80) {
            // Lead C3 (U+00C0-U+00FF, "É", "é"): u_tolower adds 0x20 to the capitals À-Þ but
            // × (second byte 80-9E but 97), and keeps the others.
            const auto next = k + 1 < form.size() ? static_cast<unsigned char>(form[k + 1]) : 0;
            if (c != 0xC3 || (next & 0xC0) != 0x80) return lemmas.keep(lower_all(form));
            at[k] = static_cast<char>(c);
            at[k + 1] = static_cast<char>(next <= 0x9E && next != 0x97 ? next + 0x20 : next);
            ++k;
            continue;
        }
        at[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return lemmas.take(form.size());
}

// Grows the facts and verb lemma views that tokenize writes by index to twice the `count`
// written (64 at the least) and returns their new length. Out of line: most sentences find the
// room the earlier ones left.
__attribute__((noinline)) std::size_t grow_token_facts(std::vector<form_facts>& facts,
                                                       std::vector<std::string_view>& views,
                                                       std::size_t count) {
    const std::size_t room = std::max<std::size_t>(2 * count, 64);
    facts.resize(room);
    views.resize(room);
    return room;
}

}  // namespace

void tokenize(std::string_view text, span where, form_cache& forms, lemma_bytes& lemmas,
              std::vector<token>& out, verb_lemma_list& verb_lemmas,
              std::vector<form_facts>& facts) {
    // A reused sentence most often has the room already: no call then.
    if (const std::size_t room = out.size() + where.size() / 5 + 4; out.capacity() < room) {
        out.reserve(room);
    }
    std::size_t i = where.begin;
    const std::size_t e = where.end;
    // Most sentences end before a space or a stop, which ends any word scan by itself.
    const bool fenced = e < text.size() && !ascii_alnum_bytes[static_cast<unsigned char>(text[e])];
    bool straight_open = false;
    // Each token's facts and verb lemma are written by index into vectors that keep their size
    // from sentence to sentence (they only grow): one test of room per token for both, where a
    // push to each tested its own.
    std::size_t count = 0;
    std::size_t room = std::min(facts.size(), verb_lemmas.views.size());
    form_facts* fact_at = facts.data();
    std::string_view* verb_at = verb_lemmas.views.data();
    auto record = [&](const token& t, const form_facts& f, std::string_view verb)
                      __attribute__((always_inline)) {
        if (__builtin_expect(count == room, 0)) {
            room = grow_token_facts(facts, verb_lemmas.views, count);
            fact_at = facts.data();
            verb_at = verb_lemmas.views.data();
        }
        fact_at[count] = f;
        verb_at[count] = verb;
        ++count;
        out.push_back(t);
    };
    // Inlined at each call: the word and number calls drop the tests on their constant kind.
    // `capitalised`: a word's first letter is upper case (the caller has decoded it).
    // `inverted`: the word is an inverted subject ("-t-il"), the only one to start with a
    // hyphen (a constant at each call, as the kind is).
    auto push = [&](std::size_t b, std::size_t end, token_kind kind, bool capitalised = false,
                    bool inverted = false) __attribute__((always_inline)) {
        // The token and its verb lemma are made here and stored whole once known, rather than
        // stored empty and then written field by field.
        token t;
        std::string_view verb_lemma;
        t.where = {static_cast<uint32_t>(b), static_cast<uint32_t>(end)};
        t.kind = kind;
        const std::string_view form(text.data() + b, end - b);  // within the text: no check
        if (kind == token_kind::word) t.capitalised = capitalised;
        // The lexicon's answer (words other than an inverted subject) and the vocabulary's
        // facts, with one look-up.
        const bool ask_lexicon = kind == token_kind::word && !inverted;
        if (kind == token_kind::punct) {  // punctuation is in no list and starts no phrase
            t.lemma = kept_form(form, lemmas);
            t.lemma_facts = lemma_facts_known | lemma_as_written;  // (no letter in it)
            record(t, {0, 0, false, clause_form_bits(form)}, verb_lemma);
            return;
        }
        const form_reading reading =
            forms.read(form, text.data() + text.size(), kind, t.capitalised, ask_lexicon);
        if (kind == token_kind::word) {
            if (inverted) {  // "-t-il"
                t.pos = pos_pronoun;
                t.lemma = lemmas.keep(form.substr(form.rfind('-') + 1));
            } else {
                // The cached answer is read in place: no copy of the analysis per token, and
                // none of its lemma when the lexicon keeps it.
                const lexicon::analysis& a = *reading.analysis;
                t.pos = a.pos;
                t.lemma_facts = reading.facts.lemma_facts;
                if (a.lemma.empty()) {
                    t.lemma = kept_lower(form, lemmas);
                } else {
                    t.lemma = reading.kept ? std::string_view(a.lemma) : lemmas.keep(a.lemma);
                }
                // Most words have no verb reading: their verb lemma stays empty.
                if (!a.verb_lemma.empty()) {
                    verb_lemma = reading.kept ? std::string_view(a.verb_lemma)
                                              : verb_lemmas.copies.emplace_back(a.verb_lemma);
                }
            }
        } else if (kind == token_kind::number) {
            t.pos = pos_number;
            t.lemma = kept_form(form, lemmas);
            t.lemma_facts = lemma_facts_known | lemma_as_written;  // (it opens with a digit)
        } else {
            t.lemma = kept_form(form, lemmas);
            // (A quotation mark or a bracket: no letter in it)
            if (kind != token_kind::symbol) {
                t.lemma_facts = lemma_facts_known | lemma_as_written |
                                (static_cast<unsigned char>(form[0]) < 0x80 ? lemma_plain : 0);
            }
        }
        record(t, reading.facts, verb_lemma);
    };
    while (i < e) {
        // One look-up of the lead byte's class answers for ASCII whether it is a space, a
        // digit or a letter (and which case), and is its code point.
        const auto lead = static_cast<unsigned char>(text[i]);
        const uint8_t cls = lead_classes[lead];
        code_point cp{static_cast<UChar32>(lead), 1};
        // Most tokens start with an ASCII letter: tested first, it skips the other classes.
        const bool ascii_letter = cls == lc_lower || cls == lc_upper;
        if (!ascii_letter) {
            if (cls == lc_space) {
                ++i;
                continue;
            }
            if (cls == lc_multi) {
                if (const std::size_t n = space_length(text, i)) {
                    i += n;
                    continue;
                }
                cp = decode_multi(text, i);
            }
        }
        const std::size_t b = i;
        if (cls == lc_digit) {
            std::size_t j = i;
            std::size_t group = 0;
            while (j < e && is_digit(text[j])) ++j, ++group;
            bool decimal = false;
            for (;;) {
                if (j + 1 < e && (text[j] == ',' || text[j] == '.') && is_digit(text[j + 1])) {
                    j += 1;
                    while (j < e && is_digit(text[j])) ++j;
                    decimal = true;
                    continue;
                }
                const std::size_t sp = space_length(text, j);
                if (!decimal && sp > 0 && group <= 3 && j + sp + 3 <= e) {
                    const std::size_t g = j + sp;
                    if (is_digit(text[g]) && is_digit(text[g + 1]) && is_digit(text[g + 2]) &&
                        (g + 3 == e || !is_digit(text[g + 3]))) {
                        j = g + 3;
                        group = 3;
                        continue;
                    }
                }
                break;
            }
            // Ordinals: "1er", "2e", "21ème" (within the sentence: an overlong one may have been
            // cut right after the digits, and a token never runs past its sentence's end).
            for (std::string_view suffix : {"er", "ère", "ème", "e"}) {
                if (j + suffix.size() <= e && text.substr(j, suffix.size()) == suffix &&
                    !is_letter(decode(text, j + suffix.size()).c)) {
                    j += suffix.size();
                    break;
                }
            }
            push(b, j, token_kind::number);
            i = j;
            continue;
        }
        if (ascii_letter || (cls == lc_multi && is_letter(cp.c))) {
            std::size_t j = i;
            for (;;) {
                // ASCII letters and digits without decoding; then any other letter.
                j = word_run_end(text, j, e, fenced);
                if (j >= e) break;
                const auto next_lead = static_cast<unsigned char>(text[j]);
                // Only a hyphen or an apostrophe can join what follows to the word: most words
                // end on a space (tested first) or an ASCII punctuation mark.
                if (next_lead == ' ') break;
                code_point next;
                if (next_lead < 0x80) {
                    if (next_lead != '-' && next_lead != '\'') break;
                    next = {static_cast<UChar32>(next_lead), 1};
                } else {
                    next = decode_multi(text, j);
                    if (next.c >= 0x80 && is_letter(next.c)) {
                        j += next.length;
                        continue;
                    }
                    if (next.c < 0x80 && next.c != '-' && next.c != '\'') break;
                }
                const bool hyphen = next.c == '-' || next.c == 0x2010;
                if (!hyphen && !is_apostrophe(next.c)) break;
                const code_point after = decode(text, j + next.length);
                if (hyphen && is_letter(after.c)) {
                    if (inversion_length(text, j, e) > 0) break;
                    j += next.length;
                    continue;
                }
                if (is_apostrophe(next.c) && is_letter(after.c)) {
                    j += next.length;
                    if (is_elidable(text.substr(b, j - next.length - b))) break;
                    continue;
                }
                break;
            }
            push(b, j, token_kind::word, cls == lc_upper || (cls == lc_multi && is_upper(cp.c)));
            i = j;
            // Most words end before a space or punctuation other than a hyphen. The space is
            // passed here, saving a turn of the loop that would only pass it.
            if (i < e) {
                const char after = text[i];
                if (after == ' ') {
                    ++i;
                } else if (const std::size_t inv =
                               after == '-' ? inversion_length(text, i, e) : 0) {
                    push(i, i + inv, token_kind::word, false, true);  // "-t-il"
                    i += inv;
                }
            }
            continue;
        }
        token_kind kind = token_kind::symbol;
        std::size_t len = cp.length == 0 ? 1 : cp.length;
        switch (cp.c) {
            case 0xAB:
            case 0x201C:
            case 0x201E:
                kind = token_kind::quote_open;
                break;
            case 0xBB:
            case 0x201D:
                kind = token_kind::quote_close;
                break;
            case '"':
                kind = straight_open ? token_kind::quote_close : token_kind::quote_open;
                straight_open = !straight_open;
                break;
            case '(':
            case '[':
            case '{':
                kind = token_kind::paren_open;
                break;
            case ')':
            case ']':
            case '}':
                kind = token_kind::paren_close;
                break;
            case '.':
                kind = token_kind::punct;
                while (i + len < e && text[i + len] == '.') ++len;
                break;
            case ',':
            case ';':
            case ':':
            case '!':
            case '?':
            case 0x2026:
            case '-':
            case 0x2013:
            case 0x2014:
            case '/':
            case '\'':
            case 0x2019:
                kind = token_kind::punct;
                break;
            default:
                break;
        }
        push(b, b + len, kind);
        i = b + len;
        if (i < e && text[i] == ' ') ++i;  // (as after a word: ", " most of all)
    }
}

}  // namespace precis::grammar
