#include "result_document.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>
#include <vector>

#include "json_writer.hpp"
#include "precis/grammar/short_hash.hpp"

namespace precis::plugin {

namespace {

// Every document is written straight to text (see json_writer.hpp for why): the key order
// below is the document's key order.

// (Inline: nearly every object holds a span, and a call costs about as much as writing it.)
[[gnu::always_inline]] inline void span_field(json_writer& w, const grammar::document& doc,
                                              grammar::span s) {
    const grammar::span src = doc.source_span(s);
    w.int_pair("span", src.begin, src.end);
}

void pack_fields(json_writer& w, const rules::pack_identity& pack) {
    w.key("rules").begin_object();
    w.field("pack", pack.name).field("version", pack.version).field("digest", pack.digest);
    w.field("origin", pack.origin).end_object();
}

// (Views, not C strings: their lengths are known where they are written, with no strlen.)
std::string_view kind_name(grammar::actor_kind k) {
    switch (k) {
        case grammar::actor_kind::person:
            return "person";
        case grammar::actor_kind::institution:
            return "institution";
        case grammar::actor_kind::country:
            return "country";
        case grammar::actor_kind::group:
            return "group";
        case grammar::actor_kind::pronoun:
            return "pronoun";
        case grammar::actor_kind::other:
            break;
    }
    return "other";
}

// "type":"<kind_name(k)>","span":[ : what follows an entity's text, up to its span's numbers.
const json_piece& kind_and_span(grammar::actor_kind k) {
    static constexpr json_piece person(R"("type":"person","span":[)"),
        institution(R"("type":"institution","span":[)"), country(R"("type":"country","span":[)"),
        group(R"("type":"group","span":[)"), pronoun(R"("type":"pronoun","span":[)"),
        other(R"("type":"other","span":[)");
    switch (k) {
        case grammar::actor_kind::person:
            return person;
        case grammar::actor_kind::institution:
            return institution;
        case grammar::actor_kind::country:
            return country;
        case grammar::actor_kind::group:
            return group;
        case grammar::actor_kind::pronoun:
            return pronoun;
        case grammar::actor_kind::other:
            break;
    }
    return other;
}

// {"type":"<kind>","text": : a value's object up to its text.
const json_piece& value_head(grammar::value_kind k) {
    static constexpr json_piece date(R"({"type":"date","text":)"), money(R"({"type":"money","text":)"),
        quantity(R"({"type":"quantity","text":)"), percent(R"({"type":"percent","text":)");
    switch (k) {
        case grammar::value_kind::date:
            return date;
        case grammar::value_kind::money:
            return money;
        case grammar::value_kind::quantity:
            return quantity;
        case grammar::value_kind::percent:
            return percent;
    }
    return quantity;
}

void string_array(json_writer& w, const std::vector<std::string>& items) {
    w.begin_array();
    for (const auto& s : items) w.str(s);
    w.end_array();
}

template <typename Int>
void index_array(json_writer& w, const std::vector<Int>& items) {
    w.begin_array();
    for (Int i : items) w.num(i);
    w.end_array();
}

// The span of a mention named by its title alone, without the "de" that joined it to what it
// complements: "du président" is "président", "de la chanteuse" "la chanteuse", "d'un
// diplomate" "un diplomate".
grammar::span without_joining_de(const grammar::document& doc, grammar::span where) {
    const std::string_view text = doc.slice(where);
    std::size_t skip = 0;
    for (const std::string_view de : {std::string_view("du "), std::string_view("des "), std::string_view("de "),
                                      std::string_view("d'"), std::string_view("d\xe2\x80\x99")}) {
        if (text.size() > de.size() && text.compare(0, de.size(), de) == 0) {
            skip = de.size();
            break;
        }
    }
    return {where.begin + static_cast<uint32_t>(skip), where.end};
}

void entities_field(json_writer& w, const grammar::document& doc) {
    w.key("entities").begin_array();
    // The texts written so far: open addressing over a hash of their ends, in a table on the
    // stack when the document names few entities (a few dozen, usually).
    std::size_t actors = 0;
    for (const auto& s : doc.sentences) actors += s.actors.size();
    std::size_t size = 64;
    // (At most two thirds full: probes stay short, and the table cleared per document is
    // half the size of one at most half full for many documents.)
    while (size < actors + actors / 2) size *= 2;
    struct slot {
        const char* data;
        std::size_t size;  // 0: free (no text written is empty)
    };
    slot stack_slots[256];  // (only the first `size` are used, and set)
    std::vector<slot> heap_slots;
    slot* slots = stack_slots;
    if (size > std::size(stack_slots)) {
        heap_slots.resize(size);  // (value-initialised: free)
        slots = heap_slots.data();
    } else {
        std::memset(stack_slots, 0, size * sizeof(slot));  // free: null and 0
    }
    const std::size_t mask = size - 1;
    // The first slot to look at for a text (not empty).
    auto slot_of = [&](std::string_view text) { return static_cast<std::size_t>(grammar::ends_hash(text)) & mask; };
    // Whether `text` was seen, noting it when not.
    auto first_time = [&](std::string_view text) {
        for (std::size_t at = slot_of(text);; at = (at + 1) & mask) {
            if (slots[at].size == 0) {
                slots[at] = {text.data(), text.size()};
                return true;
            }
            if (std::string_view(slots[at].data, slots[at].size) == text) return false;
        }
    };
    for (const auto& s : doc.sentences) {
        for (const auto& a : s.actors) {
            if (a.kind == grammar::actor_kind::pronoun) continue;
            const grammar::span where = a.name.empty() ? without_joining_de(doc, a.where) : a.where;
            const std::string_view text = !a.name.empty() ? std::string_view(a.name) : doc.slice(where);
            if (text.empty() || !first_time(text)) continue;
            w.begin_object_field(R"({"text":)", text);
            const grammar::span src = doc.source_span(where);
            w.int_pair_after(kind_and_span(a.kind), src.begin, src.end);
            if (!a.role.empty()) w.field("role", a.role);
            if (!a.country.empty()) w.field("country", a.country);
            w.end_object();
        }
    }
    w.end_array();
}

void values_field(json_writer& w, const grammar::document& doc) {
    w.key("values").begin_array();
    for (const auto& s : doc.sentences) {
        for (const auto& v : s.values) {
            w.begin_object_field(value_head(v.kind), v.text);
            span_field(w, doc, v.where);
            if (v.kind == grammar::value_kind::date) {
                w.field("value", v.normalized);
            } else {
                w.key("value").num(v.number);
                if (!v.unit.empty()) w.field("unit", v.unit);
                if (!v.approx.empty()) w.field("approx", v.approx);
            }
            w.end_object();
        }
    }
    w.end_array();
}

void begin_ok_document(json_writer& w, const rules::pack_identity& pack) {
    // The same text opens every document of a pack: written once for the thread's last pack,
    // and copied while the pack stays the same (a few hundred bytes, kept with the thread).
    struct opening {
        rules::pack_identity pack;
        std::string text;
    };
    thread_local opening last;
    if (last.text.empty() || last.pack.name != pack.name || last.pack.version != pack.version ||
        last.pack.digest != pack.digest || last.pack.origin != pack.origin) {
        std::string text;
        json_writer first(text);
        first.begin_object().key("schema").num(1).literal("status", "ok").key("error").null();
        pack_fields(first, pack);
        first.finish();
        last.text.clear();  // (the pack then the text: a copy that fails leaves no text to match)
        last.pack = pack;
        last.text = std::move(text);
    }
    w.verbatim(last.text);
}

}  // namespace

std::string error_document(const error_info& error) {
    std::string out;
    json_writer w(out);
    w.begin_object().key("schema").num(1).field("status", "error").key("error").begin_object();
    w.field("code", error.code).field("message", error.message);
    if (error.offset >= 0) w.key("offset").num(error.offset);
    if (!error.file.empty()) w.field("file", error.file);
    if (error.line > 0) w.key("line").num(error.line).key("column").num(error.column);
    w.end_object().end_object();
    w.finish();
    return out;
}

std::string summary_document(const rules::pack_identity& pack, const grammar::document& doc,
                             const rules::summary& summary) {
    std::string out;
    // On the dev articles the document is 1 KB plus 0.4 to 3.4 times the text (1.35 at the
    // median, entities and trace most of it): room for twice the text means one allocation
    // for nearly every document rather than one or two more, each copying what was written.
    out.reserve(1024 + 2 * doc.text.size());
    json_writer w(out);
    begin_ok_document(w, pack);
    w.key("headline").begin_object().field("fr", summary.headline_fr);
    w.field("en", summary.headline_en).end_object();
    w.key("summary").begin_object().key("fr");
    string_array(w, summary.summary_fr);
    w.key("en");
    string_array(w, summary.summary_en);
    w.end_object();
    entities_field(w, doc);
    values_field(w, doc);
    w.key("events").begin_array();
    for (const auto& ev : summary.events) {
        w.begin_object_field(R"({"predicate":)", ev.predicate).key("actors");
        string_array(w, ev.actors);
        span_field(w, doc, ev.where);
        w.key("sentence").num(ev.sentence);
        if (!ev.object.empty()) w.field("object", ev.object);
        if (!ev.date.empty()) w.field("date", ev.date);
        w.end_object();
    }
    w.end_array().key("keywords");
    string_array(w, summary.keywords);
    w.key("trace").begin_array();
    for (const auto& t : summary.trace) {
        w.begin_object_field(R"({"rule":)", t.rule);
        span_field(w, doc, t.where);
        w.key("score").num(t.score);
        if (!t.note.empty()) w.field("note", t.note);
        w.end_object();
    }
    w.end_array().end_object();
    w.finish();
    return out;
}

namespace {

const char* quality_name(grammar::read_quality q) {
    switch (q) {
        case grammar::read_quality::full:
            return "full";
        case grammar::read_quality::partial:
            return "partial";
        case grammar::read_quality::chunks:
            break;
    }
    return "chunks";
}

const char* part_name(grammar::part_kind k) {
    static const char* const names[] = {"subject",     "verb",      "object",        "attribution",
                                        "time",        "place",     "apposition",    "relative",
                                        "subordinate", "purpose",   "parenthetical", "quote",
                                        "enumeration", "complement"};
    const auto i = static_cast<std::size_t>(k);
    return i < std::size(names) ? names[i] : "complement";
}

const char* role_name(grammar::clause_role r) {
    static const char* const names[] = {"main",        "quote",   "attribution", "relative",
                                        "subordinate", "purpose", "chunk"};
    const auto i = static_cast<std::size_t>(r);
    return i < std::size(names) ? names[i] : "chunk";
}

const char* tense_name(grammar::tense t) {
    static const char* const names[] = {"unknown", "present",     "past",       "imperfect",
                                        "future",  "conditional", "infinitive", "participle"};
    const auto i = static_cast<std::size_t>(t);
    return i < std::size(names) ? names[i] : "unknown";
}

void clause_object(json_writer& w, const grammar::document& doc, const grammar::clause& c) {
    w.begin_object().field("role", role_name(c.role));
    span_field(w, doc, c.where);
    w.key("subjects");
    index_array(w, c.subjects);
    w.key("objects");
    index_array(w, c.objects);
    w.key("parent").num(c.parent);
    if (c.verb) {
        const grammar::verb_group& v = *c.verb;
        w.key("verb").begin_object().field("lemma", v.lemma).field("surface", v.surface);
        w.field("tense", tense_name(v.when)).key("negated").boolean(v.negated);
        w.key("passive").boolean(v.passive).field("class", v.verb_class);
        span_field(w, doc, v.where);
        w.end_object();
    }
    if (!c.event.empty()) w.field("event", c.event);
    if (c.speaker >= 0) w.key("speaker").num(c.speaker);
    w.key("parts").begin_array();
    for (const auto& p : c.parts) {
        w.begin_object().field("kind", part_name(p.kind));
        span_field(w, doc, p.where);
        w.field("text", doc.slice(p.where)).end_object();
    }
    w.end_array().end_object();
}

void actor_object(json_writer& w, const grammar::document& doc, const grammar::actor& a) {
    w.begin_object().field("type", kind_name(a.kind)).field("text", doc.slice(a.where));
    span_field(w, doc, a.where);
    for (auto [key, val] : {std::pair{"name", &a.name},
                            {"title", &a.title},
                            {"nationality", &a.nationality},
                            {"country", &a.country},
                            {"complement", &a.complement},
                            {"role", &a.role},
                            {"institution", &a.institution}}) {
        if (!val->empty()) w.field(key, *val);
    }
    w.end_object();
}

}  // namespace

std::string parse_document(const rules::pack_identity& pack, const grammar::document& doc) {
    std::string out;
    out.reserve(1024 + 2 * doc.text.size());
    json_writer w(out);
    begin_ok_document(w, pack);
    w.key("sentences").begin_array();
    for (const auto& s : doc.sentences) {
        w.begin_object();
        span_field(w, doc, s.where);
        w.field("text", doc.slice(s.where)).key("paragraph").num(s.paragraph);
        w.field("quality", quality_name(s.quality)).key("heading").boolean(s.heading);
        w.key("actors").begin_array();
        for (const auto& a : s.actors) actor_object(w, doc, a);
        w.end_array().key("clauses").begin_array();
        for (const auto& c : s.clauses) clause_object(w, doc, c);
        w.end_array().end_object();
    }
    w.end_array();
    values_field(w, doc);
    entities_field(w, doc);
    w.end_object();
    w.finish();
    return out;
}

std::string pack_document(const rules::pack_identity* pack,
                          const std::vector<rules::diagnostic>& problems) {
    std::string out;
    json_writer w(out);
    w.begin_object().key("schema").num(1);
    if (problems.empty() && pack != nullptr) {
        w.field("status", "ok").key("error").null();
        pack_fields(w, *pack);
    } else {
        w.field("status", "error").key("error").begin_object().field("code", "rules_invalid");
        w.field("message", std::to_string(problems.size()) + " problem(s) in the rule pack");
        if (!problems.empty()) {
            const auto& first = problems.front();
            w.field("file", first.file).key("line").num(first.line);
            w.key("column").num(first.column);
        }
        w.end_object();
    }
    w.key("diagnostics").begin_array();
    for (const auto& p : problems) {
        w.begin_object().field("file", p.file).key("line").num(p.line);
        w.key("column").num(p.column).field("message", p.message);
        w.field("text", p.to_string()).end_object();
    }
    w.end_array().end_object();
    w.finish();
    return out;
}

}  // namespace precis::plugin
