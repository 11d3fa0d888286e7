#include "result_document.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace precis::plugin {

using json = nlohmann::ordered_json;

namespace {

// Text from the library's own output, made safe to serialise: a replacement character for
// any byte that is not UTF-8 (input was validated, but rule text may be edited carelessly).
constexpr auto dump_mode = json::error_handler_t::replace;

json span_json(const grammar::document& doc, grammar::span s) {
    const grammar::span src = doc.source_span(s);
    return json::array({src.begin, src.end});
}

json pack_json(const rules::pack_identity& pack) {
    return {{"pack", pack.name}, {"version", pack.version}, {"digest", pack.digest},
            {"origin", pack.origin}};
}

const char* kind_name(grammar::actor_kind k) {
    switch (k) {
        case grammar::actor_kind::person: return "person";
        case grammar::actor_kind::institution: return "institution";
        case grammar::actor_kind::country: return "country";
        case grammar::actor_kind::group: return "group";
        case grammar::actor_kind::pronoun: return "pronoun";
        case grammar::actor_kind::other: break;
    }
    return "other";
}

const char* value_name(grammar::value_kind k) {
    switch (k) {
        case grammar::value_kind::date: return "date";
        case grammar::value_kind::money: return "money";
        case grammar::value_kind::quantity: return "quantity";
        case grammar::value_kind::percent: return "percent";
    }
    return "quantity";
}

json entities_json(const grammar::document& doc) {
    json out = json::array();
    std::set<std::string> seen;
    for (const auto& s : doc.sentences) {
        for (const auto& a : s.actors) {
            if (a.kind == grammar::actor_kind::pronoun) continue;
            std::string text = !a.name.empty() ? a.name : std::string(doc.slice(a.where));
            if (text.empty() || !seen.insert(text).second) continue;
            json e = {{"text", text}, {"type", kind_name(a.kind)}, {"span", span_json(doc, a.where)}};
            if (!a.role.empty()) e["role"] = a.role;
            if (!a.country.empty()) e["country"] = a.country;
            out.push_back(std::move(e));
        }
    }
    return out;
}

json values_json(const grammar::document& doc) {
    json out = json::array();
    for (const auto& s : doc.sentences) {
        for (const auto& v : s.values) {
            json e = {{"type", value_name(v.kind)}, {"text", v.text}, {"span", span_json(doc, v.where)}};
            if (v.kind == grammar::value_kind::date) {
                e["value"] = v.normalized;
            } else {
                e["value"] = v.number;
                if (!v.unit.empty()) e["unit"] = v.unit;
                if (!v.approx.empty()) e["approx"] = v.approx;
            }
            out.push_back(std::move(e));
        }
    }
    return out;
}

// Documents start as an explicit object: nlohmann 3.11.2 turns a null value into an object
// by setting the type before allocating, so a failed allocation there leaves a value whose
// destructor dereferences null. Never grow a null value into an object or array.
json base_document(const rules::pack_identity& pack) {
    json d = json::object();
    d["schema"] = 1;
    d["status"] = "ok";
    d["error"] = nullptr;
    d["rules"] = pack_json(pack);
    return d;
}

}  // namespace

std::string error_document(const error_info& error) {
    json e = {{"code", error.code}, {"message", error.message}};
    if (error.offset >= 0) e["offset"] = error.offset;
    if (!error.file.empty()) e["file"] = error.file;
    if (error.line > 0) {
        e["line"] = error.line;
        e["column"] = error.column;
    }
    json d = {{"schema", 1}, {"status", "error"}, {"error", e}};
    return d.dump(-1, ' ', false, dump_mode);
}

std::string summary_document(const rules::pack_identity& pack, const grammar::document& doc,
                             const rules::summary& summary) {
    json d = base_document(pack);
    d["headline"] = {{"fr", summary.headline_fr}, {"en", summary.headline_en}};
    d["summary"] = {{"fr", summary.summary_fr}, {"en", summary.summary_en}};
    d["entities"] = entities_json(doc);
    d["values"] = values_json(doc);
    json events = json::array();
    for (const auto& ev : summary.events) {
        json e = {{"predicate", ev.predicate}, {"actors", ev.actors}, {"span", span_json(doc, ev.where)},
                  {"sentence", ev.sentence}};
        if (!ev.object.empty()) e["object"] = ev.object;
        if (!ev.date.empty()) e["date"] = ev.date;
        events.push_back(std::move(e));
    }
    d["events"] = std::move(events);
    d["keywords"] = summary.keywords;
    json trace = json::array();
    for (const auto& t : summary.trace) {
        json e = {{"rule", t.rule}, {"span", span_json(doc, t.where)}, {"score", t.score}};
        if (!t.note.empty()) e["note"] = t.note;
        trace.push_back(std::move(e));
    }
    d["trace"] = std::move(trace);
    return d.dump(-1, ' ', false, dump_mode);
}

namespace {

const char* quality_name(grammar::read_quality q) {
    switch (q) {
        case grammar::read_quality::full: return "full";
        case grammar::read_quality::partial: return "partial";
        case grammar::read_quality::chunks: break;
    }
    return "chunks";
}

const char* part_name(grammar::part_kind k) {
    static const char* const names[] = {"subject", "verb", "object", "attribution", "time",
                                        "place", "apposition", "relative", "subordinate",
                                        "purpose", "parenthetical", "quote", "enumeration",
                                        "complement"};
    const auto i = static_cast<std::size_t>(k);
    return i < std::size(names) ? names[i] : "complement";
}

const char* role_name(grammar::clause_role r) {
    static const char* const names[] = {"main", "quote", "attribution", "relative",
                                        "subordinate", "purpose", "chunk"};
    const auto i = static_cast<std::size_t>(r);
    return i < std::size(names) ? names[i] : "chunk";
}

const char* tense_name(grammar::tense t) {
    static const char* const names[] = {"unknown", "present", "past", "imperfect",
                                        "future", "conditional", "infinitive", "participle"};
    const auto i = static_cast<std::size_t>(t);
    return i < std::size(names) ? names[i] : "unknown";
}

}  // namespace

std::string parse_document(const rules::pack_identity& pack, const grammar::document& doc) {
    json d = base_document(pack);
    json sentences = json::array();
    for (const auto& s : doc.sentences) {
        json clauses = json::array();
        for (const auto& c : s.clauses) {
            json cj = {{"role", role_name(c.role)}, {"span", span_json(doc, c.where)},
                       {"subjects", c.subjects}, {"objects", c.objects}, {"parent", c.parent}};
            if (c.verb) {
                cj["verb"] = {{"lemma", c.verb->lemma}, {"surface", c.verb->surface},
                              {"tense", tense_name(c.verb->when)}, {"negated", c.verb->negated},
                              {"passive", c.verb->passive}, {"class", c.verb->verb_class},
                              {"span", span_json(doc, c.verb->where)}};
            }
            if (!c.event.empty()) cj["event"] = c.event;
            if (c.speaker >= 0) cj["speaker"] = c.speaker;
            json parts = json::array();
            for (const auto& p : c.parts) {
                parts.push_back({{"kind", part_name(p.kind)}, {"span", span_json(doc, p.where)},
                                 {"text", doc.slice(p.where)}});
            }
            cj["parts"] = std::move(parts);
            clauses.push_back(std::move(cj));
        }
        json actors = json::array();
        for (const auto& a : s.actors) {
            json aj = {{"type", kind_name(a.kind)}, {"text", doc.slice(a.where)},
                       {"span", span_json(doc, a.where)}};
            for (auto [key, val] : {std::pair{"name", &a.name}, {"title", &a.title},
                                    {"nationality", &a.nationality}, {"country", &a.country},
                                    {"complement", &a.complement}, {"role", &a.role},
                                    {"institution", &a.institution}}) {
                if (!val->empty()) aj[key] = *val;
            }
            actors.push_back(std::move(aj));
        }
        json sj = {{"span", span_json(doc, s.where)}, {"text", doc.slice(s.where)},
                   {"paragraph", s.paragraph}, {"quality", quality_name(s.quality)},
                   {"heading", s.heading}, {"actors", std::move(actors)},
                   {"clauses", std::move(clauses)}};
        sentences.push_back(std::move(sj));
    }
    d["sentences"] = std::move(sentences);
    d["values"] = values_json(doc);
    d["entities"] = entities_json(doc);
    return d.dump(-1, ' ', false, dump_mode);
}

std::string pack_document(const rules::pack_identity* pack,
                          const std::vector<rules::diagnostic>& problems) {
    json d = json::object();  // not grown from null: see base_document
    d["schema"] = 1;
    json diags = json::array();
    for (const auto& p : problems) {
        diags.push_back({{"file", p.file}, {"line", p.line}, {"column", p.column},
                         {"message", p.message}, {"text", p.to_string()}});
    }
    if (problems.empty() && pack != nullptr) {
        d["status"] = "ok";
        d["error"] = nullptr;
        d["rules"] = pack_json(*pack);
    } else {
        d["status"] = "error";
        json e = {{"code", "rules_invalid"},
                  {"message", std::to_string(problems.size()) + " problem(s) in the rule pack"}};
        if (!problems.empty()) {
            e["file"] = problems.front().file;
            e["line"] = problems.front().line;
            e["column"] = problems.front().column;
        }
        d["error"] = std::move(e);
    }
    d["diagnostics"] = std::move(diags);
    return d.dump(-1, ' ', false, dump_mode);
}

}  // namespace precis::plugin
