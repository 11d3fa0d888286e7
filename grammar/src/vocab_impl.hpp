// The vocabulary's storage: one X3 symbol table per term class (matched on the text) and an
// exact map per class (looked up by lemma or form outside the grammar).
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/spirit/home/x3/string/symbols.hpp>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "precis/grammar/short_hash.hpp"
#include "vocab_lookup.hpp"

namespace precis::grammar {

struct vocabulary::impl {
    // Never reused, unlike an address: per-thread caches of facts about a vocabulary's words
    // (see form_cache.cpp) tell a later vocabulary from a destroyed one by it.
    static inline std::atomic<uint64_t> next_id{1};
    const uint64_t id = next_id.fetch_add(1);
    // Keys are UTF-8 bytes; the value is an index into `payloads`.
    using table =
        boost::spirit::x3::symbols_parser<boost::spirit::char_encoding::standard, uint32_t>;
    std::array<table, term_class_count> tables;
    // Keyed by views into `keys`, like the two maps below.
    using word_map = std::unordered_map<std::string_view, uint32_t, short_key_hash>;
    std::array<word_map, term_class_count> exact;
    std::vector<std::string> payloads;
    std::vector<std::string> abbreviations;  // both first-letter cases, for the segmenter
    std::unordered_set<std::string> abbreviation_stems;  // letters right before a stop
    // First word of every phrase (lower-case first letter) -> bit per term class: tells the
    // grammar which classes may start at a token without walking every symbol table. Keyed by
    // views into `keys` so that a token's text is looked up without building a string.
    word_map first_words;
    // Whole phrase (lower-case first letter) -> bit per term class it belongs to.
    word_map phrase_classes;
    std::deque<std::string> keys;  // storage of the maps' keys; a deque never moves them

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
