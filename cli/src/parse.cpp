// `precis parse`: the clause tree of one article, or read-quality counts over a corpus.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"

namespace precis::cli {

using json = nlohmann::json;

int run_parse(const precis_api& api, const parse_options& opts) {
    const engine eng(api, opts.rules);
    if (!opts.stats) {
        const result r = eng.parse(read_input(opts.input));
        std::cout << r.json() << '\n';
        return r.status() == 0 ? 0 : 1;
    }
    if (opts.corpus.empty()) throw std::runtime_error("--stats needs --corpus FILE.jsonl");
    std::size_t articles = 0, failed = 0, sentences = 0, full = 0, partial = 0, chunks = 0;
    for_each_line_ordered(
        {opts.corpus, 0},
        [&](std::size_t, const std::string& line) -> std::string {
            const json row = json::parse(line, nullptr, false);
            if (row.is_discarded() || !row.contains("text") || !row.at("text").is_string()) {
                return "!";
            }
            const result r = eng.parse(row.at("text").get<std::string>());
            if (r.status() != 0) return "!";
            // One letter per sentence keeps the ordered hand-over cheap.
            const json doc = json::parse(r.json());
            std::string q;
            for (const auto& s : doc.at("sentences")) q += s.at("quality").get<std::string>()[0];
            return q;
        },
        [&](std::size_t, std::string&& q) {
            ++articles;
            if (q == "!") {
                ++failed;
                return;
            }
            for (char c : q) {
                ++sentences;
                if (c == 'f') ++full;
                else if (c == 'p') ++partial;
                else ++chunks;
            }
        });
    auto pct = [&](std::size_t n) { return sentences ? 100.0 * double(n) / double(sentences) : 0.0; };
    std::cout << std::fixed << std::setprecision(1) << "articles: " << articles
              << " (failed: " << failed << ")\n"
              << "sentences: " << sentences << "\n"
              << "full: " << full << " (" << pct(full) << " %)\n"
              << "partial: " << partial << " (" << pct(partial) << " %)\n"
              << "chunks: " << chunks << " (" << pct(chunks) << " %)\n"
              << "read at least in chunks: " << (full + partial + chunks) << " ("
              << pct(full + partial + chunks) << " %)\n";
    return failed == 0 ? 0 : 1;
}

}  // namespace precis::cli
