// Test helpers for the grammar: the default pack's vocabulary read from its YAML files, one
// shared lexicon, and a JSON view of a document that golden files compare against.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

#include "precis/grammar/parser.hpp"

namespace precis::grammar::testing {

// Reads every vocabulary/*.yaml file of a pack into `vocab`; returns the number of files read.
inline std::size_t load_vocabulary(const std::string& dir, vocabulary& vocab) {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".yaml") continue;
        const YAML::Node doc = YAML::LoadFile(entry.path().string());
        term_class cls{};
        if (!term_class_named(doc["class"].as<std::string>(), cls)) {
            throw std::runtime_error(entry.path().string() + ": unknown vocabulary class");
        }
        for (const auto& term : doc["terms"]) {
            if (term.IsScalar()) {
                vocab.add(cls, term.as<std::string>());
            } else {
                vocab.add(cls, term["phrase"].as<std::string>(),
                          term["key"] ? term["key"].as<std::string>() : std::string());
            }
        }
        ++files;
    }
    return files;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline const char* name_of(read_quality q) {
    switch (q) {
        case read_quality::full:
            return "full";
        case read_quality::partial:
            return "partial";
        default:
            return "chunks";
    }
}
inline const char* name_of(actor_kind k) {
    static const char* names[] = {"person", "institution", "country", "group", "pronoun", "other"};
    return names[static_cast<int>(k)];
}
inline const char* name_of(value_kind k) {
    static const char* names[] = {"date", "money", "quantity", "percent"};
    return names[static_cast<int>(k)];
}
inline const char* name_of(tense t) {
    static const char* names[] = {"unknown", "present",     "past",       "imperfect",
                                  "future",  "conditional", "infinitive", "participle"};
    return names[static_cast<int>(t)];
}
inline const char* name_of(part_kind k) {
    static const char* names[] = {"subject",     "verb",      "object",        "attribution",
                                  "time",        "place",     "apposition",    "relative",
                                  "subordinate", "purpose",   "parenthetical", "quote",
                                  "enumeration", "complement"};
    return names[static_cast<int>(k)];
}
inline const char* name_of(clause_role r) {
    static const char* names[] = {"main",        "quote",   "attribution", "relative",
                                  "subordinate", "purpose", "chunk"};
    return names[static_cast<int>(r)];
}

// Length of the white-space code point at `i`, or 0 (written here independently of the parser).
inline std::size_t white_space_at(const std::string& s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f') return 1;
    if (b == 0xC2 && i + 1 < s.size()) {
        const auto c = static_cast<unsigned char>(s[i + 1]);
        return (c == 0xA0 || c == 0x85) ? 2 : 0;
    }
    if (b == 0xE2 && i + 2 < s.size()) {
        const auto c = static_cast<unsigned char>(s[i + 1]);
        const auto d = static_cast<unsigned char>(s[i + 2]);
        if (c == 0x80 && (d <= 0x8B || d == 0xA8 || d == 0xA9 || d == 0xAF)) return 3;
        if (c == 0x81 && d == 0x9F) return 3;
    }
    if (b == 0xE3 && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x80') return 3;
    if (b == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBB' && s[i + 2] == '\xBF') return 3;
    if (b == 0xE1 && i + 2 < s.size() && s[i + 1] == '\x9A' && s[i + 2] == '\x80') return 3;
    return 0;
}

// The document as JSON: what golden expectations are matched against.
inline nlohmann::json to_json(const document& doc) {
    using nlohmann::json;
    json sentences = json::array();
    for (const sentence& s : doc.sentences) {
        json actors = json::array(), values = json::array(), clauses = json::array();
        for (const actor& a : s.actors) {
            actors.push_back({{"kind", name_of(a.kind)},
                              {"text", std::string(doc.slice(a.where))},
                              {"name", a.name},
                              {"title", a.title},
                              {"nationality", a.nationality},
                              {"country", a.country},
                              {"complement", a.complement},
                              {"role", a.role},
                              {"institution", a.institution}});
        }
        for (const value& v : s.values) {
            values.push_back({{"kind", name_of(v.kind)},
                              {"text", v.text},
                              {"normalized", v.normalized},
                              {"number", v.number},
                              {"unit", v.unit},
                              {"approx", v.approx}});
        }
        for (const clause& c : s.clauses) {
            json parts = json::array();
            for (const part& p : c.parts) {
                parts.push_back(
                    {{"kind", name_of(p.kind)}, {"text", std::string(doc.slice(p.where))}});
            }
            json cl = {{"role", name_of(c.role)}, {"text", std::string(doc.slice(c.where))},
                       {"subjects", c.subjects},  {"objects", c.objects},
                       {"parts", parts},          {"event", c.event},
                       {"speaker", c.speaker},    {"parent", c.parent}};
            if (c.verb) {
                cl["verb"] = {{"lemma", c.verb->lemma},         {"surface", c.verb->surface},
                              {"tense", name_of(c.verb->when)}, {"negated", c.verb->negated},
                              {"passive", c.verb->passive},     {"plural", c.verb->plural},
                              {"class", c.verb->verb_class}};
            }
            clauses.push_back(cl);
        }
        sentences.push_back({{"text", std::string(doc.slice(s.where))},
                             {"paragraph", s.paragraph},
                             {"quality", name_of(s.quality)},
                             {"heading", s.heading},
                             {"actors", actors},
                             {"values", values},
                             {"clauses", clauses}});
    }
    return {{"anchor_date", doc.anchor_date}, {"sentences", sentences}};
}

}  // namespace precis::grammar::testing
