// What a compiled pack holds. Private to rules/: hosts see only rules.hpp.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pack_model.hpp"
#include "precis/grammar/parser.hpp"
#include "precis/rules/rules.hpp"

namespace precis::rules {

// pack.yaml "options": house habits an editor can switch without touching rules.
struct pack_options {
    int headline_max_words = 14;
    int summary_sentences = 3;
    bool place_prefix = false;  // "Lieu : …" headlines
};

struct rule_set::impl {
    pack_identity identity;
    pack_options options;
    std::unique_ptr<grammar::vocabulary> vocab;
    // Files by relative path, for the components that read their own sections.
    std::vector<std::string> vocabulary_files;
    // Scoring, trimming, events, templates and the bilingual lexicon.
    pack_rules pack;
};

// Each component of a pack reads its files into the impl, appending problems; load() calls
// them in order and refuses the pack if any problem was found.
void load_pack_yaml(const yaml_pack& pack, rule_set::impl& out,
                    std::vector<diagnostic>& problems);
void load_vocabulary(const yaml_pack& pack, rule_set::impl& out,
                     std::vector<diagnostic>& problems);

summary summarize_document(const rule_set::impl& rules, const grammar::document& doc,
                           const summarize_options& options);

std::string pack_digest(const pack_source& source);

}  // namespace precis::rules
