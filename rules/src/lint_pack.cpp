#include "lint_pack.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string_view>
#include <tuple>

#include "yaml_doc.hpp"

namespace precis::rules {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The byte offset of the first byte that is not part of a UTF-8 sequence, or npos.
// ICU's U8_NEXT narrows inside the macro; the warning is about ICU's code, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
std::size_t first_invalid_utf8(std::string_view text) {
    const auto n = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < n;) {
        const int32_t at = i;
        UChar32 c;
        U8_NEXT(text.data(), i, n, c);
        if (c < 0) return static_cast<std::size_t>(at);
    }
    return std::string_view::npos;
}
#pragma GCC diagnostic pop

// 1-based line and byte column of a byte offset.
std::pair<int, int> line_and_byte_column(std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, offset);
    const auto line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
    const std::size_t nl = before.rfind('\n');
    const std::size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
    return {line, static_cast<int>(offset - line_start) + 1};
}

bool is_nfc(const std::string& s) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return true;  // cannot tell: do not refuse the pack for it
    const bool normalized = nfc->isNormalized(icu::UnicodeString::fromUTF8(s), status) != 0;
    return U_FAILURE(status) || normalized;
}

// Walks the YAML events of a file, keeping the keys seen in each open map.
class event_checker final : public YAML::EventHandler {
  public:
    explicit event_checker(const file_problems& where) : where_(where) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents_ == 2) {
            where_.at(mark, "a second YAML document ('---'): only the first one is read");
        }
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { node(nullptr, {}); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        where_.at(mark, "aliases (*name) are not allowed in a pack: write the value out");
        node(nullptr, mark);
    }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  const std::string& text) override {
        if (!is_nfc(text)) {
            where_.at(mark,
                      "text not in NFC form (an accent stored as a separate mark): articles are "
                      "read in NFC, so type each accented letter as one character");
        }
        node(&text, mark);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        node(nullptr, mark);
        open_.push_back({false, true, {}});
    }
    void OnSequenceEnd() override { open_.pop_back(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        node(nullptr, mark);
        open_.push_back({true, true, {}});
    }
    void OnMapEnd() override { open_.pop_back(); }
    void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
        where_.at(mark, "anchors (&" + name + ") are not allowed in a pack: write values out");
    }

  private:
    struct container {
        bool is_map;
        bool expecting_key;
        std::map<std::string, YAML::Mark> keys;
    };

    // Called for every node in document order; inside a map, keys and values alternate.
    void node(const std::string* scalar, const YAML::Mark& mark) {
        if (open_.empty() || !open_.back().is_map) return;
        container& c = open_.back();
        const bool is_key = c.expecting_key;
        c.expecting_key = !c.expecting_key;
        if (!is_key || scalar == nullptr) return;
        const auto [first, fresh] = c.keys.emplace(*scalar, mark);
        if (!fresh) {
            where_.at(mark, "duplicate key '" + *scalar + "' (first at line " +
                                std::to_string(first->second.line + 1) +
                                "): YAML keeps only the first one");
        }
    }

    const file_problems& where_;
    std::vector<container> open_;
    int documents_ = 0;
};

void lint_yaml_events(const pack_source::file& f, const file_problems& where) {
    std::istringstream in(f.content);
    try {
        YAML::Parser parser(in);
        event_checker checker(where);
        // Two documents are enough to report the second one. The bound also matters because
        // yaml-cpp 0.7 can answer "one more document" forever on some malformed input.
        for (int n = 0; n < 2 && parser.HandleNextDocument(checker); ++n) {
        }
    } catch (const YAML::Exception&) {
        // Syntax errors are reported, with quoting advice, by the section loaders.
    }
}

// Where a vocabulary phrase was first given, and with which key.
struct first_use {
    std::string file;
    int line = 0;
    std::string key;
};

// A phrase given twice in one vocabulary class with two keys: the grammar's symbol table keeps
// one of them, so "Congo" would silently be one country. Shape errors are the loader's to
// report; this only looks at well-formed terms.
void lint_vocabulary_keys(const pack_source::file& f, const file_problems& where,
                          std::map<std::pair<std::string, std::string>, first_use>& seen) {
    if (f.path.rfind("vocabulary/", 0) != 0 || !ends_with(f.path, ".yaml")) return;
    YAML::Node doc;
    try {
        doc = YAML::Load(f.content);
    } catch (const YAML::Exception&) {
        return;
    }
    if (!doc.IsMap() || !doc["class"].IsScalar() || !doc["terms"].IsSequence()) return;
    const std::string cls = doc["class"].Scalar();
    for (const auto& term : doc["terms"]) {
        if (!term.IsMap() || !term["phrase"].IsScalar()) continue;
        const std::string key = term["key"].IsScalar() ? term["key"].Scalar() : "";
        const auto [it, fresh] = seen.emplace(std::pair{cls, term["phrase"].Scalar()},
                                              first_use{f.path, term.Mark().line + 1, key});
        if (!fresh && it->second.key != key) {
            where.at(term, "'" + term["phrase"].Scalar() + "' is already a " + cls + " at " +
                               it->second.file + ":" + std::to_string(it->second.line) +
                               " with key '" + it->second.key +
                               "': a phrase has one key per class");
        }
    }
}

}  // namespace

void lint_pack(const pack_source& source, std::vector<diagnostic>& problems) {
    std::map<std::pair<std::string, std::string>, first_use> vocabulary_keys;
    for (const auto& f : source.files) {
        const file_problems where(f.path, problems);
        if (ends_with(f.path, ".yml")) {
            where.whole("pack files end in .yaml: this .yml file is not read; rename it");
            continue;
        }
        if (const std::size_t bad = first_invalid_utf8(f.content); bad != std::string_view::npos) {
            const auto [line, column] = line_and_byte_column(f.content, bad);
            problems.push_back({f.path, line, column,
                                "not UTF-8 (a byte that starts no character): save the file as "
                                "UTF-8"});
            continue;
        }
        if (ends_with(f.path, ".yaml")) lint_yaml_events(f, where);
        lint_vocabulary_keys(f, where, vocabulary_keys);
    }
}

void columns_in_characters(const pack_source& source, std::vector<diagnostic>& problems) {
    for (auto& p : problems) {
        if (p.line <= 0 || p.column <= 1) continue;
        const auto f = std::find_if(source.files.begin(), source.files.end(),
                                    [&](const auto& file) { return file.path == p.file; });
        if (f == source.files.end()) continue;
        std::string_view text = f->content;
        std::size_t start = 0;
        for (int line = 1; line < p.line && start != std::string_view::npos; ++line) {
            start = text.find('\n', start);
            if (start != std::string_view::npos) ++start;
        }
        if (start == std::string_view::npos) continue;
        const std::string_view head = text.substr(
            start,
            std::min<std::size_t>(static_cast<std::size_t>(p.column - 1), text.size() - start));
        // Characters are counted as UTF-8 lead bytes: continuation bytes are 10xxxxxx.
        const auto continuation = std::count_if(head.begin(), head.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
        });
        p.column -= static_cast<int>(continuation);
    }
}

void sort_by_position(std::vector<diagnostic>& problems) {
    std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
}

}  // namespace precis::rules
