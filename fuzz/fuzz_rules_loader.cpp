// precis::rules::load on a pack whose files are fuzzed. Input format: path NUL content NUL
// path NUL content ... (the seed script writes the default pack this way). Loading must never
// throw; a refused pack names its problems; an accepted one must summarise an article.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.hpp"
#include "precis/grammar/parser.hpp"
#include "precis/rules/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    using namespace precis;
    if (size > (1u << 20)) return -1;
    rules::pack_source source;
    source.origin = "fuzz";
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    while (!rest.empty() && source.files.size() < 64) {
        const std::size_t path_end = rest.find('\0');
        if (path_end == std::string_view::npos) break;
        rules::pack_source::file f;
        f.path = std::string(rest.substr(0, path_end));
        rest.remove_prefix(path_end + 1);
        const std::size_t content_end = std::min(rest.find('\0'), rest.size());
        f.content = std::string(rest.substr(0, content_end));
        f.size = static_cast<int64_t>(f.content.size());
        rest.remove_prefix(std::min(content_end + 1, rest.size()));
        source.files.push_back(std::move(f));
    }

    const rules::load_result loaded = rules::load(source);
    PRECIS_FUZZ_CHECK((loaded.rules == nullptr) == !loaded.problems.empty());
    for (const auto& p : loaded.problems) {
        PRECIS_FUZZ_CHECK(p.line >= 0 && p.column >= 0 && !p.message.empty());
    }
    if (!loaded.rules) return 0;

    static const grammar::lexicon lexicon("");
    static grammar::scratch work;
    static const std::string article =
        u8"Le vice-Premier ministre belge, Maxime Prévot, a signé jeudi 23 octobre 2025 à Rabat "
        u8"un accord avec son homologue marocain. « Nous ouvrons une nouvelle page », a-t-il "
        u8"déclaré. Selon le ministère, plus de 3,5 milliards de dollars sont en jeu.";
    grammar::document doc;
    grammar::parse_error err;
    grammar::parse_options options;
    PRECIS_FUZZ_CHECK(
        grammar::parse(article, loaded.rules->vocabulary(), lexicon, options, work, doc, err));
    const rules::summary s = loaded.rules->summarize(doc, rules::summarize_options{});
    for (const auto& t : s.trace) PRECIS_FUZZ_CHECK(t.where.end <= doc.text.size());
    return 0;
}
