#include "lint_pack.hpp"

#include <unicode/normalizer2.h>

#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "yaml_doc.hpp"

namespace precis::rules {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// 1-based line and byte column of a byte offset.
std::pair<int, int> line_and_byte_column(std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, offset);
    const auto line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
    const std::size_t nl = before.rfind('\n');
    const std::size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
    return {line, static_cast<int>(offset - line_start) + 1};
}

bool is_nfc(std::string_view s) {
    // ASCII text is in NFC: most scalars of a pack need no normaliser at all.
    if (std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; })) return true;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return true;  // cannot tell: do not refuse the pack for it
    const bool normalized =
        nfc->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status) != 0;
    return U_FAILURE(status) || normalized;
}

// Keys given twice in one map: YAML keeps the first value only, silently.
void lint_duplicate_keys(const yaml_node& map, const file_problems& where,
                         std::unordered_map<std::string_view, yaml_mark>& seen) {
    auto report = [&](const yaml_node& key, const yaml_mark& first) {
        where.at(key, "duplicate key '" + std::string(key.scalar()) + "' (first at line " +
                          std::to_string(first.line + 1) + "): YAML keeps only the first one");
    };
    // Most maps have a handful of keys: comparing them pairwise costs less than hashing.
    constexpr std::size_t small = 16;
    if (map.size() <= small) {
        yaml_node keys[small];
        std::size_t n = 0;
        for (const auto& kv : map) {
            if (!kv.first.is_scalar()) continue;
            const auto* first = std::find_if(keys, keys + n, [&](const yaml_node& k) {
                return k.scalar() == kv.first.scalar();
            });
            if (first != keys + n) {
                report(kv.first, first->mark());
            } else {
                keys[n++] = kv.first;
            }
        }
        return;
    }
    seen.clear();
    for (const auto& kv : map) {
        if (!kv.first.is_scalar()) continue;
        const auto [first, fresh] = seen.emplace(kv.first.scalar(), kv.first.mark());
        if (!fresh) report(kv.first, first->second);
    }
}

// Constructs that parse but lose data or are not plain data, and text not in NFC. Also run
// on the part of a file read before a syntax error, as far as it goes.
void lint_yaml(const yaml_document& doc, const file_problems& where) {
    for (const auto& [mark, name] : doc.anchors()) {
        where.at(mark, "anchors (&" + name + ") are not allowed in a pack: write values out");
    }
    for (const auto& mark : doc.aliases()) {
        where.at(mark, "aliases (*name) are not allowed in a pack: write the value out");
    }
    if (doc.second_document()) {
        where.at(*doc.second_document(),
                 "a second YAML document ('---'): only the first one is read");
    }
    std::unordered_map<std::string_view, yaml_mark> seen;
    for (std::size_t i = 0; i < doc.node_count(); ++i) {
        const yaml_node node = doc.node(i);
        if (node.is_map()) lint_duplicate_keys(node, where, seen);
        if (node.is_scalar() && !is_nfc(node.scalar())) {
            where.at(node,
                     "text not in NFC form (an accent stored as a separate mark): articles are "
                     "read in NFC, so type each accented letter as one character");
        }
    }
}

// Where a vocabulary phrase was first given, and with which key. Views into the parsed
// files, which outlive the check.
struct first_use {
    const std::string* file = nullptr;
    int line = 0;
    std::string_view key;
};
// Class -> phrase -> first use.
using phrase_uses = std::map<std::string, std::unordered_map<std::string_view, first_use>>;

// A phrase given twice in one vocabulary class with two keys: the grammar's symbol table keeps
// one of them, so "Congo" would silently be one country. Shape errors are the loader's to
// report; this only looks at well-formed terms.
void lint_vocabulary_keys(const pack_source::file& f, const yaml_document& doc,
                          const file_problems& where, phrase_uses& seen) {
    if (f.path.rfind("vocabulary/", 0) != 0 || !doc.parsed()) return;
    const yaml_node root = doc.root();
    if (!root["class"].is_scalar() || !root["terms"].is_sequence()) return;
    const std::string cls(root["class"].scalar());
    auto& phrases = seen[cls];
    for (const auto& term : root["terms"]) {
        if (!term["phrase"].is_scalar()) continue;
        const std::string_view key = term["key"].scalar();  // "" when there is none
        const auto [it, fresh] = phrases.emplace(term["phrase"].scalar(),
                                                 first_use{&f.path, term.mark().line + 1, key});
        if (!fresh && it->second.key != key) {
            where.at(term, "'" + std::string(term["phrase"].scalar()) + "' is already a " + cls + " at " +
                               *it->second.file + ":" + std::to_string(it->second.line) +
                               " with key '" + std::string(it->second.key) +
                               "': a phrase has one key per class");
        }
    }
}

}  // namespace

namespace {

// The checks of a file on its own: its name, its encoding, and its YAML when it was parsed
// (`doc`). Returns whether the file is read on: a ".yml" file or one not UTF-8 is not.
bool lint_file_alone(const pack_source::file& f, const yaml_document* doc, const file_problems& where,
                     std::vector<diagnostic>& problems) {
    if (ends_with(f.path, ".yml")) {
        where.whole("pack files end in .yaml: this .yml file is not read; rename it");
        return false;
    }
    if (const std::size_t bad = first_invalid_utf8(f.content); bad != std::string_view::npos) {
        const auto [line, column] = line_and_byte_column(f.content, bad);
        problems.push_back({f.path, line, column,
                            "not UTF-8 (a byte that starts no character): save the file as "
                            "UTF-8"});
        return false;
    }
    if (doc != nullptr) lint_yaml(*doc, where);
    return true;
}

}  // namespace

void lint_pack(const pack_source& source, const yaml_pack& pack,
               std::vector<diagnostic>& problems) {
    phrase_uses vocabulary_keys;
    for (const auto& f : source.files) {
        const file_problems where(f.path, problems);
        const yaml_pack::file* parsed = pack.find(f.path);
        // (A file read from the embedded pack's image was checked alone when the image was made.)
        const bool checked = parsed != nullptr && parsed->checked;
        if (!checked && !lint_file_alone(f, parsed != nullptr ? parsed->doc.get() : nullptr, where, problems)) {
            continue;
        }
        if (parsed != nullptr) lint_vocabulary_keys(f, *parsed->doc, where, vocabulary_keys);
    }
}

bool passes_file_checks(const pack_source::file& f, const yaml_document& doc) {
    std::vector<diagnostic> problems;
    return lint_file_alone(f, &doc, file_problems(f.path, problems), problems) && problems.empty();
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
