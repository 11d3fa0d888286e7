// `precis explain`: how one article's headline was built. The clause tree (precis_parse),
// the rules that fired with their spans (the result's trace), the clauses selected and
// trimmed, and the French and English output; as text, and optionally as one HTML page.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "commands.hpp"
#include "rouge.hpp"

namespace precis::cli {

using json = nlohmann::json;

namespace {

// What a trace entry did to its span, from the note the rule left ("selected", "dropped
// attribution" …). Rules name their action in free text, so the verb decides.
enum class action { selected, trimmed, other };

action action_of(const json& entry) {
    std::string note = entry.value("note", "");
    std::transform(note.begin(), note.end(), note.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* w : {"drop", "trim", "cut", "remov", "delet", "skip", "reject"}) {
        if (note.find(w) != std::string::npos) return action::trimmed;
    }
    for (const char* w : {"select", "kept", "keep", "chose", "pick", "fallback"}) {
        if (note.find(w) != std::string::npos) return action::selected;
    }
    return action::other;
}

const char* action_name(action a) {
    switch (a) {
        case action::selected:
            return "selected";
        case action::trimmed:
            return "trimmed";
        case action::other:
            break;
    }
    return "other";
}

struct byte_span {
    std::size_t begin = 0, end = 0;
};

// A span from the result document, clamped to the input and moved onto character starts so
// that slicing never cuts a UTF-8 sequence.
byte_span span_of(const json& j, const std::string& text) {
    byte_span s;
    if (!j.is_array() || j.size() != 2 || !j[0].is_number_unsigned() ||
        !j[1].is_number_unsigned()) {
        return s;
    }
    s.begin = std::min<std::size_t>(j[0].get<std::size_t>(), text.size());
    s.end =
        std::min<std::size_t>(std::max<std::size_t>(j[1].get<std::size_t>(), s.begin), text.size());
    auto on_char = [&](std::size_t i) {
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0u) == 0x80u) ++i;
        return i;
    };
    s.begin = on_char(s.begin);
    s.end = on_char(s.end);
    return s;
}

std::string slice(const std::string& text, byte_span s) {
    return text.substr(s.begin, s.end - s.begin);
}

std::string one_line(std::string s, std::size_t max_bytes = 160) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    if (s.size() <= max_bytes) return s;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0u) == 0x80u) --cut;
    return s.substr(0, cut) + "…";
}

std::string score_text(const json& entry) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", entry.value("score", 0.0));
    return buf;
}

std::string str(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The index of the sentence holding byte `at`, or -1.
int sentence_at(const json& sentences, const std::string& text, std::size_t at) {
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const byte_span s = span_of(sentences[i].value("span", json()), text);
        if (at >= s.begin && at < s.end) return static_cast<int>(i);
    }
    return -1;
}

bool covers(byte_span outer, byte_span inner) {
    return outer.begin <= inner.begin && outer.end >= inner.end;
}

// The whitespace-separated words of text[s], with their byte spans.
std::vector<byte_span> words_in(const std::string& text, byte_span s) {
    std::vector<byte_span> out;
    auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    for (std::size_t i = s.begin; i < s.end;) {
        while (i < s.end && space(text[i])) ++i;
        const std::size_t b = i;
        while (i < s.end && !space(text[i])) ++i;
        if (i > b) out.push_back({b, i});
    }
    return out;
}

// A word as ROUGE compares it (the scorer's tokens: NFC, lower case, letters and digits);
// empty for punctuation.
std::string word_key(std::string_view word) {
    std::string key;
    for (const auto& t : scoring::tokens(word)) key += (key.empty() ? "" : " ") + t;
    return key;
}

// Words of the selected passages that the French headline does not keep, by a longest common
// subsequence of words: what trimming removed, wherever the trace places its rules.
std::vector<byte_span> dropped_words(const std::string& text,
                                     const std::vector<byte_span>& selected,
                                     const std::string& headline) {
    std::vector<std::string> kept;
    for (const auto& w : words_in(headline, {0, headline.size()})) {
        if (std::string k = word_key(slice(headline, w)); !k.empty()) kept.push_back(std::move(k));
    }
    std::vector<byte_span> out;
    for (const byte_span passage : selected) {
        std::vector<byte_span> words;
        std::vector<std::string> keys;
        for (const auto& w : words_in(text, passage)) {
            if (std::string k = word_key(slice(text, w)); !k.empty()) {
                words.push_back(w);
                keys.push_back(std::move(k));
            }
        }
        const std::size_t n = keys.size(), m = kept.size();
        std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
        for (std::size_t i = n; i-- > 0;) {
            for (std::size_t j = m; j-- > 0;) {
                lcs[i][j] = keys[i] == kept[j] ? lcs[i + 1][j + 1] + 1
                                               : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        for (std::size_t i = 0, j = 0; i < n;) {
            if (j < m && keys[i] == kept[j]) {
                ++i;
                ++j;
            } else if (j < m && lcs[i][j + 1] > lcs[i + 1][j]) {
                ++j;
            } else {
                // Adjacent dropped words become one run, so that the gap between them is dropped
                // too.
                const byte_span w = words[i++];
                const bool joins = !out.empty() && i >= 2 && out.back().end == words[i - 2].end;
                if (joins) {
                    out.back().end = w.end;
                } else {
                    out.push_back(w);
                }
            }
        }
    }
    return out;
}

// What both views show, worked out once from the two result documents.
struct explanation {
    std::string name, text;
    json parsed, summary;
    std::vector<byte_span> spans;     // of each trace entry
    std::vector<action> actions;      // of each trace entry
    std::vector<bool> locates_part;   // a trimmed entry whose span is the part it removed (not
                                      // the whole selected passage it worked on)
    std::vector<byte_span> selected;  // the selected passages
    std::vector<byte_span> dropped;   // their words that headline.fr does not keep

    const json& trace() const { return summary["trace"]; }
    const json& sentences() const { return parsed["sentences"]; }
};

explanation explain_results(std::string name, std::string text, json parsed, json summary) {
    explanation e{std::move(name),
                  std::move(text),
                  std::move(parsed),
                  std::move(summary),
                  {},
                  {},
                  {},
                  {},
                  {}};
    if (!e.summary["trace"].is_array()) e.summary["trace"] = json::array();
    if (!e.parsed["sentences"].is_array()) e.parsed["sentences"] = json::array();
    for (const auto& t : e.trace()) {
        e.spans.push_back(span_of(t.value("span", json()), e.text));
        e.actions.push_back(action_of(t));
        if (e.actions.back() == action::selected && e.spans.back().end > e.spans.back().begin) {
            e.selected.push_back(e.spans.back());
        }
    }
    for (std::size_t i = 0; i < e.spans.size(); ++i) {
        const byte_span s = e.spans[i];
        e.locates_part.push_back(e.actions[i] == action::trimmed && s.end > s.begin &&
                                 std::none_of(e.selected.begin(), e.selected.end(),
                                              [&](byte_span sel) { return covers(s, sel); }));
    }
    e.dropped = dropped_words(e.text, e.selected, str(e.summary["headline"], "fr"));
    return e;
}

// ---- text ------------------------------------------------------------------------------

void print_clause(std::ostream& out, const json& clauses, std::size_t index, int depth,
                  const std::string& text) {
    const json& c = clauses[index];
    const std::string pad(static_cast<std::size_t>(4 + 2 * depth), ' ');
    out << pad << "clause " << index << " (" << str(c, "role") << ")";
    if (c.contains("verb")) {
        const json& v = c["verb"];
        out << " verb \"" << str(v, "surface") << "\" [" << str(v, "lemma") << ", "
            << str(v, "tense") << (v.value("negated", false) ? ", negated" : "")
            << (v.value("passive", false) ? ", passive" : "") << "]";
    }
    if (!str(c, "event").empty()) out << " event " << str(c, "event");
    out << ": " << one_line(slice(text, span_of(c.value("span", json()), text)), 120) << '\n';
    for (const auto& p : c.value("parts", json::array())) {
        out << pad << "  " << str(p, "kind") << ": " << one_line(str(p, "text"), 100) << '\n';
    }
    for (std::size_t k = 0; k < clauses.size(); ++k) {
        if (clauses[k].value("parent", -1) == static_cast<int>(index)) {
            print_clause(out, clauses, k, depth + 1, text);
        }
    }
}

// Runs of adjacent dropped words, as "a b … c d".
std::string dropped_text(const explanation& e, byte_span passage) {
    std::string out;
    std::size_t last_end = 0;
    for (const auto& w : e.dropped) {
        if (!covers(passage, w)) continue;
        const bool adjacent =
            last_end != 0 && e.text.find_first_not_of(" \n\t", last_end) == w.begin;
        if (!out.empty()) out += adjacent ? " " : " … ";
        out += slice(e.text, w);
        last_end = w.end;
    }
    return out;
}

void print_text(std::ostream& out, const explanation& e) {
    const json& summary = e.summary;
    const json& rules = summary["rules"];
    out << "article: " << e.name << " (" << e.text.size() << " bytes)\n"
        << "rules: " << str(rules, "pack") << ' ' << str(rules, "version") << " (digest "
        << str(rules, "digest") << ", " << str(rules, "origin") << ")\n";

    out << "\nheadline\n  fr: " << str(summary["headline"], "fr")
        << "\n  en: " << str(summary["headline"], "en") << '\n';
    out << "\nsummary\n";
    for (const char* lang : {"fr", "en"}) {
        const json& lines = summary["summary"].value(lang, json::array());
        if (lines.empty()) out << "  " << lang << ": (none)\n";
        for (std::size_t i = 0; i < lines.size(); ++i) {
            out << "  " << lang << ' ' << i + 1 << ". " << lines[i].get<std::string>() << '\n';
        }
    }

    const json& sentences = e.sentences();
    const json& trace = e.trace();
    out << "\nrules that fired (" << trace.size() << ")\n";
    for (std::size_t i = 0; i < trace.size(); ++i) {
        const json& t = trace[i];
        const int in = sentence_at(sentences, e.text, e.spans[i].begin);
        out << "  " << i + 1 << ". " << str(t, "rule") << "  score " << score_text(t);
        if (!str(t, "note").empty()) out << "  " << str(t, "note");
        out << "  [" << e.spans[i].begin << ',' << e.spans[i].end << ')';
        if (in >= 0) out << " sentence " << in + 1;
        out << '\n';
    }

    out << "\nselected\n";
    if (e.selected.empty()) out << "  (none)\n";
    for (std::size_t i = 0; i < trace.size(); ++i) {
        if (e.actions[i] != action::selected || e.spans[i].end <= e.spans[i].begin) continue;
        out << "  " << one_line(slice(e.text, e.spans[i])) << "  (" << str(trace[i], "rule")
            << ")\n";
        if (const std::string gone = dropped_text(e, e.spans[i]); !gone.empty()) {
            out << "    not in the headline: " << one_line(gone, 300) << '\n';
        }
    }
    out << "\ntrimmed\n";
    bool any = false;
    for (std::size_t i = 0; i < trace.size(); ++i) {
        if (e.actions[i] != action::trimmed) continue;
        any = true;
        out << "  " << str(trace[i], "rule") << ": ";
        if (e.locates_part[i]) {
            out << one_line(slice(e.text, e.spans[i])) << '\n';
        } else {
            const int in = sentence_at(sentences, e.text, e.spans[i].begin);
            out << "applied to " << (in >= 0 ? "sentence " + std::to_string(in + 1) : "the passage")
                << '\n';
        }
    }
    if (!any) out << "  (none)\n";

    out << "\nclause tree (" << sentences.size() << " sentences)\n";
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const json& s = sentences[i];
        out << "  [" << i + 1 << "] paragraph " << s.value("paragraph", 0) << ", read "
            << str(s, "quality") << (s.value("heading", false) ? ", heading" : "") << ": "
            << one_line(str(s, "text")) << '\n';
        const json& clauses = s.value("clauses", json::array());
        for (std::size_t k = 0; k < clauses.size(); ++k) {
            if (clauses[k].value("parent", -1) < 0) print_clause(out, clauses, k, 0, e.text);
        }
        for (const auto& a : s.value("actors", json::array())) {
            out << "    actor " << str(a, "type") << ": " << str(a, "text");
            if (!str(a, "role").empty()) out << " (" << str(a, "role") << ")";
            out << '\n';
        }
    }
}

// ---- HTML ------------------------------------------------------------------------------

std::string escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

constexpr const char* page_style = R"css(
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2933;background:#f7f7f5}
header{background:#1f2933;color:#fff;padding:10px 20px}
header h1{font-size:18px;margin:0}
header p{margin:2px 0 0;font-size:12px;color:#cbd2d9}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;padding:16px 20px}
section{background:#fff;border:1px solid #e4e7eb;border-radius:6px;padding:10px 14px}
h2{font-size:14px;text-transform:uppercase;letter-spacing:.04em;color:#52606d;margin:4px 0 8px}
.out dt{font-weight:600;color:#52606d;font-size:12px}
.out dd{margin:0 0 8px;font-size:17px}
.out dd.empty{color:#9aa5b1;font-style:italic;font-size:14px}
#article{white-space:pre-wrap}
.seg{position:relative;border-radius:2px}
.seg.selected{background:#fde68a}
.seg.trimmed{background:#fee2e2;color:#9b1c1c;text-decoration:line-through}
.seg.dropped{background:#fef3c7;color:#8d6e1f;text-decoration:line-through}
.seg.other{border-bottom:2px dotted #3e7bfa}
.seg.hl{outline:2px solid #3e7bfa}
.seg[data-rules]:hover::after{content:attr(data-rules);position:absolute;left:0;top:1.6em;
 z-index:2;background:#1f2933;color:#fff;font-size:12px;padding:3px 6px;border-radius:4px;
 white-space:pre;pointer-events:none}
table{border-collapse:collapse;width:100%;font-size:13px}
td,th{text-align:left;padding:3px 6px;border-bottom:1px solid #eef0f2;vertical-align:top}
tr[data-b]:hover,li[data-b]>.clause:hover{background:#e8f0fe;cursor:default}
.tag{display:inline-block;font-size:11px;padding:0 5px;border-radius:8px;background:#e4e7eb}
.tag.selected{background:#fde68a}.tag.trimmed{background:#fee2e2}
ul.tree{list-style:none;padding-left:14px;margin:2px 0;font-size:13px}
.tag.event{background:#dbeafe}
.tree .clause{font-size:13px}
.part{display:inline-block;font-size:12px;margin:1px 2px;padding:0 4px;border:1px solid #d9e2ec;
 border-radius:3px}
.part b{font-weight:600;color:#52606d}
details{margin:4px 0}summary{cursor:pointer;font-size:13px}
.q-full{color:#0e7c3a}.q-partial{color:#b7791f}.q-chunks{color:#9aa5b1}
.legend span{margin-right:10px;font-size:12px}
)css";

// Hovering a trace row or a clause outlines its span in the article.
constexpr const char* page_script = R"js(
document.querySelectorAll('[data-b]').forEach(function(el){
  if(el.classList.contains('seg'))return;
  var b=+el.dataset.b,e=+el.dataset.e;
  function mark(on){document.querySelectorAll('#article .seg').forEach(function(s){
    if(+s.dataset.b<e&&+s.dataset.e>b)s.classList.toggle('hl',on);});}
  el.addEventListener('mouseenter',function(){mark(true);});
  el.addEventListener('mouseleave',function(){mark(false);});
});
)js";

void html_output_panel(std::ostream& out, const json& summary) {
    auto item = [&](const char* label, const std::string& value) {
        out << "<dt>" << label << "</dt><dd" << (value.empty() ? " class=\"empty\">(none)" : ">")
            << escape(value) << "</dd>";
    };
    out << "<section class=\"out\"><h2>Output</h2><dl>";
    item("Headline (FR)", str(summary["headline"], "fr"));
    item("Headline (EN)", str(summary["headline"], "en"));
    for (const char* lang : {"fr", "en"}) {
        std::string joined;
        for (const auto& l : summary["summary"].value(lang, json::array())) {
            joined += (joined.empty() ? "" : " ") + l.get<std::string>();
        }
        item(std::string(lang) == "fr" ? "Summary (FR)" : "Summary (EN)", joined);
    }
    out << "</dl></section>";
}

void html_article(std::ostream& out, const explanation& e) {
    // Segments start and end wherever a sentence, a traced span or a dropped word does.
    std::set<std::size_t> cuts = {0, e.text.size()};
    for (const auto& s : e.spans) cuts.insert({s.begin, s.end});
    for (const auto& w : e.dropped) cuts.insert({w.begin, w.end});
    for (const auto& s : e.sentences()) {
        const byte_span sp = span_of(s.value("span", json()), e.text);
        cuts.insert({sp.begin, sp.end});
    }
    out << "<section><h2>Article</h2><p class=\"legend\"><span class=\"seg selected\">selected"
           "</span><span class=\"seg selected dropped\">not in the headline</span><span "
           "class=\"seg trimmed\">trimmed</span><span class=\"seg other\">other rules</span> "
           "hover a passage for the rules that fired on it</p><div id=\"article\">";
    const json& trace = e.trace();
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const byte_span seg{*it, *std::next(it)};
        if (seg.end <= seg.begin) continue;
        std::string rules_here;
        bool selected = false, trimmed = false;
        for (std::size_t i = 0; i < trace.size(); ++i) {
            if (e.spans[i].end <= e.spans[i].begin || !covers(e.spans[i], seg)) continue;
            selected = selected || e.actions[i] == action::selected;
            trimmed = trimmed || e.locates_part[i];
            const std::string note = str(trace[i], "note");
            rules_here += (rules_here.empty() ? "" : "\n") + str(trace[i], "rule") + ": " +
                          (note.empty() ? action_name(e.actions[i]) : note) + " (" +
                          score_text(trace[i]) + ")";
        }
        const bool dropped = std::any_of(e.dropped.begin(), e.dropped.end(),
                                         [&](byte_span w) { return covers(w, seg); });
        std::string title = rules_here;
        if (dropped) title = "not in the headline\n" + title;
        const int s = sentence_at(e.sentences(), e.text, seg.begin);
        if (s >= 0) {
            title += (title.empty() ? "" : "\n") + std::string("sentence ") +
                     std::to_string(s + 1) + ", read " +
                     str(e.sentences()[static_cast<std::size_t>(s)], "quality");
        }
        std::string cls = "seg";
        if (selected) cls += " selected";
        if (dropped) cls += " dropped";
        if (trimmed) cls += " trimmed";
        if (!selected && !trimmed && !rules_here.empty()) cls += " other";
        out << "<span class=\"" << cls << "\" data-b=\"" << seg.begin << "\" data-e=\"" << seg.end
            << '"';
        if (!title.empty()) out << " title=\"" << escape(title) << '"';
        if (!rules_here.empty()) out << " data-rules=\"" << escape(rules_here) << '"';
        out << '>' << escape(slice(e.text, seg)) << "</span>";
    }
    out << "</div></section>";
}

// "sentence 3" or "sentences 3-4" for a span, for the trace table.
std::string where(const explanation& e, byte_span s) {
    if (s.end <= s.begin) return "-";
    const int first = sentence_at(e.sentences(), e.text, s.begin);
    const int last = sentence_at(e.sentences(), e.text, s.end - 1);
    if (first < 0) return "bytes " + std::to_string(s.begin) + "-" + std::to_string(s.end);
    if (last <= first) return "sentence " + std::to_string(first + 1);
    return "sentences " + std::to_string(first + 1) + "-" + std::to_string(last + 1);
}

void html_trace(std::ostream& out, const explanation& e) {
    out << "<section><h2>Rules that fired</h2><table><tr><th>#</th><th>rule</th><th>action</th>"
           "<th>score</th><th>where</th></tr>";
    const json& trace = e.trace();
    for (std::size_t i = 0; i < trace.size(); ++i) {
        const json& t = trace[i];
        const byte_span s = e.spans[i];
        const char* a = action_name(e.actions[i]);
        out << "<tr data-b=\"" << s.begin << "\" data-e=\"" << s.end << "\" title=\""
            << escape(str(t, "rule")) << "\"><td>" << i + 1 << "</td><td><code>"
            << escape(str(t, "rule")) << "</code></td><td><span class=\"tag " << a << "\">"
            << escape(str(t, "note").empty() ? a : str(t, "note")) << "</span></td><td>"
            << score_text(t) << "</td><td title=\"" << escape(one_line(slice(e.text, s), 300))
            << "\">" << where(e, s) << "</td></tr>";
    }
    if (trace.empty()) out << "<tr><td colspan=\"5\">(no trace)</td></tr>";
    out << "</table></section>";
}

void html_clause(std::ostream& out, const json& clauses, std::size_t index,
                 const std::string& text) {
    const json& c = clauses[index];
    const byte_span s = span_of(c.value("span", json()), text);
    out << "<li data-b=\"" << s.begin << "\" data-e=\"" << s.end
        << "\"><div class=\"clause\" title=\"" << escape(one_line(slice(text, s), 300))
        << "\"><span class=\"tag\">" << escape(str(c, "role")) << "</span> ";
    if (c.contains("verb")) {
        out << "<b>" << escape(str(c["verb"], "surface")) << "</b> ("
            << escape(str(c["verb"], "lemma")) << ", " << escape(str(c["verb"], "tense")) << ") ";
    }
    if (!str(c, "event").empty())
        out << "<span class=\"tag event\">" << escape(str(c, "event")) << "</span> ";
    for (const auto& p : c.value("parts", json::array())) {
        out << "<span class=\"part\" title=\"" << escape(str(p, "kind")) << "\"><b>"
            << escape(str(p, "kind")) << "</b> " << escape(one_line(str(p, "text"), 80))
            << "</span>";
    }
    out << "</div>";
    bool open = false;
    for (std::size_t k = 0; k < clauses.size(); ++k) {
        if (clauses[k].value("parent", -1) != static_cast<int>(index)) continue;
        if (!open) out << "<ul class=\"tree\">";
        open = true;
        html_clause(out, clauses, k, text);
    }
    if (open) out << "</ul>";
    out << "</li>";
}

void html_tree(std::ostream& out, const explanation& e) {
    const std::string& text = e.text;
    const json& sentences = e.sentences();
    out << "<section><h2>Clause tree</h2>";
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const json& s = sentences[i];
        const std::string q = str(s, "quality");
        const byte_span where = span_of(s.value("span", json()), text);
        // Selected sentences are open, with a mark; the others stay folded past the first few.
        const bool selected = std::any_of(e.selected.begin(), e.selected.end(), [&](byte_span sel) {
            return sel.begin < where.end && where.begin < sel.end;
        });
        out << "<details" << (i < 6 || selected ? " open" : "") << "><summary><span class=\"q-"
            << escape(q) << "\">[" << i + 1 << "] " << escape(q) << "</span> "
            << (selected ? "<span class=\"tag selected\">selected</span> " : "")
            << escape(one_line(str(s, "text"), 90)) << "</summary><ul class=\"tree\">";
        const json& clauses = s.value("clauses", json::array());
        for (std::size_t k = 0; k < clauses.size(); ++k) {
            if (clauses[k].value("parent", -1) < 0) html_clause(out, clauses, k, text);
        }
        for (const auto& a : s.value("actors", json::array())) {
            out << "<li><span class=\"tag\">" << escape(str(a, "type")) << "</span> "
                << escape(str(a, "text"));
            if (!str(a, "role").empty()) out << " <i>" << escape(str(a, "role")) << "</i>";
            out << "</li>";
        }
        if (clauses.empty() && s.value("actors", json::array()).empty()) {
            out << "<li class=\"q-chunks\">(no clauses)</li>";
        }
        out << "</ul></details>";
    }
    out << "</section>";
}

void write_html(std::ostream& out, const explanation& e) {
    const json& rules = e.summary["rules"];
    const std::string headline = str(e.summary["headline"], "fr");
    out << "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>precis explain: "
        << escape(e.name) << "</title><style>" << page_style << "</style></head><body><header><h1>"
        << escape(headline.empty() ? e.name : headline) << "</h1><p>" << escape(e.name)
        << " · pack " << escape(str(rules, "pack")) << ' ' << escape(str(rules, "version"))
        << " · digest " << escape(str(rules, "digest").substr(0, 12)) << " · "
        << escape(str(rules, "origin")) << "</p></header><main><div>";
    html_output_panel(out, e.summary);
    html_article(out, e);
    out << "</div><div>";
    html_trace(out, e);
    html_tree(out, e);
    out << "</div></main><script>" << page_script << "</script></body></html>\n";
}

json checked(const result& r, const char* what) {
    json doc = json::parse(r.json(), nullptr, false);
    if (!r || r.status() != 0 || !doc.is_object()) {
        throw std::runtime_error(std::string(what) + " failed: " + std::string(r.json()));
    }
    return doc;
}

}  // namespace

int run_explain(const precis_api& api, const explain_options& opts) {
    const std::string text = read_input(opts.input);
    const engine eng(api, opts.rules);
    std::string options = "{\"trace\":true}";
    if (!opts.date.empty()) options = json{{"trace", true}, {"date", opts.date}}.dump();
    const explanation e =
        explain_results(opts.input.empty() || opts.input == "-" ? "<stdin>" : opts.input, text,
                        checked(eng.parse(text, options), "parse"),
                        checked(eng.summarize(text, options), "summarize"));
    print_text(std::cout, e);
    if (!opts.html.empty()) {
        std::ofstream out(opts.html, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + opts.html);
        write_html(out, e);
        out.flush();
        if (!out) throw std::runtime_error("write failed: " + opts.html);
        std::cerr << "precis: wrote " << opts.html << '\n';
    }
    return 0;
}

}  // namespace precis::cli
