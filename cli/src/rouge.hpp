// ROUGE F1 and the Lead-1 baselines, computed exactly as /work/shared/tools/score.py computes
// them, so that `precis eval` and the shared scorer print the same figures.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis::cli::scoring {

// score.py's toks(): NFC, lower case, then runs of Unicode letters and digits (Python's
// [^\W_]+: letters, and every character with a numeric value, such as "²").
std::vector<std::string> tokens(std::string_view text);

struct rouge_f1 {
    double r1 = 0.0, r2 = 0.0, rl = 0.0;  // F1 of ROUGE-1, ROUGE-2 and ROUGE-L, in [0, 1]
};
rouge_f1 rouge(const std::vector<std::string>& candidate,
               const std::vector<std::string>& reference);
rouge_f1 rouge(std::string_view candidate, std::string_view reference);

// The first sentence of the first line (score.py's lead1 and its sentence splitter).
std::string lead1(std::string_view text);
// The first n whitespace-separated words, joined by single spaces (score.py's cut).
std::string first_words(std::string_view text, std::size_t n);
// Lead-1 without a leading dateline ("22 mai 2012. - "), cut to n words (score.py's lead1_clean).
std::string lead1_clean(std::string_view text, std::size_t n = 14);
// "Lieu : titre" -> "titre", the Wikinews house style (score.py's strip_place_prefix).
std::string strip_place_prefix(std::string_view title);

}  // namespace precis::cli::scoring
