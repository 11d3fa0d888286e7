// The tuning tools as an editor uses them, through the built `precis` command: pack edits
// without a rebuild, lint, eval (checked against the shared scorer) and explain.
// Arguments: precis, the default pack, a sample article, the tests' data folder, the shared
// folder (scorer and corpus; may be missing), python3, chromium (both may be ""), the folder
// of the tools tests' helper scripts.
#define BOOST_TEST_MODULE tools_cli
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tools/support.hpp"

using namespace precis::test;
using json = nlohmann::json;
namespace utf = boost::unit_test;

namespace {

std::string precis_cmd() { return arg(1); }
fs::path default_pack() { return arg(2); }
fs::path sample() { return arg(3); }
fs::path data_dir() { return arg(4); }
fs::path shared_dir() { return arg(5); }
std::string python() { return arg(6); }
std::string chromium() { return arg(7); }

fs::path scorer() { return shared_dir() / "tools" / "score.py"; }

boost::test_tools::assertion_result have_scorer(utf::test_unit_id) {
    boost::test_tools::assertion_result ok(!python().empty() && fs::exists(scorer()) &&
                                           fs::exists(shared_dir() / "corpus" / "dev.jsonl"));
    ok.message() << "needs python3 and " << scorer() << " with the dev corpus";
    return ok;
}

boost::test_tools::assertion_result have_chromium(utf::test_unit_id) {
    boost::test_tools::assertion_result ok{!chromium().empty() && !python().empty()};
    ok.message() << "needs chromium and python3";
    return ok;
}

json summarize_with(const fs::path& pack) {
    const run_result r =
        run({precis_cmd(), "summarize", sample().string(), "--rules", pack.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

std::size_t words(const std::string& s) {
    std::istringstream in(s);
    std::size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

// Every 7th line of the dev corpus (both of its sources, with and without summaries and
// English titles) up to `n` lines, then the hand-made Unicode cases.
fs::path corpus_slice(const scratch_dir& dir, std::size_t n, bool with_unicode_cases) {
    std::ifstream dev(shared_dir() / "corpus" / "dev.jsonl", std::ios::binary);
    std::string slice, line;
    std::size_t taken = 0;
    for (std::size_t i = 0; taken < n && std::getline(dev, line); ++i) {
        if (i % 7 != 0) continue;
        slice += line + "\n";
        ++taken;
    }
    if (with_unicode_cases) slice += read_file(data_dir() / "tools_eval_unicode.jsonl");
    const fs::path p = dir / "slice.jsonl";
    write_file(p, slice);
    return p;
}

// score.py's figures for a corpus and predictions, without the OTS baseline (it runs an
// external summariser per article and eval does not compute it).
json score_py(const fs::path& corpus, const fs::path& predictions) {
    const std::string program =
        "import sys, shutil; sys.path.insert(0, sys.argv[1]); import score; "
        "shutil.which = lambda *a, **k: None; "
        "sys.argv = ['score.py', sys.argv[2], sys.argv[3], '--baselines', '--json']; score.main()";
    const run_result r = run({python(), "-c", program, scorer().parent_path().string(),
                              corpus.string(), predictions.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

void expect_same_figures(const json& ours, const json& theirs) {
    for (const char* key : {"headline_fr_rouge", "headline_en_rouge", "summary_fr_rouge",
                            "lead1_fr_rouge", "lead1cut12_fr_rouge", "lead1clean14_fr_rouge"}) {
        BOOST_TEST_CONTEXT(key) {
            BOOST_TEST_REQUIRE(ours.contains(key) == theirs.contains(key));
            if (!theirs.contains(key)) continue;
            for (std::size_t i = 0; i < 3; ++i) {
                BOOST_TEST(ours[key][i].get<double>() == theirs[key][i].get<double>(),
                           boost::test_tools::tolerance(1e-3));
                BOOST_TEST(std::abs(ours[key][i].get<double>() - theirs[key][i].get<double>()) <
                           0.1);
            }
        }
    }
    BOOST_TEST(ours["n"] == theirs["n"]);
    BOOST_TEST(ours["empty_fr"] == theirs["empty_fr"]);
    BOOST_TEST(ours["empty_en"] == theirs["empty_en"]);
}

}  // namespace

BOOST_AUTO_TEST_CASE(editing_a_copy_of_the_pack_changes_the_summary_with_no_rebuild) {
    scratch_dir dir("cli-edit");
    const fs::path pack = dir / "pack";
    copy_pack(default_pack(), pack);
    const json before = summarize_with(pack);
    const std::string headline = before["headline"]["fr"];
    BOOST_TEST_REQUIRE(words(headline) > 5u);

    set_pack_option(pack, "headline_max_words", "5");
    const json after = summarize_with(pack);
    BOOST_TEST(words(after["headline"]["fr"].get<std::string>()) < words(headline));
    BOOST_TEST(after["headline"]["fr"] != headline);
    BOOST_TEST(after["rules"]["digest"] != before["rules"]["digest"]);
    BOOST_TEST(after["rules"]["origin"] == pack.string());
}

BOOST_AUTO_TEST_CASE(editing_the_template_that_fired_changes_the_english_headline) {
    scratch_dir dir("cli-template");
    const fs::path pack = dir / "pack";
    copy_pack(default_pack(), pack);
    const json before = summarize_with(pack);
    // The template that realised the English headline is named in the trace.
    const std::vector<std::string> lines = lines_of(read_file(pack / "templates.yaml"));
    std::size_t at = lines.size();
    for (const auto& t : before["trace"]) {
        const std::string item = "- name: \"" + t["rule"].get<std::string>() + "\"";
        for (std::size_t i = 0; i < lines.size() && at == lines.size(); ++i) {
            if (lines[i].find(item) != std::string::npos) at = i;
        }
    }
    BOOST_TEST_REQUIRE(at < lines.size(), "no template named in the trace");
    std::string edited;
    bool done = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string l = lines[i];
        const std::size_t en = l.find("en: \"");
        if (!done && i > at && en != std::string::npos) {
            l.insert(en + 5, "Tuned ");
            done = true;
        }
        edited += l + "\n";
    }
    BOOST_TEST_REQUIRE(done);
    write_file(pack / "templates.yaml", edited);

    const json after = summarize_with(pack);
    const std::string en = after["headline"]["en"];
    BOOST_TEST(en.find("Tuned ") != std::string::npos, en);
    BOOST_TEST(before["headline"]["en"].get<std::string>().find("Tuned") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(editing_a_lexicon_entry_changes_the_english_headline) {
    scratch_dir dir("cli-lexicon");
    const fs::path pack = dir / "pack";
    copy_pack(default_pack(), pack);
    const std::string before = summarize_with(pack)["headline"]["en"];
    // The first word of the English headline that a lexicon entry gives gets a new English.
    std::istringstream words_in(before);
    bool edited = false;
    for (std::string w; !edited && words_in >> w;) {
        w.erase(
            std::remove_if(w.begin(), w.end(), [](unsigned char c) { return !std::isalpha(c); }),
            w.end());
        if (w.size() < 3) continue;
        const std::string entry = "en: \"" + w + "\"";
        for (const auto& f : fs::directory_iterator(pack / "lexicon")) {
            std::string text = read_file(f.path());
            for (std::size_t at; (at = text.find(entry)) != std::string::npos;) {
                text.replace(at, entry.size(), "en: \"zz" + w + "\"");
                edited = true;
            }
            write_file(f.path(), text);
        }
    }
    BOOST_TEST_REQUIRE(edited, "no lexicon word in '" << before << "'");
    std::string after = summarize_with(pack)["headline"]["en"];
    const std::string shown = after;
    std::transform(after.begin(), after.end(), after.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    BOOST_TEST(after.find("zz") != std::string::npos, before << " -> " << shown);
}

BOOST_AUTO_TEST_CASE(lint_of_the_default_pack_is_clean) {
    const run_result r = run({precis_cmd(), "rules", "lint", default_pack().string()});
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.out.empty(), r.out);
}

BOOST_AUTO_TEST_CASE(lint_reports_every_problem_of_every_file_with_its_position) {
    scratch_dir dir("cli-lint");
    const fs::path pack = dir / "pack";
    copy_pack(default_pack(), pack);
    set_pack_option(pack, "summary_sentences", "40");
    set_pack_option(pack, "place_prefix", "peut-être");
    std::string pack_yaml = read_file(pack / "pack.yaml");
    pack_yaml += "  headline_max_word: 12\n  place_prefix: true\n";
    write_file(pack / "pack.yaml", pack_yaml);
    const int last = static_cast<int>(lines_of(pack_yaml).size());
    write_file(pack / "vocabulary" / "zz_lint_titles.yaml",
               "class: \"title\"\nterms:\n  - \"ministre\"\n  - Élections : le vote\n  - no\n"
               "  - \"pre\xCC\x81"
               "fet\"\n");
    write_file(pack / "vocabulary" / "zz_lint_syntax.yaml",
               "class: \"country\"\nterms: [\n  \"Belgique\",\n  'Côte d'Ivoire',\n]\n");
    write_file(pack / "vocabulary" / "zz_lint_dup.yaml",
               "class: \"month\"\nterms: []\nclass: \"weekday\"\n");
    write_file(pack / "vocabulary" / "zz_lint_months.yml", "class: \"month\"\nterms: []\n");
    write_file(pack / "vocabulary" / "zz_lint_keys.yaml",
               "class: \"country\"\nterms:\n  - {phrase: \"Zzland\", key: \"ZZ\"}\n"
               "  - {phrase: \"Zzland\", key: \"ZY\"}\n");
    // A link out of the pack: refused, and the other files are still checked.
    fs::create_symlink("/etc/hostname", pack / "vocabulary" / "zz_lint_link.yaml");

    const run_result r = run({precis_cmd(), "rules", "lint", pack.string()});
    BOOST_TEST(r.exit_code != 0);
    const std::vector<std::string> got = lines_of(r.out);
    const std::set<std::string> found(got.begin(), got.end());
    auto has = [&](const std::string& prefix) {
        const bool ok = std::any_of(got.begin(), got.end(),
                                    [&](const std::string& l) { return starts_with(l, prefix); });
        BOOST_TEST(ok, prefix << " in\n" << r.out);
    };
    has("pack.yaml:" + std::to_string(line_of(pack / "pack.yaml", "summary_sentences")) +
        ":22: summary_sentences must be between 1 and 10");
    has("pack.yaml:" + std::to_string(last - 1) +
        ":3: unknown key 'headline_max_word' (did you "
        "mean 'headline_max_words'?)");
    has("pack.yaml:" + std::to_string(line_of(pack / "pack.yaml", "place_prefix")) +
        ":17: place_prefix must be true or false");
    has("pack.yaml:" + std::to_string(last) + ":3: duplicate key 'place_prefix'");
    has("vocabulary/zz_lint_titles.yaml:4:5: term must be a string; YAML read 'Élections: …' as "
        "a key and a value because of ': ': quote the whole text (\"Élections : …\")");
    has("vocabulary/zz_lint_titles.yaml:5:5: term 'no' is read by YAML as a boolean");
    has("vocabulary/zz_lint_titles.yaml:6:5: text not in NFC form");
    // Columns count characters: "  'Côte d'" is 10 characters, 11 bytes.
    has("vocabulary/zz_lint_syntax.yaml:4:11: YAML syntax error");
    has("vocabulary/zz_lint_dup.yaml:3:1: duplicate key 'class' (first at line 1)");
    has("vocabulary/zz_lint_months.yml:0:0: pack files end in .yaml");
    has("vocabulary/zz_lint_link.yaml:0:0: symbolic links are not allowed in a pack");
    has("vocabulary/zz_lint_keys.yaml:4:5: 'Zzland' is already a country at "
        "vocabulary/zz_lint_keys.yaml:3 with key 'ZZ'");
    // Every line is file:line:col: message.
    for (const auto& l : got) {
        BOOST_TEST(std::count(l.begin(), l.end(), ':') >= 3, l);
    }
}

BOOST_AUTO_TEST_CASE(eval_prints_the_figures_of_the_shared_scorer,
                     *utf::precondition(have_scorer)) {
    scratch_dir dir("cli-eval");
    std::set<std::string> keys;
    for (const bool unicode_cases : {false, true}) {
        BOOST_TEST_CONTEXT("with the Unicode cases: " << unicode_cases) {
            const fs::path slice = corpus_slice(dir, 40, unicode_cases);
            const fs::path predictions = dir / "predictions.jsonl";
            const run_result r = run({precis_cmd(), "eval", "--corpus", slice.string(), "--out",
                                      predictions.string(), "--json", "--threads", "2"});
            BOOST_TEST_REQUIRE(r.exit_code == 0);
            const json ours = json::parse(r.out);
            const json theirs = score_py(slice, predictions);
            expect_same_figures(ours, theirs);
            for (const auto& [key, value] : theirs.items()) keys.insert(key);
            BOOST_TEST(ours["n"] == (unicode_cases ? 48 : 40));
        }
    }
    // The slices hold English titles and summaries, so every figure was compared.
    for (const char* key : {"headline_en_rouge", "summary_fr_rouge"})
        BOOST_TEST(keys.count(key) == 1u, key);
}

BOOST_AUTO_TEST_CASE(eval_against_another_pack_lists_the_changed_headlines,
                     *utf::precondition(have_scorer)) {
    scratch_dir dir("cli-against");
    const fs::path pack = dir / "pack";
    copy_pack(default_pack(), pack);
    set_pack_option(pack, "headline_max_words", "6");
    const fs::path slice = corpus_slice(dir, 30, false);

    const run_result as_json = run({precis_cmd(), "eval", "--corpus", slice.string(), "--rules",
                                    pack.string(), "--against", default_pack().string(), "--json"});
    BOOST_TEST_REQUIRE(as_json.exit_code == 0);
    const json report = json::parse(as_json.out);
    BOOST_TEST(report["n"] == 30);
    BOOST_TEST(report["against"]["n"] == 30);
    BOOST_TEST_REQUIRE(!report["changed"].empty());
    for (const auto& c : report["changed"]) BOOST_TEST(c["rules"] != c["against"]);
    BOOST_TEST(report["headline_fr_words"].get<double>() <
               report["against"]["headline_fr_words"].get<double>());

    const run_result as_text = run({precis_cmd(), "eval", "--corpus", slice.string(), "--rules",
                                    pack.string(), "--against", default_pack().string()});
    BOOST_TEST_REQUIRE(as_text.exit_code == 0);
    BOOST_TEST(as_text.out.find("headlines changed: " + std::to_string(report["changed"].size())) !=
                   std::string::npos,
               as_text.out);
    // Gains are listed best first, losses worst first.
    std::vector<double> gains, losses;
    for (const auto& c : report["changed"]) {
        const double d = c["rouge_l_change"];
        if (d > 0) gains.push_back(d);
        if (d < 0) losses.push_back(d);
    }
    std::sort(gains.rbegin(), gains.rend());
    std::sort(losses.begin(), losses.end());
    const std::size_t best = as_text.out.find("best gains"),
                      worst = as_text.out.find("worst losses");
    if (!gains.empty()) {
        char first[32];
        std::snprintf(first, sizeof first, "%+7.1f", gains.front());
        BOOST_TEST(best != std::string::npos);
        BOOST_TEST(as_text.out.find(first, best) == as_text.out.find('\n', best) + 1, as_text.out);
    }
    if (!losses.empty()) {
        char first[32];
        std::snprintf(first, sizeof first, "%+7.1f", losses.front());
        BOOST_TEST(worst != std::string::npos);
        BOOST_TEST(as_text.out.find(first, worst) == as_text.out.find('\n', worst) + 1,
                   as_text.out);
    }
}

BOOST_AUTO_TEST_CASE(explain_shows_the_output_the_rules_and_the_clause_tree) {
    const json summary = summarize_with(default_pack());
    const run_result r =
        run({precis_cmd(), "explain", sample().string(), "--rules", default_pack().string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0);
    BOOST_TEST(r.out.find("  fr: " + summary["headline"]["fr"].get<std::string>() + "\n") !=
               std::string::npos);
    BOOST_TEST(r.out.find("rules that fired (" + std::to_string(summary["trace"].size()) + ")") !=
               std::string::npos);
    for (const auto& t : summary["trace"]) {
        BOOST_TEST(r.out.find(t["rule"].get<std::string>()) != std::string::npos);
    }
    BOOST_TEST(r.out.find("clause tree (") != std::string::npos);
    BOOST_TEST(r.out.find("\nselected\n") != std::string::npos);
    BOOST_TEST(r.out.find("\ntrimmed\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(explain_html_is_self_contained_and_renders_with_highlights,
                     *utf::precondition(have_chromium)) {
    scratch_dir dir("cli-explain");
    const fs::path page = dir / "explain.html", shot = dir / "explain.png";
    const run_result r = run({precis_cmd(), "explain", sample().string(), "--html", page.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0);
    const std::string html = read_file(page);
    const json summary = summarize_with(default_pack());
    for (const auto& t : summary["trace"]) {
        // Each rule is in the table, and named on the passages it fired on (shown on hover).
        const std::string rule = t["rule"];
        BOOST_TEST(html.find("<code>" + rule + "</code>") != std::string::npos, rule);
        const std::size_t on_passage = html.find(rule + ": ", html.find("data-rules=\""));
        BOOST_TEST(on_passage != std::string::npos, rule);
    }
    BOOST_TEST(html.find("class=\"seg selected\"") != std::string::npos);
    for (const char* outside : {"src=\"http", "href=\"http", "@import", "url("}) {
        BOOST_TEST(html.find(outside) == std::string::npos, outside);
    }

    auto screenshot = [&] {
        return run({"timeout", "120", chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    // (the screenshot waits for the page to be laid out and painted whole: on a
                    // busy machine it could catch a first, partial paint)
                    "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
                    "--user-data-dir=" + (dir / "profile").string(), "--screenshot=" + shot.string(),
                    "--window-size=1200,900", "file://" + page.string()},
                   /*quiet=*/true);
    };
    run_result browser = screenshot();
    // A headless browser starting on a loaded machine now and then never gets going (timeout's
    // 124): it gets one more try, as a person would give it; anything else is the page's.
    if (browser.exit_code == 124) browser = screenshot();
    BOOST_TEST_REQUIRE(browser.exit_code == 0);
    BOOST_TEST_REQUIRE(fs::exists(shot));
    const run_result stats =
        run({python(), (fs::path(arg(8)) / "png_stats.py").string(), shot.string(), "fde68a"});
    BOOST_TEST_REQUIRE(stats.exit_code == 0);
    const json s = json::parse(stats.out);
    BOOST_TEST(s["width"] == 1200);
    BOOST_TEST(s["height"] == 900);
    BOOST_TEST(s["distinct"].get<int>() > 50);             // text and panels, not one colour
    BOOST_TEST(s["dominant_share"].get<double>() < 0.95);  // not blank
    // The selected passage's yellow covers more than the legend's small sample of it.
    BOOST_TEST(s["near"]["fde68a"].get<int>() > 2500);
}
