// Readers shared by the pack sections: typed values with file:line:col problems, rule names
// claimed once across the whole pack.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pack_model.hpp"
#include "yaml_doc.hpp"

namespace precis::rules {

std::optional<double> read_number(const YAML::Node& n, const file_problems& where, const char* what);
std::optional<bool> read_bool(const YAML::Node& n, const file_problems& where, const char* what);
// A list of strings; `fold` gives lookup keys (lower case, accents folded).
std::vector<std::string> read_phrases(const YAML::Node& n, const file_problems& where,
                                      const char* what, bool fold);
const pack_source::file* find_file(const pack_source& source, const std::string& path);
// Parses `path`, checks its top-level keys and returns its list under `key`.
std::optional<YAML::Node> section(const pack_source& source, const std::string& path,
                                  const char* key, std::initializer_list<const char*> keys,
                                  std::vector<diagnostic>& problems, YAML::Node* root);
// Reads the rule's `name` and records it; false (with a problem) when missing or taken.
bool claim_name(pack_rules& rules, const YAML::Node& item, const file_problems& where,
                std::string& name_out);

}  // namespace precis::rules
