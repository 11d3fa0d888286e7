// Rule packs changed while the engine runs: refused packs, reload on change, no rebuild.
// Arguments: the default pack directory, a sample article.
#define BOOST_TEST_MODULE tools_reload
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <set>

#include "tools/support.hpp"

using namespace precis::test;
using json = nlohmann::json;

namespace {

// An engine on a copy of the default pack, which the test may edit.
struct pack_engine {
    scratch_dir dir{"reload"};
    fs::path pack = dir / "pack";
    precis_engine* e = nullptr;

    pack_engine() {
        copy_pack(arg(1), pack);
        const std::string options = json{{"rules", pack.string()}}.dump();
        precis_result* diag = nullptr;
        e = precis_engine_new(options.data(), options.size(), &diag);
        const doc d(diag);
        BOOST_TEST_REQUIRE(e != nullptr, d.json);
    }
    ~pack_engine() { precis_engine_free(e); }
    pack_engine(const pack_engine&) = delete;  // owns the engine
    pack_engine& operator=(const pack_engine&) = delete;

    doc summarize() const {
        const std::string text = read_file(arg(2));
        return doc(precis_summarize(e, text.data(), text.size(), nullptr, 0));
    }
    doc reload(const fs::path& p) const {
        const std::string s = p.string();
        return doc(precis_engine_reload(e, s.data(), s.size()));
    }
};

std::size_t words(const std::string& s) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

// Moves a file's modification time forward, so that an edit within the same clock tick is
// still seen (file systems with coarse timestamps).
void age(const fs::path& p, int seconds) {
    fs::last_write_time(p, fs::last_write_time(p) + std::chrono::seconds(seconds));
}

// A pack with problems in two files, each at a known place.
void break_pack(const fs::path& pack) {
    set_pack_option(pack, "headline_max_words", "400");
    write_file(pack / "vocabulary" / "zz_broken.yaml",
               "class: \"title\"\nterms:\n  - \"ministre\"\n  - Élections : le vote\n");
    write_file(pack / "vocabulary" / "zz_unknown.yaml", "class: \"planet\"\nterms: []\n");
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_pack_option_changes_the_output_with_no_rebuild) {
    const pack_engine eng;
    const doc before = eng.summarize();
    BOOST_TEST_REQUIRE(before.status == PRECIS_OK);
    const std::string headline = json::parse(before.json)["headline"]["fr"];
    BOOST_TEST_REQUIRE(words(headline) > 5u);

    set_pack_option(eng.pack, "headline_max_words", "5");
    const doc reloaded = eng.reload(eng.pack);
    BOOST_TEST_REQUIRE(reloaded.status == PRECIS_OK, reloaded.json);
    const doc after = eng.summarize();
    const std::string shorter = json::parse(after.json)["headline"]["fr"];
    BOOST_TEST(words(shorter) < words(headline));
    BOOST_TEST(shorter != headline);
    BOOST_TEST(digest_of(after.json) != digest_of(before.json));
}

BOOST_AUTO_TEST_CASE(a_broken_pack_is_refused_with_every_problem_and_the_old_rules_stay) {
    const pack_engine eng;
    const doc before = eng.summarize();
    BOOST_TEST_REQUIRE(before.status == PRECIS_OK);

    scratch_dir other("broken");
    const fs::path broken = other / "pack";
    copy_pack(eng.pack, broken);
    break_pack(broken);
    const doc refused = eng.reload(broken);
    BOOST_TEST(refused.status == PRECIS_RULES_INVALID);
    const json body = json::parse(refused.json);
    BOOST_TEST(body["status"] == "error");
    BOOST_TEST(body["error"]["code"] == "rules_invalid");
    std::set<std::string> lines;
    for (const auto& d : body["diagnostics"]) {
        lines.insert(d["file"].get<std::string>() + ":" + std::to_string(d["line"].get<int>()) +
                     ":" + std::to_string(d["column"].get<int>()));
    }
    // The value of "  headline_max_words: 400" starts at column 23.
    const std::string at =
        "pack.yaml:" + std::to_string(line_of(broken / "pack.yaml", "headline_max_words")) + ":23";
    BOOST_TEST(lines.count(at) == 1u, at);
    BOOST_TEST(lines.count("vocabulary/zz_broken.yaml:4:5") == 1u);
    BOOST_TEST(lines.count("vocabulary/zz_unknown.yaml:1:8") == 1u);

    const doc after = eng.summarize();
    BOOST_TEST(after.status == PRECIS_OK);
    BOOST_TEST(digest_of(after.json) == digest_of(before.json));
    BOOST_TEST(json::parse(after.json)["headline"] == json::parse(before.json)["headline"]);
}

BOOST_AUTO_TEST_CASE(reload_if_changed_answers_only_when_a_file_changed) {
    const pack_engine eng;
    BOOST_TEST(precis_engine_reload_if_changed(eng.e) == nullptr);
    BOOST_TEST(precis_engine_reload_if_changed(eng.e) == nullptr);
    const std::string first = digest_of(eng.summarize().json);

    // Touched only: a reload happens, and gives the same pack.
    age(eng.pack / "pack.yaml", 2);
    precis_result* touched = precis_engine_reload_if_changed(eng.e);
    BOOST_TEST_REQUIRE(touched != nullptr);
    const doc same(touched);
    BOOST_TEST(same.status == PRECIS_OK);
    BOOST_TEST(digest_of(same.json) == first);
    BOOST_TEST(precis_engine_reload_if_changed(eng.e) == nullptr);

    // Edited: the new rules are in use.
    set_pack_option(eng.pack, "headline_max_words", "6");
    age(eng.pack / "pack.yaml", 4);
    precis_result* edited = precis_engine_reload_if_changed(eng.e);
    BOOST_TEST_REQUIRE(edited != nullptr);
    const doc changed(edited);
    BOOST_TEST(changed.status == PRECIS_OK, changed.json);
    const std::string second = digest_of(eng.summarize().json);
    BOOST_TEST(second != first);
    BOOST_TEST(digest_of(changed.json) == second);
    BOOST_TEST(precis_engine_reload_if_changed(eng.e) == nullptr);

    // Broken: reported once, the last good rules stay.
    write_file(eng.pack / "vocabulary" / "zz_broken.yaml", "class: [\n");
    precis_result* broken = precis_engine_reload_if_changed(eng.e);
    BOOST_TEST_REQUIRE(broken != nullptr);
    BOOST_TEST(doc(broken).status == PRECIS_RULES_INVALID);
    BOOST_TEST(precis_engine_reload_if_changed(eng.e) == nullptr);
    BOOST_TEST(digest_of(eng.summarize().json) == second);

    // Fixed: picked up again.
    fs::remove(eng.pack / "vocabulary" / "zz_broken.yaml");
    precis_result* fixed = precis_engine_reload_if_changed(eng.e);
    BOOST_TEST_REQUIRE(fixed != nullptr);
    BOOST_TEST(doc(fixed).status == PRECIS_OK);
}

BOOST_AUTO_TEST_CASE(an_engine_on_the_embedded_pack_never_reloads_on_change) {
    precis_result* diag = nullptr;
    precis_engine* e = precis_engine_new(nullptr, 0, &diag);
    precis_result_free(diag);
    BOOST_TEST_REQUIRE(e != nullptr);
    BOOST_TEST(precis_engine_reload_if_changed(e) == nullptr);
    precis_engine_free(e);
}
