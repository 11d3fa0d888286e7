#include "yaml_doc.hpp"

#include <algorithm>
#include <cstring>

namespace precis::rules {

void file_problems::at(const YAML::Mark& mark, std::string message) const {
    const bool known = mark.line >= 0 && mark.column >= 0;
    sink_.push_back({file_, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0,
                     std::move(message)});
}

void file_problems::at(const YAML::Node& node, std::string message) const {
    at(node.Mark(), std::move(message));
}

std::optional<YAML::Node> parse_yaml(const pack_source::file& f, std::vector<diagnostic>& sink) {
    try {
        return YAML::Load(f.content);
    } catch (const YAML::ParserException& e) {
        std::string message = "YAML syntax error: " + e.msg;
        message += " (French text with ':', '#', '«' or a leading quote must be quoted: "
                   "\"Élections : …\")";
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

}  // namespace

std::optional<std::string> as_text(const YAML::Node& node, const file_problems& where,
                                   const char* what) {
    if (!node.IsDefined() || node.IsNull()) {
        where.at(node, std::string(what) + " is missing or null (write it in double quotes)");
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        where.at(node, std::string(what) + " must be a string");
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
        if (!ok) where.at(kv.first, "unknown key '" + key + "'");
    }
}

}  // namespace precis::rules
