// The bundled sample article, read whole: every sentence gets a full tree, and the facts a
// headline needs are there (who, what, when, how much).
#define BOOST_TEST_MODULE grammar_sample
#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "grammar_support.hpp"

using namespace precis::grammar;
namespace utf = boost::unit_test;

namespace {

struct sample_fixture {
    sample_fixture() {
        auto& master = utf::framework::master_test_suite();
        BOOST_TEST_REQUIRE(master.argc >= 3);
        BOOST_TEST_REQUIRE(testing::load_vocabulary(master.argv[2], vocab) > 0u);
        const std::string text = testing::read_file(master.argv[1]);
        BOOST_TEST_REQUIRE(!text.empty());
        scratch work;
        parse_error err;
        BOOST_TEST_REQUIRE(parse(text, vocab, lex, parse_options{}, work, doc, err));
    }
    const actor* person(const std::string& name) const {
        for (const sentence& s : doc.sentences) {
            for (const actor& a : s.actors) {
                if (a.name == name) return &a;
            }
        }
        return nullptr;
    }
    bool has_value(value_kind kind, double number, const std::string& unit) const {
        for (const sentence& s : doc.sentences) {
            for (const value& v : s.values) {
                if (v.kind == kind && v.unit == unit && std::abs(v.number - number) < 1.0)
                    return true;
            }
        }
        return false;
    }
    vocabulary vocab;
    lexicon lex{lexicon::default_directory()};
    document doc;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(sample, sample_fixture)

BOOST_AUTO_TEST_CASE(every_sentence_has_a_full_tree) {
    BOOST_TEST(doc.sentences.size() == 11u);
    for (const sentence& s : doc.sentences) {
        BOOST_TEST((s.quality == read_quality::full), doc.slice(s.where));
        BOOST_TEST(!s.clauses.empty(), doc.slice(s.where));
    }
    BOOST_TEST(doc.sentences.back().heading);  // "Réagissez à cet article"
}

BOOST_AUTO_TEST_CASE(names_the_three_ministers_with_their_roles) {
    const actor* prevot = person("Maxime Prévot");
    BOOST_TEST_REQUIRE(prevot != nullptr);
    BOOST_TEST(prevot->title == "vice-Premier ministre");
    BOOST_TEST(prevot->nationality == "belge");
    BOOST_TEST(prevot->country == "BE");
    const actor* bourita = person("Nasser Bourita");
    BOOST_TEST_REQUIRE(bourita != nullptr);
    BOOST_TEST(bourita->role == "ministre marocain des Affaires étrangères");
    BOOST_TEST(bourita->country == "MA");
    const actor* quintin = person("Bernard Quintin");
    BOOST_TEST_REQUIRE(quintin != nullptr);
    BOOST_TEST(quintin->complement == "de la Sécurité et de l’Intérieur");
    BOOST_TEST(quintin->country == "BE");
}

BOOST_AUTO_TEST_CASE(normalises_the_date_the_amounts_and_the_count) {
    bool dated = false;
    for (const sentence& s : doc.sentences) {
        for (const value& v : s.values) dated = dated || v.normalized == "2025-10-23";
    }
    BOOST_TEST(dated);
    BOOST_TEST(has_value(value_kind::money, 3.1e9, "USD"));
    BOOST_TEST(has_value(value_kind::money, 2.2e9, "USD"));
    BOOST_TEST(has_value(value_kind::quantity, 800000, "personnes"));
}

BOOST_AUTO_TEST_CASE(reads_the_agreement_between_belgium_and_morocco) {
    bool found = false;
    for (const sentence& s : doc.sentences) {
        for (const clause& c : s.clauses) {
            if (c.event != "sign_agreement" || !c.verb || c.verb->lemma != "signer") continue;
            std::vector<std::string> countries;
            for (uint32_t i : c.subjects) countries.push_back(s.actors[i].country);
            std::sort(countries.begin(), countries.end());
            found = countries == std::vector<std::string>{"BE", "MA"};
        }
    }
    BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(attributes_the_quote_to_prevot) {
    bool quoted = false;
    for (const sentence& s : doc.sentences) {
        for (const clause& c : s.clauses) {
            if (c.role == clause_role::quote && c.speaker >= 0 &&
                s.actors[static_cast<std::size_t>(c.speaker)].name == "Prévot")
                quoted = true;
        }
    }
    BOOST_TEST(quoted);
}

BOOST_AUTO_TEST_SUITE_END()
