// Test helpers for rule packs: the embedded pack with one file changed, the problems a load
// reports, and a whole summarize() run (grammar then rules) over a text.
#pragma once

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <regex>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "precis/grammar/parser.hpp"
#include "precis/rules/rules.hpp"

namespace precis::rules::testing {

// The embedded default pack with `path` replaced by (or added as) `content`.
inline pack_source pack_with(const std::string& path, const std::string& content) {
    pack_source p = embedded_pack();
    p.origin = "test";
    auto it = std::find_if(p.files.begin(), p.files.end(),
                           [&](const auto& f) { return f.path == path; });
    if (it == p.files.end()) {
        p.files.push_back({path, content, 0, static_cast<int64_t>(content.size())});
    } else {
        it->content = content;
    }
    return p;
}

// The embedded text of one pack file.
inline std::string embedded_file(const std::string& path) {
    for (const auto& f : embedded_pack().files) {
        if (f.path == path) return f.content.str();
    }
    return {};
}

// The first problem in `file` whose message holds `words`; nullptr when none.
inline const diagnostic* problem(const load_result& r, const std::string& file,
                                 const std::string& words) {
    for (const auto& d : r.problems) {
        if (d.file == file && d.message.find(words) != std::string::npos) return &d;
    }
    return nullptr;
}

inline std::string all_problems(const load_result& r) {
    std::string out;
    for (const auto& d : r.problems) out += d.to_string() + "\n";
    return out;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Grammar and rules (the default pack unless one is given), loaded once per engine.
class engine final {
public:
    engine()
        : rules_(load_from("").rules),
          lexicon_(std::make_unique<grammar::lexicon>(grammar::lexicon::default_directory())) {}
    explicit engine(const pack_source& pack)
        : rules_(load(pack).rules),
          lexicon_(std::make_unique<grammar::lexicon>(grammar::lexicon::default_directory())) {}
    bool ready() const { return rules_ != nullptr; }
    // `document_text`, when given, receives the text the summary's spans point into.
    summary summarize(const std::string& text, std::string* document_text = nullptr) const {
        grammar::document doc;
        grammar::parse_error err;
        grammar::scratch work;
        if (!grammar::parse(text, rules_->vocabulary(), *lexicon_, {}, work, doc, err)) return {};
        if (document_text != nullptr) *document_text = doc.text;
        return rules_->summarize(doc, {});
    }

private:
    std::shared_ptr<const rule_set> rules_;
    std::unique_ptr<grammar::lexicon> lexicon_;
};

// The summary of the article whose path is the test program's first argument, computed once.
inline const summary& summary_of_argument() {
    static const summary* s = [] {
        const auto& master = boost::unit_test::framework::master_test_suite();
        BOOST_TEST_REQUIRE(master.argc >= 2);
        const std::string text = read_file(master.argv[1]);
        BOOST_TEST_REQUIRE(!text.empty(), "cannot read " << master.argv[1]);
        static const engine e;
        BOOST_TEST_REQUIRE(e.ready());
        return new summary(e.summarize(text));
    }();
    return *s;
}

// Words of a text as the scorer counts them (runs of letters or digits).
inline std::vector<std::string> words_of(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (unsigned char c : s) {
        const bool word = c >= 0x80 || std::isalnum(c) != 0 || c == '\'';
        if (word && c != '\'') {
            cur += static_cast<char>(c);
        } else if (!cur.empty()) {
            out.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// French words that never belong in an English headline.
inline std::vector<std::string> french_words_in(const std::string& en) {
    static const char* const french[] = {"le", "la", "les", "des", "du", "et", "est", "une",
                                         "pour", "dans", "avec", "sur", "qui", "que", "au",
                                         "aux", "sont", "ont", "accord", "signent", "pays",
                                         "ministre", "selon", "entre", "contre", "leur"};
    std::vector<std::string> out;
    for (const auto& w : words_of(en)) {
        std::string lower;
        for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (const char* f : french) {
            if (lower == f) out.push_back(w);
        }
    }
    return out;
}

// Digit runs of `out` that the source does not hold (separators ignored on both sides).
// Figures of the output that the source does not carry as written: digits with their
// separators, the source's white space ignored, a decimal comma and point taken as one.
inline std::vector<std::string> unsupported_numbers(const std::string& out, const std::string& source) {
    auto without_space = [](std::string t) {
        t.erase(std::remove_if(t.begin(), t.end(), [](unsigned char c) { return std::isspace(c); }),
                t.end());
        return t;
    };
    const std::string src = without_space(source);
    static const std::regex figure(R"(\d[\d\s.,]*\d|\d)");
    std::vector<std::string> bad;
    for (std::sregex_iterator it(out.begin(), out.end(), figure), end; it != end; ++it) {
        const std::string k = without_space(it->str());
        std::string as_comma = k, as_point = k;
        std::replace(as_comma.begin(), as_comma.end(), '.', ',');
        std::replace(as_point.begin(), as_point.end(), ',', '.');
        if (src.find(k) == std::string::npos && src.find(as_comma) == std::string::npos &&
            src.find(as_point) == std::string::npos) {
            bad.push_back(it->str());
        }
    }
    return bad;
}

}  // namespace precis::rules::testing
