// Text preparation, limits and the lexicon: what the grammar does before and around parsing.
#define BOOST_TEST_MODULE grammar_text
#include <boost/test/unit_test.hpp>
#include <random>

#include <filesystem>

#include "grammar_support.hpp"
#include "hunspell_reading.hpp"
#include "lexicon_table.hpp"

using namespace precis::grammar;
namespace utf = boost::unit_test;

namespace {

struct text_fixture {
    text_fixture() {
        auto& master = utf::framework::master_test_suite();
        BOOST_TEST_REQUIRE(master.argc >= 2);
        testing::load_vocabulary(master.argv[1], vocab);
    }
    bool read(std::string_view input, parse_options options = {}) {
        return parse(input, vocab, lex, options, work, doc, err);
    }
    std::vector<std::string> sentences() const {
        std::vector<std::string> out;
        for (const sentence& s : doc.sentences) out.emplace_back(doc.slice(s.where));
        return out;
    }
    vocabulary vocab;
    lexicon lex{lexicon::default_directory()};
    scratch work;
    document doc;
    parse_error err;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(text, text_fixture)

BOOST_AUTO_TEST_CASE(invalid_utf8_is_refused_with_its_offset) {
    BOOST_TEST(!read("Le ministre\xC3 a parlé."));
    BOOST_TEST((err.what == parse_error::code::invalid_utf8));
    BOOST_TEST(err.offset == 11u);
    BOOST_TEST(!read("abc\xFF"));
    BOOST_TEST(err.offset == 3u);
}

BOOST_AUTO_TEST_CASE(bom_and_crlf_are_removed_and_mapped_back) {
    const std::string input = "\xEF\xBB\xBFPremière phrase.\r\nSeconde phrase.\r\n";
    BOOST_TEST_REQUIRE(read(input));
    BOOST_TEST(doc.text.find('\r') == std::string::npos);
    BOOST_TEST(doc.text.rfind("\xEF\xBB\xBF", 0) == std::string::npos);
    BOOST_TEST_REQUIRE(doc.sentences.size() == 2u);
    BOOST_TEST(doc.sentences[0].paragraph == 0u);
    BOOST_TEST(doc.sentences[1].paragraph == 1u);
    const span second = doc.source_span(doc.sentences[1].where);
    BOOST_TEST(input.substr(second.begin, second.size()) == "Seconde phrase.");
}

BOOST_AUTO_TEST_CASE(decomposed_accents_are_composed_and_spans_map_to_the_input) {
    // "Prévot" written with e + combining acute accent (NFD).
    const std::string input = "Le ministre a reçu M. Pre\xCC\x81vot. Il est reparti.";
    BOOST_TEST_REQUIRE(read(input));
    BOOST_TEST(doc.text.find("Prévot") != std::string::npos);
    BOOST_TEST_REQUIRE(!doc.to_source.empty());
    BOOST_TEST_REQUIRE(doc.sentences.size() == 2u);
    const span first = doc.source_span(doc.sentences[0].where);
    BOOST_TEST(input.substr(first.begin, first.size()) == "Le ministre a reçu M. Pre\xCC\x81vot.");
    const span second = doc.source_span(doc.sentences[1].where);
    BOOST_TEST(input.substr(second.begin, second.size()) == "Il est reparti.");
}

BOOST_AUTO_TEST_CASE(unchanged_text_has_no_offset_map) {
    BOOST_TEST_REQUIRE(read("Le président a signé l’accord."));
    BOOST_TEST(doc.to_source.empty());
}

BOOST_AUTO_TEST_CASE(deep_nesting_does_not_overflow_the_stack) {
    std::string input = "Il a dit ";
    for (int i = 0; i < 100000; ++i) input += "« (";
    input += "oui";
    for (int i = 0; i < 100000; ++i) input += ") »";
    input += ". Puis il est parti.";
    parse_options options;
    options.bounds.max_sentence_bytes = input.size();  // one sentence, 100 000 levels deep
    BOOST_TEST_REQUIRE(read(input, options));
    BOOST_TEST_REQUIRE(doc.sentences.size() == 2u);
    BOOST_TEST((doc.sentences[0].quality == read_quality::chunks));
    BOOST_TEST((doc.sentences[1].quality == read_quality::full));
}

BOOST_AUTO_TEST_CASE(overlong_runs_are_split_without_loss) {
    std::string input;
    for (int i = 0; i < 20000; ++i) input += "mot ";
    parse_options options;
    options.bounds.max_sentence_bytes = 1000;
    BOOST_TEST_REQUIRE(read(input, options));
    BOOST_TEST(doc.sentences.size() >= 80u);
    std::size_t words = 0;
    for (const sentence& s : doc.sentences) {
        BOOST_TEST(s.where.size() <= 1000u);
        words += s.tokens.size();
    }
    BOOST_TEST(words == 20000u);
}

BOOST_AUTO_TEST_CASE(an_ordinal_cut_from_its_digits_stays_in_its_sentence) {
    // A run of digits as long as the limit is cut right before its ordinal suffix: the number
    // token must end with its sentence, not take the suffix beyond it (it used to, and the
    // element reader then wrote past its per-sentence table).
    for (const char* suffix : {"er suite.", "e suite.", u8"ème suite."}) {
        const std::string input = std::string(64, '1') + suffix;
        parse_options options;
        options.bounds.max_sentence_bytes = 64;
        BOOST_TEST_REQUIRE(read(input, options), input);
        BOOST_TEST_REQUIRE(doc.sentences.size() >= 2u);
        for (const sentence& s : doc.sentences) {
            for (const token& t : s.tokens) {
                BOOST_TEST((t.where.begin >= s.where.begin && t.where.end <= s.where.end), input);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(too_many_sentences_break_the_limit) {
    std::string input;
    for (int i = 0; i < 50; ++i) input += "Une phrase. ";
    parse_options options;
    options.bounds.max_sentences = 10;
    BOOST_TEST(!read(input, options));
    BOOST_TEST((err.what == parse_error::code::limit_exceeded));
}

BOOST_AUTO_TEST_CASE(empty_and_blank_input_give_no_sentence) {
    BOOST_TEST(read(""));
    BOOST_TEST(doc.sentences.empty());
    BOOST_TEST(read(" \n\n \xC2\xA0\n"));
    BOOST_TEST(doc.sentences.empty());
}

BOOST_AUTO_TEST_CASE(the_lexicon_knows_forms_and_lemmas) {
    BOOST_TEST_REQUIRE(lex.available());
    BOOST_TEST(lexicon::default_directory() == "/usr/share/hunspell");
    const auto signe = lex.lookup("signé");
    BOOST_TEST((signe.pos & pos_past_participle) != 0u);
    BOOST_TEST(signe.verb_lemma == "signer");
    const auto ont = lex.lookup("ont");
    BOOST_TEST((ont.pos & pos_aux) != 0u);
    BOOST_TEST((ont.pos & pos_3pl) != 0u);
    const auto permettra = lex.lookup("permettra");
    BOOST_TEST((permettra.pos & pos_future) != 0u);
    BOOST_TEST((lex.lookup("les").pos & pos_determiner) != 0u);
    BOOST_TEST((lex.lookup("Xqzwv").pos & pos_unknown) != 0u);
    lexicon missing("/nonexistent");
    BOOST_TEST(!missing.available());
    BOOST_TEST(!lexicon("").available());
    BOOST_TEST((missing.lookup("signé").pos & pos_unknown) != 0u);
}

BOOST_AUTO_TEST_CASE(a_lexicon_says_which_answers_last_and_which_lexicon_it_is) {
    bool kept = false;
    const lexicon::analysis& signe = lex.find("signé", kept);
    BOOST_TEST(kept);
    BOOST_TEST(signe.verb_lemma == "signer");
    BOOST_TEST(&lex.find("signé") == &signe);  // a kept answer stays where it is
    const uint64_t gone = lexicon("").id();
    const lexicon later("");
    BOOST_TEST(later.id() != gone);  // never reused, even for a lexicon built where one died
    BOOST_TEST(later.id() != lex.id());
}

BOOST_AUTO_TEST_CASE(the_compiled_lexicon_answers_as_hunspell_does) {
    BOOST_TEST_REQUIRE(lex.available());
    BOOST_TEST_REQUIRE(lexicon::compiled_available());
    const lexicon compiled(lexicon::compiled);
    BOOST_TEST(compiled.available());
    // Running text of the kind precis reads, then the cases hunspell reads its own way: a
    // capital opening a sentence, words in capitals, names, hyphenated forms, elisions and
    // the curly apostrophe, unknown words.
    const std::string text =
        u8"le ministre marocain des Affaires étrangères Nasser Bourita a signé jeudi à Rabat "
        u8"un accord visant à renforcer la coopération économique entre les deux pays selon "
        u8"lequel les investissements atteindront trois milliards d'euros d'ici 2030 ont "
        u8"été annoncés étaient permettra fallait eût soient aurait conclu résolu "
        u8"Accord Selon Les Elle KREMLIN XI ANS D'ACCORD France Paris Bruxelles "
        u8"aujourd'hui aujourd’hui porte-parole Nord-Coréens vice-Premier MoDem trump "
        u8"xqzwv Xqzwv XQZWV 2030 M2 m2";
    std::size_t compared = 0;
    for (std::size_t at = 0, end; at < text.size(); at = end + 1) {
        end = std::min(text.find(' ', at), text.size());
        const std::string word = text.substr(at, end - at);
        const auto want = lex.lookup(word), got = compiled.lookup(word);
        BOOST_TEST(got.pos == want.pos, word);
        BOOST_TEST(got.lemma == want.lemma, word);
        BOOST_TEST(got.verb_lemma == want.verb_lemma, word);
        ++compared;
    }
    BOOST_TEST(compared > 60u);
    // Where hunspell's guess runs its own way ("ÉTATS-UNIS" as "États-unis"), the part of
    // speech still agrees.
    BOOST_TEST(compiled.lookup(u8"ÉTATS-UNIS").pos == lex.lookup(u8"ÉTATS-UNIS").pos);
    BOOST_TEST(compiled.lookup(u8"ÉTATS-UNIS").lemma == u8"États-Unis");
}

BOOST_AUTO_TEST_CASE(a_form_several_verbs_share_takes_the_verb_news_means) {
    // hunspell-fr's own readings, in its order.
    const std::vector<std::string> mise = {
        "st:miser po:v1_it___zz po:impe po:2sg", "st:miser po:v1_it___zz po:ipre po:3sg",
        "st:mettre po:v3__tnq__a po:ppas po:adj is:fem is:sg"};
    const std::vector<std::string> saura = {"st:saurer po:v1__t___zz po:ipsi po:3sg",
                                            "st:savoir po:v3_it_q__a po:ifut po:3sg"};
    const std::vector<std::string> etaient = {"st:étayer po:v1_it_x__a po:ipre po:3pl",
                                              "st:être po:v0ei_____a po:iimp po:3pl"};
    const std::vector<std::string> tue = {"st:tuer po:v1_it_q_zz po:ipre po:3sg",
                                          "st:taire po:v3__t_q__a po:ppas po:adj is:fem is:sg"};
    const known_lemma dictionary = [](std::string_view l) {
        return l == "mettre" || l == "savoir" || l == "tuer" || l == "taire";
    };
    BOOST_TEST(read_analyses(mise, dictionary).verb_lemma == "mettre");  // the dictionary knows it
    BOOST_TEST(read_analyses(mise).verb_lemma == "miser");                // with none: the first
    BOOST_TEST(read_analyses(saura).verb_lemma == "savoir");  // not the passé simple
    BOOST_TEST(read_analyses(etaient, dictionary).verb_lemma == u8"être");
    BOOST_TEST((read_analyses(etaient, dictionary).pos & pos_aux) != 0u);
    BOOST_TEST(read_analyses(tue, dictionary).verb_lemma == "tuer");  // both known: the first
    BOOST_TEST(read_analyses(mise, dictionary).lemma == "miser");    // the lemma stays the first
    // The compiled table is made with FreeDict's headwords when they are installed.
    if (lexicon::compiled_available() && std::filesystem::exists("/usr/share/dictd/freedict-fra-eng.index")) {
        const lexicon compiled(lexicon::compiled);
        for (auto [form, verb] : {std::pair{"mise", "mettre"}, {"prise", "prendre"}, {"ouvre", "ouvrir"},
                                  {"saura", "savoir"}, {"aille", "aller"}, {"convient", "convenir"},
                                  {"faut", "falloir"}, {"tue", "tuer"}}) {
            BOOST_TEST(compiled.lookup(form).verb_lemma == verb, form);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_lexicon_table_reads_back_what_was_written) {
    std::vector<std::pair<std::string, lexicon::analysis>> forms;
    for (int i = 0; i < 1000; ++i) {
        const std::string form = "forme" + std::to_string(i * 7919 % 1000);
        forms.push_back({form, {static_cast<uint32_t>(i), "lemme" + std::to_string(i % 17),
                                i % 3 == 0 ? "verbe" : ""}});
    }
    // Forms sharing their first eight bytes over several blocks, and shorter ones sharing
    // the start of them: found among the blocks of one prefix by their first forms.
    for (int i = 0; i < 100; ++i) {
        forms.push_back({"anticonstitution" + std::to_string(i), {pos_adverb, "anti" + std::to_string(i), ""}});
    }
    forms.push_back({"anticons", {pos_noun, "court", ""}});
    forms.push_back({"anticon", {pos_noun, "plus court", ""}});
    forms.push_back({u8"été", {pos_verb | pos_past_participle, u8"été", u8"être"}});
    forms.push_back({"forme1", {pos_noun, "doublon", ""}});  // a duplicate: the first stays
    forms.push_back({std::string(300, 'x'), {pos_noun, "trop long", ""}});
    const std::string bytes = lexicon_table::build(forms);
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto table = lexicon_table::open(data, bytes.size());
    BOOST_TEST_REQUIRE(table.has_value());
    BOOST_TEST(table->size() == 1103u);
    for (int i = 0; i < 100; ++i) {
        const auto e = table->find("anticonstitution" + std::to_string(i));
        BOOST_TEST_REQUIRE(e.has_value(), i);
        BOOST_TEST(e->lemma == "anti" + std::to_string(i));
    }
    BOOST_TEST(table->find("anticons")->lemma == "court");
    BOOST_TEST(table->find("anticon")->lemma == "plus court");
    for (const char* absent : {"anticonst", "anticonstitution100", "anticonstitution", "anticonstitutioo", "antic"}) {
        BOOST_TEST(!table->find(absent).has_value(), absent);
    }
    for (int i = 0; i < 1000; ++i) {
        const std::string form = "forme" + std::to_string(i * 7919 % 1000);
        const auto e = table->find(form);
        BOOST_TEST_REQUIRE(e.has_value(), form);
        BOOST_TEST(e->pos == static_cast<uint32_t>(i), form);
        BOOST_TEST(e->lemma == "lemme" + std::to_string(i % 17), form);
        BOOST_TEST(e->verb_lemma == (i % 3 == 0 ? "verbe" : ""), form);
    }
    BOOST_TEST(table->find(u8"été")->verb_lemma == u8"être");
    for (const char* absent : {"", "forme", "forme1000", "forme10x", "a", "zzz", u8"étés"}) {
        BOOST_TEST(!table->find(absent).has_value(), absent);
    }
    BOOST_TEST(!table->find(std::string(300, 'x')).has_value());
    // A damaged or truncated table is refused whole, or answers nothing it does not hold.
    BOOST_TEST(!lexicon_table::open(data, 20).has_value());
    BOOST_TEST(!lexicon_table::open(data, bytes.size() / 2).has_value());
    std::string damaged = bytes;
    damaged[0] = 'X';
    BOOST_TEST(!lexicon_table::open(reinterpret_cast<const unsigned char*>(damaged.data()),
                                    damaged.size())
                    .has_value());
}

BOOST_AUTO_TEST_CASE(accumulate_counts_every_sentence_once) {
    BOOST_TEST_REQUIRE(read("Le ministre a signé l’accord. Puis\nUn titre"));
    parse_stats stats;
    accumulate(doc, stats);
    accumulate(doc, stats);
    BOOST_TEST(stats.sentences == 2 * doc.sentences.size());
    BOOST_TEST(stats.full + stats.partial + stats.chunks == stats.sentences);
    BOOST_TEST(stats.bytes == 2 * doc.text.size());
}

BOOST_AUTO_TEST_CASE(the_vocabulary_counts_its_entries) {
    vocabulary v;
    BOOST_TEST(v.size() == 0u);
    v.add(term_class::title, "ministre");
    v.add(term_class::nationality, "belge", "BE");
    v.add(term_class::nationality, "");
    BOOST_TEST(v.size() == 2u);
    BOOST_TEST(vocab.size() > 1000u);
}

// Random text over the characters segmentation and the grammar care about: parsing succeeds,
// spans stay inside the text and in order, indices point at existing items, nothing is lost.
BOOST_AUTO_TEST_CASE(random_text_keeps_every_invariant) {
    static const std::vector<std::string> pieces = {"«",
                                                    "»",
                                                    "“",
                                                    "”",
                                                    "\"",
                                                    "(",
                                                    ")",
                                                    "[",
                                                    "]",
                                                    ".",
                                                    "!",
                                                    "?",
                                                    "…",
                                                    ",",
                                                    ";",
                                                    ":",
                                                    " ",
                                                    "\xC2\xA0",
                                                    "\xE2\x80\xAF",
                                                    "\n",
                                                    "\r\n",
                                                    "\xEF\xBB\xBF",
                                                    "e\xCC\x81",
                                                    "’",
                                                    "'",
                                                    "-",
                                                    "M.",
                                                    "Mme",
                                                    "J.",
                                                    "le",
                                                    "ministre",
                                                    "belge",
                                                    "Maxime",
                                                    "Prévot",
                                                    "a",
                                                    "signé",
                                                    "un",
                                                    "accord",
                                                    "jeudi",
                                                    "23",
                                                    "octobre",
                                                    "2025",
                                                    "3,1",
                                                    "milliards",
                                                    "de",
                                                    "dollars",
                                                    "800 000",
                                                    "plus",
                                                    "pour",
                                                    "cent",
                                                    "%",
                                                    "qui",
                                                    "selon",
                                                    "ne",
                                                    "pas",
                                                    "a-t-il",
                                                    "déclaré",
                                                    "n°",
                                                    "av.",
                                                    "J.-C.",
                                                    "Rabat",
                                                    "Bruxelles",
                                                    "en",
                                                    "2024",
                                                    "$",
                                                    "€",
                                                    "afin",
                                                    "alors",
                                                    "que",
                                                    "été"};
    std::mt19937 random(20251023);
    for (int round = 0; round < 300; ++round) {
        std::string input;
        const int length = std::uniform_int_distribution<int>(0, 120)(random);
        for (int k = 0; k < length; ++k) {
            input +=
                pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(random)];
            if (random() % 3 == 0) input += ' ';
        }
        parse_options options;
        options.bounds.max_sentence_bytes = 64;
        BOOST_TEST_REQUIRE(read(input, options), input);
        uint32_t previous_end = 0;
        std::size_t covered = 0;
        for (const sentence& s : doc.sentences) {
            BOOST_TEST(s.where.begin >= previous_end);
            BOOST_TEST(s.where.end <= doc.text.size());
            BOOST_TEST(s.where.size() <= 64u + 4u);  // a cut never splits a code point
            previous_end = s.where.end;
            covered += s.where.size();
            for (const token& t : s.tokens) {
                BOOST_TEST((t.where.begin >= s.where.begin && t.where.end <= s.where.end));
            }
            for (const actor& a : s.actors) BOOST_TEST(a.where.end <= doc.text.size());
            for (const value& v : s.values) BOOST_TEST(v.where.end <= doc.text.size());
            for (const clause& c : s.clauses) {
                for (uint32_t i : c.subjects) BOOST_TEST(i < s.actors.size());
                for (uint32_t i : c.objects) BOOST_TEST(i < s.actors.size());
                BOOST_TEST(c.speaker < static_cast<int32_t>(s.actors.size()));
                BOOST_TEST(c.parent < static_cast<int32_t>(s.clauses.size()));
            }
        }
        std::size_t non_space = 0;
        for (std::size_t b = 0; b < doc.text.size();) {
            const std::size_t ws = testing::white_space_at(doc.text, b);
            b += ws > 0 ? ws : 1;
            if (ws == 0) ++non_space;
        }
        BOOST_TEST(covered >= non_space, input);
        if (!doc.to_source.empty()) {
            BOOST_TEST(doc.to_source.size() == doc.text.size() + 1);
            BOOST_TEST(doc.to_source.back() == input.size());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
