// The bundled sample: Belgium and Morocco signed a cooperation agreement. Both headlines must
// say so, briefly, each in its own language.
#define BOOST_TEST_MODULE rules_sample
#include <boost/test/unit_test.hpp>

#include "rules_support.hpp"

using namespace precis::rules;
using namespace precis::rules::testing;

namespace {

// Every word of `words` occurs in `headline`, which holds at most 16 words.
void says_all(const std::string& headline, std::initializer_list<const char*> words) {
    BOOST_TEST_MESSAGE(headline);
    for (const char* w : words) BOOST_TEST(contains(headline, w), headline << " lacks " << w);
    BOOST_TEST(words_of(headline).size() <= 16u);
}

}  // namespace

BOOST_AUTO_TEST_CASE(french_headline_says_belgium_and_morocco_signed_an_agreement) {
    says_all(summary_of_argument().headline_fr, {"Belgique", "Maroc", "accord", "sign"});
}

BOOST_AUTO_TEST_CASE(english_headline_says_the_same_in_english) {
    const summary s = summary_of_argument();
    says_all(s.headline_en, {"Belgium", "Morocco", "agreement", "sign"});
    BOOST_TEST(french_words_in(s.headline_en).empty(), s.headline_en);
}

BOOST_AUTO_TEST_CASE(rule_names_travel_into_the_trace) {
    const summary s = summary_of_argument();
    auto has = [&](const std::string& rule) {
        return std::any_of(s.trace.begin(), s.trace.end(),
                           [&](const trace_entry& t) { return t.rule == rule; });
    };
    BOOST_TEST(has("select_key_sentence"));
    BOOST_TEST(has("sign_agreement_purpose"), "the event template that built both headlines");
}

BOOST_AUTO_TEST_CASE(events_keywords_and_summaries) {
    const summary s = summary_of_argument();
    const auto signed_it = std::find_if(s.events.begin(), s.events.end(),
                                        [](const event& e) { return e.predicate == "sign_agreement"; });
    BOOST_TEST_REQUIRE((signed_it != s.events.end()));
    const auto& actors = signed_it->actors;
    BOOST_TEST((std::find(actors.begin(), actors.end(), "Belgique") != actors.end()));
    BOOST_TEST((std::find(actors.begin(), actors.end(), "Maroc") != actors.end()));
    BOOST_TEST(!s.keywords.empty());
    BOOST_TEST(s.summary_fr.size() >= 2u);
    BOOST_TEST(s.summary_fr.size() <= 3u);
    BOOST_TEST(!s.summary_en.empty());
    for (const auto& line : s.summary_en) BOOST_TEST(french_words_in(line).empty(), line);
}
