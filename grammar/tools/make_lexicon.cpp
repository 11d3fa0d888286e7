// precis-make-lexicon AFF DIC OUT CANDIDATES...
//
// Asks hunspell for the analysis of every candidate form (one per line: hunspell's `unmunch`
// expansion of the dictionary, a word list) and writes the forms it accepts, with what precis
// keeps of their analyses, as a compiled lexicon table (see lexicon_table.hpp). Candidates
// hunspell rejects are dropped, so a loose candidate list costs time, never wrong entries.
#include <hunspell/hunspell.hxx>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "hunspell_reading.hpp"
#include "lexicon_table.hpp"

int main(int argc, char** argv) {
    using namespace precis::grammar;
    if (argc < 5) {
        std::cerr << "usage: precis-make-lexicon AFF DIC OUT CANDIDATES...\n";
        return 2;
    }
    std::unordered_set<std::string> candidates;
    for (int i = 4; i < argc; ++i) {
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
    Hunspell speller(argv[1], argv[2]);
    std::vector<std::pair<std::string, lexicon::analysis>> forms;
    for (const std::string& form : candidates) {
        const std::vector<std::string> readings = speller.analyze(form);
        if (!readings.empty()) forms.emplace_back(form, read_analyses(readings));
    }
    // A dictionary that was not found gives an empty speller: refuse to build on nothing.
    if (forms.size() < 10000) {
        std::cerr << "precis-make-lexicon: only " << forms.size() << " of " << candidates.size()
                  << " candidates accepted; is " << argv[2] << " the French dictionary?\n";
        return 1;
    }
    const std::string table = lexicon_table::build(std::move(forms));
    const std::string out = argv[3], tmp = out + ".tmp";
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
