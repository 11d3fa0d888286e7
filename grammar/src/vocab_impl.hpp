// The vocabulary's storage: one X3 symbol table per term class (matched on the text) and an
// exact map per class (looked up by lemma or form outside the grammar).
#pragma once

#include <array>
#include <atomic>
#include <boost/spirit/home/x3/string/symbols.hpp>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "short_hash.hpp"
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
    std::size_t count = 0;
};

}  // namespace precis::grammar
