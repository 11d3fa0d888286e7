// The dev corpus, whole: no byte of any article is lost by segmentation, sentences come in order
// without overlap, the grammar reads most sentences fully, two threads sharing one vocabulary
// and one lexicon read the same trees, and a document parsed into again reads as a fresh one.
#define BOOST_TEST_MODULE grammar_corpus
#include <boost/test/unit_test.hpp>
#include <thread>

#include "grammar_support.hpp"

using namespace precis::grammar;
namespace utf = boost::unit_test;

namespace {

struct corpus_fixture {
    corpus_fixture() {
        auto& master = utf::framework::master_test_suite();
        BOOST_TEST_REQUIRE(master.argc >= 3);
        std::ifstream in(master.argv[1]);
        BOOST_TEST_REQUIRE(in.good(), "cannot read " << master.argv[1]);
        for (std::string line; std::getline(in, line);) {
            if (!line.empty()) texts.push_back(nlohmann::json::parse(line)["text"]);
        }
        BOOST_TEST_REQUIRE(texts.size() > 100u);
        BOOST_TEST_REQUIRE(testing::load_vocabulary(master.argv[2], vocab) > 0u);
    }
    std::vector<std::string> texts;
    vocabulary vocab;
    lexicon lex{lexicon::default_directory()};
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(corpus, corpus_fixture)

BOOST_AUTO_TEST_CASE(no_byte_is_lost_and_most_sentences_are_read_fully) {
    scratch work;
    parse_stats stats;
    for (std::size_t n = 0; n < texts.size(); ++n) {
        const std::string& text = texts[n];
        document doc;
        parse_error err;
        BOOST_TEST_REQUIRE(parse(text, vocab, lex, parse_options{}, work, doc, err));
        accumulate(doc, stats);
        std::vector<int> owner(doc.text.size(), -1);
        uint32_t previous_end = 0;
        for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
            const span w = doc.sentences[i].where;
            BOOST_TEST(w.begin >= previous_end, "article " << n << " sentence " << i);
            BOOST_TEST(w.end > w.begin);
            BOOST_TEST(w.end <= doc.text.size());
            previous_end = w.end;
            for (uint32_t b = w.begin; b < w.end && b < owner.size(); ++b)
                owner[b] = static_cast<int>(i);
        }
        std::size_t lost = 0;
        for (std::size_t b = 0; b < doc.text.size();) {
            if (const std::size_t ws = testing::white_space_at(doc.text, b)) {
                b += ws;
                continue;
            }
            if (owner[b] < 0) ++lost;
            ++b;
        }
        BOOST_TEST(lost == 0u, "article " << n << " lost " << lost << " bytes");
    }
    BOOST_TEST_MESSAGE("sentences " << stats.sentences << " full " << stats.full << " partial "
                                    << stats.partial << " chunks " << stats.chunks);
    BOOST_TEST(stats.sentences == stats.full + stats.partial + stats.chunks);
    BOOST_TEST(stats.full >= stats.sentences * 85 / 100,
               "full: " << stats.full << " of " << stats.sentences);
}

BOOST_AUTO_TEST_CASE(two_threads_read_the_same_trees) {
    auto read_all = [this](std::vector<std::string>& out) {
        scratch work;
        for (std::size_t n = 0; n < texts.size(); n += 3) {
            document doc;
            parse_error err;
            parse(texts[n], vocab, lex, parse_options{}, work, doc, err);
            out.push_back(testing::to_json(doc).dump());
        }
    };
    std::vector<std::string> first, second;
    std::thread a([&] { read_all(first); });
    std::thread b([&] { read_all(second); });
    a.join();
    b.join();
    BOOST_TEST(first.size() == second.size());
    BOOST_TEST((first == second));
}

namespace {

// Everything a document holds, tokens and offsets included.
std::string everything(const document& doc) {
    nlohmann::json tokens = nlohmann::json::array();
    for (const sentence& s : doc.sentences) {
        for (const token& t : s.tokens) {
            tokens.push_back({t.where.begin, t.where.end, static_cast<int>(t.kind), t.pos,
                              t.capitalised, t.lemma});
        }
        tokens.push_back(nullptr);  // the sentence's end
    }
    return doc.text + "\n" + nlohmann::json(doc.to_source).dump() + "\n" +
           testing::to_json(doc).dump() + "\n" + tokens.dump();
}

}  // namespace

// One document parsed into again and again, as the engine does, reads every text as a fresh
// document does: longer and shorter texts in turn, with and without an anchor date, after a
// refused text, and texts that NFC changes (an offset map) after ones it does not.
BOOST_AUTO_TEST_CASE(a_document_parsed_into_again_reads_as_a_fresh_one) {
    std::vector<std::string> inputs;
    for (std::size_t n = 0; n < texts.size(); n += 5) inputs.push_back(texts[n]);
    for (std::size_t n = texts.size(); n-- > 0;) {
        if (n % 7 == 0) inputs.push_back(texts[n]);
    }
    inputs.push_back("Le ministre a signe\r\nl'accord. Il pleut.");
    inputs.push_back("Cafe\xCC\x81 et the\xCC\x81.");  // decomposed accents
    inputs.push_back("");
    inputs.push_back(texts[1]);
    inputs.push_back("bad \xC3 UTF-8");
    inputs.push_back(texts[2]);
    scratch work;
    document reused;
    for (std::size_t n = 0; n < inputs.size(); ++n) {
        parse_options options;
        if (n % 3 == 0) options.anchor_date = "2025-10-23";
        document fresh;
        parse_error err_fresh, err_reused;
        const bool ok_fresh = parse(inputs[n], vocab, lex, options, work, fresh, err_fresh);
        const bool ok_reused =
            parse(inputs[n], vocab, lex, options, work, reused, err_reused, reuse_storage);
        BOOST_TEST(ok_fresh == ok_reused, "input " << n);
        BOOST_TEST(err_fresh.message == err_reused.message, "input " << n);
        if (ok_fresh && ok_reused)
            BOOST_TEST(everything(fresh) == everything(reused), "input " << n);
    }
}

BOOST_AUTO_TEST_SUITE_END()
