// Readers shared by the pack sections: typed values with file:line:col problems, rule names
// claimed once across the whole pack.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pack_model.hpp"
#include "yaml_doc.hpp"

namespace precis::rules {

std::optional<double> read_number(const yaml_node& n, const file_problems& where, const char* what);
std::optional<bool> read_bool(const yaml_node& n, const file_problems& where, const char* what);
// A list of strings; `fold` gives lookup keys (lower case, accents folded).
std::vector<std::string> read_phrases(const yaml_node& n, const file_problems& where,
                                      const char* what, bool fold);
// The parsed `path`: checks its top-level keys and returns its list under `key`.
std::optional<yaml_node> section(const yaml_pack& pack, const std::string& path,
                                  const char* key, std::initializer_list<const char*> keys,
                                  std::vector<diagnostic>& problems, yaml_node* root);
// Reads the rule's `name` and records it; false (with a problem) when missing or taken.
bool claim_name(pack_rules& rules, const yaml_node& item, const file_problems& where,
                std::string& name_out);

}  // namespace precis::rules
