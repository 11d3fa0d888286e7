// Parsing pack files with yaml-cpp while keeping every problem's file:line:col.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "precis/rules/rules.hpp"

namespace precis::rules {

// Collects problems for one file; positions come from yaml-cpp marks (0-based there).
class file_problems final {
public:
    file_problems(std::string file, std::vector<diagnostic>& sink)
        : file_(std::move(file)), sink_(sink) {}
    void at(const YAML::Node& node, std::string message) const;
    void at(const YAML::Mark& mark, std::string message) const;
    void whole(std::string message) const { sink_.push_back({file_, 0, 0, std::move(message)}); }
    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::vector<diagnostic>& sink_;
};

// Parses one file; on a syntax error records it (with quoting advice for French text) and
// returns nothing.
std::optional<YAML::Node> parse_yaml(const pack_source::file& f, std::vector<diagnostic>& sink);

// Reads a scalar as a string; records a problem and returns nullopt when the node is a map or
// sequence, or when YAML read an unquoted word as a boolean or null ("no", "off", "~").
std::optional<std::string> as_text(const YAML::Node& node, const file_problems& where,
                                   const char* what);

// Checks that a map has only the expected keys; unknown keys are problems (typos must show).
void check_keys(const YAML::Node& map, std::initializer_list<const char*> allowed,
                const file_problems& where);

}  // namespace precis::rules
