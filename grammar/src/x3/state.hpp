// Run-time data the grammar reads through its context: the vocabulary's symbol tables, the
// sentence's tokens (for part of speech), and the elements recognised so far.
#pragma once

#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "form_cache.hpp"
#include "segment.hpp"
#include "vocab_impl.hpp"
#include "x3/ast.hpp"

namespace precis::grammar::parser {

struct state_tag;

struct sentence_state {
    const char* text = nullptr;  // document text; iterators point into it
    const vocabulary::impl* vocab = nullptr;
    const std::vector<token>* tokens = nullptr;
    std::size_t token_count = 0;  // tokens->size(), kept: the token tests bound every index by it
    const verb_lemma_list* verb_lemmas = nullptr;
    uint32_t begin = 0;                 // sentence start offset
    std::vector<int32_t> token_at;      // offset - begin -> token starting there, or -1
    std::vector<int32_t> token_ending;  // offset - begin -> token ending there, or -1
    // The same, as the token tests read them at every step: no vector to reach through.
    const char* start = nullptr;        // text + begin
    std::size_t table_size = 0;         // entries of token_at and token_ending in use
    const int32_t* starting_at = nullptr;
    const int32_t* ending_at = nullptr;
    const token* token_data = nullptr;  // tokens->data()
    bool tokens_inside = true;          // every token lies within the tables (read_elements)
    ast::element_list* elements = nullptr;  // read_elements' output, filled as they are read
    std::array<ast::capture, ast::slot_count> current{};
    uint32_t current_set = 0;              // bit per slot of `current` that holds a capture
    std::vector<form_facts> facts;         // per token, filled by tokenize
    // The element starts (element_starts) of the token that ended element_choice's last run
    // of plain tokens, held for the call that reads that token next (-1: none held). The
    // grammar reaches tokens in order: no other token's starts are asked twice.
    int32_t held_starts_token = -1;
    uint32_t held_starts = 0;
    // Per token: is_finite's answer (-1 until asked). The verb-group alternatives ask it of the
    // same token up to three times (finite auxiliary, modal, finite verb), and backtracking
    // asks again; the answer depends on the sentence only.
    int8_t* finite_memo = nullptr;
    // Per token: adverbial_run's answer (-1 until asked), for the same reason.
    int8_t* adverbial_memo = nullptr;
    // Per token: is_name_word's answer (-1 until asked), for the same reason.
    int8_t* name_memo = nullptr;
    // The storage of the three, one after the other: filled for a sentence at once.
    std::vector<int8_t> memos;
    // The element kinds a short form with phrase classes may start (form_starts_at, read on
    // the text), by the four bytes from its start and its length: "le", "la", "de" come back
    // before the same few words. Kept from sentence to sentence for one vocabulary (its id
    // and size).
    struct short_start {
        uint32_t window = 0;
        uint32_t starts = 0;
        uint8_t length = 0;  // 0: empty
    };
    // Enough slots for the short forms' windows of a few articles: with 512, one look-up in
    // six missed.
    static constexpr unsigned short_start_bits = 11;
    static constexpr std::size_t short_start_slots = std::size_t{1} << short_start_bits;
    mutable std::array<short_start, short_start_slots> short_starts{};
    short_start& short_slot(uint32_t window, uint8_t length) const {
        return short_starts[((window ^ length) * 0x9E3779B1u) >> (32 - short_start_bits)];
    }
    uint64_t short_starts_vocab = 0;  // emptied by read_elements for another vocabulary
    std::size_t short_starts_size = 0;

    ast::capture& capture(ast::slot slot) {
        current_set |= 1u << slot;
        return current[slot];
    }
    // Clears the slots set since the last reset (cheaper than clearing all of them).
    void reset_captures() {
        for (uint32_t bits = current_set; bits != 0; bits &= bits - 1) {
            current[static_cast<std::size_t>(__builtin_ctz(bits))] = ast::capture{};
        }
        current_set = 0;
    }

    int32_t starting(const char* it) const {
        const auto off = static_cast<std::size_t>(it - start);
        return off < table_size ? starting_at[off] : -1;
    }
    // The token starting at `it`, else the one after the token ending there (`it` moves to
    // its start); -1 when neither: between two tokens of a sentence lies only white space
    // (the tokenizer and the skipper both go by space_length), so from a token's end the next
    // token's start is known without reading the bytes.
    [[gnu::always_inline]] int32_t token_from_tables(const char*& it) const {
        const auto off = static_cast<std::size_t>(it - start);
        if (off >= table_size) return -1;
        const int32_t at = starting_at[off];
        if (at >= 0) return at;
        const int32_t before = ending_at[off];
        if (before >= 0 && static_cast<std::size_t>(before) + 1 < token_count) {
            it = text + token_data[static_cast<std::size_t>(before) + 1].where.begin;
            return before + 1;
        }
        return -1;
    }
    bool ends_token(const char* it) const {
        const auto off = static_cast<std::size_t>(it - start);
        return off < table_size && ending_at[off] >= 0;
    }
    uint32_t offset(const char* it) const { return static_cast<uint32_t>(it - text); }
};

}  // namespace precis::grammar::parser
