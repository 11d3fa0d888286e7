#include "clauses.hpp"

#include <algorithm>
#include <cstdlib>

#include "fresh_string.hpp"
#include "vocab_lookup.hpp"

namespace precis::grammar {
namespace {

// Verbs of movement the dictionary lists with "avoir" (their transitive use: "entrer des
// données") that take "être" when intransitive: "est entré en fonction" is no passive.
bool moves_with_etre(std::string_view lemma) {
    static constexpr std::string_view verbs[] = {"entrer", "rentrer", "sortir", "ressortir", "descendre",
                                                 "redescendre", "monter", "remonter", "passer",
                                                 "repasser", "retourner"};
    return std::find(std::begin(verbs), std::end(verbs), lemma) != std::end(verbs);
}

using ast::element;
using ast::element_kind;

constexpr uint32_t finite_bits = pos_present | pos_past | pos_future | pos_conditional;

bool is_actor_kind(element_kind k) { return ast::kind_in(k, ast::actor_kinds); }

bool is_value_kind(element_kind k) { return ast::kind_in(k, ast::value_kinds); }

tense tense_of(uint32_t pos) {
    if (pos & pos_conditional) return tense::conditional;
    if (pos & pos_future) return tense::future;
    if (pos & (pos_present | pos_subjunctive)) return tense::present;
    if (pos & pos_imperfect) return tense::imperfect;
    if (pos & pos_past) return tense::past;
    return tense::unknown;
}

// The tense of a compound form from its auxiliary's: "a signé" is a past.
tense compound_of(tense aux) {
    switch (aux) {
        case tense::present:
        case tense::imperfect:
        case tense::past:
            return tense::past;
        default:
            return aux;
    }
}

// The sentence's elements as the builder reads them: their count never changes while it
// works, so that one pointer reaches them, where a vector would be reached through first.
class element_table {
  public:
    explicit element_table(std::vector<element>& items)
        : data_(items.data()), size_(items.size()) {}
    element& operator[](std::size_t i) const { return data_[i]; }
    element* data() const { return data_; }
    std::size_t size() const { return size_; }

  private:
    element* data_;
    std::size_t size_;
};

// Appends `item` by push_back(const T&), whose test of room is inline: the rvalue overload
// goes through emplace_back, which the compiler leaves out of line (a call for each part).
template <class T>
void append(std::vector<T>& list, const T& item) {
    list.push_back(item);
}

// A clause's pieces while it is being read.
struct reading {
    int32_t verb_element = -1;
    std::vector<uint32_t> subjects, objects;
    std::vector<part> parts;
    int32_t speaker = -1;
    bool subject_found = false;
};

class sentence_builder final {
  public:
    sentence_builder(std::string_view text, const vocabulary& vocab,
                     const verb_lemma_list& verb_lemmas, const std::vector<form_facts>& facts,
                     ast::element_list& els, date_context& dates, clause_tables& tables,
                     sentence& s)
        : text_(text),
          vocab_(vocab),
          verb_lemmas_(verb_lemmas),
          facts_(facts),
          list_(els),
          els_(els.items),
          dates_(dates),
          s_(s),
          tokens_(s.tokens.data()),
          buffers_(tables) {
        verbs_.clear();
        regions_.clear();
    }

    void run(bool grammar_ran, bool read_all, bool first_sentence) {
        // The element records come with what the clause rules test of every element (its
        // token, the forms of tokens and relatives) and with the elements the rarer rules look
        // for listed (non-token elements, "et"/"ou", quotes and parentheses), noted by the
        // grammar as it read them, which also counted the actors, values and verbs to come. Left
        // here: the nesting of quotes and parentheses (nest_at).
        const std::size_t n = els_.size();
        auto& stack = buffers_.open_stack;
        stack.clear();
        element* const els = els_.data();
        const token* const tokens = s_.tokens.data();
        // The elements between two quote marks or parentheses are at the depth the first left.
        uint32_t depth = 0;
        std::size_t after = 0;  // the first element past the last bracket
        for (const uint32_t b : list_.brackets) {
            if (depth != 0) {
                for (std::size_t k = after; k < b; ++k) els[k].depth = depth;
            }
            nest_at(b, tokens[static_cast<std::size_t>(els[b].first_token)].kind);
            depth = static_cast<uint32_t>(stack.size());
            after = b + 1;
        }
        if (depth != 0) {
            for (std::size_t k = after; k < n; ++k) els[k].depth = depth;
        }
        // Counted by the grammar as it recorded them.
        const std::size_t actors = list_.actors, values = list_.values, verbs = list_.verbs;
        if (!stack.empty()) balanced_ = false;
        // Pushed as each closes: in opener order already unless one region nests in another
        // (most sentences have none or one).
        const auto by_opener = [](const region& a, const region& b) { return a.open < b.open; };
        if (regions_.size() > 1 && !std::is_sorted(regions_.begin(), regions_.end(), by_opener))
            std::sort(regions_.begin(), regions_.end(), by_opener);
        // Room for every actor, value and verb up front: they are large and would be moved on
        // growth.
        // + an inverted pronoun speaker; a sentence without actors seldom has one: no room.
        if (actors > 0) s_.actors.reserve(actors + 1);
        s_.values.reserve(values);
        verbs_.reserve(verbs);
        for (const uint32_t i : non_tokens_) convert(i, first_sentence);
        if (!grammar_ran) {
            s_.quality = read_quality::chunks;
            return;
        }
        const bool found = build_clauses();
        grade(found, read_all);
    }

  private:
    const std::string& payload(const ast::capture& c) const {
        return payload_of(vocab_, c.payload);
    }

    // The text from `b` to `e`, offsets of the grammar's spans and captures, which lie within
    // it (no bounds test, as substr() would make).
    std::string_view slice(uint32_t b, uint32_t e) const {
        return std::string_view(text_.data() + b, e - b);
    }
    // The first token starting at or after `offset`.
    std::vector<token>::const_iterator first_token_from(uint32_t offset) const {
        return std::lower_bound(s_.tokens.begin(), s_.tokens.end(), offset,
                                [](const token& t, uint32_t o) { return t.where.begin < o; });
    }
    // first_token_from() for an offset at or just after the start of element `el`: a scan from
    // the element's first token rather than a search of the sentence's.
    std::vector<token>::const_iterator first_token_in(const element& el, uint32_t offset) const {
        const auto from = static_cast<std::size_t>(el.first_token);
        if (el.first_token < 0 || from >= s_.tokens.size() || s_.tokens[from].where.begin > offset)
            return first_token_from(offset);
        auto it = s_.tokens.begin() + static_cast<std::ptrdiff_t>(from);
        while (it != s_.tokens.end() && it->where.begin < offset) ++it;
        return it;
    }
    int32_t token_at(uint32_t offset) const {
        const auto it = first_token_from(offset);
        if (it == s_.tokens.end() || it->where.begin != offset) return -1;
        return static_cast<int32_t>(it - s_.tokens.begin());
    }
    // token_at() for an offset inside element `el`: a scan from the element's first token
    // rather than a search of the sentence's.
    int32_t token_in(const element& el, uint32_t offset) const {
        const auto from = static_cast<std::size_t>(el.first_token);
        if (offset < el.where.begin || offset >= el.where.end || from >= s_.tokens.size() ||
            s_.tokens[from].where.begin > offset)
            return token_at(offset);
        for (std::size_t k = from; k < s_.tokens.size() && s_.tokens[k].where.begin <= offset; ++k) {
            if (s_.tokens[k].where.begin == offset) return static_cast<int32_t>(k);
        }
        return -1;
    }
    // The lemma_class bits of token `t` (0, nothing known, past the facts).
    uint8_t lemma_facts(std::size_t t) const {
        return t < facts_.size() ? facts_[t].lemma_classes : 0;
    }
    const token* token_of(std::size_t element_index) const {
        const int32_t t = els_[element_index].first_token;
        return t < 0 ? nullptr : &tokens_[static_cast<std::size_t>(t)];
    }
    ast::capture_view captures_at(std::size_t element_index) const {
        return list_.captures_of(els_[element_index]);
    }
    std::string_view form_of(const element& el) const {
        return slice(el.where.begin, el.where.end);
    }
    bool token_kind_is(std::size_t i, token_kind k) const {
        if (els_[i].kind != element_kind::token) return false;
        const token* t = token_of(i);
        return t != nullptr && t->kind == k;
    }
    bool is_form(std::size_t i, std::initializer_list<std::string_view> forms) const {
        if (els_[i].kind != element_kind::token && els_[i].kind != element_kind::relative)
            return false;
        // Forms are lower case; the text may start with a capital ("Et", "Qu’").
        const std::string_view f = form_of(els_[i]);
        if (f.empty()) return false;
        const char first =
            (f[0] >= 'A' && f[0] <= 'Z') ? static_cast<char>(f[0] - 'A' + 'a') : f[0];
        for (std::string_view candidate : forms) {
            if (candidate.size() == f.size() && candidate[0] == first &&
                candidate.substr(1) == f.substr(1))
                return true;
        }
        return false;
    }
    // The clause_form bits, from the form facts of the element's token (form_of's text).
    using form_bit = clause_form;
    static constexpr form_bit f_boundary = cf_boundary, f_comma = cf_comma, f_et_ou = cf_et_ou,
                              f_que = cf_que, f_place = cf_place;
    bool has_form(std::size_t i, form_bit bit) const { return (els_[i].forms & bit) != 0; }
    bool is_boundary(std::size_t i) const { return has_form(i, f_boundary); }
    // A verb group at `level` before element i, with only dates and adverbs between: the
    // verb a "que" at i completes ("a annoncé mercredi qu'il …").
    bool verb_over_adjuncts(std::size_t i, std::size_t first, uint32_t level) const {
        for (std::size_t k = i; k > first;) {
            --k;
            if (els_[k].depth != level) continue;
            if (els_[k].kind == element_kind::verb_group && els_[k].verb >= 0) return true;
            if (els_[k].kind != element_kind::date && !is_adverb(k)) return false;
        }
        return false;
    }
    bool is_adverb(std::size_t i) const {
        const token* t = els_[i].kind == element_kind::token ? token_of(i) : nullptr;
        return t != nullptr && t->kind == token_kind::word && (t->pos & pos_adverb) != 0 &&
               (t->pos & (pos_noun | pos_verb)) == 0;
    }

    // --- elements to actors, values, verb groups ---------------------------------------------

    void convert(std::size_t i, bool first_sentence) {
        const element& el = els_[i];
        if (is_actor_kind(el.kind)) {
            els_[i].actor = static_cast<int32_t>(s_.actors.size());
            make_actor(el, s_.actors.emplace_back());
        } else if (is_value_kind(el.kind)) {
            // Built in place (room for every value was reserved), dropped if it is none.
            const auto index = static_cast<int32_t>(s_.values.size());
            if (make_value(el, s_.values.emplace_back(), first_sentence && i == 0)) {
                els_[i].value = index;
            } else {
                s_.values.pop_back();
            }
        } else if (el.kind == element_kind::verb_group || el.kind == element_kind::nonfinite) {
            const std::size_t v = verbs_.size();
            els_[i].verb = static_cast<int32_t>(v);
            make_verb(el, verbs_.emplace_back());
        }
    }

    // The text from `b` to `e` (empty unless e > b), and a capture's text or payload, written
    // straight into `out` (rebuilt), without a temporary string.
    void put(std::string& out, uint32_t b, uint32_t e) const {
        if (e > b) {
            rebuild(out, slice(b, e));
        } else {
            out.clear();
        }
    }
    void put(std::string& out, const ast::capture& c) const { put(out, c.begin, c.end); }
    void put_payload(std::string& out, const ast::capture& c) const {
        // A slot the rule did not fill has none: no call to ask.
        if (c.payload < 0) {
            out.clear();
            return;
        }
        const std::string& p = payload(c);
        if (p.empty()) {
            out.clear();
        } else {
            rebuild(out, p);
        }
    }

    // Fills `a`, a fresh actor already in place (not built aside and moved: seven strings).
    void make_actor(const element& el, actor& a) const {
        const ast::capture_view c = list_.captures_of(el);
        a.where = el.where;
        put(a.nationality, c[ast::s_nationality]);
        put_payload(a.country, c[ast::s_nationality]);
        put(a.complement, c[ast::s_complement]);
        put(a.title, c[ast::s_title]);
        put(a.name, c[ast::s_name].set() ? c[ast::s_name] : c[ast::s_apposed]);
        if (c[ast::s_title].set()) {
            uint32_t end = c[ast::s_title].end;
            for (auto slot : {ast::s_nationality, ast::s_complement}) {
                if (c[slot].set() &&
                    c[slot].begin < (c[ast::s_name].set() ? c[ast::s_name].begin : el.where.end))
                    end = std::max(end, c[slot].end);
            }
            put(a.role, c[ast::s_title].begin, end);
        }
        switch (el.kind) {
            case element_kind::titled_actor:
            case element_kind::civil_actor:
                a.kind = actor_kind::person;
                break;
            case element_kind::named_actor:
                a.kind = (c[ast::s_title].set() || names_a_person(el, c[ast::s_name]))
                             ? actor_kind::person
                             : actor_kind::other;
                break;
            case element_kind::institution:
                a.kind = actor_kind::institution;
                put(a.name, c[ast::s_institution]);
                put_payload(a.institution, c[ast::s_institution]);
                if (a.institution.empty()) a.institution = lower_all(a.name);
                break;
            case element_kind::country:
                a.kind = actor_kind::country;
                put(a.name, c[ast::s_country]);
                put_payload(a.country, c[ast::s_country]);
                break;
            case element_kind::pronoun:
                a.kind = actor_kind::pronoun;
                break;
            case element_kind::collective:
                a.kind = actor_kind::group;
                put(a.name, c[ast::s_collective]);
                put_payload(a.institution, c[ast::s_collective]);
                break;
            default:
                break;
        }
    }

    // A name reads as a person's when it starts with a first name or holds a surname, or when
    // the dictionary knows none of its several words ("Nasser Bourita", "Ahmad Majdalani");
    // "Las Vegas", "Nord Stream", "Société Royale" do not.
    // `name` is a capture of element `el`.
    bool names_a_person(const element& el, const ast::capture& name) const {
        uint32_t all = 0;
        bool first = true, first_name = false, all_unknown = true;
        std::size_t words = 0;
        for (auto it = first_token_in(el, name.begin); it != s_.tokens.end(); ++it) {
            const token& t = *it;
            if (t.where.begin >= name.end) break;  // and so are all later tokens
            if (t.where.end > name.end || t.kind != token_kind::word) continue;
            // A first name, or its initial ("J. Biden").
            if (first && ((t.pos & pos_first_name) || (t.capitalised && t.where.size() == 1)))
                first_name = true;
            first = false;
            all |= t.pos;
            if (!(t.pos & pos_unknown)) all_unknown = false;
            ++words;
        }
        if (words == 0 || (all & pos_place_name)) return false;
        if (words == 1) return (all & (pos_surname | pos_first_name)) != 0;  // "Trump"
        return first_name || (all & pos_surname) || all_unknown;
    }

    bool make_value(const element& el, value& v, bool opens_article) {
        const ast::capture_view c = list_.captures_of(el);
        // A bare number such as a year or an ordinal is no quantity: known before any string
        // is made (the caller drops `v`).
        if (el.kind == element_kind::quantity && !c[ast::s_approx].set() &&
            !c[ast::s_magnitude].set() && !c[ast::s_unit].set())
            return false;
        v.where = el.where;
        put(v.approx, c[ast::s_approx]);
        const double magnitude = c[ast::s_magnitude].set()
                                     ? std::strtod(payload(c[ast::s_magnitude]).c_str(), nullptr)
                                     : 1.0;
        const double number =
            c[ast::s_number].set() ? parse_number(view(c[ast::s_number])).value_or(0.0) : 0.0;
        switch (el.kind) {
            case element_kind::date:
                v.kind = value_kind::date;
                return make_date(el, v, opens_article);
            case element_kind::money:
                v.kind = value_kind::money;
                v.number = number * (magnitude > 0 ? magnitude : 1.0);
                v.unit = payload(c[ast::s_currency]);
                break;
            case element_kind::percent:
                v.kind = value_kind::percent;
                v.number = number;
                v.unit = "%";
                break;
            default: {
                v.kind = value_kind::quantity;
                v.number = number * (magnitude > 0 ? magnitude : 1.0);
                v.unit = lower_all(view(c[ast::s_unit]));
                const ast::capture& n = c[ast::s_number];
                const std::string_view digits =
                    n.set() ? text_.substr(n.begin, n.end - n.begin) : std::string_view();
                if (digits.find_first_not_of("0123456789, .\xC2\xA0\xE2\x80\xAF") !=
                    std::string_view::npos)
                    return false;
                break;
            }
        }
        put(v.text, v.where.begin, v.where.end);
        v.normalized = plain_decimal(v.number);
        return true;
    }
    // A capture's text, without a string of its own.
    std::string_view view(const ast::capture& c) const {
        return c.end > c.begin ? slice(c.begin, c.end) : std::string_view();
    }
    static bool two_digits(int n) { return n >= 0 && n <= 99; }
    static char digit(int n) { return static_cast<char>('0' + n % 10); }

    bool make_date(const element& el, value& v, bool opens_article) {
        const ast::capture_view c = list_.captures_of(el);
        uint32_t begin = el.where.end;
        for (auto slot : {ast::s_weekday, ast::s_day, ast::s_month, ast::s_year}) {
            if (c[slot].set()) begin = std::min(begin, c[slot].begin);
        }
        v.where = {begin, el.where.end};
        put(v.text, v.where.begin, v.where.end);
        // Read in place (std::atoi would want each as a string of its own).
        const int year = c[ast::s_year].set() ? leading_int(view(c[ast::s_year])) : 0;
        const int month = c[ast::s_month].set() ? leading_int(payload(c[ast::s_month])) : 0;
        const int day = c[ast::s_day].set() ? leading_int(view(c[ast::s_day])) : 0;
        const int weekday = c[ast::s_weekday].set() ? leading_int(payload(c[ast::s_weekday])) : 0;
        char buf[16];
        if (day && month && year) {
            civil_date d{year, month, day};
            if (!valid_date(d)) return false;
            v.normalized = iso(d);
            if (!dates_.latest || iso(*dates_.latest) < v.normalized) dates_.latest = d;
            if (opens_article && !dates_.dateline) dates_.dateline = d;
        } else if (day && month) {
            if (auto anchor = dates_.anchor()) {
                civil_date d{anchor->year, month, day};
                if (!valid_date(d)) return false;
                v.normalized = iso(d);
            } else if (two_digits(month) && two_digits(day)) {  // as "--%02d-%02d" writes it
                const char out[] = {'-', '-', digit(month / 10), digit(month), '-',
                                    digit(day / 10), digit(day)};
                v.normalized.assign(out, sizeof out);
            } else {
                std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
                v.normalized = buf;
            }
        } else if (month && year) {
            if (year >= 0 && year <= 9999 && two_digits(month)) {  // as "%04d-%02d" writes it
                const char out[] = {digit(year / 1000), digit(year / 100), digit(year / 10),
                                    digit(year), '-', digit(month / 10), digit(month)};
                v.normalized.assign(out, sizeof out);
            } else {
                std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
                v.normalized = buf;
            }
        } else if (year) {
            v.normalized = std::to_string(year);
        } else if (weekday >= 1 && weekday <= 7) {
            if (auto anchor = dates_.anchor())
                v.normalized = iso(previous_weekday(*anchor, weekday));
        } else if (c[ast::s_time].set()) {
            // "hier", "demain": an offset from the article's date; "cette semaine" stays as text.
            v.where = {c[ast::s_time].begin, c[ast::s_time].end};
            put(v.text, v.where.begin, v.where.end);
            const std::string& offset = payload(c[ast::s_time]);
            if (auto anchor = dates_.anchor(); anchor && !offset.empty()) {
                v.normalized = iso(add_days(*anchor, leading_int(offset)));
            }
        } else {
            return false;
        }
        return true;
    }

    // Fills `v`, a fresh verb reading already in place (its surface is its span's text), and
    // its event_verb payload when the lookup is made here.
    void make_verb(const element& el, verb_reading& v) const {
        const ast::capture_view c = list_.captures_of(el);
        v.where = el.where;
        // The grammar read the main verb and the auxiliary by token tests, which note their
        // tokens (a capture's payload).
        auto token_of_capture = [&](const ast::capture& at) {
            return at.payload >= 0 ? at.payload : token_in(el, at.begin);
        };
        const int32_t main = token_of_capture(c[ast::s_main]);
        // Slots left by an alternative that failed further on are ignored by position: an
        // auxiliary precedes its participle, "été" sits between them.
        const int32_t aux = c[ast::s_aux].set() && c[ast::s_aux].begin < c[ast::s_main].begin
                                ? token_of_capture(c[ast::s_aux])
                                : -1;
        const bool been = aux >= 0 && c[ast::s_been].set() &&
                          c[ast::s_been].begin > c[ast::s_aux].begin &&
                          c[ast::s_been].begin < c[ast::s_main].begin;
        if (main < 0) return;
        const token& m = s_.tokens[static_cast<std::size_t>(main)];
        const std::string_view verb_lemma = verb_lemmas_[static_cast<std::size_t>(main)];
        v.lemma = verb_lemma.empty() ? m.lemma : verb_lemma;
        v.negated = c[ast::s_neg].set();
        if (el.kind == element_kind::nonfinite) {
            v.when = (m.pos & pos_infinitive) ? tense::infinitive : tense::participle;
        } else if (aux >= 0) {
            const token& a = s_.tokens[static_cast<std::size_t>(aux)];
            const std::string_view aux_lemma = verb_lemmas_[static_cast<std::size_t>(aux)];
            const tense aux_tense = tense_of(a.pos);
            // The clitics start with "s" or "S" ("se", "s’", "S’"): only "S" lowers to "s".
            const std::string_view clitic = view(c[ast::s_clitic]);
            const bool reflexive = !clitic.empty() && (clitic[0] == 's' || clitic[0] == 'S');
            if (m.pos & pos_infinitive) {  // modal or "aller" + infinitive
                v.when = (aux_lemma == "aller" && aux_tense == tense::present) ? tense::future
                                                                               : aux_tense;
            } else if (been) {
                v.passive = true;
                v.when = compound_of(aux_tense);
            } else if (aux_lemma == "être" && !reflexive && !(m.pos & pos_etre_verb) &&
                       !moves_with_etre(verb_lemma.empty() ? std::string_view(m.lemma) : verb_lemma)) {
                v.passive = true;
                v.when = aux_tense;
            } else {
                v.when = compound_of(aux_tense);
            }
            v.plural = (a.pos & pos_3pl) && !(a.pos & pos_3sg);
        } else {
            v.when = tense_of(m.pos);
            v.plural = (m.pos & pos_3pl) && !(m.pos & pos_3sg);
        }
        // Most verbs are in neither class: the main token's form facts tell (else one look-up),
        // before either table is asked.
        const uint8_t known = lemma_facts(static_cast<std::size_t>(main));
        const uint32_t classes =
            (known & lc_verb_known)
                ? ((known & lc_speech_verb) ? 1u << static_cast<unsigned>(term_class::speech_verb)
                                            : 0u) |
                      ((known & lc_event_verb)
                           ? 1u << static_cast<unsigned>(term_class::event_verb)
                           : 0u)
                : term_classes(vocab_, v.lemma);
        auto in = [classes](term_class k) {
            return (classes & (1u << static_cast<unsigned>(k))) != 0;
        };
        if (const std::string* cls = in(term_class::speech_verb)
                                         ? find_term(vocab_, term_class::speech_verb, v.lemma)
                                         : nullptr) {
            v.verb_class = cls->empty() ? std::string_view("speech") : std::string_view(*cls);
            // Known now at no cost when the verb has no event reading (event_of asks).
            if (!in(term_class::event_verb)) v.event_known = true;
        } else {
            v.event = in(term_class::event_verb)
                          ? find_term(vocab_, term_class::event_verb, v.lemma)
                          : nullptr;
            v.event_known = true;
            if (v.event != nullptr) v.verb_class = *v.event;
        }
    }

    // --- nesting: quotes and parentheses --------------------------------------------------------

    // Pairs openers and closers with an explicit stack (never recursion): element `i`, whose
    // token kind is `kind` (word for an element other than a token), in text order from the
    // first; the caller empties the stack first, and then sorts regions_ by opener.
    void nest_at(std::size_t i, token_kind kind) {
        auto& stack = buffers_.open_stack;
        els_[i].depth = static_cast<uint32_t>(stack.size());
        if (kind == token_kind::quote_open) {
            stack.emplace_back(token_kind::quote_open, i);
        } else if (kind == token_kind::paren_open) {
            stack.emplace_back(token_kind::paren_open, i);
        } else if (kind == token_kind::quote_close || kind == token_kind::paren_close) {
            const token_kind open =
                kind == token_kind::quote_close ? token_kind::quote_open : token_kind::paren_open;
            if (!stack.empty() && stack.back().first == open) {
                regions_.push_back({open, stack.back().second, i});
                stack.pop_back();
                els_[i].depth = static_cast<uint32_t>(stack.size());
            } else {
                balanced_ = false;
            }
        }
    }

    // --- clauses -------------------------------------------------------------------------------

    using region = clause_tables::region;
    using open_part = clause_tables::open_part;

    span span_of(std::size_t first, std::size_t last) const {
        return {els_[first].where.begin, els_[last].where.end};
    }

    bool preceded_by_preposition(std::size_t i) const {
        if (i == 0 || els_[i - 1].kind != element_kind::token) return false;
        const token* t = token_of(i - 1);
        return t != nullptr && (t->pos & pos_preposition) && !has_form(i - 1, f_et_ou);
    }

    // The element at i opens on a form that is a noun or an adjective too ("compte", "dure"),
    // and no auxiliary ("a" is a letter's name, "été" a season).
    bool noun_form_at(std::size_t i) const {
        const token* v = token_of(i);
        return v != nullptr && (v->pos & (pos_noun | pos_adj)) != 0 && (v->pos & pos_aux) == 0;
    }

    // The element at i, a verb group, opens on a form that is a noun or an adjective too, after
    // a word that goes before those ("à petite échelle", "faire surface", "de plus en plus dure").
    bool noun_after_modifier(std::size_t i) const {
        if (!noun_form_at(i)) return false;
        if (els_[i - 1].kind == element_kind::nonfinite) return true;
        if (els_[i - 1].kind != element_kind::token) return false;
        const token* t = token_of(i - 1);
        return t != nullptr &&
               (t->pos & (pos_adj | pos_adverb | pos_determiner | pos_preposition | pos_infinitive)) != 0;
    }

    // The first actor in [from, to]; with `direct`, one not governed by a preposition
    // ("a déclaré à l'AFP Ahmad Majdalani": the speaker is Majdalani).
    int32_t first_actor(std::size_t from, std::size_t to, bool direct = false) const {
        for (std::size_t k = from; k <= to && k < els_.size(); ++k) {
            if (els_[k].actor >= 0 && !(direct && preceded_by_preposition(k))) return els_[k].actor;
        }
        return -1;
    }

    // Reads the elements [first, last) at nesting `level` into one clause and its sub-clauses.
    reading read_level(std::size_t first, std::size_t last, uint32_t level,
                       std::vector<open_part>& parts_out) {
        reading r = fresh_reading();
        // Emptied into parts_out before returning: the quote's reading may reuse it.
        std::vector<open_part>& parts = buffers_.level_parts;
        parts.clear();
        int32_t current = -1;
        int32_t main_verb = -1;
        bool complement_actor = false;  // "entre Rabat et Bruxelles": both are complements
        // Of the open part: whether a finite verb extended it, and whether an element that opens
        // a clause of its own did.
        bool part_has_verb = false, part_nests = false;
        std::size_t part_verb = 0;  // the last finite verb that extended it
        // The elements through a plain pointer: the part lists grow in the loop, and the
        // compiler would otherwise reach through the vector again after each growth.
        element* const els = els_.data();
        const auto part_base = static_cast<int32_t>(parts_out.size());
        // The element before `i` at this level (one not nested deeper), or -1 as size_t: asked
        // only where a relative or a verb group might open a part.
        auto previous_at_level = [els, first, level](std::size_t i) {
            while (i-- > first) {
                if (els[i].depth == level) return i;
            }
            return static_cast<std::size_t>(-1);
        };
        // Outside a part, only a non-token element may open one, and a token stays in none
        // (its part is -1 from the start, as every element's is; the quote's level is read
        // after the root's, which left the quote's elements in no part): the loop goes from
        // one non-token element to the next. Inside a part, each element extends it up to a
        // boundary.
        // The non-token elements in [first, last): nt walks them (the root's level holds all).
        const uint32_t* nt = non_tokens_.data();
        const uint32_t* nt_end = nt + non_tokens_.size();
        if (first != 0) nt = std::lower_bound(nt, nt_end, static_cast<uint32_t>(first));
        if (last != els_.size()) nt_end = std::lower_bound(nt, nt_end, static_cast<uint32_t>(last));
        const uint32_t* const level_non_tokens = nt;  // for the pass over them further on
        std::size_t at = first;
        for (;;) {
            if (current < 0) {
                while (nt != nt_end && els[*nt].depth != level) ++nt;
                if (nt == nt_end) break;
                at = *nt;
                const element_kind kind = els[at].kind;
                bool opens = true;  // the element opens a sub-clause part
                switch (kind) {
                    case element_kind::attribution_marker:
                        parts.push_back({part_kind::attribution, clause_role::attribution, at, at});
                        break;
                    case element_kind::purpose_marker:
                        parts.push_back({part_kind::purpose, clause_role::purpose, at, at});
                        break;
                    case element_kind::subordinator:
                        parts.push_back({part_kind::subordinate, clause_role::subordinate, at, at});
                        break;
                    case element_kind::relative: {
                        std::size_t prev_at_level;
                        const bool completive =
                            has_form(at, f_que) &&
                            (((prev_at_level = previous_at_level(at)) !=
                                  static_cast<std::size_t>(-1) &&
                              els_[prev_at_level].verb >= 0) ||
                             verb_over_adjuncts(at, first, level));
                        parts.push_back(
                            {completive ? part_kind::subordinate : part_kind::relative,
                             completive ? clause_role::subordinate : clause_role::relative, at, at});
                        break;
                    }
                    case element_kind::verb_group:
                        opens = speech_after_comma(at, previous_at_level(at), first, last);
                        if (opens)
                            parts.push_back({part_kind::attribution, clause_role::attribution, at, at});
                        break;
                    default:
                        opens = false;
                        break;
                }
                ++nt;
                if (!opens) {
                    if (main_verb < 0 && kind == element_kind::verb_group)
                        main_verb = static_cast<int32_t>(at);
                    // An actor of the clause proper: a subject before the main verb (the
                    // first verb group met), an object after it; actors after a preposition
                    // are complements.
                    if (els[at].actor >= 0 && !place_at(at)) {
                        const bool before = main_verb < 0;
                        const bool coordinated = at > 0 && has_form(at - 1, f_et_ou);
                        complement_actor =
                            preceded_by_preposition(at) || (coordinated && complement_actor);
                        if (before && !complement_actor) {
                            add_index(r.subjects, els[at].actor);
                        } else if (!before) {
                            add_index(r.objects, els[at].actor);
                        }
                    }
                    ++at;
                    continue;
                }
                current = static_cast<int32_t>(parts.size()) - 1;
                part_has_verb = false;
                // (A relative set off by a comma ends at the comma closing it.)
                part_nests = kind == element_kind::relative && at > 0 && has_form(at - 1, f_comma);
                els[at].part = part_base + current;
                parts[static_cast<std::size_t>(current)].last = at;
                ++at;
                continue;
            }
            if (at >= last) break;
            element& here = els[at];
            if (here.depth != level) {
                ++at;
                continue;
            }
            if (here.forms & f_boundary) {
                // The part ends here; the element is read again as one outside any part.
                current = -1;
                if (here.kind == element_kind::token) ++at;
                while (nt != nt_end && *nt < at) ++nt;
                continue;
            }
            if (here.kind == element_kind::verb_group) {
                // A form read as a verb that is a noun too, right after the relative's verb,
                // which takes it ("qui ne tient aucunement compte"), or after a word that goes
                // before nouns ("à petite échelle"), is no verb of the part's.
                const bool noun = (part_has_verb && part_verb + 1 == at && noun_form_at(at)) || noun_after_modifier(at);
                // "Les patients qui entrent à la maison souffrent": a relative in the subject
                // that has its verb ends at a second finite verb, the clause's own, unless a
                // clause nested in the relative may own it ("qui dit que …") or a coordination
                // joins it ("qui entrent et souffrent"). (part_nests also holds for a relative
                // after a comma, which ends at the comma closing it.)
                if (!noun && main_verb < 0 && part_has_verb && !part_nests &&
                    parts[static_cast<std::size_t>(current)].kind == part_kind::relative &&
                    !has_form(at - 1, f_et_ou)) {
                    current = -1;
                    while (nt != nt_end && *nt < at) ++nt;
                    continue;
                }
                if (!noun) {
                    part_has_verb = true;
                    part_verb = at;
                }
            } else if (here.kind == element_kind::relative || here.kind == element_kind::subordinator ||
                       here.kind == element_kind::attribution_marker ||
                       here.kind == element_kind::purpose_marker || has_form(at, f_que)) {
                part_nests = true;
            }
            // Here `current` names an open part, which the element extends.
            here.part = part_base + current;
            parts[static_cast<std::size_t>(current)].last = at;
            ++at;
        }
        // Elements inside nested regions belong to the part their opener is in.
        for (const region& rg : regions_) {
            if (rg.open < first || rg.open >= last || els_[rg.open].depth != level) continue;
            for (std::size_t k = rg.open + 1; k < rg.close; ++k) els_[k].part = els_[rg.open].part;
            els_[rg.close].part = els_[rg.open].part;
            if (els_[rg.open].part >= 0) {
                auto& p = parts[static_cast<std::size_t>(els_[rg.open].part) - parts_out.size()];
                p.last = std::max(p.last, rg.close);
            }
            const part_kind nested =
                rg.kind == token_kind::quote_open ? part_kind::quote : part_kind::parenthetical;
            append(r.parts, part{nested, span_of(rg.open, rg.close)});
        }

        // Main verb: the first finite verb group of the clause proper, found by the pass above
        // (the nested regions hold no element of this level but their closers, tokens).
        r.verb_element = main_verb;
        // Its subjects and objects were found by the pass above too.
        if (r.verb_element >= 0) {
            const auto v = static_cast<std::size_t>(r.verb_element);
            // The subject: from the first content element of the clause proper before the verb
            // to the last one (dates and boundaries left out).
            auto in_subject = [&](std::size_t i) {
                return els_[i].depth == level && els_[i].part < 0 &&
                       els_[i].kind != element_kind::date && !is_boundary(i) && content_at(i);
            };
            std::size_t subject_first = static_cast<std::size_t>(-1), subject_last = 0;
            for (std::size_t i = first; i < v; ++i) {
                if (in_subject(i)) {
                    subject_first = i;
                    break;
                }
            }
            for (std::size_t i = v; subject_first != static_cast<std::size_t>(-1) && i-- > subject_first;) {
                if (in_subject(i)) {
                    subject_last = i;
                    break;
                }
            }
            if (subject_first != static_cast<std::size_t>(-1)) {
                append(r.parts, part{part_kind::subject, span_of(subject_first, subject_last)});
                r.subject_found = true;
            }
            if (!r.subjects.empty()) r.subject_found = true;
            append(r.parts, part{part_kind::verb, els_[v].where});
            std::size_t object_last = v;
            for (std::size_t i = v + 1; i < last; ++i) {
                if (els_[i].part >= 0 && els_[i].depth == level) break;
                if (els_[i].depth == level && (is_boundary(i) || token_kind_is(i, token_kind::punct)))
                    break;
                object_last = i;
            }
            if (object_last > v)
                append(r.parts, part{part_kind::object, span_of(v + 1, object_last)});
        }
        // Times, places, appositions (all on non-token elements), enumerations.
        for (const uint32_t* it = level_non_tokens; it != nt_end; ++it) {
            const std::size_t i = *it;
            if (els_[i].depth != level) continue;
            if (els_[i].kind == element_kind::date && els_[i].value >= 0) {
                append(r.parts, part{part_kind::time, els_[i].where});
            }
            if (place_at(i)) append(r.parts, part{part_kind::place, span_of(i - 1, i)});
            if (!is_actor_kind(els_[i].kind)) continue;
            const auto& ap = captures_at(i)[ast::s_apposed];
            if (ap.set()) append(r.parts, part{part_kind::apposition, {ap.begin, ap.end}});
        }
        find_enumeration(first, last, level, r);
        // Sub-clause parts and the speaker they name.
        for (std::size_t p = 0; p < parts.size(); ++p) {
            open_part& op = parts[p];
            append(r.parts, part{op.kind, span_of(op.first, op.last)});
            if (op.kind == part_kind::attribution) {
                op.speaker = first_actor(op.first + 1, op.last, true);
                if (op.speaker < 0 && captures_at(op.first)[ast::s_inversion].set()) {
                    const auto& inv = captures_at(op.first)[ast::s_inversion];
                    actor a;
                    a.kind = actor_kind::pronoun;
                    a.where = {inv.begin, inv.end};
                    op.speaker = static_cast<int32_t>(s_.actors.size());
                    s_.actors.push_back(a);
                }
                if (r.speaker < 0) r.speaker = op.speaker;
            }
            parts_out.push_back(op);
        }
        return r;
    }

    // ", a déclaré M. X", "», estime-t-il": verb group `i` of the level [first, last), whose
    // previous element there is `prev`, is a speech verb after a comma or a closing quote that
    // introduces its speaker.
    bool speech_after_comma(std::size_t i, std::size_t prev, std::size_t first,
                            std::size_t last) const {
        const bool after_comma =
            prev != static_cast<std::size_t>(-1) &&
            (has_form(prev, f_comma) || token_kind_is(prev, token_kind::quote_close));
        return after_comma && els_[i].verb >= 0 &&
               verb(static_cast<std::size_t>(els_[i].verb)).verb_class == "speech" &&
               (captures_at(i)[ast::s_inversion].set() || after_opening_quote(prev, first) ||
                (i + 1 < last && els_[i + 1].actor >= 0) ||
                (i + 2 < last && els_[i + 2].actor >= 0 &&
                 els_[i + 1].kind == element_kind::token));
    }

    // Appends an actor index to a clause's subjects or objects, with room for four at the
    // first: a clause seldom names more, and four take no more memory than one.
    static void add_index(std::vector<uint32_t>& list, int32_t actor) {
        if (list.capacity() == 0) list.reserve(4);
        append(list, static_cast<uint32_t>(actor));
    }

    // The last element before the final punctuation, from `from` on.
    std::size_t last_content(std::size_t from) const {
        std::size_t last = from;
        for (std::size_t k = from; k < els_.size(); ++k) {
            if (content_at(k)) last = k;
        }
        return last;
    }

    // `comma` follows a quote that opens the clause: «…», a déclaré …
    bool after_opening_quote(std::size_t comma, std::size_t first) const {
        if (comma == static_cast<std::size_t>(-1) || comma == 0 || !has_form(comma, f_comma))
            return false;
        for (const region& rg : regions_) {
            if (rg.close == comma - 1 && rg.kind == token_kind::quote_open) return rg.open == first;
        }
        return false;
    }

    bool content_at(std::size_t i) const {
        if (els_[i].kind != element_kind::token) return true;
        const token* t = token_of(i);
        return t != nullptr && (t->kind == token_kind::word || t->kind == token_kind::number);
    }

    bool place_at(std::size_t i) const {
        return i > 0 && els_[i].kind == element_kind::country &&
               has_form(i - 1, f_place);
    }

    // "la sécurité, la justice, la migration et le développement économique".
    void find_enumeration(std::size_t first, std::size_t last, uint32_t level, reading& r) const {
        auto it = et_ou_.begin();
        if (first != 0) it = std::lower_bound(it, et_ou_.end(), first);
        for (; it != et_ou_.end() && *it < last; ++it) {
            const std::size_t i = *it;
            if (els_[i].depth != level) continue;
            // Items after the conjunction: up to a stop.
            std::size_t end = i;
            for (std::size_t k = i + 1; k < last && k <= i + 8; ++k) {
                if (els_[k].depth != level || is_boundary(k) || token_kind_is(k, token_kind::punct) ||
                    els_[k].kind == element_kind::verb_group || els_[k].part >= 0)
                    break;
                end = k;
            }
            if (end == i) continue;
            // Items before it: runs of up to six elements separated by commas.
            std::size_t commas = 0, begin = i, run = 0;
            for (std::size_t k = i; k-- > first;) {
                if (els_[k].depth != level) continue;
                if (has_form(k, f_comma)) {
                    if (run == 0) break;
                    ++commas;
                    run = 0;
                    continue;
                }
                if (is_boundary(k) || token_kind_is(k, token_kind::punct) ||
                    els_[k].kind == element_kind::verb_group || els_[k].part >= 0 || ++run > 6)
                    break;
                begin = k;
            }
            if (commas >= 1 && begin < i) {
                append(r.parts, part{part_kind::enumeration, span_of(begin, end)});
                return;
            }
        }
    }

    // The clause's event: its verb's predicate, or an event noun in its object. After a
    // reporting verb the object names the event ("a annoncé un accord" is an agreement). A
    // view of the vocabulary's payload, copied once into the clause.
    std::string_view event_of(const reading& r) const {
        if (r.verb_element < 0) return {};
        const auto index =
            static_cast<std::size_t>(els_[static_cast<std::size_t>(r.verb_element)].verb);
        const verb_reading& v = verbs_[index];
        const std::string* from_verb =
            v.event_known ? v.event : find_term(vocab_, term_class::event_verb, v.lemma);
        if (from_verb != nullptr && !from_verb->empty() && v.verb_class != "speech")
            return *from_verb;
        const std::string_view noun = object_event(r);
        if (!noun.empty()) return noun;
        return from_verb != nullptr ? std::string_view(*from_verb) : std::string_view();
    }

    std::string_view object_event(const reading& r) const {
        for (const part& p : r.parts) {
            if (p.kind != part_kind::object) continue;
            // The object starts with the element after the verb's (read_level).
            const auto after_verb = static_cast<std::size_t>(r.verb_element) + 1;
            const auto from = after_verb < els_.size()
                                  ? first_token_in(els_[after_verb], p.where.begin)
                                  : first_token_from(p.where.begin);
            for (auto it = from; it != s_.tokens.end(); ++it) {
                const token& t = *it;
                if (t.where.begin >= p.where.end) break;  // and so are all later tokens
                if (t.where.end > p.where.end) continue;
                if (t.kind != token_kind::word || !(t.pos & pos_noun)) continue;
                const uint8_t known = lemma_facts(static_cast<std::size_t>(it - s_.tokens.begin()));
                if ((known & lc_noun_known) && !(known & lc_event_noun)) continue;
                if (const std::string* ev = find_term(vocab_, term_class::event_noun, t.lemma)) {
                    if (!ev->empty()) return *ev;
                }
            }
        }
        return {};
    }

    // Verb group `v`.
    const verb_reading& verb(std::size_t v) const { return verbs_[v]; }

    // A reading with the spare lists of clauses parsed before, when there are. Its parts have
    // room for a clause's usual number, a sub-clause's too (most have one part): every parts
    // list is then a spare that takes a level's parts without growing.
    reading fresh_reading() {
        reading r;
        clause_tables::take(buffers_.spare_indices, r.subjects);
        clause_tables::take(buffers_.spare_indices, r.objects);
        clause_tables::take(buffers_.spare_parts, r.parts);
        if (r.parts.capacity() < 8) r.parts.reserve(8);
        return r;
    }

    // Appends the reading's clause, built in place (not aside and moved: three lists, a verb
    // group and a string), its verb group's strings made here from the verb reading. Takes the
    // reading's lists: the caller keeps only its scalars.
    void add_clause(reading& r, span where, clause_role role, int32_t parent) {
        clause& c = s_.clauses.emplace_back();
        c.where = where;
        c.role = role;
        c.parent = parent;
        if (const std::string_view event = event_of(r); !event.empty()) rebuild(c.event, event);
        c.subjects = std::move(r.subjects);
        c.objects = std::move(r.objects);
        c.parts = std::move(r.parts);
        c.speaker = r.speaker;
        if (r.verb_element >= 0) {
            const auto v =
                static_cast<std::size_t>(els_[static_cast<std::size_t>(r.verb_element)].verb);
            const verb_reading& from = verbs_[v];
            verb_group& g = c.verb.emplace();
            g.where = from.where;
            put(g.surface, from.where.begin, from.where.end);
            rebuild(g.lemma, from.lemma);
            g.when = from.when;
            g.negated = from.negated;
            g.passive = from.passive;
            g.plural = from.plural;
            if (!from.verb_class.empty()) rebuild(g.verb_class, from.verb_class);
        }
    }

    // Room for `n` clauses, without the library's call when a reused sentence has it (most do).
    void reserve_clauses(std::size_t n) {
        if (s_.clauses.capacity() < n) s_.clauses.reserve(n);
    }

    // Builds the sentence's clauses; returns whether a root clause with a verb was found.
    bool build_clauses() {
        std::vector<open_part>& parts = buffers_.root_parts;
        parts.clear();
        reading root = read_level(0, els_.size(), 0, parts);
        clause_role role = clause_role::main;
        span where = s_.where;

        // "C’est ce qu’indique un communiqué …": the sentence attributes the previous one.
        if (els_.size() > 4 && is_form(0, {"c’", "c'"}) && is_form(2, {"ce"}) &&
            is_form(3, {"qu’", "qu'"})) {
            for (std::size_t i = 4; i < els_.size(); ++i) {
                if (els_[i].kind == element_kind::verb_group) {
                    root.verb_element = static_cast<int32_t>(i);
                    root.speaker = first_actor(i + 1, els_.size() - 1);
                    root.subjects.clear();
                    root.objects.clear();
                    if (root.speaker >= 0)
                        root.subjects.push_back(static_cast<uint32_t>(root.speaker));
                    root.subject_found = true;
                    role = clause_role::attribution;
                    parts.clear();
                    std::vector<part> kept;
                    for (const part& p : root.parts) {
                        if (p.kind == part_kind::time || p.kind == part_kind::place)
                            kept.push_back(p);
                    }
                    kept.push_back({part_kind::verb, els_[i].where});
                    if (i + 1 < els_.size()) {
                        kept.push_back({part_kind::object, span_of(i + 1, last_content(i + 1))});
                    }
                    root.parts = kept;
                    break;
                }
            }
        }

        // « … », a déclaré M. X: the quote is the root and X its speaker.
        const region* quote = nullptr;
        for (const region& rg : regions_) {
            if (rg.kind == token_kind::quote_open && els_[rg.open].depth == 0 &&
                els_[rg.open].part < 0) {
                quote = &rg;
                break;
            }
        }
        if (root.verb_element < 0 && quote != nullptr) {
            std::vector<open_part>& inner_parts = buffers_.quote_parts;
            inner_parts.clear();
            reading inner = read_level(quote->open + 1, quote->close, 1, inner_parts);
            inner.speaker = root.speaker;
            inner.parts.insert(inner.parts.end(), root.parts.begin(), root.parts.end());
            // The root reading's lists go back to the spares, rather than being freed when the
            // quote's reading takes their place.
            buffers_.keep_lists(root.subjects, root.objects, root.parts);
            root = std::move(inner);
            root.subject_found = root.subject_found || root.speaker >= 0;
            role = clause_role::quote;
            where = span_of(quote->open, quote->close);
            reserve_clauses(1 + inner_parts.size() + parts.size());
            add_clause(root, where, role, -1);
            add_sub_clauses(inner_parts, 0);
        } else {
            reserve_clauses(1 + parts.size());
            add_clause(root, where, role, -1);
        }
        add_sub_clauses(parts, 0);
        if (root.verb_element >= 0) {
            root_has_subject_ =
                root.subject_found || root.speaker >= 0 ||
                captures_at(static_cast<std::size_t>(root.verb_element))[ast::s_inversion].set() ||
                inverted_speech_subject(static_cast<std::size_t>(root.verb_element));
            return true;
        }
        return false;
    }

    // "S’il …, « … », souligne une source syndicale": a speech verb right after a comma, its
    // subject written after it.
    bool inverted_speech_subject(std::size_t v) const {
        return v > 0 && v + 1 < els_.size() && has_form(v - 1, f_comma) && els_[v].verb >= 0 &&
               verb(static_cast<std::size_t>(els_[v].verb)).verb_class == "speech" &&
               content_at(v + 1);
    }

    void add_sub_clauses(const std::vector<open_part>& parts, int32_t parent) {
        for (const open_part& op : parts) {
            reading r = fresh_reading();
            // Verb groups and actors are non-token elements: only those of the part are visited.
            const auto from = std::lower_bound(non_tokens_.begin(), non_tokens_.end(), op.first);
            for (auto it = from; it != non_tokens_.end() && *it <= op.last; ++it) {
                const std::size_t i = *it;
                if (els_[i].kind == element_kind::verb_group ||
                    (els_[i].kind == element_kind::nonfinite && r.verb_element < 0)) {
                    if (r.verb_element < 0 || els_[static_cast<std::size_t>(r.verb_element)].kind ==
                                                  element_kind::nonfinite)
                        r.verb_element = static_cast<int32_t>(i);
                }
            }
            for (auto it = from; it != non_tokens_.end() && *it <= op.last; ++it) {
                const std::size_t i = *it;
                if (els_[i].actor < 0) continue;
                if (r.verb_element >= 0 && i > static_cast<std::size_t>(r.verb_element)) {
                    add_index(r.objects, els_[i].actor);
                } else {
                    add_index(r.subjects, els_[i].actor);
                }
            }
            if (op.kind == part_kind::relative) {
                // The antecedent: the nearest actor before "qui".
                for (std::size_t k = op.first; k-- > 0;) {
                    if (els_[k].actor >= 0) {
                        r.subjects.insert(r.subjects.begin(), static_cast<uint32_t>(els_[k].actor));
                        break;
                    }
                    if (!has_form(k, f_comma)) break;
                }
            }
            if (op.kind == part_kind::attribution) {
                r.subjects.clear();
                if (op.speaker >= 0) r.subjects.push_back(static_cast<uint32_t>(op.speaker));
                r.objects.clear();
                r.speaker = op.speaker;
            }
            if (r.verb_element >= 0)
                append(r.parts,
                       part{part_kind::verb, els_[static_cast<std::size_t>(r.verb_element)].where});
            add_clause(r, span_of(op.first, op.last), op.role, parent);
        }
    }

    // True when the sentence has content words and none outside a sub-clause could be a
    // finite verb the grammar missed.
    bool nominal() const {
        bool content = false;
        for (std::size_t i = 0; i < els_.size(); ++i) {
            if (els_[i].kind != element_kind::token) {
                content = true;
                continue;
            }
            const token* t = token_of(i);
            if (t == nullptr || t->kind != token_kind::word) continue;
            content = true;
            if (els_[i].part >= 0 || els_[i].depth > 0) continue;
            const uint32_t other = pos_noun | pos_adj | pos_determiner | pos_preposition |
                                   pos_adverb | pos_pronoun | pos_conjunction | pos_proper;
            if ((t->pos & finite_bits) && !(t->pos & other)) return false;
            if (t->pos & pos_unknown) {
                // An unknown word in capitals may hide a verb ("QUI PEUT EN BENEFICIER ?").
                const std::string_view f = form_of(els_[i]);
                if (f.size() > 1 && std::all_of(f.begin(), f.end(), [](char ch) {
                        return (ch >= 'A' && ch <= 'Z') || static_cast<unsigned char>(ch) >= 0x80;
                    }))
                    return false;
            }
        }
        return content;
    }

    void grade(bool found, bool read_all) {
        const bool any_finite =
            std::any_of(non_tokens_.begin(), non_tokens_.end(),
                        [this](uint32_t i) { return els_[i].kind == element_kind::verb_group; });
        if (found && read_all && balanced_ && root_has_subject_) {
            s_.quality = read_quality::full;
        } else if (s_.heading && read_all && balanced_) {
            // A title line is a nominal phrase even when a word of it can be read as a verb
            // ("Lutte contre le changement climatique").
            s_.quality = read_quality::full;
        } else if (!found && read_all && balanced_ && (s_.heading || nominal())) {
            // A title line or a verbless sentence ("Juin 2018.", "Ambiance.") is a nominal
            // phrase, read whole.
            s_.quality = read_quality::full;
        } else if (found || any_finite || !s_.actors.empty() || !s_.values.empty() ||
                   !verbs_.empty()) {
            s_.quality = read_quality::partial;
        } else {
            s_.quality = read_quality::chunks;
        }
    }

    std::string_view text_;
    const vocabulary& vocab_;
    const verb_lemma_list& verb_lemmas_;
    const std::vector<form_facts>& facts_;  // per token, from tokenize
    const ast::element_list& list_;
    element_table els_;  // the builder fills in their depth, actor, value, verb, part
    date_context& dates_;
    sentence& s_;
    const token* tokens_;  // s_.tokens, which the builder does not change
    // Per-element tables from the scratch: run() sizes and fills every one before use, the
    // constructor empties the lists.
    clause_tables& buffers_;
    std::vector<verb_reading>& verbs_ = buffers_.verbs;
    const std::vector<uint32_t>& non_tokens_ = list_.non_tokens;
    const std::vector<uint32_t>& et_ou_ = list_.et_ou;
    std::vector<region>& regions_ = buffers_.regions;
    bool balanced_ = true;
    bool root_has_subject_ = false;
};

}  // namespace

void build_sentence(std::string_view text, const vocabulary& vocab,
                    const verb_lemma_list& verb_lemmas, const std::vector<form_facts>& facts,
                    ast::element_list& elements, bool grammar_ran, bool read_all,
                    bool first_sentence, date_context& dates, clause_tables& tables,
                    sentence& out) {
    sentence_builder builder(text, vocab, verb_lemmas, facts, elements, dates, tables, out);
    builder.run(grammar_ran, read_all, first_sentence);
}

}  // namespace precis::grammar
