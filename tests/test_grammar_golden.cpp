// Golden cases: tests/data/grammar/<case>.input (an article or a few sentences of one) beside
// <case>.expect (JSON: the properties the parse must show). One test case per file pair,
// registered at start-up from the data folder given on the command line.
#define BOOST_TEST_NO_MAIN
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>

#include "grammar_support.hpp"

namespace fs = std::filesystem;
namespace utf = boost::unit_test;
using nlohmann::json;
using namespace precis::grammar;

namespace {

struct shared_state {
    vocabulary vocab;
    lexicon lex{lexicon::default_directory()};
};
shared_state* shared = nullptr;

// Every field given in `expected` equals the field of `actual` (numbers within 1e-6 relative).
bool has_fields(const json& actual, const json& expected) {
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!actual.contains(it.key())) return false;
        const json& a = actual[it.key()];
        if (it->is_number() && a.is_number()) {
            const double x = a.get<double>(), y = it->get<double>();
            if (std::fabs(x - y) > 1e-6 * std::max(1.0, std::fabs(y))) return false;
        } else if (a != *it) {
            return false;
        }
    }
    return true;
}

bool any_has(const json& items, const json& expected) {
    return std::any_of(items.begin(), items.end(),
                       [&](const json& item) { return has_fields(item, expected); });
}

void check_case(const fs::path& input) {
    const fs::path expect_path = fs::path(input).replace_extension(".expect");
    const json expect = json::parse(testing::read_file(expect_path.string()));
    parse_options options;
    if (expect.contains("anchor_date")) options.anchor_date = expect["anchor_date"];
    scratch work;
    document doc;
    parse_error err;
    BOOST_TEST_REQUIRE(parse(testing::read_file(input.string()), shared->vocab, shared->lex,
                             options, work, doc, err));
    const json got = testing::to_json(doc);
    BOOST_TEST_MESSAGE(got.dump(1));

    json actors = json::array(), values = json::array(), verbs = json::array();
    json parts = json::array(), events = json::array(), speakers = json::array();
    for (const json& s : got["sentences"]) {
        for (const json& a : s["actors"]) actors.push_back(a);
        for (const json& v : s["values"]) values.push_back(v);
        for (const json& c : s["clauses"]) {
            if (c.contains("verb")) verbs.push_back(c["verb"]);
            for (const json& p : c["parts"]) parts.push_back(p["kind"]);
            if (!c["event"].get<std::string>().empty()) events.push_back(c["event"]);
            if (c["speaker"].get<int>() >= 0) {
                speakers.push_back(s["actors"][c["speaker"].get<std::size_t>()]["name"]);
            }
        }
    }
    if (expect.contains("sentences")) {
        BOOST_TEST_REQUIRE(got["sentences"].size() == expect["sentences"].size());
        for (std::size_t i = 0; i < expect["sentences"].size(); ++i) {
            BOOST_TEST(got["sentences"][i]["text"] == expect["sentences"][i], "sentence " << i);
        }
    }
    for (const char* key : {"quality", "heading", "paragraph"}) {
        if (!expect.contains(key)) continue;
        for (std::size_t i = 0; i < expect[key].size(); ++i) {
            BOOST_TEST(got["sentences"][i][key] == expect[key][i], key << " of sentence " << i);
        }
    }
    for (const json& a : expect.value("actors", json::array())) {
        BOOST_TEST(any_has(actors, a), "actor " << a.dump());
    }
    for (const json& a : expect.value("not_actors", json::array())) {
        BOOST_TEST(!any_has(actors, a), "unexpected actor " << a.dump());
    }
    for (const json& v : expect.value("values", json::array())) {
        BOOST_TEST(any_has(values, v), "value " << v.dump());
    }
    for (const json& v : expect.value("not_values", json::array())) {
        BOOST_TEST(!any_has(values, v), "unexpected value " << v.dump());
    }
    for (const json& v : expect.value("verbs", json::array())) {
        BOOST_TEST(any_has(verbs, v), "verb " << v.dump());
    }
    for (const json& v : expect.value("not_verbs", json::array())) {
        BOOST_TEST(!any_has(verbs, v), "unexpected verb " << v.dump());
    }
    for (const json& p : expect.value("parts", json::array())) {
        BOOST_TEST((std::find(parts.begin(), parts.end(), p) != parts.end()), "part " << p);
    }
    for (const json& p : expect.value("not_parts", json::array())) {
        BOOST_TEST((std::find(parts.begin(), parts.end(), p) == parts.end()), "unexpected part " << p);
    }
    for (const json& e : expect.value("events", json::array())) {
        BOOST_TEST((std::find(events.begin(), events.end(), e) != events.end()), "event " << e);
    }
    for (const json& sp : expect.value("speakers", json::array())) {
        BOOST_TEST((std::find(speakers.begin(), speakers.end(), sp) != speakers.end()),
                   "speaker " << sp);
    }
    if (expect.contains("anchor")) BOOST_TEST(got["anchor_date"] == expect["anchor"]);
}

bool init_golden() {
    auto& master = utf::framework::master_test_suite();
    if (master.argc < 3) {
        std::cerr << "usage: test_grammar_golden -- <data dir> <vocabulary dir>\n";
        return false;
    }
    static shared_state state;
    shared = &state;
    testing::load_vocabulary(master.argv[2], state.vocab);
    std::vector<fs::path> inputs;
    for (const auto& entry : fs::directory_iterator(master.argv[1])) {
        if (entry.path().extension() == ".input") inputs.push_back(entry.path());
    }
    std::sort(inputs.begin(), inputs.end());
    // An empty data folder is a failure, not a pass.
    master.add(utf::make_test_case([n = inputs.size()] { BOOST_TEST(n >= 80u); },
                                   "golden_case_count", __FILE__, __LINE__));
    for (const fs::path& input : inputs) {
        master.add(utf::make_test_case([input] { check_case(input); }, input.stem().string(),
                                       __FILE__, __LINE__));
    }
    return true;
}

}  // namespace

int main(int argc, char* argv[]) { return utf::unit_test_main(&init_golden, argc, argv); }
