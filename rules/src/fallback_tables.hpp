// The installed dictionaries the English fallback reads: FreeDict's French-English dictionary
// (dict-freedict-fra-eng) and Debian's American English word list (wamerican). Both are made
// into tables at build time when the build machine has the files
// (rules/tools/make_fallback_tables.cpp), and the library carries them read-only; a build
// without them reads the installed files on first use instead.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pack_model.hpp"

namespace precis::rules {

// Both tables in one block of bytes; the tables only look into it. Made from the installed
// files (from_installed_files) or carried by the library.
class fallback_tables final {
public:
    // The library's tables: the ones made at build time, else the installed files read once.
    static const fallback_tables& get();
    // Reads both dictionaries at their installed paths into the tables' bytes; a missing file
    // gives an empty table.
    static std::string from_installed_files();
    // Opens bytes made by from_installed_files(); bytes that do not read whole give two
    // empty tables.
    explicit fallback_tables(std::string_view bytes);

    struct translation {
        std::string_view en;  // "" when the dictionary has no entry
        word_class pos = word_class::other;
    };
    // FreeDict's first translation of the folded word `key`.
    translation freedict(std::string_view key) const;
    // True when the word list holds `lowered` (lower case). An empty list holds nothing.
    bool english_word(std::string_view lowered) const;
    bool has_english_words() const { return slot_count_ != 0; }

private:
    // The index-th of the 32-bit numbers from `base`, which need not be aligned.
    uint32_t u32_at(const char* base, std::size_t index) const;

    // FreeDict: records "key\0english\0" and a class byte, sorted by key, found by offsets.
    const char* entry_offsets_ = nullptr;
    std::size_t entry_count_ = 0;
    std::string_view entries_;
    // The word list: its lines, lower-cased, with an open-addressing index of line offsets + 1.
    const char* slots_ = nullptr;
    std::size_t slot_count_ = 0;  // a power of two, or 0
    std::string_view words_;
};

}  // namespace precis::rules
