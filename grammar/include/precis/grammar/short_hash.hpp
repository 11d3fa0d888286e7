// A hash for the short keys of the per-thread caches (word forms): a few loads and multiplies
// per word instead of one round per byte. Only the caches' slot choice depends on it; their
// keys are always compared in full.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace precis::grammar {

inline uint64_t short_hash(std::string_view s) {
    constexpr uint64_t k0 = 0x9E3779B97F4A7C15ull;
    constexpr uint64_t k1 = 0xFF51AFD7ED558CCDull;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t n = s.size();
    uint64_t h = k0 ^ n;
    auto mix = [&](uint64_t w) {
        h = (h ^ w) * k1;
        h ^= h >> 32;
    };
    if (n >= 8) {
        // Whole words, then the last eight bytes (overlapping the previous word).
        for (; n > 8; p += 8, n -= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            mix(w);
        }
        uint64_t w;
        std::memcpy(&w, p + n - 8, 8);
        mix(w);
    } else if (n >= 4) {
        uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        mix((uint64_t{a} << 32) | b);
    } else if (n > 0) {
        mix((uint64_t{p[0]} << 16) | (uint64_t{p[n / 2]} << 8) | p[n - 1]);
    }
    h *= k0;
    return h ^ (h >> 29);
}

// A cheaper hash for a cache slot: from the length and the first and last eight bytes (or
// four, or three) only, a few multiplies whatever the length. The texts of one document (its
// names, its verbs' lemmas) differ there nearly always; a clash costs a comparison more.
inline uint64_t ends_hash(std::string_view s) {
    const std::size_t n = s.size();
    const char* const p = s.data();
    uint64_t a = 0, b = 0;
    if (n >= 8) {
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
    } else if (n >= 4) {
        uint32_t x, y;
        std::memcpy(&x, p, 4);
        std::memcpy(&y, p + n - 4, 4);
        a = x;
        b = y;
    } else if (n > 0) {
        const auto* u = reinterpret_cast<const unsigned char*>(p);
        a = u[0] | (uint64_t{u[n / 2]} << 8) | (uint64_t{u[n - 1]} << 16);
    }
    uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xFF51AFD7ED558CCDull) ^ n;
    return h ^ (h >> 32);
}

// short_hash as a hasher for the vocabulary's maps keyed by word or phrase.
struct short_key_hash {
    std::size_t operator()(std::string_view s) const {
        return static_cast<std::size_t>(short_hash(s));
    }
};

}  // namespace precis::grammar
