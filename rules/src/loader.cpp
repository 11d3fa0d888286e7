// load(): validate a whole pack, collecting every problem, then compile it.
#include <algorithm>
#include <cstdio>
#include <new>

#include "lint_pack.hpp"
#include "pack_limits.hpp"
#include "rule_set_impl.hpp"
#include "text_tokens.hpp"
#include "yaml_doc.hpp"

namespace precis::rules {

rule_set::rule_set(std::unique_ptr<impl> p) : impl_(std::move(p)) {}
rule_set::~rule_set() = default;
const pack_identity& rule_set::identity() const { return impl_->identity; }
const grammar::vocabulary& rule_set::vocabulary() const { return *impl_->vocab; }
summary rule_set::summarize(const grammar::document& doc, const summarize_options& opts) const {
    return summarize_document(*impl_, doc, opts);
}

std::string pack_digest(const pack_source& source) {
    // The embedded pack is constant: its digest is made at build time with its image, or
    // computed once, not on every reload.
    if (&source == &embedded_pack()) {
        static const std::string embedded = [&] {
            std::string d = pack_image::embedded().digest_of(source);
            return d.empty() ? pack_sha1(source) : d;
        }();
        return embedded;
    }
    return pack_sha1(source);
}

void load_pack_yaml(const yaml_pack& pack, rule_set::impl& out,
                    std::vector<diagnostic>& problems) {
    const yaml_pack::file* f = pack.find("pack.yaml");
    if (f == nullptr) {
        problems.push_back({"pack.yaml", 0, 0, "missing: every pack has a pack.yaml"});
        return;
    }
    if (!f->doc->parsed()) return;
    const file_problems where(f->source->path, problems);
    const yaml_node doc = f->doc->root();
    if (!doc.is_map()) {
        where.at(doc, "pack.yaml must be a map with name, version, options");
        return;
    }
    check_keys(doc, {"name", "version", "description", "options"}, where);
    if (auto name = as_text(doc["name"], where, "name")) out.identity.name = *name;
    if (auto version = as_text(doc["version"], where, "version")) out.identity.version = *version;
    const yaml_node opts = doc["options"];
    if (!opts.is_defined()) return;
    if (!opts.is_map()) {
        where.at(opts, "options must be a map");
        return;
    }
    check_keys(opts, {"headline_max_words", "summary_sentences", "place_prefix"}, where);
    auto read_int = [&](const char* key, int lo, int hi, int& into) {
        const yaml_node n = opts[key];
        if (!n.is_defined()) return;
        try {
            const int v = n.as<int>();
            if (v < lo || v > hi) {
                where.at(n, std::string(key) + " must be between " + std::to_string(lo) +
                                " and " + std::to_string(hi));
                return;
            }
            into = v;
        } catch (const yaml_conversion_error&) {
            where.at(n, std::string(key) + " must be a whole number");
        }
    };
    read_int("headline_max_words", 4, 40, out.options.headline_max_words);
    read_int("summary_sentences", 1, 10, out.options.summary_sentences);
    if (const yaml_node n = opts["place_prefix"]; n.is_defined()) {
        try {
            out.options.place_prefix = n.as<bool>();
        } catch (const yaml_conversion_error&) {
            where.at(n, "place_prefix must be true or false");
        }
    }
}

void load_vocabulary(const yaml_pack& pack, rule_set::impl& out,
                     std::vector<diagnostic>& problems) {
    for (const auto& f : pack.files()) {
        if (f.source->path.rfind("vocabulary/", 0) != 0 || !f.doc->parsed()) continue;
        const file_problems where(f.source->path, problems);
        const yaml_node doc = f.doc->root();
        if (!doc.is_map()) {
            where.at(doc, "a vocabulary file is a map with 'class' and 'terms'");
            continue;
        }
        check_keys(doc, {"class", "terms", "description"}, where);
        auto cls_name = as_text(doc["class"], where, "class");
        if (!cls_name) continue;
        grammar::term_class cls{};
        if (!grammar::term_class_named(*cls_name, cls)) {
            where.at(doc["class"], "unknown vocabulary class '" + *cls_name + "'");
            continue;
        }
        const yaml_node terms = doc["terms"];
        if (!terms.is_sequence()) {
            where.at(terms.is_defined() ? terms : doc, "'terms' must be a list");
            continue;
        }
        if (terms.size() > limits::max_terms_per_file) {
            where.at(terms, "too many terms (limit " + std::to_string(limits::max_terms_per_file) +
                                ")");
            continue;
        }
        out.vocabulary_files.push_back(f.source->path);
        std::size_t bytes = 0;
        for (const auto& term : terms) bytes += (term.is_map() ? term["phrase"] : yaml_node(term)).scalar().size();
        out.vocab->reserve(cls, terms.size(), bytes);
        for (const auto& term : terms) {
            std::optional<std::string_view> phrase, key;
            if (term.is_map() && !term["phrase"].is_defined()) {
                // "- Élections : le vote" is a one-pair map to YAML: as_text says so and how
                // to quote it, rather than a missing 'phrase'.
                if (term.size() == 1) {
                    as_text(term, where, "term");
                } else {
                    where.at(term, "a term written as a map needs a 'phrase'");
                }
                continue;
            }
            if (term.is_map()) {
                check_keys(term, {"phrase", "key"}, where);
                phrase = as_text_view(term["phrase"], where, "phrase");
                if (term["key"].is_defined()) key = as_text_view(term["key"], where, "key");
            } else {
                phrase = as_text_view(term, where, "term");
            }
            if (!phrase) continue;
            if (phrase->empty() || phrase->size() > limits::max_phrase_bytes) {
                where.at(term, "a phrase must have 1 to " +
                                   std::to_string(limits::max_phrase_bytes) + " bytes");
                continue;
            }
            out.vocab->add(cls, *phrase, key.value_or(std::string_view()));
            if (cls == grammar::term_class::speech_verb) out.pack.speech_verbs.push_back(fold_key(*phrase));
        }
    }
    out.vocab->shrink_to_fit();
    auto& speech = out.pack.speech_verbs;
    std::sort(speech.begin(), speech.end());
    speech.erase(std::unique(speech.begin(), speech.end()), speech.end());
    speech.shrink_to_fit();
}

load_result load(const pack_source& source) {
    load_result result;
    auto rules = std::make_unique<rule_set::impl>();
    rules->vocab = std::make_unique<grammar::vocabulary>();
    rules->identity.origin = source.origin;
    rules->identity.digest = pack_digest(source);
    // Every file is parsed once; lint_pack and the section loaders read the same trees.
    yaml_pack pack(source, result.problems);
    try {
        lint_pack(source, pack, result.problems);
    } catch (const std::bad_alloc&) {
        throw;  // out of memory is the host's to hear about, not a problem of the pack
    } catch (const std::exception& e) {
        result.problems.push_back({"", 0, 0, std::string("cannot check pack: ") + e.what()});
    }
    try {
        load_pack_yaml(pack, *rules, result.problems);
        load_vocabulary(pack, *rules, result.problems);
        // (The vocabulary's trees are not read again: they go before the lexicon, the largest
        // part of a pack, is built beside the previous pack's.)
        pack.release("vocabulary/");
        // Lexicon first: events refer to its lemmas; events before scoring and templates,
        // which refer to events.
        load_lexicon(pack, rules->pack.lex, result.problems);
        load_events(pack, rules->pack, result.problems);
        load_scoring(pack, rules->pack, result.problems);
        load_trimming(pack, rules->pack, result.problems);
        load_templates(pack, rules->pack, result.problems);
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) {
        result.problems.push_back({"", 0, 0, std::string("cannot load pack: ") + e.what()});
    }
    columns_in_characters(source, result.problems);
    if (result.problems.empty()) {
        result.rules = std::make_shared<const rule_set>(std::move(rules));
    }
    return result;
}

load_result load_from(const std::string& dir, pack_source* source_out) {
    std::vector<diagnostic> problems;
    pack_source read;
    const pack_source* source = &embedded_pack();
    if (!dir.empty()) {
        read = read_pack_directory(dir, problems);
        source = &read;
    }
    // The files that could be read are checked even when others could not, so that one
    // run reports every problem; a file refused while reading is not reported twice.
    const auto read_problems = problems;
    const bool whole_pack_unreadable = std::any_of(
        read_problems.begin(), read_problems.end(), [](const auto& r) { return r.file.empty(); });
    load_result loaded;
    if (!whole_pack_unreadable) loaded = load(*source);
    for (auto& p : loaded.problems) {
        const bool refused = std::any_of(read_problems.begin(), read_problems.end(),
                                         [&](const auto& r) { return r.file == p.file; });
        if (!refused) problems.push_back(std::move(p));
    }
    sort_by_position(problems);
    loaded.problems = std::move(problems);
    if (!loaded.problems.empty()) loaded.rules.reset();
    if (source_out != nullptr) *source_out = dir.empty() ? pack_source{} : std::move(read);
    return loaded;
}

}  // namespace precis::rules
