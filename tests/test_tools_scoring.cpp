// The scoring behind `precis eval`, case by case against the shared scorer's own functions.
// Arguments: the folder holding score.py (may be missing), python3 (may be "").
#define BOOST_TEST_MODULE tools_scoring
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "../cli/src/rouge.hpp"
#include "tools/support.hpp"

using namespace precis::test;
namespace scoring = precis::cli::scoring;
namespace utf = boost::unit_test;
using json = nlohmann::json;

namespace {

// Texts where tokenising, case, normalisation or sentence splitting can go wrong.
const std::vector<std::string> hard_texts = {
    "Le ministre belge a signé jeudi un accord. Il s’agit d’une étape.\nSuite.",
    "L’e\u0301lection pre\u0301sidentielle a eu lieu. « Nous avons gagne\u0301 », a dit X.",
    "La surface atteint 3,1 km² selon l’ONU! 2 milliards ½ de dollars. Rien.",
    "À İstanbul, la ﬁnance mondiale s’est réunie. ΣΟΦΟΣ était là.",
    "22 mai 2012, Paris. - Le président a parlé aux élus. Ensuite il est reparti.",
    "1er janvier 2020. - Vœux du maire. Fin.",
    "Il a dit «non». Puis il est parti!» Ensuite rien. M. Dupont est arrivé.",
    "\n\n   Le « projet » a échoué.\u00a0Puis le gouvernement a démissionné.\u2003Quelle "
    "histoire.\n",
    "mot_clé, ÉCOLE-Maternelle; l'État \"Été\" ?Été 2025...Fin",
    "Belgique : le ministre signe un accord de coopération",
    "Crise:économie sans espace",
    "Une région dont le nom est beaucoup trop long pour un lieu : le titre",
    "Maroc\u00a0: un titre à l’espace insécable",
    "",
    "   ",
};

boost::test_tools::assertion_result have_scorer(utf::test_unit_id) {
    boost::test_tools::assertion_result ok{!arg(2).empty() &&
                                           fs::exists(fs::path(arg(1)) / "score.py")};
    ok.message() << "needs python3 and score.py in " << arg(1);
    return ok;
}

// Runs score.py's functions over the hard texts and returns their answers.
json python_answers() {
    scratch_dir dir("scoring");
    write_file(dir / "texts.json", json(hard_texts).dump());
    const std::string program = R"py(
import json, sys
sys.path.insert(0, sys.argv[1])
import score
texts = json.load(open(sys.argv[2], encoding="utf-8"))
out = []
for t in texts:
    out.append({"toks": score.toks(t), "lead1": score.lead1(t), "cut": score.cut(t, 5),
                "clean": score.lead1_clean(t), "strip": score.strip_place_prefix(t),
                "rouge": [list(score.rouge(t, u)) for u in texts]})
print(json.dumps(out, ensure_ascii=False))
)py";
    const run_result r = run({arg(2), "-c", program, arg(1), (dir / "texts.json").string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

}  // namespace

BOOST_AUTO_TEST_CASE(rouge_counts_overlaps_as_f1) {
    const auto r = scoring::rouge("le ministre signe", "le ministre belge signe");
    BOOST_TEST(r.r1 == 2.0 * 1.0 * 0.75 / 1.75, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(r.r2 == 2.0 * 0.5 * (1.0 / 3.0) / (0.5 + 1.0 / 3.0),
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(r.rl == r.r1, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(scoring::rouge("", "le ministre").r1 == 0.0);
    BOOST_TEST(scoring::rouge("un", "un").r2 == 0.0);  // no bigram on either side
}

BOOST_AUTO_TEST_CASE(tokens_are_nfc_lower_case_letters_and_numbers) {
    const std::vector<std::string> expected = {"l",   "élection", "a",   "3",  "1",
                                               "km²", "½",        "mot", "clé"};
    BOOST_TEST(scoring::tokens("L’E\u0301lection a 3,1 km² ½ mot_clé") == expected,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lead1_is_the_first_sentence_of_the_first_line) {
    BOOST_TEST(scoring::lead1("  Le ministre a parlé. Il est parti.\nAutre.") ==
               "Le ministre a parlé.");
    BOOST_TEST(scoring::lead1("Il a dit «non». puis rien.") == "Il a dit «non». puis rien.");
    BOOST_TEST(scoring::lead1_clean("22 mai 2012, Paris. - Le président a parlé aux élus de la "
                                    "région du Nord et du Sud ce matin même.") ==
               "Le président a parlé aux élus de la région du Nord et du Sud");
    BOOST_TEST(scoring::strip_place_prefix("Belgique : un accord") == "un accord");
    BOOST_TEST(scoring::strip_place_prefix("Crise:économie") == "Crise:économie");
}

BOOST_AUTO_TEST_CASE(every_step_agrees_with_the_shared_scorer, *utf::precondition(have_scorer)) {
    const json answers = python_answers();
    BOOST_TEST_REQUIRE(answers.size() == hard_texts.size());
    for (std::size_t i = 0; i < hard_texts.size(); ++i) {
        const std::string& t = hard_texts[i];
        const json& a = answers[i];
        BOOST_TEST_CONTEXT("text " << i << ": " << t) {
            BOOST_TEST(json(scoring::tokens(t)) == a["toks"]);
            BOOST_TEST(scoring::lead1(t) == a["lead1"].get<std::string>());
            BOOST_TEST(scoring::first_words(t, 5) == a["cut"].get<std::string>());
            BOOST_TEST(scoring::lead1_clean(t) == a["clean"].get<std::string>());
            BOOST_TEST(scoring::strip_place_prefix(t) == a["strip"].get<std::string>());
            for (std::size_t j = 0; j < hard_texts.size(); ++j) {
                const auto r = scoring::rouge(t, hard_texts[j]);
                const json& p = a["rouge"][j];
                BOOST_TEST(r.r1 == p[0].get<double>(), boost::test_tools::tolerance(1e-9));
                BOOST_TEST(r.r2 == p[1].get<double>(), boost::test_tools::tolerance(1e-9));
                BOOST_TEST(r.rl == p[2].get<double>(), boost::test_tools::tolerance(1e-9));
            }
        }
    }
}
