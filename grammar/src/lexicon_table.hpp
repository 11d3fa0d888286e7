// A compiled French lexicon: every form hunspell-fr accepts, with what precis keeps of its
// analyses, written once at build time by precis-make-lexicon and read in place at run time.
//
// Why: building hunspell's dictionary costs some 25 ms and 14 MB in every process that loads
// the library, and analysing a form costs it about 12 µs; a lookup here costs a binary search
// over data that is part of the library file, shared between processes and paged in on use.
//
// Layout (little-endian; strings are UTF-8, NUL-terminated in the pool):
//   "PRLEX02\0", u32 record_count, u32 pool_size, u32 block_count, u32 form_count,
//   records[record_count] {u32 pos, u32 lemma, u32 verb_lemma}   (pool offsets),
//   pool[pool_size], u32 block_offsets[block_count], u8 block_prefixes[block_count][8],
//   blocks.
// Forms are sorted bytewise and front-coded in blocks of `forms_per_block`: each entry is
// u8 shared-prefix length, u8 suffix length, the suffix, then its record id as LEB128: whole
// in a block's first entry, else as the zigzag difference from the previous entry's id
// (records are numbered in form order, so a lemma's forms differ by little). The first entry
// of a block shares nothing, so a block can be decoded on its own. A block's prefix is the
// first eight bytes of its first form, zero-padded: a lookup's binary search runs over them,
// 8 bytes a block side by side, and reads a block's first form only among blocks whose prefix
// is the form's (the first forms lie each in its block, a page apart: the search touched
// a dozen pages of a cold table for each new word).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/grammar/parser.hpp"

namespace precis::grammar {

class lexicon_table final {
public:
    static constexpr std::size_t forms_per_block = 16;
    static constexpr std::size_t max_form_bytes = 255;

    struct entry {
        uint32_t pos = pos_unknown;
        std::string_view lemma;
        std::string_view verb_lemma;
    };

    // Checks the header and that every offset stays inside `size` bytes; nullopt otherwise.
    static std::optional<lexicon_table> open(const unsigned char* data, std::size_t size);

    // The entry of exactly this form, if the table holds it.
    std::optional<entry> find(std::string_view form) const;
    std::size_t size() const { return form_count_; }

    // Writes a table for `forms` (any order, duplicates keep their first analysis; forms over
    // max_form_bytes are left out).
    static std::string build(std::vector<std::pair<std::string, lexicon::analysis>> forms);

private:
    lexicon_table() = default;
    uint32_t u32(std::size_t at) const;
    std::string_view pool_string(uint32_t offset) const;
    std::string_view block_head(std::size_t block) const;
    uint64_t block_prefix(std::size_t block) const;

    const unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t records_ = 0, pool_ = 0, offsets_ = 0, prefixes_ = 0, blocks_ = 0;
    uint32_t record_count_ = 0, pool_size_ = 0, block_count_ = 0, form_count_ = 0;
};

}  // namespace precis::grammar
