// Loading rule packs: the default pack is clean, and every kind of problem is reported with
// its file, line and column, without throwing and without replacing a good pack.
#define BOOST_TEST_MODULE rules_loader
#include <boost/test/unit_test.hpp>

#include <cstring>

#include "fallback_tables.hpp"
#include "lint_pack.hpp"
#include "rules_support.hpp"
#include "yaml_doc.hpp"

using namespace precis::rules;
using namespace precis::rules::testing;

namespace {

// Asserts that loading `pack` reports a problem in `file` holding `words`, at line `line`.
void expect_problem(const pack_source& pack, const std::string& file, const std::string& words,
                    int line) {
    const load_result r = load(pack);
    BOOST_TEST(!r.rules, "a pack with problems must not load");
    const diagnostic* d = problem(r, file, words);
    BOOST_TEST_REQUIRE(d != nullptr, "no '" << words << "' problem in " << file << "; got:\n"
                                            << all_problems(r));
    BOOST_TEST(d->line == line, d->to_string());
    BOOST_TEST(d->column > 0, d->to_string());
    BOOST_TEST(d->to_string().rfind(file + ":" + std::to_string(line) + ":", 0) == 0u);
}

}  // namespace

BOOST_AUTO_TEST_CASE(default_pack_loads_clean) {
    const load_result r = load(embedded_pack());
    BOOST_TEST(r.problems.empty(), all_problems(r));
    BOOST_TEST_REQUIRE(r.rules != nullptr);
    BOOST_TEST(r.rules->identity().name == "fr-news");
}

BOOST_AUTO_TEST_CASE(template_naming_an_unknown_event) {
    expect_problem(pack_with("templates.yaml",
                             "templates:\n"
                             "  - name: \"t1\"\n"
                             "    event: \"no_such_event\"\n"
                             "    en: \"{subject} {verb}\"\n"),
                   "templates.yaml", "unknown event 'no_such_event'", 3);
}

BOOST_AUTO_TEST_CASE(template_naming_a_slot_that_does_not_exist) {
    expect_problem(pack_with("templates.yaml",
                             "templates:\n"
                             "  - name: \"t1\"\n"
                             "    event: \"*\"\n"
                             "    fr: \"{acteurs} signent\"\n"),
                   "templates.yaml", "unknown slot '{acteurs}'", 4);
}

BOOST_AUTO_TEST_CASE(template_with_unbalanced_braces) {
    expect_problem(pack_with("templates.yaml",
                             "templates:\n"
                             "  - name: \"t1\"\n"
                             "    event: \"*\"\n"
                             "    en: \"{subject signs\"\n"),
                   "templates.yaml", "'{' without '}'", 4);
}

BOOST_AUTO_TEST_CASE(duplicate_rule_names_across_files) {
    // "lead_position" is a scoring feature of the default pack; a trimming rule may not reuse it.
    expect_problem(pack_with("trimming.yaml",
                             "rules:\n"
                             "  - name: \"cut_short\"\n"
                             "    kind: \"cut\"\n"
                             "  - name: \"lead_position\"\n"
                             "    kind: \"parenthetical\"\n"),
                   "trimming.yaml", "duplicate rule name 'lead_position'", 4);
}

BOOST_AUTO_TEST_CASE(lexicon_entry_missing_a_language) {
    expect_problem(pack_with("lexicon/extra.yaml",
                             "entries:\n"
                             "  - {fr: \"traité\", en: \"treaty\", pos: \"noun\"}\n"
                             "  - {fr: \"pourparlers\", pos: \"noun\"}\n"),
                   "lexicon/extra.yaml", "without 'en'", 3);
}

BOOST_AUTO_TEST_CASE(keeps_of_must_be_a_list_of_words) {
    expect_problem(pack_with("lexicon/extra.yaml", "keeps_of: \"nombre\"\n"), "lexicon/extra.yaml",
                   "'keeps_of' must be a list", 1);
}

BOOST_AUTO_TEST_CASE(a_word_class_must_be_a_list_of_words) {
    expect_problem(pack_with("lexicon/extra.yaml", "venues: \"gare\"\n"), "lexicon/extra.yaml",
                   "'venues' must be a list", 1);
    expect_problem(pack_with("lexicon/extra.yaml", "venue: [\"gare\"]\n"), "lexicon/extra.yaml",
                   "unknown key 'venue'", 1);
}

BOOST_AUTO_TEST_CASE(country_missing_its_english_adjective) {
    expect_problem(pack_with("lexicon/extra.yaml",
                             "countries:\n"
                             "  - {key: \"XX\", fr: \"la Syldavie\", en: \"Syldavia\"}\n"),
                   "lexicon/extra.yaml", "without 'en_adj'", 2);
}

BOOST_AUTO_TEST_CASE(en_article_is_the_for_names_only) {
    expect_problem(pack_with("lexicon/extra.yaml",
                             "entries:\n"
                             "  - {fr: \"Syldavie\", en: \"Syldavia\", pos: \"name\", en_article: \"a\"}\n"),
                   "lexicon/extra.yaml", "en_article must be \"the\"", 2);
    expect_problem(pack_with("lexicon/extra.yaml",
                             "entries:\n"
                             "  - {fr: \"pourparlers\", en: \"talks\", pos: \"noun\", en_article: \"the\"}\n"),
                   "lexicon/extra.yaml", "en_article is for names", 2);
}

BOOST_AUTO_TEST_CASE(duplicate_lexicon_entries) {
    expect_problem(pack_with("lexicon/extra.yaml",
                             "entries:\n"
                             "  - {fr: \"ambassade\", en: \"embassy\", pos: \"noun\"}\n"),
                   "lexicon/extra.yaml", "duplicate lexicon entry 'ambassade'", 2);
}

BOOST_AUTO_TEST_CASE(event_verb_missing_from_the_lexicon) {
    expect_problem(pack_with("events.yaml",
                             "events:\n"
                             "  - name: \"sign_agreement\"\n"
                             "    verbs: [\"signer\", \"barguigner\"]\n"),
                   "events.yaml", "unknown reference: 'barguigner'", 3);
}

BOOST_AUTO_TEST_CASE(scoring_feature_with_wrong_types) {
    expect_problem(pack_with("scoring.yaml",
                             "features:\n"
                             "  - name: \"lead_position\"\n"
                             "    kind: \"position\"\n"
                             "    weight: \"heavy\"\n"),
                   "scoring.yaml", "weight must be a number", 4);
    expect_problem(pack_with("scoring.yaml",
                             "features:\n"
                             "  - name: \"lead_position\"\n"
                             "    kind: \"nearness\"\n"
                             "    weight: 1.0\n"),
                   "scoring.yaml", "unknown kind 'nearness'", 3);
    expect_problem(pack_with("scoring.yaml",
                             "features:\n"
                             "  - name: \"main_event\"\n"
                             "    kind: \"event\"\n"
                             "    weight: 1.0\n"
                             "    events: [\"sign_agreement\", \"elopement\"]\n"),
                   "scoring.yaml", "unknown event 'elopement'", 5);
    expect_problem(pack_with("scoring.yaml",
                             "features:\n"
                             "  - name: \"anaphoric_opening\"\n"
                             "    kind: \"opening\"\n"
                             "    weight: -1.5\n"),
                   "scoring.yaml", "a feature of kind 'opening' needs 'phrases'", 2);
}

BOOST_AUTO_TEST_CASE(unquoted_yaml_word_read_as_a_boolean) {
    expect_problem(pack_with("lexicon/extra.yaml",
                             "entries:\n"
                             "  - fr: \"non\"\n"
                             "    en: no\n"
                             "    pos: \"adv\"\n"),
                   "lexicon/extra.yaml", "read by YAML as a boolean", 3);
}

BOOST_AUTO_TEST_CASE(yaml_syntax_error_points_at_its_place) {
    expect_problem(pack_with("trimming.yaml", "rules:\n  - name: \"a\"\n    kind: [\"time\"\n"),
                   "trimming.yaml", "YAML syntax error", 4);
}

BOOST_AUTO_TEST_CASE(every_problem_is_reported_not_just_the_first) {
    pack_source p = pack_with("templates.yaml",
                              "templates:\n"
                              "  - name: \"t1\"\n"
                              "    event: \"nothing\"\n"
                              "    en: \"{x}\"\n"
                              "  - name: \"t2\"\n"
                              "    event: \"*\"\n"
                              "    en: \"{y}\"\n");
    const load_result r = load(p);
    BOOST_TEST(problem(r, "templates.yaml", "unknown event 'nothing'") != nullptr);
    BOOST_TEST(problem(r, "templates.yaml", "unknown slot '{y}'") != nullptr);
}

BOOST_AUTO_TEST_CASE(garbage_in_any_rule_file_never_throws) {
    // The vocabulary and lexicon files are many and read by the same code: one of each is enough.
    const std::string junk[] = {"\xff\xfe\x00garbage", "- - - :", "{a: [1, 2", "~"};
    for (const char* path : {"pack.yaml", "scoring.yaml", "trimming.yaml", "events.yaml",
                             "templates.yaml", "lexicon/verbs.yaml", "vocabulary/title.yaml"}) {
        for (const auto& j : junk) {
            load_result r;
            BOOST_CHECK_NO_THROW(r = load(pack_with(path, j)));
            BOOST_TEST(!r.rules, path << " holding junk must not load");
            BOOST_TEST(!r.problems.empty());
        }
    }
}

BOOST_AUTO_TEST_CASE(yaml_that_never_ends_its_documents_is_still_read_to_an_end) {
    // Found by fuzzing: on this malformed file yaml-cpp 0.7 answers "one more document"
    // forever; loading must come back (with the file's problems), not spin.
    const std::string text = read_file(std::string(PRECIS_TEST_DATA) + "/rules/yaml_endless_documents.yaml");
    BOOST_TEST_REQUIRE(!text.empty());
    const load_result r = load(pack_with("vocabulary/subordinator.yaml", text));
    BOOST_TEST(!r.problems.empty());
}

BOOST_AUTO_TEST_CASE(a_term_written_as_a_map_needs_no_key) {
    // The key is optional ("- {phrase: …}"); checking phrases for a second key must not
    // stumble on a term that has none.
    const load_result r = load(pack_with("vocabulary/zz_extra.yaml",
                                         "class: \"country\"\n"
                                         "terms:\n"
                                         "  - {phrase: \"Zzland\"}\n"
                                         "  - {phrase: \"Zzmark\", key: \"ZM\"}\n"));
    BOOST_TEST(r.problems.empty(), all_problems(r));
    BOOST_TEST(r.rules != nullptr);
}

BOOST_AUTO_TEST_CASE(anchors_aliases_and_second_documents_point_at_their_place) {
    const std::string text =
        "class: &c \"month\"\n"
        "terms:\n"
        "  - \"janvier\"\n"
        "  - *c\n"
        "---\n"
        "class: \"weekday\"\n";
    expect_problem(pack_with("vocabulary/month.yaml", text), "vocabulary/month.yaml",
                   "anchors (&c) are not allowed", 1);
    expect_problem(pack_with("vocabulary/month.yaml", text), "vocabulary/month.yaml",
                   "aliases (*name) are not allowed", 4);
    expect_problem(pack_with("vocabulary/month.yaml", text), "vocabulary/month.yaml",
                   "a second YAML document", 5);
}

BOOST_AUTO_TEST_CASE(columns_count_characters_after_accented_text) {
    // "  - {fr: \"été\", en: \"summer\", pos: " is 35 characters (37 bytes): the bad value
    // starts at column 36, as an editor counts.
    const load_result r = load(pack_with("lexicon/extra.yaml",
                                         "entries:\n"
                                         "  - {fr: \"été\", en: \"summer\", pos: \"nom\"}\n"));
    const diagnostic* d = problem(r, "lexicon/extra.yaml", "unknown pos 'nom'");
    BOOST_TEST_REQUIRE(d != nullptr, all_problems(r));
    BOOST_TEST(d->line == 2);
    BOOST_TEST(d->column == 36, d->to_string());
}

// ---- The embedded pack's image, made at build time (pack_image in rules/src/yaml_doc.hpp) ----

namespace {

// Asserts that two trees are the same node for node: kind, position, tag, text, children.
void expect_same_tree(const yaml_node& a, const yaml_node& b, const std::string& where) {
    BOOST_TEST_REQUIRE(a.is_defined() == b.is_defined(), where);
    BOOST_TEST_REQUIRE(a.is_null() == b.is_null(), where);
    BOOST_TEST_REQUIRE(a.is_scalar() == b.is_scalar(), where);
    BOOST_TEST_REQUIRE(a.is_sequence() == b.is_sequence(), where);
    BOOST_TEST_REQUIRE(a.is_map() == b.is_map(), where);
    BOOST_TEST_REQUIRE(a.mark().line == b.mark().line, where);
    BOOST_TEST_REQUIRE(a.mark().column == b.mark().column, where);
    BOOST_TEST_REQUIRE(a.tag() == b.tag(), where);
    BOOST_TEST_REQUIRE(a.scalar() == b.scalar(), where);
    BOOST_TEST_REQUIRE(a.size() == b.size(), where);
    auto ia = a.begin(), ib = b.begin();
    for (std::size_t i = 0; i < a.size(); ++i, ++ia, ++ib) {
        const std::string at = where + "/" + std::to_string(i);
        if (a.is_map()) {
            expect_same_tree((*ia).first, (*ib).first, at + "(key)");
            expect_same_tree((*ia).second, (*ib).second, at);
        } else {
            expect_same_tree(*ia, *ib, at);
        }
    }
}

const char* const anchored_text =
    "class: &c \"month\"\n"
    "terms:\n"
    "  - \"janvier\"\n"
    "  - !!str 12\n"
    "  - *c\n"
    "---\n"
    "class: \"weekday\"\n";

}  // namespace

BOOST_AUTO_TEST_CASE(an_image_restores_a_parsed_file_node_for_node) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& f : embedded_pack().files) {
        if (f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".yaml") == 0) {
            files.emplace_back(f.path, f.content);
        }
    }
    BOOST_TEST_REQUIRE(files.size() > 10u);
    files.emplace_back("anchored.yaml", anchored_text);  // anchors, an alias, a tag, a second document
    for (const auto& [path, content] : files) {
        yaml_document parsed;
        yaml_document::syntax_error error;
        BOOST_TEST_REQUIRE(parsed.parse(content, error), path);
        const std::string image = parsed.image() + "rest";
        // An image read where it lies (aligned, as a std::string's bytes are) and one a byte
        // further on, whose arrays are copied out: the same tree.
        const std::string shifted = "x" + image;
        std::string_view in_shifted = std::string_view(shifted).substr(1);
        yaml_document restored_shifted;
        BOOST_TEST_REQUIRE(restored_shifted.restore(in_shifted), path);
        BOOST_TEST(in_shifted == "rest", path);
        expect_same_tree(parsed.root(), restored_shifted.root(), path);
        std::string_view in = image;
        yaml_document restored;
        BOOST_TEST_REQUIRE(restored.restore(in), path);
        BOOST_TEST(in == "rest", path);  // exactly one image is taken off the front
        BOOST_TEST(restored.parsed());
        BOOST_TEST(restored.node_count() == parsed.node_count(), path);
        expect_same_tree(parsed.root(), restored.root(), path);
        BOOST_TEST_REQUIRE(restored.anchors().size() == parsed.anchors().size(), path);
        for (std::size_t i = 0; i < parsed.anchors().size(); ++i) {
            BOOST_TEST(restored.anchors()[i].second == parsed.anchors()[i].second, path);
            BOOST_TEST(restored.anchors()[i].first.line == parsed.anchors()[i].first.line, path);
        }
        BOOST_TEST(restored.aliases().size() == parsed.aliases().size(), path);
        BOOST_TEST(restored.second_document().has_value() == parsed.second_document().has_value());
    }
}

BOOST_AUTO_TEST_CASE(a_broken_image_is_refused_and_leaves_the_document_unparsed) {
    yaml_document parsed;
    yaml_document::syntax_error error;
    BOOST_TEST_REQUIRE(parsed.parse(anchored_text, error));
    const std::string image = parsed.image();
    for (std::size_t cut : {std::size_t{0}, std::size_t{3}, image.size() / 2, image.size() - 1}) {
        std::string_view in(image.data(), cut);
        yaml_document restored;
        BOOST_TEST(!restored.restore(in), "an image cut at " << cut << " was read");
        BOOST_TEST(!restored.parsed());
        BOOST_TEST(restored.node_count() == 0u);
    }
    // A root past the last node: every count fits, but the tree would point outside itself.
    // (The image opens with the size of a node, the root's index, the number of nodes, and
    // the nodes from the eighth byte on, each starting with its kind.)
    std::string bad_root = image;
    const uint32_t root = 1000000;
    std::memcpy(bad_root.data() + 4, &root, sizeof root);
    std::string_view in = bad_root;
    yaml_document restored;
    BOOST_TEST(!restored.restore(in));
    BOOST_TEST(!restored.parsed());
    // A node of no kind.
    std::string bad_kind = image;
    bad_kind[16] = 9;
    in = bad_kind;
    BOOST_TEST(!restored.restore(in));
    BOOST_TEST(!restored.parsed());
    // An image made for nodes of another size.
    std::string other_size = image;
    other_size[0] = static_cast<char>(other_size[0] + 4);
    in = other_size;
    BOOST_TEST(!restored.restore(in));
}

BOOST_AUTO_TEST_CASE(an_image_records_which_files_pass_the_checks_of_a_file_alone) {
    // A pack of three files: one clean, one with a key given twice, one not in NFC. The image
    // says which passed, so that a load of the same bytes checks them no more; the problems of
    // the other two are still found by a load that reads them from their text.
    pack_source source;
    source.files.push_back({"pack.yaml", "name: t\nversion: \"1\"\n", 0, 0});
    source.files.push_back({"scoring.yaml", "features: []\nfeatures: []\n", 0, 0});
    source.files.push_back({"templates.yaml", "fr: \"Cre\xcc\x81" "ation\"\n", 0, 0});
    const std::string bytes = pack_image::write(source, "digest");
    const pack_image image(bytes);
    std::vector<bool> checked;
    for (const auto& f : source.files) {
        bool c = true;
        BOOST_TEST_REQUIRE(!image.document(f, &c).empty(), f.path);
        checked.push_back(c);
    }
    BOOST_TEST(checked[0]);
    BOOST_TEST(!checked[1]);
    BOOST_TEST(!checked[2]);
    std::vector<diagnostic> problems;
    lint_pack(source, yaml_pack(source, problems), problems);
    BOOST_TEST(problems.size() == 2u);
}

BOOST_AUTO_TEST_CASE(the_library_carries_the_image_of_its_embedded_pack_only) {
    const pack_image& image = pack_image::embedded();
    for (const auto& f : embedded_pack().files) {
        if (f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".yaml") == 0) {
            bool checked = false;
            BOOST_TEST(!image.document(f, &checked).empty(), f.path << " has no image");
            BOOST_TEST(checked, f.path << " did not pass the checks of a file alone");
        }
    }
    BOOST_TEST(image.digest_of(embedded_pack()) == pack_sha1(embedded_pack()));
    // An edited file is parsed again: its content no longer matches the image's.
    const pack_source edited =
        pack_with("trimming.yaml", embedded_file("trimming.yaml") + "\n# edited\n");
    const auto changed = std::find_if(edited.files.begin(), edited.files.end(),
                                      [](const auto& f) { return f.path == "trimming.yaml"; });
    BOOST_TEST_REQUIRE((changed != edited.files.end()));
    BOOST_TEST(image.document(*changed).empty());
    BOOST_TEST(image.digest_of(edited).empty());
    // A reloaded copy of the embedded pack reports the same digest as the image.
    pack_source copy = embedded_pack();
    BOOST_TEST(load(copy).rules->identity().digest == load(embedded_pack()).rules->identity().digest);
}

BOOST_AUTO_TEST_CASE(the_embedded_pack_summarises_alike_from_its_image_and_from_its_yaml) {
    // load(embedded_pack()) reads the image; a copy of the same files is parsed as YAML.
    const engine from_image(embedded_pack());
    pack_source copy = embedded_pack();
    copy.origin = "copy";
    const engine from_yaml(copy);
    BOOST_TEST_REQUIRE(from_image.ready());
    BOOST_TEST_REQUIRE(from_yaml.ready());
    const std::string text = read_file(PRECIS_TEST_DATA "/../../data/sample.txt");
    BOOST_TEST_REQUIRE(!text.empty());
    const summary a = from_image.summarize(text), b = from_yaml.summarize(text);
    BOOST_TEST(!a.headline_fr.empty());
    BOOST_TEST(a.headline_fr == b.headline_fr);
    BOOST_TEST(a.headline_en == b.headline_en);
    BOOST_TEST(a.summary_fr == b.summary_fr, boost::test_tools::per_element());
    BOOST_TEST(a.summary_en == b.summary_en, boost::test_tools::per_element());
    BOOST_TEST(a.trace.size() == b.trace.size());
}

// ---- The embedded pack's French forms, derived at build time (lexicon_forms_image in
// rules/src/pack_model.hpp) ----

namespace {

// Reads the lexicon of `source` as a load does.
void load_lexicon_of(const pack_source& source, lexicon& out) {
    std::vector<diagnostic> problems;
    yaml_pack pack(source, problems);
    load_lexicon(pack, out, problems);
    BOOST_TEST_REQUIRE(problems.empty());
}

// The image's header: magic, then numbers of entries, countries, forms, hits, key bytes.
uint64_t image_number(const std::string& image, std::size_t k) {
    uint64_t n = 0;
    std::memcpy(&n, image.data() + 8 + 8 * k, sizeof n);
    return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_embedded_pack_indexes_the_same_forms_from_its_image_as_from_its_yaml) {
    BOOST_TEST_REQUIRE(has_lexicon_forms_image());
    lexicon imaged, derived;
    load_lexicon_of(embedded_pack(), imaged);
    const pack_source copy = embedded_pack();  // (not the embedded pack: its forms are derived)
    load_lexicon_of(copy, derived);
    BOOST_TEST(imaged.forms_imaged);
    BOOST_TEST(!derived.forms_imaged);
    BOOST_TEST(imaged.hit_pool.empty());
    BOOST_TEST(imaged.word_index.size() == derived.word_index.size());
    std::size_t forms = 0;
    derived.word_index.for_each([&](std::string_view key, const lexicon_word_info& d) {
        const lexicon_word_info* i = imaged.word_index.find(key);
        BOOST_TEST_REQUIRE(i != nullptr, key);
        BOOST_TEST_REQUIRE(i->forms.size() == d.forms.size(), key);
        for (auto a = i->forms.begin(), b = d.forms.begin(); b != d.forms.end(); ++a, ++b) {
            BOOST_TEST(a->entry == b->entry, key);
            BOOST_TEST((a->form == b->form), key);
            BOOST_TEST(a->words == b->words, key);
        }
        BOOST_TEST(i->function_word == d.function_word, key);
        BOOST_TEST(i->title_word == d.title_word, key);
        BOOST_TEST(i->country == d.country, key);
        BOOST_TEST((i->phrases == nullptr) == (d.phrases == nullptr), key);
        forms += d.forms.empty() ? 0 : 1;
    });
    BOOST_TEST(forms > 10000u);
    // "signent" is a form of "signer", found through the image.
    const form_hits* hits = imaged.hits_of("signent");
    BOOST_TEST_REQUIRE(hits != nullptr);
    BOOST_TEST(imaged.entries[hits->front().entry].fr == "signer");
}

BOOST_AUTO_TEST_CASE(a_forms_image_that_does_not_read_whole_is_not_used) {
    const std::string image = lexicon_forms_image(embedded_pack());
    BOOST_TEST_REQUIRE(lexicon_forms_image_reads(image));
    BOOST_TEST(!lexicon_forms_image_reads(""));
    BOOST_TEST(!lexicon_forms_image_reads(image.substr(0, image.size() - 1)));
    BOOST_TEST(!lexicon_forms_image_reads(image + "x"));
    std::string magic = image;
    magic[0] = 'X';
    BOOST_TEST(!lexicon_forms_image_reads(magic));
    // Runs whose sizes do not add up to the keys.
    const std::size_t runs_at = 48, forms = image_number(image, 2);
    std::string run = image;
    run[runs_at + 4] = static_cast<char>(run[runs_at + 4] + 1);  // (the first form's key size)
    BOOST_TEST(!lexicon_forms_image_reads(run));
    // A hit of an entry past the entries read.
    std::string hit = image;
    const auto past = static_cast<uint32_t>(image_number(image, 0));
    std::memcpy(&hit[runs_at + 8 * forms], &past, sizeof past);
    BOOST_TEST(!lexicon_forms_image_reads(hit));
    // A pack whose lexicon has problems has no image.
    BOOST_TEST(lexicon_forms_image(pack_with("lexicon/extra.yaml", "entries:\n  - fr: \"x\"\n")).empty());
}

// ---- The dictionaries of the English fallback as tables (rules/src/fallback_tables.hpp) ----

BOOST_AUTO_TEST_CASE(the_fallback_tables_answer_as_the_installed_dictionaries_do) {
    const std::string bytes = fallback_tables::from_installed_files();
    const fallback_tables installed(bytes);
    if (!installed.has_english_words()) {
        BOOST_TEST_MESSAGE("no installed word list here: nothing to compare");
        return;
    }
    const fallback_tables& library = fallback_tables::get();
    BOOST_TEST(library.has_english_words());
    for (const char* w : {"government", "sarcophagus", "knot", "peace"}) {
        BOOST_TEST(installed.english_word(w), w);
        BOOST_TEST(library.english_word(w), w);
    }
    for (const char* w : {"soucious", "gouvernement", "", "knots\nx"}) {
        BOOST_TEST(!installed.english_word(w), w);
        BOOST_TEST(!library.english_word(w), w);
    }
    for (const char* key : {"gouvernement", "noeud", "paysan", "fichier", "a"}) {
        const auto a = installed.freedict(key), b = library.freedict(key);
        BOOST_TEST(!a.en.empty(), key);
        BOOST_TEST(a.en == b.en, key);
        BOOST_TEST((a.pos == b.pos), key);
    }
    BOOST_TEST(installed.freedict("noeud").en == "knot");
    BOOST_TEST((installed.freedict("noeud").pos == word_class::noun));
    BOOST_TEST(installed.freedict("paix").en == "peace");
    // A cognate of a later sense wins over the first sense's first word ("aggraver": "1. blow
    // up, heighten / 2. aggravate"); without one, the first word stands ("marcher": "march, walk").
    BOOST_TEST(installed.freedict("aggraver").en == "aggravate");
    BOOST_TEST(installed.freedict("correspondre").en == "correspond");
    BOOST_TEST(installed.freedict("marcher").en == "march");
    for (const char* key : {"", "zzzz", "gouvernemen", "gouvernementt"}) {
        BOOST_TEST(installed.freedict(key).en.empty(), key);
    }
}

BOOST_AUTO_TEST_CASE(broken_fallback_tables_read_as_empty) {
    const std::string bytes = fallback_tables::from_installed_files();
    for (std::size_t cut : {std::size_t{0}, std::size_t{8}, bytes.size() / 2, bytes.size() - 1}) {
        const fallback_tables t(std::string_view(bytes.data(), cut));
        BOOST_TEST(!t.has_english_words(), "tables cut at " << cut << " were read");
        BOOST_TEST(t.freedict("gouvernement").en.empty());
        BOOST_TEST(!t.english_word("government"));
    }
}
