// Per-thread parse state (scratch::impl) and the text preparation step.
#pragma once

#include <unicode/edits.h>

#include <string>
#include <string_view>
#include <vector>

#include "precis/grammar/parser.hpp"
#include "clauses.hpp"
#include "segment.hpp"
#include "x3/ast.hpp"
#include "x3/state.hpp"

namespace precis::grammar {

struct scratch::impl {
    icu::Edits edits;     // reused across calls: NFC changes of the current text
    std::string cleaned;  // BOM and CR removed, before NFC
    std::vector<uint32_t> cleaned_to_input;
    std::vector<raw_sentence> raws;
    verb_lemma_list verb_lemmas;
    ast::element_list elements;
    parser::sentence_state sentence;  // the grammar's per-sentence tables, reused
    clause_tables clauses;            // the clause builder's, reused
    // Sentences a document parsed into again had beyond the text's, kept with their vectors'
    // capacity for the next longer text: at most k_spare_sentences, none with room for more
    // than k_spare_tokens tokens (the memory kept stays small).
    std::vector<grammar::sentence> spare_sentences;
    static constexpr std::size_t k_spare_sentences = 32;
    static constexpr std::size_t k_spare_tokens = 256;
};

// Validates UTF-8, strips a BOM, turns CRLF and CR into LF and NFC-normalises. `to_source` is
// left empty when the text equals the input, else it maps each text byte (and the end) to the
// input. Returns false with `err` set on invalid UTF-8.
bool prepare_text(std::string_view input, scratch::impl& work, std::string& text,
                  std::vector<uint32_t>& to_source, parse_error& err);

}  // namespace precis::grammar
