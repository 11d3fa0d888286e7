// The vocabulary's storage: one table of keys per term class (matched on the text as X3 symbols
// are) and an exact map per class (looked up by lemma or form outside the grammar).
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/spirit/home/x3/support/unused.hpp>  // what callers pass parse() for its context
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "precis/grammar/prefault.hpp"
#include "precis/grammar/short_hash.hpp"
#include "vocab_lookup.hpp"

namespace precis::grammar {

// The keys of one term class, matched as X3's symbol table matches them (the longest key the
// text starts with, compared byte by byte; of a key added twice the first value stays) and
// called the same way. The same ternary search tree, but its nodes in one array with 32-bit
// links: X3 allocates each node (48 bytes with malloc's header) and each key's value apart
// (32 more), which made the tables the largest part of a vocabulary, held twice while a
// reload builds the new pack beside the old one.
// Room in `v` for `more` items beyond its size, at least doubled when it grows: room asked
// for part by part (a pack's files) is not made again at each part.
template <typename T>
void reserve_more_of(std::vector<T>& v, std::size_t more) {
    if (v.size() + more > v.capacity()) v.reserve(std::max(v.size() + more, 2 * v.capacity()));
}

class key_table final {
  public:
    void add(std::string_view key, uint32_t value) {
        if (key.empty()) return;
        // The link followed, as its node and which of its links (node 0: the root): an
        // address into the array would not survive its growing.
        uint32_t from = 0;
        uint32_t node::*which = nullptr;
        uint32_t at = root_;
        for (std::size_t i = 0;;) {
            const char c = key[i];
            if (at == 0) {
                at = static_cast<uint32_t>(nodes_.size());
                nodes_.push_back(node{c});
                (from == 0 ? root_ : nodes_[from].*which) = at;
            }
            node& n = nodes_[at];
            from = at;
            if (c == n.c) {
                if (i == 0) first_[static_cast<unsigned char>(c)] = at;
                if (++i == key.size()) {
                    if (n.value == 0) n.value = value + 1;
                    return;
                }
                which = &node::eq;
            } else {
                which = c < n.c ? &node::lt : &node::gt;
            }
            at = n.*which;
        }
    }
    // Whether some key starts with the byte `c` (parse() fails at once otherwise).
    bool has_first(char c) const { return first_[static_cast<unsigned char>(c)] != 0; }
    // Whether a key may start with the `n` bytes at `p`: some key ends within them or goes on
    // from all of them (every node lies on a key).
    bool may_start_with(const char* p, std::size_t n) const {
        if (n == 0) return false;
        uint32_t at = first_[static_cast<unsigned char>(p[0])];
        for (std::size_t i = 0; at != 0;) {
            const node& node_at = nodes_[at];
            if (p[i] == node_at.c) {
                if (node_at.value != 0 || ++i == n) return true;
                at = node_at.eq;
            } else {
                at = p[i] < node_at.c ? node_at.lt : node_at.gt;
            }
        }
        return false;
    }

    // The array sized to its nodes, once every key is added.
    // (Both write their room whole, or nearly: its pages are made present first.)
    void shrink_to_fit() {
        if (nodes_.capacity() == nodes_.size()) return;
        std::vector<node> exact;
        exact.reserve(nodes_.size());
        prefault_room(exact);
        exact.assign(nodes_.begin(), nodes_.end());
        nodes_.swap(exact);
    }
    void reserve_more(std::size_t nodes) {
        reserve_more_of(nodes_, nodes);
        prefault_room(nodes_);
    }

    // X3's parser interface: on a match, `first` moves past the longest key and `value` is
    // its value.
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&,
               Attribute& value) const {
        if (first == last) return false;
        const node* const nodes = nodes_.data();
        // The first byte's node at once, where the search tree's top would take a few steps.
        uint32_t at = first_[static_cast<unsigned char>(*first)];
        Iterator i = first;
        Iterator latest = first;
        uint32_t found = 0;
        // (Only a match moves on in the text: the end is tested there.)
        while (at != 0) {
            const node& n = nodes[at];
            const char c = *i;
            if (c != n.c) {
                at = c < n.c ? n.lt : n.gt;
                continue;
            }
            if (n.value != 0) {
                found = n.value;
                latest = i;
            }
            at = n.eq;
            if (++i == last) break;
        }
        if (found == 0) return false;
        first = ++latest;
        value = found - 1;
        return true;
    }

  private:
    struct node {
        char c = 0;
        uint32_t lt = 0, eq = 0, gt = 0;  // node index; 0: none
        uint32_t value = 0;               // value + 1; 0: no key ends here
    };
    std::vector<node> nodes_ = std::vector<node>(1);  // (node 0 stands for none)
    uint32_t root_ = 0;
    // The node of each byte that starts a key (0: none), in the tree's top level.
    std::array<uint32_t, 256> first_{};
};

// The bytes of the vocabulary's map keys, in blocks that never move (the maps hold views of
// them): a std::string per key, most of them a few bytes, took 32 bytes and often a block of
// its own.
class key_bytes final {
  public:
    std::string_view store(std::string_view key) {
        if (key.empty()) return {};
        if (key.size() > block_size - used_) {
            // (A key longer than a block has one of its own.) The block is owned before the
            // list grows: a failed growth must not lose it.
            std::unique_ptr<char[]> block(new char[std::max(key.size(), block_size)]);
            blocks_.push_back(std::move(block));
            used_ = key.size() > block_size ? block_size : 0;
            if (key.size() > block_size) {
                std::memcpy(blocks_.back().get(), key.data(), key.size());
                return std::string_view(blocks_.back().get(), key.size());
            }
        }
        char* const at = blocks_.back().get() + used_;
        std::memcpy(at, key.data(), key.size());
        used_ += key.size();
        return std::string_view(at, key.size());
    }

  private:
    static constexpr std::size_t block_size = 4096;
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t used_ = block_size;  // in the last block
};

struct vocabulary::impl {
    // Never reused, unlike an address: per-thread caches of facts about a vocabulary's words
    // (see form_cache.cpp) tell a later vocabulary from a destroyed one by it.
    static inline std::atomic<uint64_t> next_id{1};
    const uint64_t id = next_id.fetch_add(1);
    // Keys are UTF-8 bytes; the value is an index into `payloads`.
    using table = key_table;
    std::array<table, term_class_count> tables;
    // Keyed by views into `keys`, like the two maps below.
    using word_map = std::unordered_map<std::string_view, uint32_t, short_key_hash>;
    std::array<word_map, term_class_count> exact;
    std::vector<std::string> payloads;
    std::vector<std::string> abbreviations;  // both first-letter cases, for the segmenter
    std::unordered_set<std::string> abbreviation_stems;  // letters right before a stop
    std::size_t longest_abbreviation_stem = 0;  // in bytes: longer letters are no stem
    // First word of every phrase (lower-case first letter) -> bit per term class: tells the
    // grammar which classes may start at a token without walking every symbol table. Keyed by
    // views into `keys` so that a token's text is looked up without building a string.
    word_map first_words;
    // Whole phrase (lower-case first letter) -> bit per term class it belongs to.
    word_map phrase_classes;
    key_bytes keys;  // storage of the maps' keys, each stored once
    // The stored copy of `key`, stored now if no map has it yet.
    std::string_view intern(std::string_view key) {
        if (auto it = phrase_classes.find(key); it != phrase_classes.end()) return it->first;
        if (auto it = first_words.find(key); it != first_words.end()) return it->first;
        return keys.store(key);
    }

    // The first bytes of every key of every table, as bits of one filter: a key of a class can
    // match at a text position only if the bits for that class and the bytes there are set
    // (its first four bytes, or all of a shorter key). Most positions fail this test without
    // walking the table; the few false passes only cost the walk.
    static constexpr unsigned key_start_bits = 16;
    std::vector<uint64_t> key_starts = std::vector<uint64_t>((1u << key_start_bits) / 64);
    std::array<uint8_t, term_class_count> short_key_lengths{};  // bit per length 1..3 in use
    static std::size_t key_start_index(std::size_t cls, std::size_t length, uint32_t bytes) {
        const uint64_t h = (uint64_t{bytes} | (uint64_t{length} << 32) | (uint64_t{cls} << 40)) *
                           0x9E3779B97F4A7C15ull;
        return static_cast<std::size_t>(h >> (64 - key_start_bits));
    }
    void add_key_start(std::size_t cls, std::string_view key) {
        const std::size_t length = std::min<std::size_t>(key.size(), 4);
        uint32_t bytes = 0;
        std::memcpy(&bytes, key.data(), length);
        if (length < 4) short_key_lengths[cls] |= static_cast<uint8_t>(1u << length);
        const std::size_t at = key_start_index(cls, length, bytes);
        key_starts[at / 64] |= uint64_t{1} << (at % 64);
        const std::size_t long_length = std::min<std::size_t>(key.size(), 8);
        uint64_t long_bytes = 0;
        std::memcpy(&long_bytes, key.data(), long_length);
        if (long_length < 8) prefix_lengths[cls] |= static_cast<uint8_t>(1u << long_length);
        const std::size_t long_at = key_prefix_index(cls, long_length, long_bytes);
        key_prefixes[long_at / 64] |= uint64_t{1} << (long_at % 64);
    }

    // The first eight bytes of every key (all of a shorter one), as a second filter of the
    // same kind. The marker classes' keys are phrases whose first word is a common one ("pour
    // que", "alors que", "de façon à"): the four bytes let most of its tokens through ("pour
    // la"), the eight stop them. Asked by the grammar's term_parser for those classes only (a
    // class with keys of many lengths under eight would pay a test per length), after
    // may_start_key.
    static constexpr unsigned key_prefix_bits = 14;
    std::vector<uint64_t> key_prefixes = std::vector<uint64_t>((1u << key_prefix_bits) / 64);
    std::array<uint8_t, term_class_count> prefix_lengths{};  // bit per length 1..7 in use
    static std::size_t key_prefix_index(std::size_t cls, std::size_t length, uint64_t bytes) {
        const uint64_t h = (bytes ^ ((uint64_t{length} << 8 | cls) * 0xC2B2AE3D27D4EB4Full)) *
                           0x9E3779B97F4A7C15ull;
        return static_cast<std::size_t>(h >> (64 - key_prefix_bits));
    }
    // Whether a key of class `cls` may start at `p` (and end by `last`), by its first eight
    // bytes; true where fewer than eight are left.
    bool may_start_long_key(std::size_t cls, const char* p, const char* last) const {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (last - p < 8) return true;
        uint64_t window;
        std::memcpy(&window, p, sizeof window);
        auto has = [&](std::size_t length, uint64_t bytes) {
            const std::size_t at = key_prefix_index(cls, length, bytes);
            return ((key_prefixes[at / 64] >> (at % 64)) & 1u) != 0;
        };
        if (has(8, window)) return true;
        for (unsigned lengths = prefix_lengths[cls]; lengths != 0; lengths &= lengths - 1) {
            const auto length = static_cast<std::size_t>(__builtin_ctz(lengths));
            if (has(length, window & ((uint64_t{1} << (8 * length)) - 1))) return true;
        }
        return false;
#else
        return true;
#endif
    }
    // Whether a key of class `cls` may start at `p` (and end by `last`).
    bool may_start_key(std::size_t cls, const char* p, const char* last) const {
        const auto available = static_cast<std::size_t>(last - p);
        auto has = [&](std::size_t length, uint32_t bytes) {
            const std::size_t at = key_start_index(cls, length, bytes);
            return ((key_starts[at / 64] >> (at % 64)) & 1u) != 0;
        };
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        // Four bytes read once: a shorter key's bytes are their low ones.
        if (available >= 4) {
            uint32_t window;
            std::memcpy(&window, p, sizeof window);
            if (has(4, window)) return true;
            for (unsigned lengths = short_key_lengths[cls]; lengths != 0; lengths &= lengths - 1) {
                const auto length = static_cast<std::size_t>(__builtin_ctz(lengths));
                if (has(length, window & ((uint32_t{1} << (8 * length)) - 1))) return true;
            }
            return false;
        }
#endif
        auto has_bytes = [&](std::size_t length) {
            uint32_t bytes = 0;
            std::memcpy(&bytes, p, length);
            return has(length, bytes);
        };
        if (available >= 4 && has_bytes(4)) return true;
        for (unsigned lengths = short_key_lengths[cls]; lengths != 0; lengths &= lengths - 1) {
            const auto length = static_cast<std::size_t>(__builtin_ctz(lengths));
            if (length <= available && has_bytes(length)) return true;
        }
        return false;
    }
    std::size_t count = 0;
};

}  // namespace precis::grammar
