// Checks over a whole pack that no section loader makes on its own: encodings, YAML
// constructs that silently lose data, and positions an editor can jump to.
#pragma once

#include <vector>

#include "precis/rules/rules.hpp"
#include "yaml_doc.hpp"

namespace precis::rules {

// Appends a problem for each file that is not UTF-8, each YAML text not in NFC, each
// duplicate map key (the loaders read the first one only), each anchor or alias (packs are
// plain data), each file holding more than one YAML document, each ".yml" file (only ".yaml"
// is read), and each vocabulary phrase given again in its class with another key.
// `pack` holds the files of `source` as parsed (yaml_pack), read here and by the loaders alike.
void lint_pack(const pack_source& source, const yaml_pack& pack,
               std::vector<diagnostic>& problems);

// Whether a file whose bytes are `content`, parsed as `doc`, passes the checks lint_pack makes
// of each file on its own (UTF-8, NFC, duplicate keys, anchors and aliases, one document).
// The embedded pack's image records the answer for each of its files, at build time: a load of
// the same bytes (yaml_pack::file::checked) does not check them again.
bool passes_file_checks(const pack_source::file& f, const yaml_document& doc);

// Rewrites the columns of `problems` from bytes (as yaml_mark counts) to characters (as
// editors count), using the files of `source`. Problems whose file is unknown stay as they are.
void columns_in_characters(const pack_source& source, std::vector<diagnostic>& problems);

// Orders problems by file, line and column, the order an editor walks through them.
void sort_by_position(std::vector<diagnostic>& problems);

}  // namespace precis::rules
