// scoring.yaml, trimming.yaml and events.yaml: named rules with their parameters, checked for
// unknown kinds, unknown references, duplicate names and wrong types.
#include <algorithm>

#include "pack_model.hpp"
#include "rule_reader.hpp"
#include "text_tokens.hpp"

namespace precis::rules {

std::optional<double> read_number(const yaml_node& n, const file_problems& where,
                                  const char* what) {
    if (!n.is_scalar()) {
        where.at(n, std::string(what) + " must be a number");
        return std::nullopt;
    }
    try {
        return n.as<double>();
    } catch (const yaml_conversion_error&) {
        where.at(n, std::string(what) + " must be a number");
        return std::nullopt;
    }
}

std::optional<bool> read_bool(const yaml_node& n, const file_problems& where, const char* what) {
    try {
        if (n.is_scalar()) return n.as<bool>();
    } catch (const yaml_conversion_error&) {
    }
    where.at(n, std::string(what) + " must be true or false");
    return std::nullopt;
}

std::vector<std::string> read_phrases(const yaml_node& n, const file_problems& where,
                                      const char* what, bool fold) {
    std::vector<std::string> out;
    if (!n.is_sequence()) {
        where.at(n, std::string(what) + " must be a list of strings");
        return out;
    }
    for (const auto& item : n) {
        if (auto s = as_text(item, where, what)) out.push_back(fold ? fold_key(*s) : *s);
    }
    return out;
}

std::optional<yaml_node> section(const yaml_pack& pack, const std::string& path,
                                 const char* key, std::initializer_list<const char*> keys,
                                 std::vector<diagnostic>& problems, yaml_node* root) {
    const yaml_pack::file* f = pack.find(path);
    if (f == nullptr) {
        problems.push_back({path, 0, 0, "missing: the pack needs " + path});
        return std::nullopt;
    }
    if (!f->doc->parsed()) return std::nullopt;
    const file_problems where(f->source->path, problems);
    const yaml_node doc = f->doc->root();
    if (!doc.is_map()) {
        where.at(doc, path + " must be a map with '" + key + "'");
        return std::nullopt;
    }
    check_keys(doc, keys, where);
    if (root != nullptr) *root = doc;
    const yaml_node list = doc[key];
    if (!list.is_sequence()) {
        where.at(list.is_defined() ? list : doc, std::string("'") + key + "' must be a list");
        return std::nullopt;
    }
    return list;
}

bool claim_name(pack_rules& rules, const yaml_node& item, const file_problems& where,
                std::string& name_out) {
    if (!item.is_map()) {
        where.at(item, "a rule is a map with a 'name'");
        return false;
    }
    auto name = as_text(item["name"], where, "name");
    if (!name) return false;
    if (name->empty()) {
        where.at(item["name"], "a rule name may not be empty");
        return false;
    }
    const std::string here = where.file() + ":" + std::to_string(item["name"].mark().line + 1);
    auto [it, fresh] = rules.rule_names.emplace(*name, here);
    if (!fresh) {
        where.at(item["name"], "duplicate rule name '" + *name + "' (first at " + it->second + ")");
        return false;
    }
    name_out = *name;
    return true;
}

namespace {

// Sorts a feature's phrases by their first byte and indexes the groups (feature_value
// compares, at each word of a sentence, only the phrases opening with its first byte).
void group_by_first_byte(scoring_feature& f) {
    auto first = [](const std::string& p) { return static_cast<unsigned char>(p.empty() ? ' ' : p[0]); };
    std::stable_sort(f.phrases.begin(), f.phrases.end(),
                     [&](const std::string& a, const std::string& b) { return first(a) < first(b); });
    f.phrase_from.fill(0);
    for (const auto& p : f.phrases) ++f.phrase_from[first(p) + 1u];
    for (std::size_t b = 1; b < f.phrase_from.size(); ++b) f.phrase_from[b] += f.phrase_from[b - 1];
}

const std::map<std::string, feature_kind>& feature_kinds() {
    static const auto* kinds = new std::map<std::string, feature_kind>{
        {"position", feature_kind::position}, {"salience", feature_kind::salience},
        {"compressed_salience", feature_kind::compressed_salience},
        {"event", feature_kind::event},       {"actors", feature_kind::actors},
        {"values", feature_kind::values},     {"cue", feature_kind::cue},
        {"quote", feature_kind::quote},       {"heading", feature_kind::heading},
        {"question", feature_kind::question}, {"length", feature_kind::length},
        {"attribution", feature_kind::attribution}, {"template", feature_kind::template_fit},
        {"fragment", feature_kind::fragment}, {"opening", feature_kind::opening}};
    return *kinds;
}

const std::map<std::string, trim_kind>& trim_kinds() {
    static const auto* kinds = new std::map<std::string, trim_kind>{
        {"dateline", trim_kind::dateline},         {"leading", trim_kind::leading},
        {"time", trim_kind::time},                 {"attribution", trim_kind::attribution},
        {"parenthetical", trim_kind::parenthetical}, {"apposition", trim_kind::apposition},
        {"relative", trim_kind::relative},         {"subordinate", trim_kind::subordinate},
        {"purpose", trim_kind::purpose},           {"enumeration", trim_kind::enumeration},
        {"shorten_actor", trim_kind::shorten_actor}, {"present_tense", trim_kind::present_tense},
        {"reported_statement", trim_kind::reported_statement}, {"connective", trim_kind::connective},
        {"source", trim_kind::source},             {"manner", trim_kind::manner},
        {"cut", trim_kind::cut}};
    return *kinds;
}

template <typename Kind>
std::optional<Kind> read_kind(const yaml_node& n, const std::map<std::string, Kind>& kinds,
                              const file_problems& where) {
    auto s = as_text(n, where, "kind");
    if (!s) return std::nullopt;
    auto it = kinds.find(*s);
    if (it == kinds.end()) {
        std::string known;
        for (const auto& [k, v] : kinds) known += (known.empty() ? "" : ", ") + k;
        where.at(n, "unknown kind '" + *s + "' (known: " + known + ")");
        return std::nullopt;
    }
    return it->second;
}

}  // namespace

void load_scoring(const yaml_pack& pack, pack_rules& out, std::vector<diagnostic>& problems) {
    yaml_node root;
    auto list = section(pack, "scoring.yaml", "features", {"description", "features", "topic"},
                        problems, &root);
    if (!list) return;
    const file_problems where("scoring.yaml", problems);
    for (const auto& item : *list) {
        std::string name;
        if (!claim_name(out, item, where, name)) continue;
        check_keys(item, {"name", "kind", "weight", "decay", "smoothing", "min_words", "max_words", "min_actors",
                          "min_countries",
                          "phrases", "events", "description"},
                   where);
        scoring_feature f;
        f.name = name;
        auto kind = read_kind(item["kind"], feature_kinds(), where);
        auto weight = read_number(item["weight"], where, "weight");
        if (!kind || !weight) continue;
        f.kind = *kind;
        f.weight = *weight;
        if (item["decay"].is_defined()) {
            if (auto d = read_number(item["decay"], where, "decay")) f.decay = *d;
        }
        if (item["smoothing"].is_defined()) {
            if (auto d = read_number(item["smoothing"], where, "smoothing")) f.smoothing = *d;
        }
        for (auto [key, field] : {std::pair{"min_words", &f.min_words},
                                  std::pair{"max_words", &f.max_words},
                                  std::pair{"min_actors", &f.min_actors},
                                  std::pair{"min_countries", &f.min_countries}}) {
            if (!item[key].is_defined()) continue;
            if (auto v = read_number(item[key], where, key)) *field = static_cast<int>(*v);
        }
        if (item["phrases"].is_defined()) {
            f.phrases = read_phrases(item["phrases"], where, "phrases", true);
            group_by_first_byte(f);
        }
        if ((f.kind == feature_kind::cue || f.kind == feature_kind::attribution || f.kind == feature_kind::opening) &&
            f.phrases.empty()) {
            where.at(item, "a feature of kind '" + std::string(item["kind"].scalar()) + "' needs 'phrases'");
        }
        if (item["events"].is_defined()) {
            f.events = read_phrases(item["events"], where, "events", false);
            for (std::size_t i = 0; i < f.events.size(); ++i) {
                const std::string& e = f.events[i];
                const bool known = std::any_of(out.events.begin(), out.events.end(),
                                               [&](const event_def& d) { return d.name == e; });
                if (!known) where.at(item["events"][i], "unknown event '" + e + "' (see events.yaml)");
            }
        }
        out.features.push_back(std::move(f));
    }
    // The keys the features' phrases may open with, marked in the word index (each token's one
    // lookup then says whether a phrase may start there): a phrase's first word, and, when
    // that word is elided ("c'est", "qu'il"), its head up to the apostrophe, a token of its own.
    // (The index keeps views of the keys: they live in the pack's phrase_openers.)
    out.phrase_openers.clear();
    for (const auto& f : out.features) {
        for (const auto& p : f.phrases) {
            const std::string word = p.substr(0, p.find(' '));
            if (word.empty()) continue;
            out.phrase_openers[word] = true;
            if (const std::size_t apostrophe = word.find('\''); apostrophe + 1 < word.size()) {
                out.phrase_openers[word.substr(0, apostrophe + 1)] = true;
            }
        }
    }
    out.lex.word_index.reserve(out.lex.word_index.size() + out.phrase_openers.size());
    for (const auto& [word, opens] : out.phrase_openers) out.lex.word_index[word].opens_phrase = opens;
    const yaml_node topic = root["topic"];
    if (!topic.is_defined()) return;
    if (!topic.is_map()) {
        where.at(topic, "topic must be a map with name, enabled, min_mentions");
        return;
    }
    check_keys(topic, {"name", "enabled", "min_mentions", "min_share", "country_weight",
                       "description"},
               where);
    if (topic["country_weight"].is_defined()) {
        if (auto v = read_number(topic["country_weight"], where, "country_weight")) {
            out.topic_country_weight = *v;
        }
    }
    std::string name;
    if (claim_name(out, topic, where, name)) out.topic_rule = name;
    if (topic["enabled"].is_defined()) {
        if (auto b = read_bool(topic["enabled"], where, "enabled")) out.topic_enabled = *b;
    }
    if (topic["min_mentions"].is_defined()) {
        if (auto v = read_number(topic["min_mentions"], where, "min_mentions")) {
            out.topic_min_mentions = static_cast<int>(*v);
        }
    }
    if (topic["min_share"].is_defined()) {
        if (auto v = read_number(topic["min_share"], where, "min_share")) out.topic_min_share = *v;
    }
}

void load_trimming(const yaml_pack& pack, pack_rules& out, std::vector<diagnostic>& problems) {
    auto list = section(pack, "trimming.yaml", "rules", {"description", "rules"}, problems, nullptr);
    if (!list) return;
    const file_problems where("trimming.yaml", problems);
    for (const auto& item : *list) {
        std::string name;
        if (!claim_name(out, item, where, name)) continue;
        check_keys(item, {"name", "kind", "markers", "max_words", "headline", "summary",
                          "description"},
                   where);
        trim_rule r;
        r.name = name;
        auto kind = read_kind(item["kind"], trim_kinds(), where);
        if (!kind) continue;
        r.kind = *kind;
        if (item["markers"].is_defined()) r.markers = read_phrases(item["markers"], where, "markers", true);
        if (item["max_words"].is_defined()) {
            if (auto v = read_number(item["max_words"], where, "max_words")) r.max_words = static_cast<int>(*v);
        }
        if (item["headline"].is_defined()) {
            if (auto b = read_bool(item["headline"], where, "headline")) r.headline = *b;
        }
        if (item["summary"].is_defined()) {
            if (auto b = read_bool(item["summary"], where, "summary")) r.summary = *b;
        }
        const bool needs_markers = r.kind == trim_kind::leading || r.kind == trim_kind::attribution ||
                                   r.kind == trim_kind::relative || r.kind == trim_kind::subordinate ||
                                   r.kind == trim_kind::purpose || r.kind == trim_kind::time ||
                                   r.kind == trim_kind::reported_statement || r.kind == trim_kind::connective ||
                                   r.kind == trim_kind::source || r.kind == trim_kind::manner;
        if (needs_markers && r.markers.empty()) {
            where.at(item, "a '" + std::string(item["kind"].scalar()) + "' rule needs 'markers'");
        }
        index_markers(r);
        out.trims.push_back(std::move(r));
    }
    out.marker_first_words.clear();
    for (std::size_t i = 0; i < out.trims.size() && i < 64; ++i) {
        for (const auto& [word, markers] : out.trims[i].markers_by_first) {
            out.marker_first_words[word] |= uint64_t{1} << i;
        }
    }
    out.marker_second_words.clear();
    {
        const std::size_t rule_bits = std::min<std::size_t>(out.trims.size(), 64);
        std::size_t next_bit = 64;  // (bits from 63 down, while above the rules')
        for (std::size_t i = 0; i < rule_bits; ++i) {
            const trim_rule& r = out.trims[i];
            // (Only the rules whose steps walk the tokens their markers may open at read these
            // bits, see compress.cpp's marker_index::walked(): the others' second words would
            // take bits from theirs.)
            const trim_kind k = r.kind;
            if (!(k == trim_kind::time || k == trim_kind::relative || k == trim_kind::subordinate ||
                  k == trim_kind::purpose || k == trim_kind::connective || k == trim_kind::source ||
                  k == trim_kind::manner)) {
                continue;
            }
            for (const auto& words : r.marker_words) {
                if (words.size() < 2 || next_bit <= rule_bits) continue;
                const std::string& second = words[1];
                if (std::any_of(second.begin(), second.end(), [](char c) {
                        return c == '\'' || static_cast<unsigned char>(c) >= 0x80;
                    })) {
                    continue;
                }
                if (out.marker_second_words.count(second) == 0) {
                    out.marker_second_words[second] = uint64_t{1} << --next_bit;
                }
            }
        }
    }
    // A token's one lookup in the word index then also says which rules' markers may start
    // at it, and which markers' second words it is (the trimmer reads that instead of looking
    // the word up again per sentence cut).
    out.lex.word_index.reserve(out.lex.word_index.size() + out.marker_first_words.size() +
                               out.marker_second_words.size());
    for (const auto& [word, rules] : out.marker_first_words) out.lex.word_index[word].markers = rules;
    for (const auto& [word, bit] : out.marker_second_words) out.lex.word_index[word].markers |= bit;
    // And what the trimmer notes of it.
    index_trim_words(out.lex.word_index);
}

void index_markers(trim_rule& r) {
    r.markers_by_first.clear();
    r.marker_words.clear();
    r.verb_markers.clear();
    for (uint32_t m = 0; m < r.markers.size(); ++m) {
        const std::string& marker = r.markers[m];
        r.markers_by_first[marker.substr(0, marker.find(' '))].push_back(m);
        auto& words = r.marker_words.emplace_back();
        for (std::size_t pos = 0; pos < marker.size();) {
            const std::size_t sp = std::min(marker.find(' ', pos), marker.size());
            words.push_back(marker.substr(pos, sp - pos));
            pos = sp + 1;
        }
        if (marker.size() > 2 && (marker.compare(marker.size() - 2, 2, "er") == 0 ||
                                  marker.compare(marker.size() - 2, 2, "ir") == 0)) {
            r.verb_markers.push_back(marker);
        }
    }
    std::sort(r.verb_markers.begin(), r.verb_markers.end());
}

void load_events(const yaml_pack& pack, pack_rules& out, std::vector<diagnostic>& problems) {
    auto list = section(pack, "events.yaml", "events", {"description", "events"}, problems, nullptr);
    if (!list) return;
    const file_problems where("events.yaml", problems);
    for (const auto& item : *list) {
        std::string name;
        if (!claim_name(out, item, where, name)) continue;
        check_keys(item, {"name", "verbs", "nouns", "description"}, where);
        event_def e;
        e.name = name;
        if (item["verbs"].is_defined()) e.verbs = read_phrases(item["verbs"], where, "verbs", true);
        if (item["nouns"].is_defined()) e.nouns = read_phrases(item["nouns"], where, "nouns", true);
        if (e.verbs.empty() && e.nouns.empty()) {
            where.at(item, "an event needs 'verbs' or 'nouns'");
            continue;
        }
        // Each verb and noun must be in the lexicon, so that the event can be said in English.
        for (const auto& [key, want] : {std::pair{"verbs", word_class::verb},
                                        std::pair{"nouns", word_class::noun}}) {
            const auto& words = want == word_class::verb ? e.verbs : e.nouns;
            for (std::size_t i = 0; i < words.size(); ++i) {
                const auto* hit = out.lex.word(words[i], want);
                if (hit == nullptr || hit->form != form_kind::base) {
                    where.at(item[key][i], "unknown reference: '" + words[i] +
                                               "' is not a " + key + " lemma of the lexicon");
                }
            }
        }
        const auto index = static_cast<uint32_t>(out.events.size());
        for (const auto& v : e.verbs) out.event_by_verb.emplace(v, index);
        for (const auto& n : e.nouns) out.event_by_noun.emplace(n, index);
        out.events.push_back(std::move(e));
    }
    out.event_verbs = {};
    for (const auto& [verb, e] : out.event_by_verb) out.event_verbs.add(verb);
    out.entry_event.assign(out.lex.entries.size(), -1);
    for (std::size_t i = 0; i < out.lex.entries.size(); ++i) {
        const lexicon_entry& e = out.lex.entries[i];
        const auto& table = e.pos == word_class::verb ? out.event_by_verb : out.event_by_noun;
        if (auto it = table.find(e.fr_key); it != table.end()) {
            out.entry_event[i] = static_cast<int32_t>(it->second);
        }
    }
    // Whether a word may name an event, on its index entry: the sentences' event scan passes
    // the other words by.
    out.event_words = {};
    out.lex.word_index.for_each([&](std::string_view word, lexicon_word_info& info) {
        info.names_event = std::any_of(info.forms.begin(), info.forms.end(),
                                       [&](const form_hit& h) { return out.entry_event[h.entry] >= 0; });
        if (info.names_event) out.event_words.add(word);
    });
}

}  // namespace precis::rules
