// The result document (JSON, schema 1) for each kind of outcome.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "precis/grammar/document.hpp"
#include "precis/rules/rules.hpp"

namespace precis::plugin {

struct error_info {
    std::string code;      // "invalid_utf8", "input_too_large", …
    std::string message;
    long long offset = -1; // byte offset in the input, when it applies
    std::string file;      // for rule-pack problems
    int line = 0, column = 0;
};

std::string error_document(const error_info& error);
std::string summary_document(const rules::pack_identity& pack, const grammar::document& doc,
                             const rules::summary& summary);
std::string parse_document(const rules::pack_identity& pack, const grammar::document& doc);
// The outcome of loading a pack: ok with the pack's identity, or every problem.
std::string pack_document(const rules::pack_identity* pack,
                          const std::vector<rules::diagnostic>& problems);

}  // namespace precis::plugin
