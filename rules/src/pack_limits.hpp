// Bounds on what a pack may hold: packs come from editors, and a typo must not exhaust memory.
#pragma once

#include <cstddef>

namespace precis::rules::limits {
inline constexpr std::size_t max_files = 256;
inline constexpr std::size_t max_depth = 4;
inline constexpr std::size_t max_file_bytes = 4u << 20;
inline constexpr std::size_t max_pack_bytes = 16u << 20;
inline constexpr std::size_t max_terms_per_file = 50000;
inline constexpr std::size_t max_phrase_bytes = 256;
inline constexpr std::size_t max_countries = 30000;  // (the word index numbers them in 16 bits)
}  // namespace precis::rules::limits
