#include "yaml_doc.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

namespace precis::rules {

void file_problems::at(const YAML::Mark& mark, std::string message) const {
    const bool known = mark.line >= 0 && mark.column >= 0;
    sink_.push_back({file_, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0,
                     std::move(message)});
}

void file_problems::at(const YAML::Node& node, std::string message) const {
    // A key looked up but absent gives a node without a mark (yaml-cpp throws on Mark()).
    at(node.IsDefined() ? node.Mark() : YAML::Mark::null_mark(), std::move(message));
}

std::optional<YAML::Node> parse_yaml(const pack_source::file& f, std::vector<diagnostic>& sink) {
    try {
        return YAML::Load(f.content);
    } catch (const YAML::ParserException& e) {
        std::string message = "YAML syntax error: " + e.msg;
        message += " (quote French text in double quotes when it holds ': ' or ' #', or starts "
                   "with an apostrophe, '@', '&', '*', '!', '%', '|', '>' or '`': "
                   "\"Élections : …\", \"aujourd'hui\")";
        sink.push_back({f.path, e.mark.line + 1, e.mark.column + 1, message});
    } catch (const YAML::Exception& e) {
        sink.push_back({f.path, e.mark.line + 1, e.mark.column + 1, "YAML error: " + e.msg});
    }
    return std::nullopt;
}

namespace {

bool yaml_would_read_as_non_text(const std::string& tag, const std::string& s) {
    if (tag == "!") return false;  // quoted in the file: text for sure
    static const char* const words[] = {"y",  "Y",   "yes", "Yes", "YES", "n",     "N",
                                        "no", "No",  "NO",  "true", "True", "TRUE", "false",
                                        "False", "FALSE", "on", "On", "ON", "off", "Off",
                                        "OFF", "~", "null", "Null", "NULL"};
    return std::any_of(std::begin(words), std::end(words),
                       [&](const char* w) { return s == w; });
}

// The allowed key nearest to a misspelt one (edit distance at most 2), or null.
const char* closest_key(const std::string& key, std::initializer_list<const char*> allowed) {
    const char* best = nullptr;
    std::size_t best_distance = 3;
    for (const char* a : allowed) {
        const std::string_view b(a);
        std::vector<std::size_t> row(b.size() + 1);
        for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
        for (std::size_t i = 1; i <= key.size(); ++i) {
            std::size_t diagonal = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= b.size(); ++j) {
                const std::size_t up = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                                   diagonal + (key[i - 1] == b[j - 1] ? 0u : 1u)});
                diagonal = up;
            }
        }
        if (row[b.size()] < best_distance) {
            best_distance = row[b.size()];
            best = a;
        }
    }
    return best;
}

}  // namespace

std::optional<std::string> as_text(const YAML::Node& node, const file_problems& where,
                                   const char* what) {
    if (!node.IsDefined() || node.IsNull()) {
        where.at(node, std::string(what) + " is missing or null (write it in double quotes)");
        return std::nullopt;
    }
    if (node.IsMap() && node.size() == 1) {
        // "- Élections : le vote" is a one-pair map to YAML: the ": " split the French text.
        const auto pair = *node.begin();
        where.at(node, std::string(what) + " must be a string; YAML read '" +
                           pair.first.as<std::string>("") + ": …' as a key and a value because "
                           "of ': ': quote the whole text (\"" + pair.first.as<std::string>("") +
                           " : …\")");
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        where.at(node, std::string(what) + (node.IsSequence()
                                                ? " must be a string; YAML read '[…]' as a list: "
                                                  "quote the text"
                                                : " must be a string"));
        return std::nullopt;
    }
    if (yaml_would_read_as_non_text(node.Tag(), node.Scalar())) {
        where.at(node, std::string(what) + " '" + node.Scalar() +
                           "' is read by YAML as a boolean or null: quote it (\"" +
                           node.Scalar() + "\")");
        return std::nullopt;
    }
    return node.Scalar();
}

void check_keys(const YAML::Node& map, std::initializer_list<const char*> allowed,
                const file_problems& where) {
    if (!map.IsMap()) return;
    for (const auto& kv : map) {
        const std::string key = kv.first.Scalar();
        const bool ok = std::any_of(allowed.begin(), allowed.end(),
                                    [&](const char* a) { return key == a; });
        if (ok) continue;
        std::string message = "unknown key '" + key + "'";
        if (const char* near = closest_key(key, allowed)) {
            message += " (did you mean '" + std::string(near) + "'?)";
        } else if (key.find(' ') != std::string::npos ||
                   std::any_of(key.begin(), key.end(), [](char c) { return c & 0x80; })) {
            // Keys are plain English words: this one is French text that a ': ' split.
            message += " (French text containing ': ' must be quoted: \"" + key + " : …\")";
        }
        where.at(kv.first, message);
    }
}

}  // namespace precis::rules
