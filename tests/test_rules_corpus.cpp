// Golden properties over dev articles of different kinds (diplomacy, elections, economy,
// justice, conflict, culture): who the headlines name, in which language, how long, and that
// no number appears that the article does not hold. Strings are not compared byte for byte.
#define BOOST_TEST_MODULE rules_corpus
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>

#include "rules_support.hpp"

using namespace precis::rules;
using namespace precis::rules::testing;
using json = nlohmann::json;

namespace {

struct corpus final {
    std::map<std::string, std::string> texts;  // id -> text
    json cases;
};

const corpus& load_corpus() {
    static const corpus* c = [] {
        auto* out = new corpus();
        const auto& master = boost::unit_test::framework::master_test_suite();
        BOOST_TEST_REQUIRE(master.argc >= 3);
        std::ifstream in(master.argv[1]);
        BOOST_TEST_REQUIRE(in.good(), "cannot read " << master.argv[1]);
        std::string line;
        while (std::getline(in, line)) {
            const json r = json::parse(line, nullptr, false);
            if (r.is_object()) out->texts[r.value("id", "")] = r.value("text", "");
        }
        out->cases = json::parse(read_file(master.argv[2]), nullptr, false);
        BOOST_TEST_REQUIRE(out->cases.is_array(), "cannot read " << master.argv[2]);
        return out;
    }();
    return *c;
}

bool any_in(const std::string& text, const json& options) {
    for (const auto& o : options) {
        if (contains(text, o.get<std::string>())) return true;
    }
    return false;
}

}  // namespace

BOOST_AUTO_TEST_CASE(cases_cover_every_kind_of_article) {
    const corpus& c = load_corpus();
    std::map<std::string, int> kinds;
    for (const auto& k : c.cases) ++kinds[k.value("kind", "")];
    BOOST_TEST(c.cases.size() >= 20u);
    for (const char* kind : {"diplomacy", "elections", "economy", "justice", "conflict", "culture"}) {
        BOOST_TEST(kinds[kind] >= 1, "no case of kind " << kind);
    }
}

BOOST_AUTO_TEST_CASE(headlines_name_who_in_the_right_language_and_length) {
    const corpus& c = load_corpus();
    static const engine e;
    BOOST_TEST_REQUIRE(e.ready());
    for (const auto& k : c.cases) {
        const std::string id = k.value("id", "");
        BOOST_TEST_CONTEXT(id) {
            auto it = c.texts.find(id);
            BOOST_TEST_REQUIRE((it != c.texts.end()), "article not in the corpus");
            const summary s = e.summarize(it->second);
            BOOST_TEST_MESSAGE(id << "\n  fr: " << s.headline_fr << "\n  en: " << s.headline_en);
            BOOST_TEST(!s.headline_fr.empty());
            BOOST_TEST(!s.headline_en.empty());
            BOOST_TEST(words_of(s.headline_fr).size() <= 16u, s.headline_fr);
            BOOST_TEST(words_of(s.headline_en).size() <= 18u, s.headline_en);
            BOOST_TEST(any_in(s.headline_fr, k["fr"]), s.headline_fr << " names none of " << k["fr"]);
            BOOST_TEST(any_in(s.headline_en, k["en"]), s.headline_en << " names none of " << k["en"]);
            BOOST_TEST(french_words_in(s.headline_en).empty(), s.headline_en);
            BOOST_TEST(unsupported_numbers(s.headline_fr + " " + s.headline_en, it->second).empty());
        }
    }
}

BOOST_AUTO_TEST_CASE(every_dev_article_gets_both_headlines) {
    const corpus& c = load_corpus();
    static const engine e;
    std::size_t empty_fr = 0, empty_en = 0, bad_numbers = 0;
    // A common word or a piece of a longer name is no topic; an English topic is never the
    // French name of a place or institution that English names otherwise.
    static const char* const fragments[] = {"Affaires", "Etat", "État", "États", "Union", "Nord",
                                            "Banque", "Société", "Énergie", "Constitution"};
    static const char* const exonyms[] = {"Pékin", "Bagdad", "Floride", "Amazonie",
                                          "Maison Blanche", "Londres", "Moscou"};
    for (const auto& [id, text] : c.texts) {
        const summary s = e.summarize(text);
        empty_fr += s.headline_fr.empty();
        // summary_en[k] is the English of summary_fr[k] (empty when English cannot say it).
        BOOST_TEST(s.summary_en.size() == s.summary_fr.size(), id);
        empty_en += s.headline_en.empty();
        bad_numbers += unsupported_numbers(s.headline_fr + " " + s.headline_en, text).size();
        const std::string topic_fr = s.headline_fr.substr(0, s.headline_fr.find(" : "));
        const std::string topic_en = s.headline_en.substr(0, s.headline_en.find(": "));
        for (const char* f : fragments) BOOST_TEST(topic_fr != f, id << ": " << s.headline_fr);
        // After the topic's colon the statement goes on in lower case ("Europe : la démocratie"),
        // a name as written ("Le Drian", "L'Oréal" aside: an article before a capital stays).
        if (const std::size_t colon = s.headline_fr.find(" : "); colon != std::string::npos) {
            const std::string rest = s.headline_fr.substr(colon + 3);
            for (const char* article : {"Le ", "La ", "Les ", "Un ", "Une ", "Des ", "Cette ", "Ce ", "Ces "}) {
                const std::size_t n = std::strlen(article);
                const bool name_follows = rest.size() > n && std::isupper(static_cast<unsigned char>(rest[n])) != 0;
                BOOST_TEST(!(rest.rfind(article, 0) == 0 && !name_follows), id << ": " << s.headline_fr);
            }
            // (but a country's article is lower case: "Turquie : la France suspend …")
            for (const char* country : {"La France ", "Le Mexique ", "La Chine ", "La Russie ", "Les Etats-Unis ",
                                        "Le Royaume-Uni ", "La Turquie ", "Le Liban "}) {
                BOOST_TEST(rest.rfind(country, 0) != 0u, id << ": " << s.headline_fr);
            }
        }
        for (const char* x : exonyms) BOOST_TEST(topic_en != x, id << ": " << s.headline_en);
    }
    BOOST_TEST(empty_fr == 0u);
    BOOST_TEST(empty_en == 0u);
    BOOST_TEST(bad_numbers == 0u);
}
