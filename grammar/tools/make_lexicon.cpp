// precis-make-lexicon [--known INDEX] AFF DIC OUT CANDIDATES...
//
// Asks hunspell for the analysis of every candidate form (one per line: hunspell's `unmunch`
// expansion of the dictionary, a word list) and writes the forms it accepts, with what precis
// keeps of their analyses, as a compiled lexicon table (see lexicon_table.hpp). Candidates
// hunspell rejects are dropped, so a loose candidate list costs time, never wrong entries.
//
// INDEX, a dictd index of French headwords (FreeDict's French-English one), tells which verb a
// form several verbs share stands for: the one the dictionary knows (see read_analyses).
#include <hunspell/hunspell.hxx>

#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "hunspell_reading.hpp"
#include "lexicon_table.hpp"

int main(int argc, char** argv) {
    using namespace precis::grammar;
    std::unordered_set<std::string> known;
    int first = 1;  // the first positional argument
    if (argc > 2 && std::string_view(argv[1]) == "--known") {
        std::ifstream in(argv[2], std::ios::binary);
        if (!in) {
            std::cerr << "precis-make-lexicon: cannot read " << argv[2] << "\n";
            return 1;
        }
        // "headword<TAB>offset<TAB>length"; the dictd entries of its own start with "00".
        for (std::string line; std::getline(in, line);) {
            line.resize(std::min(line.size(), line.find('\t')));
            if (!line.empty() && line.rfind("00database", 0) != 0) known.insert(std::move(line));
        }
        first = 3;
    }
    if (argc - first < 4) {
        std::cerr << "usage: precis-make-lexicon [--known INDEX] AFF DIC OUT CANDIDATES...\n";
        return 2;
    }
    const char* const aff = argv[first];
    const char* const dic = argv[first + 1];
    const std::string out = argv[first + 2], tmp = out + ".tmp";
    std::unordered_set<std::string> candidates;
    for (int i = first + 3; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::cerr << "precis-make-lexicon: cannot read " << argv[i] << "\n";
            return 1;
        }
        // unmunch writes "form/flags morphology"; a word list writes one form per line.
        for (std::string line; std::getline(in, line);) {
            line.resize(std::min(line.size(), line.find_first_of("/ \t\r")));
            if (!line.empty()) candidates.insert(std::move(line));
        }
    }
    Hunspell speller(aff, dic);
    known_lemma is_known;
    if (!known.empty()) {
        is_known = [&known](std::string_view lemma) { return known.count(std::string(lemma)) != 0; };
    }
    std::vector<std::pair<std::string, lexicon::analysis>> forms;
    for (const std::string& form : candidates) {
        const std::vector<std::string> readings = speller.analyze(form);
        if (!readings.empty()) forms.emplace_back(form, read_analyses(readings, is_known));
    }
    // A dictionary that was not found gives an empty speller: refuse to build on nothing.
    if (forms.size() < 10000) {
        std::cerr << "precis-make-lexicon: only " << forms.size() << " of " << candidates.size()
                  << " candidates accepted; is " << dic << " the French dictionary?\n";
        return 1;
    }
    const std::string table = lexicon_table::build(std::move(forms));
    {
        std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
        file.write(table.data(), static_cast<std::streamsize>(table.size()));
        if (!file) {
            std::cerr << "precis-make-lexicon: cannot write " << tmp << "\n";
            return 1;
        }
    }
    std::filesystem::rename(tmp, out);
    std::cout << "precis-make-lexicon: " << candidates.size() << " candidates, "
              << lexicon_table::open(reinterpret_cast<const unsigned char*>(table.data()),
                                     table.size())
                     ->size()
              << " forms, " << table.size() / 1024 << " KiB\n";
    return 0;
}
