#include "text_tokens.hpp"

#include "precis/grammar/short_hash.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

// ICU's U8_* macros narrow ints internally; their warnings say nothing about this file.
#pragma GCC diagnostic ignored "-Wconversion"

namespace precis::rules {

namespace {

// Latin-1 supplement and œ/æ folded to ASCII lower case; everything else passes through
// ICU's simple lower-case mapping.
void append_folded(std::string& out, UChar32 c) {
    static const char* const latin1 =
        // U+00C0 .. U+00FF
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) {
        const char f = latin1[c - 0xC0];
        if (c == 0xDF) {
            out += "ss";
        } else if (c == 0xC6 || c == 0xE6) {
            out += "ae";
        } else {
            out += f;
        }
        return;
    }
    if (c == 0x152 || c == 0x153) {
        out += "oe";
        return;
    }
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) {
        out += '\'';
        return;
    }
    c = u_tolower(c);
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, c, err);
    if (err == 0) out.append(buf, static_cast<std::size_t>(n));
}

enum class byte_class : uint8_t { other, space, digit, letter };
// ASCII bytes by what the tokenizer does with them: one load instead of a chain of ranges.
constexpr std::array<byte_class, 128> ascii_class = [] {
    std::array<byte_class, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            t[static_cast<std::size_t>(c)] = byte_class::letter;
        } else if (c >= '0' && c <= '9') {
            t[static_cast<std::size_t>(c)] = byte_class::digit;
        } else if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) {
            t[static_cast<std::size_t>(c)] = byte_class::space;
        }
    }
    return t;
}();

// A two-byte letter of U+00C0-U+017F at byte j: all of that range is alphanumeric for ICU but
// U+00D7 "×" and U+00F7 "÷", so accented Latin letters need no decoding or ICU call.
inline bool latin_letter(std::string_view s, int32_t j) {
    const auto b = static_cast<unsigned char>(s[static_cast<std::size_t>(j)]);
    if (b < 0xC3 || b > 0xC5 || static_cast<std::size_t>(j) + 1 >= s.size()) return false;
    const auto t = static_cast<unsigned char>(s[static_cast<std::size_t>(j) + 1]);
    return (t & 0xC0) == 0x80 && !(b == 0xC3 && (t == 0x97 || t == 0xB7));
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

// The code points past ASCII that French text is mostly made of, whose properties are known
// without asking ICU: the Latin-1 letters (U+00C0-U+00FF but × and ÷: letters, capitals up to
// U+00DE), and marks that are neither spaces, digits nor letters: the guillemets and General
// Punctuation's dashes, quotes, apostrophes and ellipsis (U+2010-U+2027, no space among them).
inline bool latin1_letter_cp(UChar32 c) { return c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7; }
inline bool french_mark_cp(UChar32 c) { return c == 0xAB || c == 0xBB || (c >= 0x2010 && c <= 0x2027); }

bool is_word_char(UChar32 c) {
    if (c >= 0 && c < 0x80) {  // ASCII without the ICU call: most French text
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (latin1_letter_cp(c)) return true;
    if (french_mark_cp(c)) return false;
    return u_isalnum(c) != 0;
}
// u_isspace(c) != 0, u_isdigit(c) != 0 and u_isupper(c) != 0 of a code point past ASCII.
inline bool space_cp(UChar32 c) {
    if (latin1_letter_cp(c) || french_mark_cp(c)) return false;
    return u_isspace(c) != 0;
}
inline bool digit_cp(UChar32 c) {
    if (latin1_letter_cp(c) || french_mark_cp(c)) return false;
    return u_isdigit(c) != 0;
}
inline bool upper_cp(UChar32 c) {
    if (latin1_letter_cp(c)) return c <= 0xDE;
    if (french_mark_cp(c)) return false;
    return u_isupper(c) != 0;
}

struct cursor {
    std::string_view s;
    int32_t i = 0;
    UChar32 peek(int32_t at) const {
        if (at >= static_cast<int32_t>(s.size())) return -1;
        UChar32 c;
        U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), c);
        return c;
    }
    int32_t next_at(int32_t at) const {
        UChar32 c;
        U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), c);
        (void)c;
        return at;
    }
};

constexpr std::string_view elisions[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu",
                                         "puisqu", "jusqu", "quoiqu", "presqu"};

}  // namespace

namespace {

// The rest of a fold from byte i (which begins a code point), appended code point by code
// point: any text ICU can lower-case.
void append_folded_from(std::string& out, std::string_view s, std::size_t i) {
    for (auto at = static_cast<int32_t>(i); at < static_cast<int32_t>(s.size());) {
        UChar32 c;
        U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), c);
        if (c < 0) continue;
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else {
            append_folded(out, c);
        }
    }
}

// Folds into `buf` the code points of s from byte i that fold without ICU (ASCII, Latin-1
// letters, œ/æ, apostrophes), each into no more bytes than it takes in s; returns the bytes
// written and leaves i at the first code point it could not fold (s.size() when done).
// ASCII A-Z to a-z, the other bytes unchanged: one load a byte.
constexpr std::array<char, 256> lower_bytes = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 256; ++c) {
        t[static_cast<std::size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return t;
}();
inline char lower_ascii(unsigned char c) { return lower_bytes[c]; }
// ASCII letters and digits, as the word scan sees them: 0 for every other byte, ascii_upper
// set for capitals (whose word must be folded).
constexpr uint8_t ascii_lower = 1, ascii_upper = 2;
constexpr std::array<uint8_t, 256> ascii_word = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) t[static_cast<std::size_t>(c)] = ascii_lower;
        if (c >= 'A' && c <= 'Z') t[static_cast<std::size_t>(c)] = ascii_upper;
    }
    return t;
}();

// The ASCII bytes that end a word after a run of letters and digits: all but the hyphen and the
// apostrophe, which may join more of it.
constexpr std::array<bool, 256> ends_word = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 128; ++c) t[static_cast<std::size_t>(c)] = c != '-' && c != '\'';
    return t;
}();

// The end of the run of ASCII letters and digits from byte j of s, their ascii_word bits
// gathered into `seen`: a loop of its own, which the compiler keeps in registers (most of a
// text's bytes go through it).
inline int32_t ascii_run(std::string_view s, int32_t j, uint8_t& seen) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    // (A size_t index: an int32_t one is widened again at every byte.)
    std::size_t k = static_cast<std::size_t>(j);
    const std::size_t n = s.size();
    unsigned acc = seen;
    // Four bytes a round while four remain: the end is tested once for all four.
    for (; k + 4 <= n; k += 4) {
        const unsigned f0 = ascii_word[p[k]];
        if (f0 == 0) goto done;
        acc |= f0;
        const unsigned f1 = ascii_word[p[k + 1]];
        if (f1 == 0) {
            k += 1;
            goto done;
        }
        acc |= f1;
        const unsigned f2 = ascii_word[p[k + 2]];
        if (f2 == 0) {
            k += 2;
            goto done;
        }
        acc |= f2;
        const unsigned f3 = ascii_word[p[k + 3]];
        if (f3 == 0) {
            k += 3;
            goto done;
        }
        acc |= f3;
    }
    for (; k < n; ++k) {
        const unsigned f = ascii_word[p[k]];
        if (f == 0) break;
        acc |= f;
    }
done:
    seen = static_cast<uint8_t>(acc);
    return static_cast<int32_t>(k);
}

// The bytes of w (ASCII) with their capitals lowered, all at once: a byte is a capital when
// adding 0x80 - 'A' sets its top bit and adding 0x7F - 'Z' does not (no add carries into the
// next byte), and is lowered by setting its 0x20 bit.
inline uint64_t lower_ascii_word(uint64_t w) {
    constexpr uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    const uint64_t capital = (w + ones * (0x80 - 'A')) & ~(w + ones * (0x7F - 'Z')) & high;
    return w | (capital >> 2);
}

// The folds of U+00C0 .. U+00FF by their second byte's low six bits: the bytes written in the
// low two bytes (in memory order), their number above. (× ÷ are their own lower case; ß
// folds to "ss", Æ æ to "ae".)
constexpr std::array<uint32_t, 64> latin1_folds = [] {
    constexpr const char* latin1 =
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    auto two = [](unsigned char a, unsigned char b) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        return (uint32_t{a} << 8) | b;
#else
        return (uint32_t{b} << 8) | a;
#endif
    };
    std::array<uint32_t, 64> t{};
    for (unsigned k = 0; k < 64; ++k) {
        const unsigned cp = 0xC0u + k;
        if (cp == 0xD7 || cp == 0xF7) {
            t[k] = (2u << 16) | two(0xC3, static_cast<unsigned char>(0x80u + k));
        } else if (cp == 0xDF) {
            t[k] = (2u << 16) | two('s', 's');
        } else if (cp == 0xC6 || cp == 0xE6) {
            t[k] = (2u << 16) | two('a', 'e');
        } else {
            t[k] = (1u << 16) | two(static_cast<unsigned char>(latin1[k]), 0);
        }
    }
    return t;
}();

// The fold of the two-byte code point (c, t) (a continuation byte) into `out` when it is
// a Latin-1 letter or œ/Œ: the bytes written (at most 2, though two may be stored), else 0.
inline std::size_t fold_latin_pair(unsigned char c, unsigned char t, char* out) {
    if (c == 0xC3) {  // U+00C0 .. U+00FF: one load, and the two bytes stored at once
        const uint32_t f = latin1_folds[t & 0x3Fu];
        const auto bytes = static_cast<uint16_t>(f);
        std::memcpy(out, &bytes, 2);
        return f >> 16;
    }
    if (c == 0xC5 && (t == 0x92 || t == 0x93)) {  // Œ œ
        out[0] = 'o';
        out[1] = 'e';
        return 2;
    }
    return 0;
}

[[gnu::always_inline]] inline std::size_t fold_latin(std::string_view s, std::size_t& i_out, char* buf) {
    // (On locals: a store to buf could be a store to i_out, which the compiler would then
    // reload after every byte.)
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = i_out;
    std::size_t w = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            // Four ASCII bytes lowered at once while four remain (buf is never ahead of s).
            if (i + 4 <= n) {
                uint32_t v;
                std::memcpy(&v, p + i, 4);
                if ((v & 0x80808080u) == 0) {
                    v = static_cast<uint32_t>(lower_ascii_word(v));
                    std::memcpy(buf + w, &v, 4);
                    w += 4;
                    i += 4;
                    continue;
                }
            }
            buf[w++] = lower_ascii(c);
            ++i;
            continue;
        }
        if (i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            const unsigned char t = p[i + 1];
            if (const std::size_t k = fold_latin_pair(c, t, buf + w)) {
                w += k;
                i += 2;
                continue;
            }
            if (c == 0xCA && t == 0xBC) {  // U+02BC
                buf[w++] = '\'';
                i += 2;
                continue;
            }
            if (c == 0xE2 && t == 0x80 && i + 2 < n && (p[i + 2] == 0x98 || p[i + 2] == 0x99)) {
                buf[w++] = '\'';  // U+2018, U+2019
                i += 3;
                continue;
            }
        }
        break;
    }
    i_out = i;
    return w;
}

}  // namespace

void fold_key_into(std::string& out, std::string_view s) {
    // Most words (ASCII, or Latin letters) fold byte by byte into a buffer, which is then
    // copied once; the rest continues code point by code point through ICU.
    char buf[64];
    buf[0] = '\0';  // (GCC cannot tell that only written bytes are read)
    std::size_t i = 0;
    if (s.size() <= sizeof buf) {
        const std::size_t w = fold_latin(s, i, buf);
        out.assign(buf, w);
    } else {
        out.clear();
    }
    if (i < s.size()) append_folded_from(out, s, i);
}

namespace {

// Bytes that fold to themselves alone: ASCII but the capitals.
constexpr std::array<bool, 256> plain_byte = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 128; ++c) t[static_cast<std::size_t>(c)] = !(c >= 'A' && c <= 'Z');
    return t;
}();

// fold_key(s) kept in `keys`, or s itself when folding changes nothing (a lower-case word).
// (`plain`: bytes at the start of s that the caller knows to fold to themselves, ASCII but the
// capitals, which need no looking at again.)
std::string_view fold_key_kept(key_store& keys, std::string_view s, std::size_t plain_known = 0) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = plain_known;
    while (i < s.size() && plain_byte[p[i]]) ++i;
    if (i == s.size()) return s;
    char* o = keys.room(s.size());  // the fast fold writes no more bytes than it reads
    copy_bytes(o, s.data(), i);
    const std::size_t plain = i;  // (fold_latin moves i)
    const std::size_t w = plain + fold_latin(s, i, o + plain);
    if (i == s.size()) return keys.keep(w);
    std::string rest(o, w);  // a letter ICU folds: the rare way
    append_folded_from(rest, s, i);
    return keys.copy(rest);
}

// fold_key_kept(keys, s, plain) of a word as the tokenizer's scan of lower-case words finds
// it: lower-case ASCII letters, their own fold, and two-byte Latin letters (at least one), each
// folded alone. The bytes up to the next Latin letter are copied eight (or four) at a time:
// loads within the word (the last ones overlap what was copied, and are shifted past it), stored
// whole (the room asked has eight bytes more than the word). A Latin letter past Latin-1 but œ
// (which ICU folds) is left to fold_key_kept, as is the whole word then.
// (`capital`: the word's first byte is an ASCII capital, lowered after the copy.) (Always in
// line: the tokenizer's scan of lower-case words calls it for one word in eight.)
[[gnu::always_inline]] inline std::string_view lower_latin_kept(key_store& keys, std::string_view s, std::size_t plain,
                                                                bool capital = false) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return fold_key_kept(keys, s, plain);  // (the shifts below take the first bytes as the low ones)
#endif
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    constexpr uint64_t high = 0x8080808080808080ull;
    char* o = keys.room(n + 8);
    std::size_t i = 0, w = 0;
    while (i < n) {
        uint64_t v = 0;
        std::size_t ahead = n - i;  // the bytes of the word in v
        if (n >= 8) {
            if (ahead >= 8) {
                std::memcpy(&v, p + i, 8);
                ahead = 8;
            } else {
                std::memcpy(&v, p + n - 8, 8);
                v >>= 8 * (8 - ahead);
            }
        } else if (n >= 4) {
            uint32_t u;
            if (ahead >= 4) {
                std::memcpy(&u, p + i, 4);
                ahead = 4;
            } else {
                std::memcpy(&u, p + n - 4, 4);
                u >>= 8 * (4 - ahead);
            }
            v = u;
        } else {
            v = p[i];
            ahead = 1;
        }
        std::memcpy(o + w, &v, 8);
        if (const uint64_t lead = v & high; lead == 0) {
            i += ahead;
            w += ahead;
            continue;
        } else {
            const auto ascii = static_cast<std::size_t>(__builtin_ctzll(lead)) / 8;
            i += ascii;
            w += ascii;
        }
        // (The scan found a whole Latin letter here: its second byte is in the word.)
        const std::size_t k = fold_latin_pair(p[i], p[i + 1], o + w);
        if (k == 0) return fold_key_kept(keys, s, plain);
        i += 2;
        w += k;
    }
    if (capital) o[0] = lower_ascii(static_cast<unsigned char>(o[0]));
    return keys.keep(w);
}
// lower_latin_kept() of a word that opens with a capital or a Latin letter, as the tokenizer
// finds fewer: a call of its own.
[[gnu::noinline]] std::string_view latin_word_kept(key_store& keys, std::string_view s, bool capital) {
    return lower_latin_kept(keys, s, 0, capital);
}

// fold_key_kept(keys, s) of an ASCII s: its capitals lowered, eight or four bytes at a time
// (loads that overlap within s, never past it).
std::string_view ascii_lower_kept(key_store& keys, std::string_view s) {
    const std::size_t n = s.size();
    char* o = keys.room(n);
    const char* p = s.data();
    auto lower8 = [&](std::size_t at) {
        uint64_t w;
        std::memcpy(&w, p + at, 8);
        w = lower_ascii_word(w);
        std::memcpy(o + at, &w, 8);
    };
    auto lower4 = [&](std::size_t at) {
        uint32_t v;
        std::memcpy(&v, p + at, 4);
        v = static_cast<uint32_t>(lower_ascii_word(v));
        std::memcpy(o + at, &v, 4);
    };
    if (n >= 8) {
        for (std::size_t k = 0; k + 8 < n; k += 8) lower8(k);
        lower8(n - 8);
    } else if (n >= 4) {
        lower4(0);
        lower4(n - 4);
    } else {
        for (std::size_t k = 0; k < n; ++k) o[k] = lower_ascii(static_cast<unsigned char>(p[k]));
    }
    return keys.keep(n);
}

}  // namespace

// 1,024 places of 64 bytes (64 KB a thread). Lemmas and folds of up to 31 bytes are remembered.
struct key_store::fold_memo final {
    struct place {
        uint8_t text_size = 0;  // 0: empty (a lemma folded is never empty)
        uint8_t key_size = 0;
        char text[31];
        char key[31];
    };
    static constexpr std::size_t places = 1024;
    place at[places];
};

key_store::key_store() = default;
key_store::key_store(remembering) : memo_(std::make_unique<fold_memo>()) {}
key_store::key_store(key_store&&) noexcept = default;
key_store& key_store::operator=(key_store&&) noexcept = default;
key_store::~key_store() = default;

namespace {

// fold_key_kept(keys, s) through the store's memo, when it has one.
std::string_view fold_key_kept_remembered(key_store& keys, std::string_view s) {
    using memo = key_store::fold_memo;
    if (keys.memo() == nullptr || s.size() > sizeof memo::place::text) return fold_key_kept(keys, s);
    memo::place& p = keys.memo()->at[grammar::short_hash(s) & (memo::places - 1)];
    if (p.text_size == s.size() && same_bytes(std::string_view(p.text, p.text_size), s)) {
        char* o = keys.room(p.key_size);
        copy_bytes(o, p.key, p.key_size);
        return keys.keep(p.key_size);
    }
    const std::string_view key = fold_key_kept(keys, s);
    if (key.size() <= sizeof p.key && key.data() != s.data()) {
        p.text_size = static_cast<uint8_t>(s.size());
        p.key_size = static_cast<uint8_t>(key.size());
        copy_bytes(p.text, s.data(), s.size());
        copy_bytes(p.key, key.data(), key.size());
    }
    return key;
}

}  // namespace

void key_store::grow(std::size_t n) {
    const std::size_t size = std::max<std::size_t>(n, blocks_.empty() ? 4096 : 2 * block_size_);
    // (Owned before the list grows: a failed allocation of the list's room frees the block.)
    std::unique_ptr<char[]> block(new char[size]);
    blocks_.push_back(std::move(block));
    block_size_ = size;
    total_ += size;
    at_ = blocks_.back().get();
    end_ = at_ + size;
}

void key_store::clear() {
    constexpr std::size_t kept_most = std::size_t{1} << 16;  // a huge document's keys are let go
    if (blocks_.size() > 1 || total_ > kept_most) {
        // One block the size of all of them (bounded): the next document of the same size
        // fits in it.
        const std::size_t size = std::min(total_, kept_most);
        blocks_.clear();
        total_ = 0;
        at_ = end_ = nullptr;
        grow(size);
        return;
    }
    if (!blocks_.empty()) at_ = blocks_.front().get();
}

std::string fold_key(std::string_view s) {
    std::string out;
    fold_key_into(out, s);
    return out;
}

namespace {

// s with its first code point mapped by `map` (ICU's simple case mappings).
std::string map_first(std::string_view s, UChar32 (*map)(UChar32)) {
    if (s.empty()) return {};
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0) return std::string(s);
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, map(c), err);
    (void)err;
    std::string out(buf, static_cast<std::size_t>(n));
    out.append(s.substr(static_cast<std::size_t>(i)));
    return out;
}

}  // namespace

std::string capitalise_first(std::string_view s) { return map_first(s, u_toupper); }

std::string lower_first(std::string_view s) {
    // An acronym or a name stays as written ("UE", "Macron" is left to the caller).
    if (s.size() > 1) {
        int32_t i = 0;
        UChar32 c;
        U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
        UChar32 c2 = -1;
        if (i < static_cast<int32_t>(s.size())) U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c2);
        if (c2 >= 0 && u_isupper(c2)) return std::string(s);
    }
    return map_first(s, u_tolower);
}

std::vector<tok> tokenize(std::string_view text, uint32_t base, key_store& keys) {
    std::vector<tok> out;
    tokenize_into(text, base, keys, out);
    return out;
}

namespace {

// The end of the run of lower-case ASCII letters from byte k of p[0, n): eight bytes a load
// while eight remain, a byte being a-z when adding 0x80 - 'a' to its low seven bits sets their
// top bit and adding 0x80 - '{' does not (no add carries into the next byte), and its own top
// bit is clear.
[[gnu::always_inline]] inline std::size_t lower_run_end(const unsigned char* p, std::size_t k, std::size_t n) {
    constexpr uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    for (; k + 8 <= n; k += 8) {
        uint64_t w;
        std::memcpy(&w, p + k, 8);
        const uint64_t low7 = w & ~high;
        const uint64_t lower = (low7 + ones * (0x80 - 'a')) & ~(low7 + ones * (0x80 - '{')) & ~w & high;
        if (const uint64_t other = lower ^ high; other != 0) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            return k + static_cast<std::size_t>(__builtin_clzll(other)) / 8;
#else
            return k + static_cast<std::size_t>(__builtin_ctzll(other)) / 8;
#endif
        }
    }
    while (k < n && p[k] >= 'a' && p[k] <= 'z') ++k;
    return k;
}

// The ASCII bytes that end a word of lower-case letters as the tokenizer's word scan would
// end it: all but the letters, the digits, the hyphen and the apostrophe (which may join more
// to the word).
constexpr std::array<bool, 256> ends_plain_word = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 128; ++c) {
        t[static_cast<std::size_t>(c)] = !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                           (c >= '0' && c <= '9') || c == '-' || c == '\'');
    }
    return t;
}();

// The ASCII marks the tokenizer's switch makes a token of one byte of, whatever follows them,
// by byte: their tok_kind + 1, 0 for any other byte. (Not the quotes, whose kind depends on
// the marks before them.)
constexpr std::array<uint8_t, 256> simple_marks = [] {
    std::array<uint8_t, 256> t{};
    auto set = [&](char c, tok_kind k) { t[static_cast<unsigned char>(c)] = static_cast<uint8_t>(static_cast<uint8_t>(k) + 1); };
    set(',', tok_kind::comma);
    for (const char c : {'.', '!', '?', ';'}) set(c, tok_kind::stop);
    set(':', tok_kind::colon);
    set('(', tok_kind::paren_open);
    set('[', tok_kind::paren_open);
    set(')', tok_kind::paren_close);
    set(']', tok_kind::paren_close);
    return t;
}();

// Whether a word (folded) is one of the elisions, elided before an apostrophe.
inline bool elided_word(std::string_view w) {
    if (w.size() == 1) {  // (the one-letter ones, one test of a bit each)
        const unsigned c = static_cast<unsigned char>(w[0]) - 'a';
        constexpr uint32_t one_letter = (1u << ('l' - 'a')) | (1u << ('d' - 'a')) | (1u << ('j' - 'a')) |
                                        (1u << ('m' - 'a')) | (1u << ('n' - 'a')) | (1u << ('s' - 'a')) |
                                        (1u << ('t' - 'a')) | (1u << ('c' - 'a'));
        return c < 26 && ((one_letter >> c) & 1u) != 0;
    }
    return std::any_of(std::begin(elisions), std::end(elisions), [&](std::string_view e) { return w == e; });
}

}  // namespace

namespace {

// Whether `lemma` folds to `key` without folding it: a word in its dictionary form ("accord",
// "Paris") or only its ASCII capitals apart ("Le" -> "le").
bool folds_to(std::string_view lemma, std::string_view text, std::string_view key) {
    if (same_bytes(lemma, text)) return true;
    const std::size_t n = lemma.size();
    if (n != key.size()) return false;
    // Eight or four bytes at a time (loads that overlap within the words, never past them):
    // ASCII, and the key once lowered.
    constexpr uint64_t high = 0x8080808080808080ull;
    auto same8 = [&](std::size_t at) {
        uint64_t a, b;
        std::memcpy(&a, lemma.data() + at, 8);
        std::memcpy(&b, key.data() + at, 8);
        return (a & high) == 0 && lower_ascii_word(a) == b;
    };
    auto same4 = [&](std::size_t at) {
        uint32_t a, b;
        std::memcpy(&a, lemma.data() + at, 4);
        std::memcpy(&b, key.data() + at, 4);
        return (a & 0x80808080u) == 0 && lower_ascii_word(a) == b;
    };
    if (n >= 8) {
        for (std::size_t k = 0; k + 8 < n; k += 8) {
            if (!same8(k)) return false;
        }
        return same8(n - 8);
    }
    if (n >= 4) return same4(0) && same4(n - 4);
    for (std::size_t k = 0; k < n; ++k) {
        const auto c = static_cast<unsigned char>(lemma[k]);
        if (c >= 0x80) return false;
        if (lower_ascii(c) != key[k]) return false;
    }
    return true;
}

// Where the attaching of the grammar's tokens stands: the first one not passed yet, `end`
// once all are (no token after then gets a lemma).
struct grammar_cursor {
    const grammar::token* at;
    const grammar::token* end;
};

// attach_here() of a token whose lemma the grammar's facts of its form do not give, from the
// grammar's token `here` (with the same start): a call of its own, for the few such tokens.
[[gnu::noinline]] void attach_read(tok& t, const grammar::token& here, key_store& keys) {
    const uint8_t facts = here.lemma_facts;
    const std::string_view lemma = here.lemma;
    if (folds_to(lemma, t.text, t.key)) {
        t.lemma = t.key;
        t.lemma_is_key = true;
    } else {
        // (Most lemmas that are not the key are written in lower-case ASCII: their own key.)
        if ((facts & grammar::lemma_facts_known) != 0 ? (facts & grammar::lemma_plain) != 0 : all_plain(lemma)) {
            // (folds_to compared such a lemma with the key byte for byte: it is not the key)
            t.lemma = lemma;
            t.lemma_is_key = false;
        } else {
            t.lemma = fold_key_kept_remembered(keys, lemma);
            t.lemma_is_key = same_bytes(t.lemma, t.key);
        }
    }
    t.pos = here.pos;
    // The dictionary writes names with a capital ("Floride"), common words without
    // ("union" for "Union").
    if ((facts & grammar::lemma_facts_known) != 0) {
        t.common_lemma = (facts & grammar::lemma_lower_case) != 0;
    } else if (!lemma.empty()) {
        const auto b = static_cast<unsigned char>(lemma[0]);
        if (b < 0x80) {
            t.common_lemma = b >= 'a' && b <= 'z';
        } else {
            int32_t at_byte = 0;
            UChar32 c = 0;
            U8_NEXT(lemma.data(), at_byte, static_cast<int32_t>(lemma.size()), c);
            // (A Latin-1 letter is lower case from U+00DF on, as ICU has it.)
            t.common_lemma = latin1_letter_cp(c) ? c >= 0xDF : c >= 0 && u_islower(c) != 0;
        }
    }
}

// The grammar's lemma and part of speech for token t, from its token `here` that starts where it does
// (`same_end`: and ends where it does). (Always in line: the tokenizer calls it for every token
// it makes, whose members are still in registers; the rare case is a call.)
[[gnu::always_inline]] inline void attach_here(tok& t, const grammar::token& here, bool same_end, key_store& keys) {
    const uint8_t facts = here.lemma_facts;
    // A token whose lemma is its form as written, or an ASCII form with its capitals lowered,
    // as the grammar read once for the form: folds_to() holds, and the lemma is the key.
    // (The grammar's token must end where this one does.)
    if ((facts & grammar::lemma_as_written) != 0 && same_end) {
        t.lemma = t.key;
        t.lemma_is_key = true;
        t.pos = here.pos;
        t.common_lemma = (facts & grammar::lemma_lower_case) != 0;
        return;
    }
    // An ASCII form whose lemma, plain, is not the form lowered, as the grammar read once
    // for the form: folds_to() does not hold, and the lemma is its own fold.
    if ((facts & grammar::lemma_other) != 0 && same_end) {
        t.lemma = here.lemma;
        t.lemma_is_key = false;
        t.pos = here.pos;
        t.common_lemma = (facts & grammar::lemma_lower_case) != 0;
        return;
    }
    attach_read(t, here, keys);
}

// The lemma and part of speech of one token, the tokens in order: those of the
// grammar's token that starts where t does, when there is one, the cursor passing the
// grammar's tokens before t and that one.
[[gnu::always_inline]] inline void attach_one(tok& t, grammar_cursor& at, key_store& keys) {
    const grammar::token* g = at.at;
    if (g == at.end) return;
    while (g->where.begin < t.begin) {
        if (++g == at.end) {
            at.at = g;
            return;
        }
    }
    at.at = g;
    if (g->where.begin != t.begin) return;
    // (The next token starts after this one, and so after g: g is passed over now.)
    at.at = g + 1;
    attach_here(t, *g, g->where.end == t.end, keys);
}

// tokenize_into(), and when Attach, attach_one() of each token as it is made (from `grammar_at`):
// one pass over the tokens rather than two, each token's members still at hand. (Flattened:
// the vector's emplace_back is in line only so, in so long a function.)
template <bool Attach>
[[gnu::flatten]] std::size_t tokenize_with(std::string_view text, uint32_t base, key_store& keys,
                                           std::vector<tok>& out, grammar_cursor grammar_at) {
    out.clear();
    // The tokens neither words nor numbers (punctuation, symbols), made by the scan of simple
    // marks and at the end of the loop below: counted there, the words and numbers are the rest.
    std::size_t marks = 0;
    out.reserve(text.size() / 5 + 4);  // French averages about six bytes a token
    const cursor cur{text};
    const auto size = static_cast<int32_t>(text.size());
    bool quote_open = false;  // for straight double quotes
    bool single_open = false;  // and single ones
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (int32_t i = 0; i < size;) {
        const int32_t start = i;
        if constexpr (Attach) {
            // The grammar's token here, when its form is a word of letters that the scans below
            // would make a token of wherever it ends before a space or an ASCII mark (as the
            // grammar read once for the form): the same token, its key made as they make it,
            // and the grammar's token the one attach_one() would attach. (The cursor is passed
            // on by attach_one() below when its token does not start here: the grammar's tokens
            // mostly start where the rules' do, so that it stands at this one.)
            const grammar::token* g = grammar_at.at;
            const uint32_t at = base + static_cast<uint32_t>(start);
            constexpr uint8_t letters =
                grammar::form_lower_letters | grammar::form_ascii_letters | grammar::form_latin_letters;
            if (g != grammar_at.end && g->where.begin == at && (g->lemma_facts & letters) != 0) {
                // (A grammar token never runs past its sentence: were one to, the scans read it.)
                const std::size_t e = g->where.end - base;
                if (e < text.size() ? ends_plain_word[bytes[e]] : e == text.size()) {
                    const std::size_t length = e - static_cast<std::size_t>(start);
                    const std::string_view written(text.data() + start, length);
                    const uint8_t facts = g->lemma_facts;
                    std::string_view key = written;
                    bool capital = false;
                    if ((facts & grammar::form_ascii_letters) != 0) {
                        capital = bytes[start] <= 'Z';
                        if (capital || !all_plain(written)) key = ascii_lower_kept(keys, written);
                    } else if ((facts & grammar::form_latin_letters) != 0) {
                        key = lower_latin_kept(keys, written, 1);
                    }
                    const bool lower_lemma = (facts & grammar::lemma_lower_case) != 0;
                    // (The token made whole with its lemma when the form's facts give it, as
                    // attach_here() would give it.)
                    if ((facts & grammar::lemma_as_written) != 0) {
                        out.emplace_back(at, g->where.end, tok_kind::word, capital, false, written, key, key,
                                         g->pos, lower_lemma, true);
                    } else if ((facts & grammar::lemma_other) != 0) {
                        out.emplace_back(at, g->where.end, tok_kind::word, capital, false, written, key, g->lemma,
                                         g->pos, lower_lemma, false);
                    } else {
                        attach_read(out.emplace_back(at, g->where.end, tok_kind::word, capital, false, written, key),
                                    *g, keys);
                    }
                    grammar_at.at = g + 1;
                    i = static_cast<int32_t>(e);
                    if (e < text.size() && bytes[e] == ' ') ++i;
                    continue;
                }
            }
        }
        // Most tokens are words of lower-case ASCII letters that end on a space or a
        // punctuation mark: such a word is found by a scan of its own (eight bytes a load)
        // and is its own key. (The scan below makes the same token of it, at more cost.)
        // (So is an elided one before an ASCII apostrophe, "l'", "qu'", which keeps it, and one
        // with Latin letters after its first, "président", whose key is folded.)
        if (const unsigned char lead = bytes[start]; lead >= 'a' && lead <= 'z') {
            const std::size_t n = text.size();
            std::size_t e = lower_run_end(bytes, static_cast<std::size_t>(start) + 1, n);
            bool elided = false;
            std::size_t plain = 0;  // the bytes before the first Latin letter, when the word has one
            bool found = e == n || ends_plain_word[bytes[e]];
            if (!found) {
                if (bytes[e] == '\'') {
                    elided = elided_word(text.substr(static_cast<std::size_t>(start), e - static_cast<std::size_t>(start)));
                    found = elided;
                    e += elided;
                } else if (latin_letter(text, static_cast<int32_t>(e))) {
                    plain = e - static_cast<std::size_t>(start);
                    do {
                        e = lower_run_end(bytes, e + 2, n);
                    } while (e < n && latin_letter(text, static_cast<int32_t>(e)));
                    found = e == n || ends_plain_word[bytes[e]];
                }
            }
            if (found) {
                const std::string_view written(text.data() + start, e - static_cast<std::size_t>(start));
                out.emplace_back(base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(e),
                                 tok_kind::word, false, elided, written,
                                 plain == 0 ? written : lower_latin_kept(keys, written, plain));
                if constexpr (Attach) attach_one(out.back(), grammar_at, keys);
                i = static_cast<int32_t>(e);
                if (e < n && bytes[e] == ' ') ++i;  // (most words end so)
                continue;
            }
        } else if (const uint8_t mark = simple_marks[lead]; mark != 0) {
            // An ASCII mark that is a token of one byte whatever comes next (a comma, a stop, a
            // colon, a bracket), its own key: as the switch below makes it.
            const std::string_view written(text.data() + start, 1);
            out.emplace_back(base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(start) + 1,
                             static_cast<tok_kind>(mark - 1), false, false, written, written);
            if constexpr (Attach) attach_one(out.back(), grammar_at, keys);
            ++marks;
            i = start + 1;
            if (i < size && bytes[i] == ' ') ++i;  // (", " most of all)
            continue;
        } else if (lead >= 'A' && lead <= 'Z') {
            // So is a capital followed by lower-case ASCII letters ("Paris", "Le") that ends so,
            // its key the word with its capital lowered, and one with Latin letters among them
            // ("Québec"), whose key is folded. (Any other, "UE", "L'", "G20", is left to the scan
            // below.)
            const std::size_t n = text.size();
            std::size_t e = lower_run_end(bytes, static_cast<std::size_t>(start) + 1, n);
            bool latin = false;
            if (e < n && bytes[e] >= 0x80 && latin_letter(text, static_cast<int32_t>(e))) {
                latin = true;
                do {
                    e = lower_run_end(bytes, e + 2, n);
                } while (e < n && latin_letter(text, static_cast<int32_t>(e)));
            }
            if (e == n || ends_plain_word[bytes[e]]) {
                const std::size_t length = e - static_cast<std::size_t>(start);
                const std::string_view written(text.data() + start, length);
                std::string_view key;
                if (latin) {
                    key = latin_word_kept(keys, written, true);
                } else {
                    char* o = keys.room(length);
                    copy_bytes(o, written.data(), length);
                    o[0] = static_cast<char>(lead + ('a' - 'A'));
                    key = keys.keep(length);
                }
                out.emplace_back(base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(e),
                                 tok_kind::word, true, false, written, key);
                if constexpr (Attach) attach_one(out.back(), grammar_at, keys);
                i = static_cast<int32_t>(e);
                if (e < n && bytes[e] == ' ') ++i;
                continue;
            }
        } else if (lead == 0xC3 && latin_letter(text, start)) {
            // So is a word of Latin and lower-case ASCII letters that opens with a Latin letter
            // ("à", "été", "État"), its key folded. (A Latin-1 letter is a capital up to U+00DE,
            // as the scan below has it.)
            const std::size_t n = text.size();
            std::size_t e = static_cast<std::size_t>(start);
            do {
                e = lower_run_end(bytes, e + 2, n);
            } while (e < n && latin_letter(text, static_cast<int32_t>(e)));
            if (e == n || ends_plain_word[bytes[e]]) {
                const std::string_view written(text.data() + start, e - static_cast<std::size_t>(start));
                out.emplace_back(base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(e),
                                 tok_kind::word, bytes[start + 1] <= 0x9E, false, written,
                                 latin_word_kept(keys, written, false));
                if constexpr (Attach) attach_one(out.back(), grammar_at, keys);
                i = static_cast<int32_t>(e);
                if (e < n && bytes[e] == ' ') ++i;
                continue;
            }
        }
        UChar32 c = static_cast<unsigned char>(text[static_cast<std::size_t>(i)]);
        byte_class ascii = byte_class::other;  // (of an ASCII c: one load answers the tests below)
        if (c < 0x80) {
            ++i;
            // ASCII spaces as ICU counts them (tab to carriage return, the four separators,
            // space)
            ascii = ascii_class[c];
            if (ascii == byte_class::space) continue;
        } else {
            U8_NEXT(text.data(), i, size, c);
            if (c < 0 || space_cp(c) || c == 0xA0 || c == 0x202F) continue;
        }
        // (The token is made once all is known of it, each member written once.)
        tok_kind kind = tok_kind::word;
        if (c < 0x80 ? ascii == byte_class::digit : digit_cp(c)) {
            // Digits with decimal comma/point and thousands grouped by spaces or points.
            int32_t j = i;
            while (j < size) {
                const UChar32 d = cur.peek(j);
                if (d >= '0' && d <= '9') {
                    j = cur.next_at(j);
                    continue;
                }
                if ((d == ',' || d == '.') && j + 1 < size && text[static_cast<std::size_t>(j + 1)] >= '0' &&
                    text[static_cast<std::size_t>(j + 1)] <= '9') {
                    ++j;
                    continue;
                }
                // "800 000": a space then exactly three digits
                if ((d == ' ' || d == 0xA0 || d == 0x202F)) {
                    const int32_t k = cur.next_at(j);
                    if (k + 3 <= size && std::all_of(text.begin() + k, text.begin() + k + 3,
                                                     [](char x) { return x >= '0' && x <= '9'; }) &&
                        (k + 3 == size || !(text[static_cast<std::size_t>(k + 3)] >= '0' &&
                                            text[static_cast<std::size_t>(k + 3)] <= '9'))) {
                        j = k + 3;
                        continue;
                    }
                }
                break;
            }
            // "2e", "1er", "XXe" ordinals and "15h30" stay one word-like token
            while (j < size && is_word_char(cur.peek(j))) j = cur.next_at(j);
            i = j;
            kind = tok_kind::number;
        } else if (c < 0x80 ? ascii == byte_class::letter : is_word_char(c)) {
            // Scanned first, folded after, and only when its key differs from its text: most
            // words are written in lower-case ASCII. (`seen` says whether an ASCII capital came,
            // `folds` whether anything else that folds did: a word with neither is its own
            // key, one with capitals only has them lowered.)
            uint8_t seen = c >= 'A' && c <= 'Z' ? ascii_upper : 0;
            const bool capitalised = c < 0x80 ? seen != 0 : upper_cp(c);
            bool folds = c >= 0x80;
            bool elided = false;
            // The bytes before plain_to fold to themselves (for fold_key_kept)
            int32_t plain_to = start;
            int32_t j = i;
            while (true) {
                // ASCII letters and digits, and two-byte Latin letters: no decoding
                j = ascii_run(text, j, seen);
                if (j >= size) break;
                const auto b = static_cast<unsigned char>(text[static_cast<std::size_t>(j)]);
                if (ends_word[b]) break;  // a space or a stop: most words end so
                // (all before j plain: ASCII, no capital)
                if (!folds && (seen & ascii_upper) == 0) plain_to = j;
                if (b >= 0x80 && latin_letter(text, j)) {
                    folds = true;
                    j += 2;
                    continue;
                }
                const UChar32 d = cur.peek(j);
                if (is_word_char(d)) {
                    folds = true;
                    j = cur.next_at(j);
                } else if (d == '-' || d == 0x2011) {
                    const int32_t k = cur.next_at(j);
                    if (k < size && is_word_char(cur.peek(k))) {
                        folds = folds || d != '-';
                        j = k;
                    } else {
                        break;
                    }
                } else if (is_apostrophe(d)) {
                    // Elision: "l'accord" -> "l'" + "accord"; "aujourd'hui" stays whole.
                    const std::string_view written = text.substr(static_cast<std::size_t>(start),
                                                                 static_cast<std::size_t>(j - start));
                    std::string folded_head;
                    const bool head_folds = folds || (seen & ascii_upper) != 0;
                    if (head_folds) fold_key_into(folded_head, written);
                    const std::string_view head = head_folds ? std::string_view(folded_head) : written;
                    const int32_t k = cur.next_at(j);
                    const bool elides = std::any_of(std::begin(elisions), std::end(elisions),
                                                    [&](std::string_view e) { return head == e; });
                    if (elides || (k < size && is_word_char(cur.peek(k)))) {
                        folds = folds || d != '\'';  // every apostrophe folds to '
                        j = k;
                    }
                    if (elides) {
                        elided = true;
                        break;
                    }
                    if (j != k) break;
                } else {
                    break;
                }
            }
            i = j;
            const std::string_view written(text.data() + start, static_cast<std::size_t>(i - start));
            std::string_view key = written;
            if (folds) {
                key = fold_key_kept(keys, written, static_cast<std::size_t>(plain_to - start));
            } else if ((seen & ascii_upper) != 0) {
                key = ascii_lower_kept(keys, written);  // (ASCII with capitals: "Paris", "UE")
            }
            out.emplace_back(base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(i), tok_kind::word,
                             capitalised, elided, written, key);
            if constexpr (Attach) attach_one(out.back(), grammar_at, keys);
            if (i < size && text[static_cast<std::size_t>(i)] == ' ') ++i;  // (most words end so)
            continue;
        } else {
            switch (c) {
                case ',': kind = tok_kind::comma; break;
                case '.': case '!': case '?': case ';': case 0x2026: kind = tok_kind::stop; break;
                case ':': kind = tok_kind::colon; break;
                case '-': case 0x2013: case 0x2014: kind = tok_kind::dash; break;
                case 0xAB: case 0x201C: kind = tok_kind::quote_open; break;
                case 0xBB: case 0x201D: kind = tok_kind::quote_close; break;
                case '"':
                    kind = quote_open ? tok_kind::quote_close : tok_kind::quote_open;
                    quote_open = !quote_open;
                    break;
                case '\'':
                    // A straight single quote standing alone (an elision's is its word's) is a
                    // quotation mark, "les 'gilets jaunes'": it opens before a word, after a
                    // space or an opening mark, and closes the one open.
                    if (single_open) {
                        kind = tok_kind::quote_close;
                        single_open = false;
                    } else if ((start == 0 || bytes[start - 1] == ' ' || bytes[start - 1] == '"' ||
                                bytes[start - 1] == '(') &&
                               i < size && (bytes[i] >= 0x80 || std::isalnum(bytes[i]) != 0)) {
                        kind = tok_kind::quote_open;
                        single_open = true;
                    } else {
                        kind = tok_kind::symbol;
                    }
                    break;
                case '(': case '[': kind = tok_kind::paren_open; break;
                case ')': case ']': kind = tok_kind::paren_close; break;
                default: kind = tok_kind::symbol; break;
            }
        }
        const std::string_view written(text.data() + start, static_cast<std::size_t>(i - start));
        // (ASCII punctuation is its own key)
        const std::string_view key = c < 0x80 && kind != tok_kind::number ? written : fold_key_kept(keys, written);
        out.emplace_back(base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(i), kind, false, false,
                         written, key);
        if constexpr (Attach) attach_one(out.back(), grammar_at, keys);
        marks += kind != tok_kind::number;
        if (i < size && text[static_cast<std::size_t>(i)] == ' ') ++i;  // (as after a word: ", " most of all)
    }
    return out.size() - marks;
}

}  // namespace

std::size_t tokenize_into(std::string_view text, uint32_t base, key_store& keys, std::vector<tok>& out) {
    return tokenize_with<false>(text, base, keys, out, {nullptr, nullptr});
}

std::size_t tokenize_into(std::string_view text, uint32_t base, key_store& keys, std::vector<tok>& out,
                          const grammar::sentence& s) {
    return tokenize_with<true>(text, base, keys, out, {s.tokens.data(), s.tokens.data() + s.tokens.size()});
}

namespace {

// Whether the bytes [p, p + n) of the text are a space: ASCII, no-break (U+00A0) or narrow
// no-break and thin (U+202F, U+2009), as French sets them inside guillemets.
bool space_bytes(const char* p, std::size_t n) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(p[k]); };
    if (n >= 1 && (b(n - 1) == ' ' || b(n - 1) == '\t')) return true;
    if (n >= 2 && b(n - 2) == 0xC2 && b(n - 1) == 0xA0) return true;
    return n >= 3 && b(n - 3) == 0xE2 && b(n - 2) == 0x80 && (b(n - 1) == 0xAF || b(n - 1) == 0x89);
}

// Guillemets keep the spacing the article gives them: "« Nous »" and "«Nous»" are both
// written, and a headline follows its source. (A token's text is a view of the document, so
// the bytes next to it are the article's; a token has a neighbour on the side looked at.)
bool space_after_guillemet(const tok& open) {
    const char* after = open.text.data() + open.text.size();
    const auto b = static_cast<unsigned char>(after[0]);
    if (b == ' ' || b == '\t') return true;
    if (b == 0xC2) return space_bytes(after, 2);
    return b == 0xE2 && space_bytes(after, 3);
}
bool space_before_guillemet(const tok& prev, const tok& close) {
    const char* at = close.text.data();
    // (Read back no further than the token before, which is in the document too.)
    const auto room = static_cast<std::size_t>(at - prev.text.data());
    for (std::size_t n = 1; n <= 3 && n <= room; ++n) {
        if (space_bytes(at - n, n)) return true;
    }
    return false;
}

// Whether a space goes between prev and t when joining.
bool spaced(const tok& prev, const tok& t) {
    if (t.kind == tok_kind::quote_close && prev.kind == tok_kind::quote_open) return false;
    if (prev.kind == tok_kind::quote_open) return eq(prev.text, "\xc2\xab") && space_after_guillemet(prev);
    if (t.kind == tok_kind::quote_close && eq(t.text, "\xc2\xbb")) return space_before_guillemet(prev, t);
    if (prev.elided || prev.kind == tok_kind::paren_open) return false;
    // A symbol written against its neighbour stays so: "2/3", "AT&T".
    if ((t.kind == tok_kind::symbol || prev.kind == tok_kind::symbol) && prev.end == t.begin) return false;
    return !(t.kind == tok_kind::comma || t.kind == tok_kind::paren_close ||
             (t.kind == tok_kind::stop && eq(t.text, ".")) ||
             (t.kind == tok_kind::quote_close && (eq(t.text, "\"") || eq(t.text, "'"))));
}

}  // namespace

std::string join_tokens(const std::vector<const tok*>& toks) {
    // Room for the text with a space after every token, written once into it (spaces where
    // they go are there already) and then cut to what was written.
    // (The tokens through locals: the bytes written could alias the vector, whose data()
    // would then be read again at every token.)
    const tok* const* const t = toks.data();
    const std::size_t n = toks.size();
    std::size_t most = 0;
    for (std::size_t k = 0; k < n; ++k) most += t[k]->text.size() + 1;
    std::string out(most, ' ');
    char* const first = out.data();
    char* o = first;
    for (std::size_t k = 0; k < n; ++k) {
        if (k > 0 && spaced(*t[k - 1], *t[k])) ++o;
        const std::string_view text = t[k]->text;
        copy_bytes(o, text.data(), text.size());
        o += text.size();
    }
    out.resize(static_cast<std::size_t>(o - first));
    return out;
}

void join_token_run(std::string& out, const tok* toks, std::size_t n) {
    // One token, as most names are: its text (which the join would give, with no room made
    // first and no space to place).
    if (n == 1) {
        // (Cleared and appended to: a shorter call than assign()'s general replace.)
        out.clear();
        out.append(toks[0].text);
        return;
    }
    // (As join_tokens(), into the string given: no string of its own to move there, and no
    // list of pointers to the tokens to fill first.)
    std::size_t most = 0;
    for (std::size_t k = 0; k < n; ++k) most += toks[k].text.size() + 1;
    out.assign(most, ' ');
    char* const first = out.data();
    char* o = first;
    for (std::size_t k = 0; k < n; ++k) {
        if (k > 0 && spaced(toks[k - 1], toks[k])) ++o;
        const std::string_view text = toks[k].text;
        copy_bytes(o, text.data(), text.size());
        o += text.size();
    }
    out.resize(static_cast<std::size_t>(o - first));
}

bool is_month_key(std::string_view key) {
    static constexpr std::string_view months[] = {"janvier", "fevrier", "mars", "avril", "mai", "juin",
                                         "juillet", "aout", "septembre", "octobre", "novembre",
                                         "decembre"};
    return std::any_of(std::begin(months), std::end(months), [&](std::string_view m) { return key == m; });
}

bool is_weekday_key(std::string_view key) {
    static constexpr std::string_view days[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi",
                                       "samedi", "dimanche"};
    return std::any_of(std::begin(days), std::end(days), [&](std::string_view d) { return key == d; });
}

int count_words(std::string_view s) {
    int n = 0;
    bool in = false;
    for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
        UChar32 c;
        U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
        const bool w = c >= 0 && u_isalnum(c) != 0;
        if (w && !in) ++n;
        in = w;
    }
    return n;
}

std::string english_number(std::string_view fr) {
    std::string digits, frac;
    bool seen_decimal = false;
    bool grouped = false;  // the source grouped thousands ("800 000", "2.000")
    bool grouped_by_points = false;
    std::size_t i = 0;
    for (; i < fr.size(); ++i) {
        const char c = fr[i];
        if (c >= '0' && c <= '9') {
            (seen_decimal ? frac : digits) += c;
        } else if (c == ' ') {
            grouped = true;
            continue;
        } else if (static_cast<unsigned char>(c) == 0xC2 || static_cast<unsigned char>(c) == 0xE2) {
            // U+00A0 / U+202F: skip the rest of the sequence
            i += static_cast<unsigned char>(c) == 0xC2 ? 1 : 2;
            grouped = true;
        } else if (c == ',' && !seen_decimal) {
            seen_decimal = true;
        } else if (c == '.' && !seen_decimal) {
            // "2.000": a point before exactly three digits groups thousands
            const std::size_t rest = fr.size() - i - 1;
            if (rest >= 3 && (rest == 3 || fr[i + 4] == '.' || fr[i + 4] == ' ')) {
                grouped = true;
                grouped_by_points = true;
                continue;
            }
            seen_decimal = true;
        } else {
            break;
        }
    }
    if (digits.empty()) return {};
    std::string suffix(fr.substr(i));
    // Grouped whole numbers keep the source's digits and grouping, so that every figure of the
    // English text can be found in the article: round ones take a word ("800 000" -> "800
    // thousand"), "4.574" takes the English comma, "812 345" keeps its space (the SI style).
    // Years and short numbers carry over as written.
    std::string out = digits;
    if (grouped && frac.empty() && digits.size() > 3) {
        static const char* const scale[] = {"", " thousand", " million", " billion"};
        std::size_t groups = 0;
        while (groups < 3 && out.size() > 3 && out.compare(out.size() - 3, 3, "000") == 0) {
            out.resize(out.size() - 3);
            ++groups;
        }
        if (groups == 0) {
            const char separator = grouped_by_points ? ',' : ' ';
            const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
            out = digits.substr(0, lead);
            for (std::size_t k = lead; k < digits.size(); k += 3) {
                out += separator;
                out += digits.substr(k, 3);
            }
        }
        out += scale[groups];
    }
    if (!frac.empty()) out += "." + frac;
    // "2e", "10ème", "1er", "1re": the ordinal takes the English suffix ("2nd", "10th", "1st").
    static const char* const ordinal_suffixes[] = {"e", "eme", "\xc3\xa8me", "er", "re", "\xc3\xa8re"};
    if (frac.empty() && !grouped &&
        std::any_of(std::begin(ordinal_suffixes), std::end(ordinal_suffixes),
                    [&](const char* o) { return suffix == o; })) {
        const int last = digits.back() - '0';
        const bool teen = digits.size() >= 2 && digits[digits.size() - 2] == '1';
        suffix = teen || last == 0 || last > 3 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : "rd";
    }
    return out + suffix;
}

}  // namespace precis::rules
