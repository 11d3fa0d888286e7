#include "lexicon_table.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <tuple>
#include <unordered_map>

namespace precis::grammar {
namespace {

// The format's version (grammar/CMakeLists.txt), seven characters and a NUL.
constexpr char k_magic[8] = PRECIS_LEXICON_MAGIC;
constexpr std::size_t k_header = sizeof k_magic + 4 * 4;
constexpr std::size_t k_record = 3 * 4;

void put_u32(std::string& out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

constexpr std::size_t k_prefix = 8;

// The first eight bytes of `form`, zero-padded, as a number that orders as the bytes do (no
// form holds a NUL, so a shorter form's padding sorts it before its continuations).
uint64_t prefix_number(const unsigned char* bytes, std::size_t n) {
    uint64_t v = 0;
    for (std::size_t i = 0; i < k_prefix; ++i) v = (v << 8) | (i < n ? bytes[i] : 0u);
    return v;
}

}  // namespace

uint32_t lexicon_table::u32(std::size_t at) const {
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | data_[at + static_cast<std::size_t>(i)];
    return v;
}

std::optional<lexicon_table> lexicon_table::open(const unsigned char* data, std::size_t size) {
    if (data == nullptr || size < k_header || std::memcmp(data, k_magic, sizeof k_magic) != 0) {
        return std::nullopt;
    }
    lexicon_table t;
    t.data_ = data;
    t.size_ = size;
    t.record_count_ = t.u32(8);
    t.pool_size_ = t.u32(12);
    t.block_count_ = t.u32(16);
    t.form_count_ = t.u32(20);
    t.records_ = k_header;
    t.pool_ = t.records_ + std::size_t{t.record_count_} * k_record;
    t.offsets_ = t.pool_ + t.pool_size_;
    t.prefixes_ = t.offsets_ + std::size_t{t.block_count_} * 4;
    t.blocks_ = t.prefixes_ + std::size_t{t.block_count_} * k_prefix;
    // The pool ends with a NUL, so every offset inside it starts a terminated string.
    if (t.blocks_ > size || t.pool_size_ == 0 || data[t.offsets_ - 1] != 0) return std::nullopt;
    // The offsets are checked here; the blocks they point to only when a lookup reads them
    // (block_head, find): reading a byte of every block would bring the whole table into
    // memory at start, where lookups bring in only the pages of the forms asked for.
    for (std::size_t b = 0; b < t.block_count_; ++b) {
        const uint32_t off = t.u32(t.offsets_ + 4 * b);
        if (t.blocks_ + off + 2 > size) return std::nullopt;
        if (b > 0 && off <= t.u32(t.offsets_ + 4 * (b - 1))) return std::nullopt;
    }
    return t;
}

std::string_view lexicon_table::pool_string(uint32_t offset) const {
    if (offset >= pool_size_) return {};
    return reinterpret_cast<const char*>(data_ + pool_ + offset);
}

std::string_view lexicon_table::block_head(std::size_t block) const {
    const std::size_t at = blocks_ + u32(offsets_ + 4 * block);
    const std::size_t len = std::min<std::size_t>(data_[at + 1], size_ - at - 2);
    return {reinterpret_cast<const char*>(data_ + at + 2), len};
}

uint64_t lexicon_table::block_prefix(std::size_t block) const {
    // (Eight bytes, read as one big-endian word.)
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v;
    std::memcpy(&v, data_ + prefixes_ + k_prefix * block, sizeof v);
    return __builtin_bswap64(v);
#else
    return prefix_number(data_ + prefixes_ + k_prefix * block, k_prefix);
#endif
}

std::optional<lexicon_table::entry> lexicon_table::find(std::string_view form) const {
    if (form.empty() || form.size() > max_form_bytes || block_count_ == 0) return std::nullopt;
    // The last block whose first form is not after `form`. Blocks whose prefix is below the
    // form's start before it, those whose prefix is above start after it: only the blocks of
    // the form's own prefix (most often none or one) are told apart by their first forms.
    const uint64_t key = prefix_number(reinterpret_cast<const unsigned char*>(form.data()), form.size());
    // The first block in [lo, hi) for which `after` holds (it holds of a block's followers).
    auto first_after = [](std::size_t lo, std::size_t hi, auto after) {
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (after(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    };
    const std::size_t same = first_after(0, block_count_, [&](std::size_t b) { return block_prefix(b) >= key; });
    const std::size_t above = first_after(same, block_count_, [&](std::size_t b) { return block_prefix(b) > key; });
    const std::size_t later = first_after(same, above, [&](std::size_t b) { return block_head(b) > form; });
    if (later == 0) return std::nullopt;
    const std::size_t lo = later - 1;
    std::size_t at = blocks_ + u32(offsets_ + 4 * lo);
    const std::size_t end = lo + 1 < block_count_ ? blocks_ + u32(offsets_ + 4 * (lo + 1)) : size_;
    char buf[max_form_bytes];
    std::size_t len = 0;
    uint32_t id = 0;
    for (std::size_t i = 0; i < forms_per_block && at + 2 <= end; ++i) {
        const std::size_t shared = data_[at], suffix = data_[at + 1];
        at += 2;
        // (A block's first form shares nothing: len is 0 there, so a block that says
        // otherwise ends the search.)
        if (shared > len || shared + suffix > max_form_bytes || at + suffix > end) break;
        std::memcpy(buf + shared, data_ + at, suffix);
        len = shared + suffix;
        at += suffix;
        uint32_t coded = 0;
        for (int shift = 0; at < end && shift < 32; shift += 7) {
            const unsigned char b = data_[at++];
            coded |= static_cast<uint32_t>(b & 0x7F) << shift;
            if ((b & 0x80) == 0) break;
        }
        // The first entry holds its record id; the others, the zigzag difference from the
        // previous one (forms of one lemma sit together, and so do their records).
        id = i == 0 ? coded : id + ((coded >> 1) ^ (0u - (coded & 1)));
        const int cmp = std::string_view(buf, len).compare(form);
        if (cmp > 0) break;
        if (cmp < 0) continue;
        if (id >= record_count_) break;
        const std::size_t r = records_ + std::size_t{id} * k_record;
        return entry{u32(r), pool_string(u32(r + 4)), pool_string(u32(r + 8))};
    }
    return std::nullopt;
}

std::string lexicon_table::build(std::vector<std::pair<std::string, lexicon::analysis>> forms) {
    std::stable_sort(forms.begin(), forms.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    forms.erase(std::unique(forms.begin(), forms.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                forms.end());
    forms.erase(std::remove_if(forms.begin(), forms.end(),
                               [](const auto& f) {
                                   return f.first.empty() || f.first.size() > max_form_bytes;
                               }),
                forms.end());

    std::string pool(1, '\0');  // offset 0: the empty string
    std::unordered_map<std::string, uint32_t> pooled{{"", 0}};
    auto intern = [&](const std::string& s) {
        auto [it, fresh] = pooled.emplace(s, static_cast<uint32_t>(pool.size()));
        if (fresh) pool.append(s).push_back('\0');
        return it->second;
    };
    std::map<std::tuple<uint32_t, uint32_t, uint32_t>, uint32_t> record_ids;
    std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> records;
    std::vector<uint32_t> form_records;
    form_records.reserve(forms.size());
    for (const auto& [form, a] : forms) {
        const auto key = std::make_tuple(a.pos, intern(a.lemma), intern(a.verb_lemma));
        auto [it, fresh] = record_ids.emplace(key, static_cast<uint32_t>(records.size()));
        if (fresh) records.push_back(key);
        form_records.push_back(it->second);
    }

    std::string blocks;
    std::vector<uint32_t> offsets;
    for (std::size_t i = 0; i < forms.size(); ++i) {
        const std::string& form = forms[i].first;
        std::size_t shared = 0;
        if (i % forms_per_block == 0) {
            offsets.push_back(static_cast<uint32_t>(blocks.size()));
        } else {
            const std::string& prev = forms[i - 1].first;
            while (shared < prev.size() && shared < form.size() && prev[shared] == form[shared]) {
                ++shared;
            }
        }
        blocks.push_back(static_cast<char>(shared));
        blocks.push_back(static_cast<char>(form.size() - shared));
        blocks.append(form, shared);
        const uint32_t id = form_records[i];
        uint32_t coded = id;
        if (i % forms_per_block != 0) {
            const auto delta = static_cast<int32_t>(id - form_records[i - 1]);
            coded = (static_cast<uint32_t>(delta) << 1) ^ static_cast<uint32_t>(delta >> 31);
        }
        for (;; coded >>= 7) {
            blocks.push_back(static_cast<char>((coded & 0x7F) | (coded >= 0x80 ? 0x80 : 0)));
            if (coded < 0x80) break;
        }
    }

    std::string out(k_magic, sizeof k_magic);
    put_u32(out, static_cast<uint32_t>(records.size()));
    put_u32(out, static_cast<uint32_t>(pool.size()));
    put_u32(out, static_cast<uint32_t>(offsets.size()));
    put_u32(out, static_cast<uint32_t>(forms.size()));
    for (const auto& [pos, lemma, verb_lemma] : records) {
        put_u32(out, pos);
        put_u32(out, lemma);
        put_u32(out, verb_lemma);
    }
    out += pool;
    for (uint32_t off : offsets) put_u32(out, off);
    for (std::size_t b = 0; b < offsets.size(); ++b) {
        const std::string& head = forms[b * forms_per_block].first;
        std::string prefix = head.substr(0, std::min(head.size(), k_prefix));
        prefix.resize(k_prefix, '\0');
        out += prefix;
    }
    out += blocks;
    return out;
}

}  // namespace precis::grammar
