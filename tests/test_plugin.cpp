// The plugin through its C ABI: engine options, results, reload, logging.
#define BOOST_TEST_MODULE plugin
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/precis.hpp"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

std::string arg(int i) {
    auto& suite = boost::unit_test::framework::master_test_suite();
    BOOST_TEST_REQUIRE(suite.argc > i);
    return suite.argv[i];
}

std::string sample() {
    std::ifstream in(arg(1), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Owns a result and reads its document.
struct doc {
    int32_t status;
    json body;
    explicit doc(precis_result* r) {
        status = precis_result_status(r);
        size_t n = 0;
        const char* p = precis_result_json(r, &n);
        body = p ? json::parse(std::string(p, n)) : json();
        precis_result_free(r);
    }
};

struct engine_fixture {
    precis_engine* e = nullptr;
    engine_fixture() {
        precis_result* diag = nullptr;
        e = precis_engine_new(nullptr, 0, &diag);
        doc d(diag);
        BOOST_TEST_REQUIRE(e != nullptr);
        BOOST_TEST(d.status == PRECIS_OK);
        BOOST_TEST(d.body["rules"]["pack"] == "fr-news");
    }
    ~engine_fixture() { precis_engine_free(e); }
    doc summarize(const std::string& text, const std::string& options = {}) const {
        return doc(precis_summarize(e, text.data(), text.size(), options.data(), options.size()));
    }
};

fs::path copy_default_pack() {
    const fs::path dir = fs::temp_directory_path() /
                         ("precis-pack-" + std::to_string(::getpid()) + "-" +
                          std::to_string(std::rand()));
    fs::copy(arg(2), dir, fs::copy_options::recursive);
    return dir;
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(result_document_has_the_contract_fields, engine_fixture) {
    const doc d = summarize(sample());
    BOOST_TEST(d.status == PRECIS_OK);
    for (const char* key : {"schema", "status", "error", "rules", "headline", "summary",
                            "entities", "values", "events", "keywords", "trace"}) {
        BOOST_TEST(d.body.contains(key), key);
    }
    BOOST_TEST(d.body["schema"] == 1);
    BOOST_TEST(d.body["status"] == "ok");
    BOOST_TEST(d.body["rules"]["digest"].get<std::string>().size() == 40u);
    BOOST_TEST(!d.body["headline"]["fr"].get<std::string>().empty());
    BOOST_TEST(!d.body["trace"].empty());
}

BOOST_FIXTURE_TEST_CASE(trace_spans_are_byte_ranges_of_the_input, engine_fixture) {
    const std::string text = sample();
    const doc d = summarize(text);
    for (const auto& t : d.body["trace"]) {
        BOOST_TEST(!t["rule"].get<std::string>().empty());
        const auto from = t["span"][0].get<size_t>(), to = t["span"][1].get<size_t>();
        BOOST_TEST(from <= to);
        BOOST_TEST(to <= text.size());
    }
}

BOOST_FIXTURE_TEST_CASE(text_needing_escapes_survives_the_result_json, engine_fixture) {
    // Quotes, backslashes and control characters must be escaped; accented text and other
    // scripts are written as they are. The summary keeps the lead sentence's words.
    const std::string lead = u8"Le ministre a signé un accord \"dit\" historique \\ avec "
                             u8"l'Égypte\x01 et Αθήνα jeudi.";
    const doc d = summarize(lead + "\nLe texte entre en vigueur lundi.\n");
    BOOST_TEST_REQUIRE(d.status == PRECIS_OK);
    const std::string first = d.body["summary"]["fr"].at(0).get<std::string>();
    BOOST_TEST(first.find("\"dit\"") != std::string::npos, first);
    BOOST_TEST(first.find('\\') != std::string::npos, first);
    BOOST_TEST(first.find('\x01') != std::string::npos, first);
    BOOST_TEST(first.find(u8"l'Égypte") != std::string::npos, first);
    BOOST_TEST(first.find(u8"Αθήνα") != std::string::npos, first);
}

BOOST_FIXTURE_TEST_CASE(an_entity_named_by_its_title_has_no_joining_de, engine_fixture) {
    // "la fille du président": the person mentioned is "président", its span that word's
    const std::string text = u8"La fille du président a parlé mardi.";
    const doc d = summarize(text);
    BOOST_TEST_REQUIRE(d.status == PRECIS_OK);
    bool found = false;
    for (const auto& entity : d.body["entities"]) {
        const std::string t = entity["text"].get<std::string>();
        BOOST_TEST(t.rfind("du ", 0) != 0, t);
        if (t != u8"président") continue;
        found = true;
        const auto from = entity["span"][0].get<size_t>(), to = entity["span"][1].get<size_t>();
        BOOST_TEST(text.substr(from, to - from) == u8"président");
    }
    BOOST_TEST(found, d.body["entities"].dump());
}

BOOST_FIXTURE_TEST_CASE(trace_can_be_switched_off, engine_fixture) {
    const doc d = summarize(sample(), R"({"trace": false})");
    BOOST_TEST(d.status == PRECIS_OK);
    BOOST_TEST(d.body["trace"].empty());
}

BOOST_FIXTURE_TEST_CASE(bad_call_options_are_invalid_argument, engine_fixture) {
    for (const std::string options : {"not json", "[1]", R"({"unknown": 1})",
                                      R"({"date": "23/10/2025"})", R"({"trace": "yes"})"}) {
        const doc d = summarize(sample(), options);
        BOOST_TEST(d.status == PRECIS_INVALID_ARGUMENT, options);
        BOOST_TEST(d.body["error"]["code"] == "invalid_argument");
    }
}

BOOST_AUTO_TEST_CASE(bad_engine_options_give_no_engine_and_a_reason) {
    for (const std::string options : {"{", R"({"limits": {"max_input_bytes": -1}})",
                                      R"({"rules": 3})", R"({"colour": "blue"})"}) {
        precis_result* diag = nullptr;
        precis_engine* e = precis_engine_new(options.data(), options.size(), &diag);
        BOOST_TEST(e == nullptr, options);
        const doc d(diag);
        BOOST_TEST(d.status == PRECIS_INVALID_ARGUMENT, options);
    }
}

BOOST_AUTO_TEST_CASE(input_larger_than_the_limit_is_refused) {
    const std::string options = R"({"limits": {"max_input_bytes": 100}})";
    precis_result* diag = nullptr;
    precis_engine* e = precis_engine_new(options.data(), options.size(), &diag);
    precis_result_free(diag);
    BOOST_TEST_REQUIRE(e != nullptr);
    const std::string text = sample();
    const doc d(precis_summarize(e, text.data(), text.size(), nullptr, 0));
    BOOST_TEST(d.status == PRECIS_INPUT_TOO_LARGE);
    BOOST_TEST(d.body["error"]["code"] == "input_too_large");
    precis_engine_free(e);
}

BOOST_FIXTURE_TEST_CASE(invalid_utf8_reports_the_byte_offset, engine_fixture) {
    const std::string text = "Le ministre a signé\xC3 un accord.";
    const doc d = summarize(text);
    BOOST_TEST(d.status == PRECIS_INVALID_UTF8);
    BOOST_TEST(d.body["error"]["code"] == "invalid_utf8");
    BOOST_TEST(d.body["error"]["offset"] == 20);  // "Le ministre a signé" is 20 bytes
}

BOOST_FIXTURE_TEST_CASE(a_broken_pack_leaves_the_engine_on_its_rules, engine_fixture) {
    const std::string before = summarize(sample()).body["rules"]["digest"];
    const fs::path dir = copy_default_pack();
    {
        std::ofstream broken(dir / "pack.yaml", std::ios::trunc);
        broken << "name: \"fr-news\"\nversion: [unclosed\n";
    }
    const std::string d = dir.string();
    const doc reload(precis_engine_reload(e, d.data(), d.size()));
    BOOST_TEST(reload.status == PRECIS_RULES_INVALID);
    BOOST_TEST_REQUIRE(!reload.body["diagnostics"].empty());
    BOOST_TEST(reload.body["diagnostics"][0]["file"] == "pack.yaml");
    BOOST_TEST(reload.body["diagnostics"][0]["line"].get<int>() >= 1);
    const doc after = summarize(sample());
    BOOST_TEST(after.status == PRECIS_OK);
    BOOST_TEST(after.body["rules"]["digest"] == before);
    fs::remove_all(dir);
}

BOOST_FIXTURE_TEST_CASE(a_good_pack_is_swapped_in_and_named, engine_fixture) {
    const fs::path dir = copy_default_pack();
    {
        std::ofstream pack(dir / "pack.yaml", std::ios::app);
        pack << "# edited\n";
    }
    const std::string d = dir.string();
    const doc reload(precis_engine_reload(e, d.data(), d.size()));
    BOOST_TEST(reload.status == PRECIS_OK);
    const doc after = summarize(sample());
    BOOST_TEST(after.body["rules"]["origin"] == d);
    BOOST_TEST(after.body["rules"]["digest"] == reload.body["rules"]["digest"]);
    // Nothing changed since: no reload.
    BOOST_TEST(precis_engine_reload_if_changed(e) == nullptr);
    fs::remove_all(dir);
}

namespace {
struct log_capture {
    std::vector<std::string> lines;
    static void callback(void* user, int32_t level, const char* message, size_t len) {
        static_cast<log_capture*>(user)->lines.push_back(std::to_string(level) + " " +
                                                         std::string(message, len));
    }
};
}  // namespace

BOOST_FIXTURE_TEST_CASE(logs_go_to_the_host_callback_only, engine_fixture) {
    log_capture capture;
    precis_engine_set_logger(e, &log_capture::callback, &capture, 2);
    const std::string missing = "/nonexistent/precis/pack";
    precis_result_free(precis_engine_reload(e, missing.data(), missing.size()));
    BOOST_TEST_REQUIRE(!capture.lines.empty());
    BOOST_TEST(capture.lines.back().find("refused") != std::string::npos);
    precis_engine_set_logger(e, nullptr, nullptr, 0);
    const size_t seen = capture.lines.size();
    precis_result_free(precis_engine_reload(e, missing.data(), missing.size()));
    BOOST_TEST(capture.lines.size() == seen);
}

BOOST_FIXTURE_TEST_CASE(parse_covers_every_sentence_in_order, engine_fixture) {
    const std::string text = sample();
    const doc d(precis_parse(e, text.data(), text.size(), nullptr, 0));
    BOOST_TEST(d.status == PRECIS_OK);
    BOOST_TEST_REQUIRE(d.body["sentences"].size() >= 8u);
    size_t last_end = 0;
    for (const auto& s : d.body["sentences"]) {
        const auto b = s["span"][0].get<size_t>(), en = s["span"][1].get<size_t>();
        BOOST_TEST(b >= last_end);
        BOOST_TEST(en > b);
        last_end = en;
    }
}
