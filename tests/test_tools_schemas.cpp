// The JSON Schemas of the default pack say what the loader accepts: every kind, class, part of
// speech, slot and option bound a schema lists is accepted by precis_rules_check, and a value
// outside them is refused. The pack's own files conform to their schemas.
// Arguments: the default pack directory, the tools tests' scripts folder, python3 (may be "").
#define BOOST_TEST_MODULE tools_schemas
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <regex>

#include "tools/support.hpp"

using namespace precis::test;
using json = nlohmann::json;
using pointer = json::json_pointer;

namespace {

fs::path default_pack() { return arg(1); }

json schema(const std::string& name) {
    return json::parse(read_file(default_pack() / "schema" / (name + ".schema.json")));
}

std::vector<std::string> enum_at(const json& j, const std::string& at) {
    return j.at(pointer(at)).get<std::vector<std::string>>();
}

using files = std::vector<std::pair<std::string, std::string>>;

// The diagnostics precis_rules_check gives for a copy of the default pack with `written` over it.
json diagnostics_with(const files& written) {
    scratch_dir dir("schemas");
    const fs::path pack = dir / "pack";
    copy_pack(default_pack(), pack);
    for (const auto& [path, content] : written) write_file(pack / path, content);
    const std::string s = pack.string();
    const doc d(precis_rules_check(s.data(), s.size()));
    return json::parse(d.json)["diagnostics"];
}

bool accepted(const files& written) {
    const json d = diagnostics_with(written);
    BOOST_TEST_INFO("diagnostics: " << d.dump());
    return d.empty();
}

bool refused_in(const files& written, const std::string& file) {
    const json d = diagnostics_with(written);
    return std::any_of(d.begin(), d.end(), [&](const json& p) { return p["file"] == file; });
}

// A YAML flow list item for each value, built by `item`.
template <typename F>
std::string items(const std::vector<std::string>& values, F item) {
    std::string out;
    for (const auto& v : values) out += "  - " + item(v) + "\n";
    return out;
}

boost::test_tools::assertion_result have_python(boost::unit_test::test_unit_id) {
    const bool ok =
        !arg(3).empty() && run({arg(3), "-c", "import jsonschema, yaml"}).exit_code == 0;
    boost::test_tools::assertion_result r{ok};
    r.message() << "needs python3 with python3-yaml and python3-jsonschema";
    return r;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_scoring_feature_kind_of_the_schema_loads) {
    const auto kinds = enum_at(schema("scoring"), "/definitions/feature/properties/kind/enum");
    auto feature = [](const std::string& kind) {
        return "{name: \"zz_feature_" + kind + "\", kind: \"" + kind +
               "\", weight: 0.1, phrases: [\"zz\"], min_words: 1, max_words: 9}";
    };
    BOOST_TEST(accepted({{"scoring.yaml", "features:\n" + items(kinds, feature)}}));
    BOOST_TEST(
        refused_in({{"scoring.yaml", "features:\n" + items({"bogus"}, feature)}}, "scoring.yaml"));
}

BOOST_AUTO_TEST_CASE(every_trimming_kind_of_the_schema_loads) {
    const auto kinds = enum_at(schema("trimming"), "/definitions/rule/properties/kind/enum");
    auto rule = [](const std::string& kind) {
        return "{name: \"zz_trim_" + kind + "\", kind: \"" + kind +
               "\", markers: [\"zz\"], max_words: 3, headline: true, summary: false}";
    };
    BOOST_TEST(accepted({{"trimming.yaml", "rules:\n" + items(kinds, rule)}}));
    BOOST_TEST(
        refused_in({{"trimming.yaml", "rules:\n" + items({"bogus"}, rule)}}, "trimming.yaml"));
}

BOOST_AUTO_TEST_CASE(every_part_of_speech_of_the_lexicon_schema_loads) {
    const auto classes =
        enum_at(schema("lexicon"), "/properties/entries/items/properties/pos/enum");
    auto entry = [](const std::string& pos) {
        return "{fr: \"zzmot" + pos + "\", en: \"zzword" + pos + "\", pos: \"" + pos + "\"}";
    };
    BOOST_TEST(accepted({{"lexicon/zz_pos.yaml", "entries:\n" + items(classes, entry)}}));
    BOOST_TEST(refused_in({{"lexicon/zz_pos.yaml", "entries:\n" + items({"bogus"}, entry)}},
                          "lexicon/zz_pos.yaml"));
}

BOOST_AUTO_TEST_CASE(every_template_slot_of_the_schema_loads) {
    const std::string pattern =
        schema("templates").at(pointer("/definitions/text/pattern")).get<std::string>();
    std::smatch m;
    BOOST_TEST_REQUIRE(std::regex_search(pattern, m, std::regex(R"(\\\{\(([a-z_|]+)\)\\\})")));
    std::vector<std::string> slots;
    std::istringstream in(m[1].str());
    for (std::string s; std::getline(in, s, '|');) slots.push_back(s);
    BOOST_TEST_REQUIRE(slots.size() > 3u);
    auto use = [](const std::string& slot) {
        return "{name: \"zz_template_" + slot + "\", event: \"*\", fr: \"{" + slot +
               "} zz\", en: \"zz {" + slot + "}\"}";
    };
    BOOST_TEST(accepted({{"templates.yaml", "templates:\n" + items(slots, use)}}));
    BOOST_TEST(
        refused_in({{"templates.yaml", "templates:\n" + items({"bogus"}, use)}}, "templates.yaml"));
}

BOOST_AUTO_TEST_CASE(every_vocabulary_class_of_the_schema_loads) {
    const auto classes = enum_at(schema("vocabulary"), "/properties/class/enum");
    files written;
    for (const auto& c : classes) {
        written.push_back(
            {"vocabulary/zz_" + c + ".yaml", "class: \"" + c +
                                                 "\"\nterms:\n  - \"zzterme\"\n  - {phrase: "
                                                 "\"zz phrase\", key: \"ZZ\"}\n"});
    }
    BOOST_TEST(accepted(written));
    BOOST_TEST(refused_in({{"vocabulary/zz.yaml", "class: \"bogus\"\nterms: []\n"}},
                          "vocabulary/zz.yaml"));
}

BOOST_AUTO_TEST_CASE(pack_option_bounds_of_the_schema_are_the_loader_bounds) {
    const json options = schema("pack").at(pointer("/properties/options/properties"));
    const std::string original = read_file(default_pack() / "pack.yaml");
    for (const auto& [key, spec] : options.items()) {
        BOOST_TEST_CONTEXT(key) {
            auto with = [&, k = key](const std::string& value) -> files {
                const std::regex line("(\\n  " + k + ":)[^\\n]*");
                const std::string edited = std::regex_search(original, line)
                                               ? std::regex_replace(original, line, "$1 " + value)
                                               : original + "  " + k + ": " + value + "\n";
                return {{"pack.yaml", edited}};
            };
            if (spec["type"] == "integer") {
                const int lo = spec["minimum"], hi = spec["maximum"];
                BOOST_TEST(accepted(with(std::to_string(lo))));
                BOOST_TEST(accepted(with(std::to_string(hi))));
                BOOST_TEST(refused_in(with(std::to_string(lo - 1)), "pack.yaml"));
                BOOST_TEST(refused_in(with(std::to_string(hi + 1)), "pack.yaml"));
            } else if (spec["type"] == "boolean") {
                BOOST_TEST(accepted(with("true")));
                BOOST_TEST(accepted(with("false")));
                BOOST_TEST(refused_in(with("\"peut-être\""), "pack.yaml"));
            } else {
                BOOST_FAIL("option type not covered by this test: " << spec.dump());
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(pack_files_conform_to_the_schemas_they_name,
                     *boost::unit_test::precondition(have_python)) {
    const std::string checker = (fs::path(arg(2)) / "check_schemas.py").string();
    const run_result clean = run({arg(3), checker, default_pack().string()});
    BOOST_TEST(clean.exit_code == 0, clean.out);
    BOOST_TEST(clean.out.empty(), clean.out);

    scratch_dir dir("schemas-py");
    const fs::path pack = dir / "pack";
    copy_pack(default_pack(), pack);
    write_file(pack / "lexicon" / "zz.yaml",
               "# yaml-language-server: $schema=../schema/lexicon.schema.json\n"
               "entries:\n  - {fr: \"zzmot\", pos: \"noun\"}\n");
    write_file(pack / "zz_unnamed.yaml", "description: \"no schema line\"\n");
    const run_result broken = run({arg(3), checker, pack.string()});
    BOOST_TEST(broken.exit_code == 1);
    BOOST_TEST(broken.out.find("lexicon/zz.yaml: entries/0: 'en' is a required property") !=
                   std::string::npos,
               broken.out);
    BOOST_TEST(broken.out.find("zz_unnamed.yaml: the first line must name the schema") !=
                   std::string::npos,
               broken.out);
}
