// Looking up pack vocabulary without pulling in Spirit X3.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "precis/grammar/parser.hpp"

namespace precis::grammar {

// (The last class closes the enum: term_class::rare_verb.)
inline constexpr std::size_t term_class_count = static_cast<std::size_t>(term_class::rare_verb) + 1;

// The payload of `phrase` in class `cls` (first letter compared case-insensitively), or null.
const std::string* find_term(const vocabulary& vocab, term_class cls, std::string_view phrase);

// Bit per term class holding `phrase` (first letter compared case-insensitively): find_term
// finds it in exactly these classes. One look-up instead of one per class asked about.
uint32_t term_classes(const vocabulary& vocab, std::string_view phrase);

// Abbreviations with an inner or final stop ("M.", "av. J.-C."), in both first-letter cases.
const std::vector<std::string>& abbreviations(const vocabulary& vocab);
// Whether some abbreviation has `letters` right before one of its stops ("M" in "M.").
bool abbreviation_stem(const vocabulary& vocab, std::string_view letters);

// The text with its first letter in lower case ("Belgique" -> "belgique"); UTF-8 aware.
std::string lower_first(std::string_view text);
std::string upper_first(std::string_view text);
// lower_first without building a string when it can: the folded text is `text` itself, or
// written into `buffer` (ASCII first letter), or into `storage` (any other first letter).
inline std::string_view fold_first(std::string_view text, char (&buffer)[64],
                                   std::string& storage) {
    if (text.empty()) return text;
    const auto lead = static_cast<unsigned char>(text[0]);
    if (lead < 0x80 && !(lead >= 'A' && lead <= 'Z')) return text;
    if (lead < 0x80 && text.size() <= sizeof buffer) {
        text.copy(buffer, text.size());
        buffer[0] = static_cast<char>(lead - 'A' + 'a');
        return std::string_view(buffer, text.size());
    }
    storage = lower_first(text);
    return storage;
}

// The whole text in lower case.
std::string lower_all(std::string_view text);

}  // namespace precis::grammar

namespace precis::grammar {
// The payload string of a vocabulary entry id (as captured by the grammar); "" for -1.
const std::string& payload_of(const vocabulary& vocab, int32_t id);
}  // namespace precis::grammar
