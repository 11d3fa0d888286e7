#include "fallback_tables.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <tuple>
#include <vector>

#include "image_io.hpp"
#include "text_tokens.hpp"

namespace precis::rules {

namespace {

constexpr std::string_view magic = "PRFBT01\n";
const char* const freedict_base = "/usr/share/dictd/freedict-fra-eng";
const char* const word_list_path = "/usr/share/dict/american-english";

// ---- FreeDict's dictd files: an index of "word<TAB>offset<TAB>length" (base64 numbers) and a
// gzip-compressed body.

uint64_t b64(std::string_view s) {
    static constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    uint64_t n = 0;
    for (char c : s) {
        const auto p = alphabet.find(c);
        if (p == std::string_view::npos) return 0;
        n = n * 64 + p;
    }
    return n;
}

// The first sense's first translation, unless a cognate stands among the translations: one
// of the first sense ("gouvernement" -> "government" rather than "control"), else one of a
// later sense, which must share more of its start ("aggraver" -> "aggravate" rather than
// "blow up", "apprécier" -> "appreciate" rather than "esteem"); single words only.
std::string choose(const std::string& fr, std::string_view entry) {
    std::string_view first;  // the first sense's first translation
    std::string_view best;
    std::size_t best_prefix = 0;
    std::size_t senses = 0;
    std::size_t at = entry.find('\n');
    while (at != std::string_view::npos && at + 1 < entry.size()) {
        const std::size_t end = entry.find('\n', at + 1);
        std::string_view line = entry.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1);
        at = end;
        if (line.empty()) continue;
        // ("2. " and the like taken off)
        const std::size_t dot = line.find(". ");
        if (dot != std::string_view::npos && dot > 0 && dot <= 2 &&
            line.find_first_not_of("0123456789") == dot) {
            line.remove_prefix(dot + 2);
        }
        const std::size_t least = senses == 0 ? 4 : 5;
        for (std::string_view rest = line; !rest.empty();) {
            const std::size_t comma = rest.find(',');
            std::string_view p = rest.substr(0, comma);
            rest.remove_prefix(comma == std::string_view::npos ? rest.size() : comma + 1);
            while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
            while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
            if (p.empty() || p.find_first_of(" ()[]<>;.") != std::string_view::npos) continue;
            if (senses == 0 && first.empty()) first = p;
            std::size_t k = 0;
            while (k < p.size() && k < fr.size() && p[k] == fr[k]) ++k;
            if (k >= least && k > best_prefix && p != fr) {
                best = p;
                best_prefix = k;
            }
        }
        ++senses;
    }
    if (best.empty()) best = first;
    return best.empty() || best == fr ? std::string() : std::string(best);
}

// "<n, masc>", "<v>", "<adj>" on the headword line.
word_class pos_of(std::string_view entry) {
    const auto open = entry.find('<');
    const auto nl = entry.find('\n');
    if (open == std::string_view::npos || open > nl) return word_class::other;
    const std::string_view tag = entry.substr(open + 1, 3);
    if (tag.rfind("n", 0) == 0 && (tag.size() < 2 || tag[1] == ',' || tag[1] == '>')) return word_class::noun;
    if (tag.rfind("v", 0) == 0) return word_class::verb;
    if (tag.rfind("adj", 0) == 0) return word_class::adj;
    if (tag.rfind("adv", 0) == 0) return word_class::adv;
    return word_class::other;
}

// Appends the FreeDict table: its count, its records' size, their offsets, the records.
void append_freedict(image_writer& out) {
    std::string body;
    if (gzFile gz = gzopen((std::string(freedict_base) + ".dict.dz").c_str(), "rb")) {
        char buf[65536];
        int n;
        while ((n = gzread(gz, buf, sizeof buf)) > 0) body.append(buf, static_cast<std::size_t>(n));
        gzclose(gz);
    }
    std::string index;
    if (std::ifstream in(std::string(freedict_base) + ".index", std::ios::binary); in) {
        index.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    // (key, english, class, line): the first line of a key wins, as it always has.
    std::vector<std::tuple<std::string, std::string, word_class, std::size_t>> found;
    std::size_t line_number = 0;
    for (std::string_view rest(index); !rest.empty(); ++line_number) {
        const std::size_t nl = rest.find('\n');
        const std::string_view line = rest.substr(0, nl);
        rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
        const std::size_t t1 = line.find('\t');
        const std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
        if (t2 == std::string_view::npos || t2 + 1 >= line.size()) continue;
        const std::string_view word = line.substr(0, t1);
        const std::string_view off = line.substr(t1 + 1, t2 - t1 - 1);
        const std::string_view len = line.substr(t2 + 1, line.find('\t', t2 + 1) - t2 - 1);
        const uint64_t o = b64(off), l = b64(len);
        if (o + l > body.size() || word.rfind("00", 0) == 0) continue;
        std::string key = fold_key(word);
        const std::string_view entry = std::string_view(body).substr(o, l);
        std::string best = choose(key, entry);
        if (best.empty() || key.find('\0') != std::string::npos) continue;
        found.emplace_back(std::move(key), std::move(best), pos_of(entry), line_number);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tie(std::get<0>(a), std::get<3>(a)) < std::tie(std::get<0>(b), std::get<3>(b));
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const auto& a, const auto& b) { return std::get<0>(a) == std::get<0>(b); }),
                found.end());
    std::string records;
    std::vector<std::size_t> offsets;
    for (const auto& [key, en, pos, line] : found) {
        offsets.push_back(records.size());
        records += key;
        records += '\0';
        records += en;
        records += '\0';
        records += static_cast<char>(pos);
    }
    out.put(static_cast<uint32_t>(offsets.size()));
    out.put(static_cast<uint32_t>(records.size()));
    for (const std::size_t o : offsets) out.put(static_cast<uint32_t>(o));
    out.put_bytes(records);
}

// ---- The word list, one block of text with an open-addressing index of its lines (offsets,
// at most three quarters full): about 0.9 MB where a hash set of strings took several times
// that.

std::size_t word_hash(std::string_view w) {
    uint64_t h = 14695981039346656037ull;  // FNV-1a
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
}

// Appends the word list's table: its slot count, its text's size, the slots, the text.
void append_words(image_writer& out) {
    std::string text;
    if (std::ifstream in(word_list_path, std::ios::binary); in) {
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (!text.empty() && text.back() != '\n') text += '\n';
    if (text.size() >= UINT32_MAX) text.clear();  // offsets are 32-bit; no word list is that big
    for (auto& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    // Lines with an apostrophe ("AA's") are no words to check a guess against.
    auto each_word = [&](auto&& f) {
        for (std::size_t at = 0, end; at < text.size(); at = end + 1) {
            end = text.find('\n', at);
            const std::string_view line(text.data() + at, end - at);
            if (!line.empty() && line.find('\'') == std::string_view::npos) f(at, line);
        }
    };
    std::size_t words = 0;
    each_word([&](std::size_t, std::string_view) { ++words; });
    std::vector<uint32_t> slots;
    if (words > 0) {
        std::size_t size = 1024;
        while (3 * size < 4 * words) size *= 2;
        slots.assign(size, 0);
        each_word([&](std::size_t at, std::string_view line) {
            std::size_t i = word_hash(line) & (slots.size() - 1);
            while (slots[i] != 0) i = (i + 1) & (slots.size() - 1);
            slots[i] = static_cast<uint32_t>(at + 1);
        });
    }
    out.put(static_cast<uint32_t>(slots.size()));
    out.put(static_cast<uint32_t>(text.size()));
    for (const uint32_t s : slots) out.put(s);
    out.put_bytes(text);
}

// The tables made at build time (cmake/build_data.S.in).
#if PRECIS_FALLBACK_TABLES
PRECIS_BUILD_DATA_SYMBOLS(fallback_tables)
#endif

}  // namespace

std::string fallback_tables::from_installed_files() {
    image_writer out;
    out.put_bytes(magic);
    append_freedict(out);
    append_words(out);
    return out.take();
}

const fallback_tables& fallback_tables::get() {
#if PRECIS_FALLBACK_TABLES
    static const fallback_tables tables(PRECIS_BUILD_DATA(fallback_tables));
#else
    static const std::string* bytes = new std::string(from_installed_files());
    static const fallback_tables tables(*bytes);
#endif
    return tables;
}

uint32_t fallback_tables::u32_at(const char* base, std::size_t index) const {
    uint32_t v;
    std::memcpy(&v, base + 4 * index, sizeof v);
    return v;
}

fallback_tables::fallback_tables(std::string_view bytes) {
    if (bytes.substr(0, magic.size()) != magic) return;
    image_reader in(bytes.substr(magic.size()));
    // A count and a size, that many offsets, that many bytes; false when they do not fit.
    // (The offsets are read where they lie, which need not be aligned: see u32_at.)
    auto table = [&](const char*& offsets, std::size_t& count, std::string_view& data) {
        const auto n = in.get<uint32_t>();
        const auto size = in.get<uint32_t>();
        if (!in.room_for(n, 4)) return false;
        offsets = in.bytes(4 * std::size_t{n}).data();
        count = n;
        data = in.bytes(size);
        return !in.failed();
    };
    const char* entry_offsets = nullptr;
    const char* slots = nullptr;
    std::size_t entry_count = 0, slot_count = 0;
    std::string_view entries, words;
    if (!table(entry_offsets, entry_count, entries) || !table(slots, slot_count, words)) return;
    if ((slot_count & (slot_count - 1)) != 0) return;  // not a power of two
    for (std::size_t i = 0; i < entry_count; ++i) {
        if (u32_at(entry_offsets, i) >= entries.size()) return;
    }
    bool empty_slot = slot_count == 0;  // a full index would leave a search no end
    for (std::size_t i = 0; i < slot_count; ++i) {
        const uint32_t slot = u32_at(slots, i);
        if (slot > words.size()) return;
        empty_slot = empty_slot || slot == 0;
    }
    if (!empty_slot) return;
    // (A record is read up to its NULs and the end of the block, never past.)
    entry_offsets_ = entry_offsets;
    entry_count_ = entry_count;
    entries_ = entries;
    slots_ = slots;
    slot_count_ = slot_count;
    words_ = words;
}

fallback_tables::translation fallback_tables::freedict(std::string_view key) const {
    // Binary search over the records' keys, each up to its NUL.
    std::size_t lo = 0, hi = entry_count_;
    auto key_at = [&](std::size_t i) {
        const std::string_view rest = entries_.substr(u32_at(entry_offsets_, i));
        return rest.substr(0, rest.find('\0'));
    };
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (key_at(mid) < key) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == entry_count_ || key_at(lo) != key) return {};
    const std::size_t after_key = u32_at(entry_offsets_, lo) + key.size() + 1;
    if (after_key >= entries_.size()) return {};
    const std::string_view rest = entries_.substr(after_key);
    const std::size_t nul = rest.find('\0');
    if (nul == std::string_view::npos || nul + 1 >= rest.size()) return {};
    const auto pos = static_cast<uint8_t>(rest[nul + 1]);
    return {rest.substr(0, nul),
            pos <= static_cast<uint8_t>(word_class::other) ? static_cast<word_class>(pos)
                                                           : word_class::other};
}

bool fallback_tables::english_word(std::string_view w) const {
    if (slot_count_ == 0) return false;
    for (std::size_t i = word_hash(w) & (slot_count_ - 1);; i = (i + 1) & (slot_count_ - 1)) {
        const uint32_t slot = u32_at(slots_, i);
        if (slot == 0) return false;
        const std::size_t at = slot - 1;
        if (words_.compare(at, w.size(), w) == 0 && at + w.size() < words_.size() &&
            words_[at + w.size()] == '\n') {
            return true;
        }
    }
}

}  // namespace precis::rules
