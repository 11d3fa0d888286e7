// English realisation. The key clause is read as subject, verb and object; each part is said in
// English only with words the lexicon (or the installed dictionary) can say, names and numbers
// carried over. A part that cannot be said is left out, and the first template of the pack
// whose slots can all be filled is used; the last templates need only lexicon words.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "pipeline.hpp"
#include "slots.hpp"
#include "word_set.hpp"

namespace precis::rules {

std::string english_past(const lexicon_entry& e);  // (below)

namespace {

std::string verb_in_time(const lexicon_entry& entry, bool future);  // (below)
std::string_view object_pronoun_english(std::string_view key, bool person);  // (below)
std::string modal_then_negation(std::string_view modal, std::string_view negation);  // (below)
bool infinitive_opens(const lexicon& lex, const std::vector<const tok*>& toks, std::size_t at,
                      std::size_t e);  // (below)

// fold_key(s): s itself when it is of plain bytes (ASCII but capitals, as most lemmas are),
// which fold to themselves; else folded into `buffer`.
std::string_view folded_key(std::string_view s, std::string& buffer) {
    if (all_plain(s)) return s;
    fold_key_into(buffer, s);
    return buffer;
}

struct word_rooms;  // (below)

// A French token run translated: English words, and whether everything could be said.
struct english_run {
    std::vector<std::string> words;
    std::string lead;  // the English word said just before the run (the main verb), if known
    bool complete = true;
    std::size_t said = 0;  // French tokens consumed before the first failure
    // Where the words' room goes back when the run ends: the thread's rooms, which the
    // translator that made the run holds (none for a run made otherwise).
    word_rooms* rooms = nullptr;

    english_run() = default;
    english_run(const english_run&) = default;
    english_run(english_run&&) = default;
    english_run& operator=(const english_run&) = default;
    english_run& operator=(english_run&&) = default;
    ~english_run();
};

// Room for runs' words, given back by the runs that end and taken by the next ones: a run
// then allocates none. A few rooms of common sizes, kept by the thread. (The list's own room
// is made by a run, never by a run ending: a destructor allocates nothing.)
struct word_rooms {
    static constexpr std::size_t most = 4, largest = 64;
    std::vector<std::vector<std::string>> free;
};
english_run::~english_run() {
    if (rooms == nullptr || words.capacity() == 0 || words.capacity() > word_rooms::largest) return;
    if (rooms->free.size() >= rooms->free.capacity()) return;
    words.clear();
    rooms->free.push_back(std::move(words));
}


// An English verb form that takes a gerund rather than "to" ("risks plunging", "denied
// having", "stopped paying").
bool gerund_verb(std::string_view word) {
    static const word_list verbs{
        "risk", "risks", "risked", "risking", "avoid", "avoids", "avoided", "avoiding",
        "consider", "considers", "considered", "deny", "denies", "denied", "denying",
        "admit", "admits", "admitted", "stop", "stops", "stopped", "cease", "ceases",
        "ceased", "finish", "finishes", "finished", "suggest", "suggests", "suggested",
        "recommend", "recommends", "recommended", "resume", "resumes", "resumed",
        "postpone", "postpones", "postponed", "delay", "delays", "delayed", "quit", "quits",
        "keep", "keeps", "kept", "acknowledge", "acknowledges", "acknowledged", "recall",
        "recalls", "recalled", "regret", "regrets", "regretted", "mention", "mentions",
        "mentioned", "envisage", "envisages", "envisaged", "contemplate", "contemplates",
        "contemplated", "imagine", "imagines", "imagined",
        "prevent", "prevents", "prevented"};
    return verbs.count(word) != 0;
}

// `key` ends as a pronoun joined to its verb may ("-il", "-on", "-ils", "-elle", "-elles"):
// a hyphen three, four, five or six bytes from its end, in a key of four bytes or more.
inline bool hyphen_before_pronoun(std::string_view key) {
    const std::size_t n = key.size();
    if (n < 4) return false;
    return key[n - 3] == '-' || key[n - 4] == '-' || (n >= 5 && key[n - 5] == '-') || (n >= 6 && key[n - 6] == '-');
}

// An English modal ("can", "must" …): it takes "not" itself and no "to" after it.
bool english_modal(std::string_view word) {
    static const word_list modals{"can", "must", "should", "will", "may", "could", "would", "might", "shall"};
    return modals.contains(word);
}

// The second negative word closing "ne" ("pas", "point", "plus", "jamais") as English says
// it after an auxiliary or a modal; empty for any other word.
std::string_view negation_word(std::string_view key) {
    if (eq(key, "pas") || eq(key, "point")) return "not";
    if (eq(key, "plus")) return "no longer";
    if (eq(key, "jamais")) return "never";
    return {};
}

// A word that closes "ne" as its second negative word, English saying it itself or with the
// verb ("pas", "plus", "jamais", "rien", "personne", "aucun", "guère").
bool second_negative(std::string_view key) {
    return !negation_word(key).empty() || eq(key, "rien") || eq(key, "personne") || eq(key, "aucun") ||
           eq(key, "aucune") || eq(key, "guere");
}

// Whether the "que" at toks[i] closes a "ne" that stands at most five words before it, with
// no second negative word between and a verb right after the "ne" ("ne peut que", "n'étaient
// consultables que").
bool closes_bare_ne(const std::vector<const tok*>& toks, std::size_t i) {
    for (std::size_t k = i; k-- > 0 && k + 6 > i;) {
        const tok& t = *toks[k];
        if (t.kind != tok_kind::word) return false;
        if (second_negative(t.key)) return false;
        if (eq(t.key, "ne") || eq(t.key, "n'")) {
            return k + 1 < i && (toks[k + 1]->pos & grammar::pos_verb) != 0;
        }
    }
    return false;
}

// Whether an English verb phrase ends in a particle that takes a noun, not an infinitive
// ("call for", not "make it possible to").
bool ends_in_particle(std::string_view en) {
    const std::size_t space = en.rfind(' ');
    if (space == std::string_view::npos) return false;
    static const word_list particles{"for", "at", "on", "about", "with", "into", "against", "of", "from", "in", "over"};
    return particles.contains(en.substr(space + 1));
}

// French modals (and "aller", "vouloir", "entendre") before the verb they lead, in every
// person and tense that has one, with their English. (A few words, read in turn: no key to
// build, no tree to walk.)
constexpr std::pair<std::string_view, std::string_view> modals_before_verb[] = {
        {"doit", "must"},      {"doivent", "must"},    {"devrait", "should"},
        {"devraient", "should"}, {"peut", "can"},      {"peuvent", "can"},
        {"pourrait", "could"}, {"pourraient", "could"}, {"va", "will"},
        {"vont", "will"},      {"vais", "will"},       {"vas", "will"},
        {"allons", "will"},    {"allez", "will"},      {"allait", "was going to"},
        {"allaient", "were going to"}, {"allais", "was going to"},
        {"allions", "were going to"}, {"alliez", "were going to"},
        {"veut", "wants to"},   {"veulent", "want to"}, {"devra", "will have to"},
        {"devront", "will have to"}, {"pourra", "will be able to"},
        {"pourront", "will be able to"}, {"voudrait", "would like to"},
        {"voudraient", "would like to"}, {"devait", "was due to"}, {"devaient", "were due to"},
        {"pouvait", "could"}, {"pouvaient", "could"}, {"voulait", "wanted to"},
        {"voulaient", "wanted to"},
        // (the first and second persons, which quotes speak in: "nous devons agir")
        {"dois", "must"},     {"devons", "must"},     {"devez", "must"},
        {"peux", "can"},      {"pouvons", "can"},     {"pouvez", "can"},
        {"veux", "want to"},  {"voulons", "want to"}, {"voulez", "want to"},
        {"devrais", "should"}, {"devrions", "should"}, {"devriez", "should"},
        {"pourrais", "could"}, {"pourrions", "could"}, {"pourriez", "could"},
        {"devrai", "will have to"}, {"devrons", "will have to"}, {"devrez", "will have to"},
        {"pourrai", "will be able to"}, {"pourrons", "will be able to"},
        {"pourrez", "will be able to"}, {"voudrais", "would like to"},
        {"voudrions", "would like to"}, {"voudriez", "would like to"},
        // ("entendre" before an infinitive is no hearing: "entend réformer" -> "intends to reform")
        {"entend", "intends to"}, {"entendent", "intend to"}, {"entends", "intend to"},
        {"entendons", "intend to"}, {"entendez", "intend to"}, {"entendait", "intended to"},
        {"entendaient", "intended to"}};

// The English of a modal before its verb: "doit" -> "must", "devons" -> "must" ("devons"
// is also the plural of a noun, "devon"), "allait" -> "was going to"; empty for any other
// word.
std::string_view modal_before_verb(std::string_view key) {
    // (Their first bytes and sizes, asked first: most words asked are no modal, and are
    // settled without a walk of the list.)
    static const word_shapes shapes = [] {
        word_shapes w;
        for (const auto& modal : modals_before_verb) w.add(modal.first);
        return w;
    }();
    if (key.empty() || !shapes.may_hold(key)) return {};
    for (const auto& [fr, en] : modals_before_verb) {
        if (fr == key) return en;
    }
    return {};
}

// At toks[i], "ne" alone before a form of pouvoir or oser ("qu'il ne pouvait appuyer", a
// written negation with no "pas"): that form denied in English ("could not"), else empty. Not
// when a second negative word follows within four words ("ne peut pas", "ne peut rien"), nor
// before "que" ("ne peut que constater": "can only").
std::string_view bare_negated_modal(const std::vector<const tok*>& toks, std::size_t i, std::size_t e) {
    static constexpr std::pair<std::string_view, std::string_view> modals[] = {
        {"peut", "cannot"},         {"peuvent", "cannot"},        {"peux", "cannot"},
        {"pouvons", "cannot"},      {"pouvez", "cannot"},         {"pouvait", "could not"},
        {"pouvaient", "could not"}, {"pourrait", "could not"},    {"pourraient", "could not"},
        {"pourra", "will not be able to"}, {"pourront", "will not be able to"},
        {"ose", "does not dare"},   {"osent", "do not dare"},     {"osait", "did not dare"},
        {"osaient", "did not dare"}};
    const tok& m = *toks[i + 1];
    if (m.kind != tok_kind::word) return {};
    std::string_view said;
    for (const auto& [fr, en] : modals) {
        if (fr == m.key) said = en;
    }
    if (said.empty()) return {};
    // (An infinitive must follow, the modal's own: "ne peut accepter", "n'ose le dire".)
    bool infinitive = false;
    for (std::size_t k = i + 2; k < e && k < i + 6; ++k) {
        const tok& w = *toks[k];
        if (w.kind != tok_kind::word) break;
        if (second_negative(w.key) || eq(w.key, "que") || eq(w.key, "qu'")) return {};
        if ((w.pos & grammar::pos_infinitive) != 0) {
            infinitive = true;
            break;
        }
    }
    return infinitive ? said : std::string_view{};
}

// A verb form of the third person plural only ("signent", not "signe").
inline bool plural_form(uint32_t pos) {
    return (pos & grammar::pos_3pl) != 0 && (pos & grammar::pos_3sg) == 0;
}

// One of the last words said (or the verb before the run) accuses or suspects someone: its
// "de" before an infinitive is "of" and the -ing form.
bool accused_before(const english_run& out) {
    static const word_list verbs{"accuse", "accuses", "accused", "suspect", "suspects", "suspected",
                                 "convict", "convicts", "convicted", "acquit", "acquits", "acquitted"};
    const std::size_t n = out.words.size();
    for (std::size_t k = n > 5 ? n - 5 : 0; k < n; ++k) {
        if (verbs.contains(out.words[k])) return true;
    }
    return verbs.contains(out.lead);
}

// The last word said is such a verb.
bool takes_gerund(const english_run& out) {
    return gerund_verb(out.words.empty() ? out.lead : out.words.back());
}

// A determiner ("le", "cette", "leurs", "au" …).
bool determiner_word(const tok& t) {
    static const word_set dets{"le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces",
                                "son", "sa", "ses", "leur", "leurs", "notre", "nos", "du", "au", "aux"};
    return t.kind == tok_kind::word && dets.has_key(t);
}

// toks[at] follows a determiner within toks[b, at), directly or over an adjective that stands
// before its noun ("l'annonce", "cette troisième visite"): the place of a noun.
// A sentence's tokens, held or pointed at: token i either way.
inline const tok& tok_at(const std::vector<const tok*>& toks, std::size_t i) { return *toks[i]; }
inline const tok& tok_at(const std::vector<tok>& toks, std::size_t i) { return toks[i]; }

template <typename Toks>
bool after_determiner(const Toks& toks, std::size_t b, std::size_t at) {
    if (at <= b) return false;
    std::size_t k = at - 1;
    if (k > b && grammar::prenominal_adjective(tok_at(toks, k).text)) --k;
    return determiner_word(tok_at(toks, k));
}

// toks[at] is a year standing alone, where a time starts or ends: four digits from 1000 to
// 2099 with nothing after them within [.., e) but punctuation, "à" or "au" ("de 1843,", "de 2015
// à 2020"); not a count ("de 2000 personnes", "de 1500 %").
bool year_alone(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) {
    const std::string_view y = toks[at]->text;
    if (y.size() != 4 || !std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        !(y[0] == '1' || (y[0] == '2' && y[1] == '0'))) {
        return false;
    }
    if (at + 1 >= e) return true;
    const tok& next = *toks[at + 1];
    if (next.kind == tok_kind::comma || next.kind == tok_kind::stop || next.kind == tok_kind::colon ||
        next.kind == tok_kind::paren_close || next.kind == tok_kind::dash) {
        return true;
    }
    return next.kind == tok_kind::word && (eq(next.text, "\xc3\xa0") || eq(next.key, "au"));
}

// toks[at] opens a toll: a number of dead, injured or victims, maybe after an approximation
// ("20 morts", "au moins 300 morts", "près de 50 blessés").
bool toll_at(const std::vector<const tok*>& toks, std::size_t at) {
    std::size_t k = at;
    for (int skipped = 0; k < toks.size() && toks[k]->kind == tok_kind::word && skipped < 2; ++k, ++skipped) {
        const std::string_view key = toks[k]->key;
        if (!(eq(key, "au") || eq(key, "moins") || eq(key, "pres") || eq(key, "de") || eq(key, "plus") ||
              eq(key, "environ") || eq(key, "quelque"))) {
            break;
        }
    }
    if (k + 1 >= toks.size() || (toks[k]->kind != tok_kind::number && (toks[k]->pos & grammar::pos_number) == 0)) {
        return false;
    }
    const std::string_view noun = toks[k + 1]->key;
    return eq(noun, "morts") || eq(noun, "blesses") || eq(noun, "victimes") || eq(noun, "tues");
}

// toks[at, e) opens a sum of money in figures, as the translator says with its sign: a number,
// "millions" or "milliards" maybe, "de" maybe, and dollars, euros or pounds ("700 milliards de
// dollars", "15 euros").
bool sum_at(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) {
    if (at >= e || toks[at]->kind != tok_kind::number) return false;
    std::size_t k = at + 1;
    if (k < e && (eq(toks[k]->key, "milliards") || eq(toks[k]->key, "milliard") || eq(toks[k]->key, "millions") ||
                  eq(toks[k]->key, "million"))) {
        ++k;
    }
    if (k < e && (eq(toks[k]->key, "de") || eq(toks[k]->key, "d'"))) ++k;
    if (k >= e) return false;
    const std::string_view c = toks[k]->key;
    if (!(eq(c, "dollars") || eq(c, "dollar") || eq(c, "euros") || eq(c, "euro") || eq(c, "livres"))) return false;
    // (not a rate: "de 180 euros par mois")
    std::size_t after = k + 1;
    if (after < e && (eq(toks[after]->key, "americains") || eq(toks[after]->key, "canadiens"))) ++after;
    return after >= e || !(eq(toks[after]->key, "par") || eq(toks[after]->key, "net") || eq(toks[after]->key, "brut"));
}

// toks[at] is a number that opens a range closed by "à" and another number within a few
// words: "(passé) de 10 euros à 12", "de 4.574 euros net par mois à 7.182"; not "de 180
// euros par mois à partir de mai", where no number follows "à".
bool range_from(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) {
    for (std::size_t k = at + 1; k + 1 < e && k < at + 7; ++k) {
        const tok& t = *toks[k];
        if (t.kind == tok_kind::comma || t.kind == tok_kind::stop || t.kind == tok_kind::colon) return false;
        if (eq(t.text, "\xc3\xa0") && toks[k + 1]->kind == tok_kind::number) return true;
    }
    return false;
}

// A form of a verb whose "de … à …" goes from one value to another ("passer de 10 à 12",
// "varier de 2 à 5"): after the others the first value is a difference ("recule de 7 points
// à 2.000", "by 7 points").
bool range_verb(const tok& t) {
    const std::string_view lemma = t.lemma.empty() ? t.key : t.lemma;
    if (eq(lemma, "passer") || eq(lemma, "aller") || eq(lemma, "varier") || eq(lemma, "evoluer") ||
        eq(lemma, "\xc3\xa9voluer")) {
        return true;
    }
    // ("est passé": the participle, which the grammar may give the noun's lemma, "passé")
    return (t.pos & grammar::pos_verb) != 0 && t.key.size() >= 5 && t.key.compare(0, 4, "pass") == 0;
}

// The English words said end with one that opens a noun phrase ("the", "a", "its" …; "of
// the" for "du").
bool determiner_said(std::string_view w) {
    static const word_list determiners{"the", "a", "an", "this", "that", "these", "those", "its",
                                       "their", "his", "her", "our", "your", "my"};
    if (const std::size_t space = w.rfind(' '); space != std::string_view::npos) w.remove_prefix(space + 1);
    return determiners.contains(w);
}

// The last word said is a preposition English follows with an -ing form.
bool after_preposition(const english_run& out) {
    if (out.words.empty()) return false;
    const std::string& w = out.words.back();
    // (and a phrase of the pack ending in "of": "en train de" -> "in the process of"; or in a
    // "to" that is a preposition: "en vue de trouver" -> "with a view to finding", where "in
    // order to" leads an infinitive)
    static const word_list to_prepositions{"with a view to", "in addition to", "as opposed to", "prior to",
                                           "in response to", "with regard to", "contrary to"};
    return eq(w, "without") || eq(w, "before") || eq(w, "after") ||
           (w.size() > 3 && w.find(' ') != std::string::npos && w.compare(w.size() - 3, 3, " of") == 0) ||
           (w.size() > 8 && w.compare(w.size() - 3, 3, " to") == 0 && to_prepositions.contains(w));
}

template <std::size_t N>
bool ends_with_text(std::string_view s, const char (&suffix)[N]) {
    // (memcmp of a constant length compiles to a few loads, where compare() checks bounds
    // and calls it)
    return s.size() >= N - 1 && std::memcmp(s.data() + s.size() - (N - 1), suffix, N - 1) == 0;
}

const form_hit* verb_reading(const lexicon& lex, const tok& t, bool participle);

// A written form ending as a participle in "é" does: "é", "ée", "és", "ées" (its "s", then its
// "e", set aside first).
inline bool ends_in_participle_e(std::string_view text) {
    if (!text.empty() && text.back() == 's') text.remove_suffix(1);
    if (!text.empty() && text.back() == 'e') text.remove_suffix(1);
    return ends_with_text(text, "\xc3\xa9");
}

// "se rend", "s'en prend à X", "s'affranchira de Y", "s'en est pris aux Z": the pack's entry
// for a reflexive verb ("se rendre") or idiom ("s'en prendre à", "attack"; "s'affranchir de",
// "break free from"), with "en" when the verb group has it, whose last words follow the group
// ending at toks[e] (the longest first): the entry, with the number of those words in `tail`
// and whether the last took the article in (`contracted`: "aux").
const lexicon_entry* reflexive_idiom(const lexicon& lex, std::string_view lemma, bool with_en,
                                     const std::vector<const tok*>& toks, std::size_t e,
                                     std::size_t& tail, bool& contracted) {
    const std::size_t head = with_en ? 3 : 2;  // "s'", ("en",) the verb
    for (const char* se : {"se", "s'"}) {
        auto it = lex.phrases.find(se);
        if (it == lex.phrases.end()) continue;
        for (const auto& [words, id] : it->second) {
            if (words.size() < head || (with_en && words[1] != "en") || words[head - 1] != lemma ||
                id >= lex.entries.size() || lex.entries[id].pos != word_class::verb) {
                continue;
            }
            const std::size_t n = words.size() - head;
            if (e + n > toks.size()) continue;
            bool match = true;
            bool article = false;
            for (std::size_t k = 0; k < n && match; ++k) {
                const std::string_view w = toks[e + k]->key;
                if (lexicon::phrase_word_matches(words[head + k], w)) continue;  // ("d'" reads "de")
                article = k + 1 == n && lexicon::contracts(words[head + k], w);
                match = article;
            }
            // ("s'en prend à la fois à X et à Y": a phrase opening at the last word, "à la
            // fois", is not the idiom's.)
            if (!match || (n > 0 && [&] {
                    const std::size_t last = e + n - 1;
                    const auto* p = phrase_at_token(lex, *toks[last], toks.size(), last,
                                                    [&](std::size_t x) -> std::string_view { return toks[x]->key; });
                    return p != nullptr && p->first.size() > 1;
                }())) {
                continue;
            }
            tail = n;
            contracted = article;
            return &lex.entries[id];
        }
    }
    return nullptr;
}

// The pack's entry for reflexive "se <lemma>" ("se rendre", "s'opposer"), when it lists one.
const lexicon_entry* reflexive_entry(const lexicon& lex, std::string_view lemma) {
    std::size_t tail = 0;
    bool contracted = false;
    return reflexive_idiom(lex, lemma, false, {}, 0, tail, contracted);
}


// The lexicon's dearer answers for a word (a guessed lemma, the dictionary's English, a
// French ending), remembered per thread across sentences and documents: the same words come
// back in every document. Keyed under the lexicon's load id, so that a reloaded pack never
// sees another's answers; bounded, and emptied only between realisations (the translator
// keeps pointers to the answers while it works).
class word_answers final {
public:
    // (`answers`: the thread's, see translator::thread_state.)
    static word_answers& for_lexicon(const lexicon& lex, word_answers& answers) {
        if (answers.lexicon_ != lex.memo_id || answers.size() > 4096) {
            answers.guesses_.clear();
            answers.fallbacks_.clear();
            answers.endings_.clear();
            for (auto& forms : answers.forms_) forms.clear();
            answers.countries_fr_.clear();
            answers.hyphenated_prefixes_ = std::all_of(
                lex.prefixes.begin(), lex.prefixes.end(),
                [](const auto& p) { return p.first.find('-') != std::string::npos; });
            answers.lexicon_ = lex.memo_id;
        }
        return answers;
    }
    const form_hit* guess(const lexicon& lex, std::string_view lower) {
        probe_.assign(lower);
        auto it = guesses_.find(probe_);
        if (it == guesses_.end()) it = guesses_.emplace(probe_, lex.guess(lower)).first;
        return it->second;
    }
    const lexicon::fallback_hit& fallback(const lexicon& lex, std::string_view lower,
                                          std::string_view written) {
        probe_.assign(lower);
        probe_ += '\0';
        probe_.append(written);
        auto it = fallbacks_.find(probe_);
        if (it == fallbacks_.end()) it = fallbacks_.emplace(probe_, lex.fallback_word(lower, written)).first;
        return it->second;
    }
    // Every word-forming prefix of the lexicon holds a hyphen ("ex-", "franco-").
    bool hyphenated_prefixes() const { return hyphenated_prefixes_; }
    // An English form of a lexicon entry (english_3sg, english_pp, english_plural), by the
    // entry's index in the lexicon.
    enum class form { third_person, participle, plural };
    const std::string& entry_form(const lexicon& lex, std::size_t entry, form f) {
        auto& forms = forms_[static_cast<std::size_t>(f)];
        auto it = forms.find(static_cast<uint32_t>(entry));
        if (it == forms.end()) {
            const lexicon_entry& e = lex.entries[entry];
            it = forms.emplace(static_cast<uint32_t>(entry), f == form::third_person ? english_3sg(e)
                                                             : f == form::participle ? english_pp(e)
                                                                                     : english_plural(e))
                     .first;
        }
        return it->second;
    }
    // Whether `key` is a word of the country's French name ("grece" of "la grece", where
    // "grec", the adjective, is only a part of one).
    bool names_country(const lexicon& lex, std::size_t country, std::string_view key) {
        const std::string_view name = country_fr(lex, country);
        for (std::size_t at = name.find(key); at != std::string_view::npos; at = name.find(key, at + 1)) {
            const std::size_t end = at + key.size();
            const bool opens = at == 0 || name[at - 1] == ' ' || name[at - 1] == '\'' || name[at - 1] == '-';
            const bool closes = end == name.size() || name[end] == ' ' || name[end] == '-';
            if (opens && closes) return true;
        }
        return false;
    }
    // fold_key of a country's French name ("la belgique"), by its index in the lexicon.
    const std::string& country_fr(const lexicon& lex, std::size_t country) {
        if (countries_fr_.size() != lex.countries.size()) countries_fr_.assign(lex.countries.size(), {});
        std::string& folded = countries_fr_[country];
        // (An empty name folds to itself: made again, as cheap as a test of its own.)
        if (folded.empty()) folded = fold_key(lex.countries[country].fr);
        return folded;
    }
    bool has_french_ending(const lexicon& lex, std::string_view lower) {
        probe_.assign(lower);
        auto it = endings_.find(probe_);
        if (it == endings_.end()) it = endings_.emplace(probe_, lex.has_french_ending(lower)).first;
        return it->second;
    }

private:
    std::size_t size() const {
        return guesses_.size() + fallbacks_.size() + endings_.size() + forms_[0].size() +
               forms_[1].size() + forms_[2].size();
    }
    uint64_t lexicon_ = 0;
    std::unordered_map<std::string, const form_hit*> guesses_;
    std::unordered_map<std::string, lexicon::fallback_hit> fallbacks_;  // lower '\0' written
    std::unordered_map<std::string, bool> endings_;
    std::unordered_map<uint32_t, std::string> forms_[3];  // by form
    std::vector<std::string> countries_fr_;  // by country (empty: not yet made)
    bool hyphenated_prefixes_ = false;
    std::string probe_;
};

// The pairs of first and second words the lexicon's phrases open with, as bits of a small
// per-thread table indexed by the two words' hashes (a bit may stand for several pairs, never
// for none that is there). A token whose next word makes no such pair with it opens no phrase,
// and the list filed under its word need not be read: "le" and "la" open scores of phrases,
// which nearly all differ in the second word. Filled once per pack load and thread.
class phrase_pairs final {
public:
    // (`pairs`: the thread's, see translator::thread_state.)
    static const phrase_pairs& for_lexicon(const lexicon& lex, phrase_pairs& pairs) {
        if (pairs.lexicon_ != lex.memo_id || pairs.bits_.empty()) pairs.fill(lex);
        return pairs;
    }
    // Whether a phrase of the lexicon may open at `first` followed by `next` (null at the
    // end): false only when none does.
    // (Flattened: the words' hashes, short_hash for the short words that carry none, are
    // made inline, asked for each word that opens a phrase.)
    [[gnu::flatten]] bool may_open(const tok& first, const tok* next) const {
        return !usable_ || (next != nullptr && opens_with(hash_of(first), *next));
    }
    // The same for a first word of hash h1 (grammar::short_hash): a verb's lemma.
    bool may_open(uint64_t h1, const tok* next) const {
        return !usable_ || (next != nullptr && opens_with(h1, *next));
    }

private:
    bool opens_with(uint64_t h1, const tok& next) const {
        if (has(h1, hash_of(next))) return true;
        // What lexicon::phrase_in also lets the second word stand for: the elided word ("d'"
        // for "de", "l'" for "le" or "la") and the article contracted into "de" or "à".
        const std::string_view w = next.key;
        if (w.size() > 3) return false;
        if (eq(w, "d'") || eq(w, "du") || eq(w, "des")) return has(h1, de_);
        if (eq(w, "l'")) return has(h1, le_) || has(h1, la_);
        if (eq(w, "qu'")) return has(h1, que_);
        if (eq(w, "au") || eq(w, "aux")) return has(h1, a_);
        return false;
    }
    static constexpr std::size_t bit_count = std::size_t{1} << 16;
    static uint64_t hash_of(const tok& t) { return t.key_hash != 0 ? t.key_hash : grammar::short_hash(t.key); }
    static std::size_t slot(uint64_t h1, uint64_t h2) {
        return static_cast<std::size_t>((h1 ^ (h2 * 0x9E3779B97F4A7C15ull)) >> 48);
    }
    bool has(uint64_t h1, uint64_t h2) const {
        const std::size_t k = slot(h1, h2);
        return (bits_[k / 64] >> (k % 64) & 1) != 0;
    }
    void fill(const lexicon& lex) {
        bits_.assign(bit_count / 64, 0);
        lexicon_ = lex.memo_id;
        // (A lexicon not loaded from a pack has no load id of its own: not kept for it.)
        usable_ = lex.memo_id != 0;
        for (const auto& [first, list] : lex.phrases) {
            const uint64_t h1 = grammar::short_hash(first);
            for (const auto& p : list) {
                if (p.first.size() < 2) {
                    usable_ = false;
                    continue;
                }
                const std::size_t k = slot(h1, grammar::short_hash(p.first[1]));
                bits_[k / 64] |= uint64_t{1} << (k % 64);
            }
        }
        de_ = grammar::short_hash("de");
        le_ = grammar::short_hash("le");
        la_ = grammar::short_hash("la");
        que_ = grammar::short_hash("que");
        a_ = grammar::short_hash("a");
    }
    std::vector<uint64_t> bits_;
    uint64_t lexicon_ = 0;
    bool usable_ = false;
    uint64_t de_ = 0, le_ = 0, la_ = 0, que_ = 0, a_ = 0;
};

// A count said in words ("deux", "plusieurs") in English, or nullptr. (In line: asked of
// each word of a run, and most answer at the first test.)
[[gnu::always_inline]] inline const char* english_count(std::string_view key) {
    // deux two, trois three, quatre four, cinq five, six six, sept seven, huit eight, neuf
    // nine, dix ten, quelques a few, plusieurs several, nombreux many, un une one.
    // (By the first letter: asked of most words of a run, nearly all of which open on another
    // or are no count.)
    if (key.size() < 2 || key.size() > 9) return nullptr;
    switch (key[0]) {
        case 'c': return eq(key, "cinq") ? "five" : nullptr;
        case 'd': return eq(key, "deux") ? "two" : eq(key, "dix") ? "ten" : nullptr;
        case 'h': return eq(key, "huit") ? "eight" : nullptr;
        case 'n': return eq(key, "neuf") ? "nine" : eq(key, "nombreux") ? "many" : nullptr;
        case 'p': return eq(key, "plusieurs") ? "several" : nullptr;
        case 'q': return eq(key, "quatre") ? "four" : eq(key, "quelques") ? "a few" : nullptr;
        case 's': return eq(key, "six") ? "six" : eq(key, "sept") ? "seven" : nullptr;
        case 't': return eq(key, "trois") ? "three" : nullptr;
        case 'u': return eq(key, "un") || eq(key, "une") ? "one" : nullptr;
        default: return nullptr;
    }
}

// The English unit of a length of time ("jours" -> "day"), as said before a noun: empty for
// another word.
std::string_view length_of_time_unit(std::string_view key) {
    static const std::pair<std::string_view, std::string_view> units[] = {
        {"ans", "year"},    {"an", "year"},       {"annees", "year"}, {"jours", "day"},
        {"jour", "day"},    {"mois", "month"},    {"semaines", "week"}, {"semaine", "week"},
        {"heures", "hour"}, {"heure", "hour"},    {"minutes", "minute"}, {"minute", "minute"}};
    for (const auto& [fr, en] : units) {
        if (key == fr) return en;
    }
    return {};
}

// A noun of a person's kin or counterpart ("fils", "épouse", "homologue"), as folded.
bool kin_noun(std::string_view key) {
    static const word_list kin{"fils", "fille", "filles", "epouse", "epoux", "mari", "femme", "pere", "mere",
                               "frere", "freres", "soeur", "soeurs", "enfant", "enfants", "parents", "homologue",
                               "homologues", "compagne", "compagnon", "petit-fils", "petite-fille", "avocat",
                               "avocats", "famille"};
    return kin.contains(key);
}

// A verb that means another thing before "de" or "à" and an infinitive: "venir de signer",
// "has just signed"; "tenir à souligner", "is keen to stress".
struct infinitive_meaning {
    std::string_view lemma;
    bool de;              // opened by "de" (else "à")
    const char* said[4];  // present singular, plural; past singular, plural
    // the infinitive is said as a participle after it ("has just signed"), else after "to"
    bool participle;
    std::string in(bool past, bool plural) const { return said[(past ? 2 : 0) + (plural ? 1 : 0)]; }
};
// The meaning of the verb of lemma `lemma` before the preposition toks[at] and an infinitive,
// or nullptr. (An infinitive said after "to" may be reflexive: "tient à s'exprimer".)
const infinitive_meaning* infinitive_meaning_of(std::string_view lemma, const std::vector<const tok*>& toks,
                                                std::size_t at) {
    static constexpr infinitive_meaning meanings[] = {
        {"venir", true, {"has just", "have just", "had just", "had just"}, true}};
    if (at + 1 >= toks.size()) return nullptr;
    const tok& prep = *toks[at];
    for (const auto& m : meanings) {
        if (lemma != m.lemma) continue;
        const bool opened = m.de ? eq(prep.key, "de") || eq(prep.key, "d'") : eq(prep.text, "\xc3\xa0");
        std::size_t verb = at + 1;
        if (!m.participle && verb + 1 < toks.size() && (eq(toks[verb]->key, "se") || eq(toks[verb]->key, "s'"))) {
            ++verb;
        }
        const tok& infinitive = *toks[verb];
        const bool then = infinitive.kind == tok_kind::word && (infinitive.pos & grammar::pos_infinitive) != 0;
        return opened && then ? &m : nullptr;
    }
    return nullptr;
}

// A time of day at toks[i]: "15h30", "15h", or, when `spelled` (after a word that says when:
// "à", "vers" …), "15 heures" and "15 heures 30", as English writes it ("15:30", "15:00"),
// with the number of tokens it takes; 0 when there is none. ("à 48 heures du scrutin" is no
// time of day: past 24, or before "de", the hours are a length.)
std::size_t clock_time(const std::vector<const tok*>& toks, std::size_t i, std::size_t e, bool spelled,
                       std::string& out) {
    if (i >= e || toks[i]->kind != tok_kind::number) return 0;
    const std::string_view w = toks[i]->text;
    std::size_t k = 0;
    while (k < w.size() && k < 3 && w[k] >= '0' && w[k] <= '9') ++k;
    if (k == 0 || k > 2) return 0;
    const int hour = k == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
    if (hour > 24) return 0;
    auto minutes = [](std::string_view m) {
        return m.size() == 2 && m[0] >= '0' && m[0] <= '5' && m[1] >= '0' && m[1] <= '9';
    };
    std::string said(w.substr(0, k));
    if (k < w.size()) {  // "15h", "15h30"
        if (w[k] != 'h') return 0;
        const std::string_view m = w.substr(k + 1);
        if (!m.empty() && !minutes(m)) return 0;
        out = said + ":" + (m.empty() ? std::string("00") : std::string(m));
        return 1;
    }
    if (!spelled || i + 1 >= e || !(eq(toks[i + 1]->key, "heures") || eq(toks[i + 1]->key, "heure") ||
                                    eq(toks[i + 1]->key, "h"))) {
        return 0;
    }
    if (i + 2 < e && (eq(toks[i + 2]->key, "de") || eq(toks[i + 2]->key, "d'") || eq(toks[i + 2]->key, "du") ||
                      eq(toks[i + 2]->key, "des"))) {
        return 0;
    }
    if (i + 2 < e && toks[i + 2]->kind == tok_kind::number && minutes(toks[i + 2]->text)) {
        out = said + ":" + std::string(toks[i + 2]->text);
        return 3;
    }
    out = said + ":00";
    return 2;
}

// Two or more capitals and digits: "EADS", "UMP", "G20".
bool acronym(std::string_view text) {
    return text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char ch) {
               return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
           });
}

// A French number in words from twenty-one to ninety-nine, hyphenated ("vingt-quatre",
// "soixante-dix-sept", "quatre-vingt-onze", "trente-et-un"), in English ("twenty-four"); empty
// for any other word. (Up to ten, and the round tens, the lexicon says them.)
std::string english_compound_number(std::string_view key) {
    static constexpr std::pair<std::string_view, int> units[] = {
        {"un", 1},  {"une", 1},   {"deux", 2},   {"trois", 3},    {"quatre", 4},   {"cinq", 5},
        {"six", 6}, {"sept", 7},  {"huit", 8},   {"neuf", 9},     {"dix", 10},     {"onze", 11},
        {"douze", 12}, {"treize", 13}, {"quatorze", 14}, {"quinze", 15}, {"seize", 16}};
    static constexpr std::pair<std::string_view, int> tens[] = {
        {"vingt", 20}, {"trente", 30}, {"quarante", 40}, {"cinquante", 50}, {"soixante", 60}};
    static constexpr std::string_view english_units[] = {
        "",        "one",     "two",       "three",    "four",     "five",    "six",
        "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
        "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
    static constexpr std::string_view english_tens[] = {"",      "",      "twenty",  "thirty", "forty",
                                                         "fifty", "sixty", "seventy", "eighty", "ninety"};
    auto value_of = [](const auto& table, std::string_view w) {
        for (const auto& [fr, n] : table) {
            if (fr == w) return n;
        }
        return 0;
    };
    // The parts between hyphens, "et" left out.
    std::string_view parts[5];
    std::size_t count = 0;
    for (std::size_t from = 0; from <= key.size();) {
        std::size_t to = key.find('-', from);
        if (to == std::string_view::npos) to = key.size();
        const std::string_view part = key.substr(from, to - from);
        if (part != "et") {
            if (count == 5 || part.empty()) return {};
            parts[count++] = part;
        }
        from = to + 1;
    }
    if (count < 2) return {};
    std::size_t k = 0;
    int value = 0;
    if (parts[0] == "quatre" && (parts[1] == "vingt" || parts[1] == "vingts")) {
        value = 80;
        k = 2;
    } else if (const int t = value_of(tens, parts[0]); t != 0) {
        value = t;
        k = 1;
    } else {
        return {};
    }
    // The rest: a unit, a teen, or "dix-sept" … (soixante-dix-sept, quatre-vingt-dix-neuf).
    int rest = 0;
    if (k < count) {
        rest = value_of(units, parts[k]);
        if (rest == 0) return {};
        ++k;
        if (k < count) {
            if (rest != 10) return {};
            const int unit = value_of(units, parts[k]);
            if (unit < 7 || unit > 9) return {};
            rest += unit;
            ++k;
        }
    }
    if (k != count || rest == 0 || (value != 60 && value != 80 && rest > 9)) return {};
    const int n = value + rest;
    if (n < 21 || n > 99) return {};
    std::string said(english_tens[n / 10]);
    if (n % 10 != 0) {
        said += '-';
        said += english_units[n % 10];
    }
    return said;
}

// "il y a", "il n'y avait pas de" at toks[i]: says "there is", "there were no", or the
// time ago ("il y a deux ans" -> "two years ago"), and returns the index past what it said;
// 0 when toks[i] opens none of them.
std::size_t there_is(const std::vector<const tok*>& toks, std::size_t i, std::size_t e,
                     english_run& out) {
    std::size_t k = i + 1;
    const bool neg = eq(toks[k]->key, "n'") || eq(toks[k]->key, "ne");
    if (neg) ++k;
    if (k + 1 >= e || !eq(toks[k]->key, "y")) return 0;
    static const std::pair<std::string_view, std::pair<const char*, const char*>> tenses[] = {
        {"a", {"is", "are"}}, {"avait", {"was", "were"}}, {"aura", {"will be", "will be"}},
        {"aurait", {"would be", "would be"}}, {"eu", {"was", "were"}}};
    const auto tense = std::find_if(std::begin(tenses), std::end(tenses),
                                    [&](const auto& p) { return toks[k + 1]->key == p.first; });
    if (tense == std::end(tenses)) return 0;
    k += 2;
    // "il y a deux ans": a time ago
    static const std::pair<std::string_view, const char*> units[] = {
        {"an", "year"}, {"ans", "years"}, {"annee", "year"}, {"annees", "years"}, {"mois", "months"},
        {"semaine", "week"}, {"semaines", "weeks"}, {"jour", "day"}, {"jours", "days"},
        {"heure", "hour"}, {"heures", "hours"}, {"minutes", "minutes"}, {"decennies", "decades"},
        {"siecle", "century"}, {"siecles", "centuries"}};
    if (!neg && k + 1 < e) {
        std::string count;
        if (toks[k]->kind == tok_kind::number) count = english_number(toks[k]->text);
        if (const char* en = english_count(toks[k]->key)) count = en;
        const auto unit = std::find_if(std::begin(units), std::end(units),
                                       [&](const auto& u) { return toks[k + 1]->key == u.first; });
        if (!count.empty() && unit != std::end(units)) {
            std::string said = unit->second;
            if (eq(toks[k + 1]->key, "mois") && (count == "one")) said = "month";
            out.words.push_back(count);
            out.words.push_back(said);
            out.words.push_back("ago");
            return k + 2;
        }
    }
    bool no = false;
    if (neg && k < e && (eq(toks[k]->key, "pas") || eq(toks[k]->key, "plus") || eq(toks[k]->key, "aucun") ||
                         eq(toks[k]->key, "aucune"))) {
        no = eq(toks[k]->key, "pas") || eq(toks[k]->key, "plus");
        if (no) ++k;
    }
    if (no && k < e && (eq(toks[k]->key, "de") || eq(toks[k]->key, "d'"))) ++k;
    if (k >= e) return 0;
    // the number of what there is: "des manifestants", "plusieurs", "12 blessés"
    static const word_list many{"des", "les", "plusieurs", "quelques", "deux", "trois", "dizaines",
                                "centaines", "milliers", "nombreux", "nombreuses", "beaucoup"};
    const bool plural = (toks[k]->kind == tok_kind::number && !eq(toks[k]->key, "1")) ||
                        many.contains(toks[k]->key) ||
                        (no && (ends_with_text(toks[k]->text, "s") || ends_with_text(toks[k]->text, "x")));
    out.words.push_back("there");
    out.words.push_back(plural ? tense->second.second : tense->second.first);
    if (no) out.words.push_back("no");
    // "des" after "there are" goes unsaid
    if (eq(toks[k]->key, "des")) ++k;
    return k;
}

class translator final {
public:
    // `possessive`: how "son", "sa", "ses" are said ("its", or "his"/"her" for a person).
    // `source`: the grammar's reading of the sentence, for what its actors are.
    // `sentence`: the tokens runs will point into; the lexicon's readings of each are then
    // remembered, the same tokens being said again by the subject, object and slot runs.
    translator(const rule_set::impl& rules, uint32_t first_begin, std::string_view possessive = "its",
               const grammar::sentence* source = nullptr,
               const std::vector<tok>* sentence = nullptr)
        : lex_(rules.pack.lex), thread_(of_thread()),
          answers_(word_answers::for_lexicon(rules.pack.lex, thread_.answers)),
          pairs_(phrase_pairs::for_lexicon(rules.pack.lex, thread_.pairs)),
          speech_verbs_(rules.pack.speech_verbs), first_begin_(first_begin), possessive_(possessive), source_(source) {
        if (sentence != nullptr && !sentence->empty()) {
            base_ = sentence->data();
            memo_pool& pool = thread_.memos;
            if (!pool.free.empty()) {
                memo_ = std::move(pool.free.back());
                pool.free.pop_back();
            }
            // (Entries left by an earlier translator are stale by their stamp, and cleared
            // when first asked: most tokens never are.)
            memo_size_ = sentence->size();
            if (memo_.size() < memo_size_) memo_.resize(memo_size_);
            stamp_ = ++pool.stamps;
        }
    }
    ~translator() {
        // The memo's storage goes back to the thread's pool, for the next translator.
        memo_pool& pool = thread_.memos;
        if (memo_.capacity() != 0 && pool.free.size() < 4) pool.free.push_back(std::move(memo_));
    }
    translator(const translator&) = delete;  // owns a memo it gives back
    translator& operator=(const translator&) = delete;

    // Translates toks[b, e); stops at the first word it cannot say. `lead`: the English word
    // said just before (the main verb before its object), when there is one.
    english_run run(const std::vector<const tok*>& toks, std::size_t b, std::size_t e,
                    const std::string& lead = {}) const {
        english_run out;
        out.rooms = &thread_.rooms;
        if (word_rooms& rooms = thread_.rooms; !rooms.free.empty()) {
            out.words = std::move(rooms.free.back());
            rooms.free.pop_back();
        } else if (rooms.free.capacity() == 0) {
            rooms.free.reserve(word_rooms::most);
        }
        out.words.reserve(e > b ? e - b : 0);  // about a word per token
        if (!lead.empty()) out.lead = lead;  // (most runs have none: no call to copy nothing)
        plural_ = false;
        modifiers_at_ = 0;
        postnominal_at_ = std::string::npos;
        compound_ = {std::string::npos, std::string::npos};
        std::size_t noun_at = std::string::npos;  // index in out.words of the last noun
        // The noun a sum of money after "de" goes before ("le plan de 700 milliards de dollars"
        // -> "the $700 billion plan"), once "de" is passed; npos else.
        std::size_t money_noun = std::string::npos;
        // The words the branches below ask for by key: a token whose key has none of their
        // first bytes and sizes, as most words, passes those branches in one test ("keyed"
        // below). Each branch asked so stands in an "if (keyed)"; a word added to one of them
        // is added here too.
        static const word_shapes keyed_words = [] {
            word_shapes shapes;
            for (const std::string_view w :
                 {"et", "ou", "il", "elle", "de", "d'", "du", "des", "le", "la", "l'", "les", "depuis", "ni", "dont",
                  "son", "sa", "ses", "se", "s'", "qui", "un", "une", "plus", "pour", "afin", "age",
                  "agee", "ages", "agees", "que", "qu'", "administration", "gouvernement", "cabinet",
                  "regime", "camp", "clan", "avoir", "etre", "en", "au", "aux", "peu", "va", "vont",
                  "vais", "vas", "allons", "allez", "allait", "allaient", "allais", "allions", "alliez", "est",
                  "ne", "n'", "sont", "etait", "etaient", "non", "dans", "ete", "a", "ont", "pouvoir", "devant",
                  "vers", "avant", "apres", "jusqu'", "morts"}) {
                shapes.add(w);
            }
            for (const auto& modal : modals_before_verb) shapes.add(modal.first);
            return shapes;
        }();
        // "les deux pays" -> "the two countries": French nouns ending in -s or -x do not show
        // their number; the determiner does. (The determiners' first bytes and sizes are
        // asked first, before their hashes.)
        static const word_set plural_words{
            "les", "des", "ces", "leurs", "nos", "vos", "mes", "ses", "plusieurs",
            "quelques", "certains", "certaines", "deux", "trois", "quatre", "cinq", "six",
            "sept", "huit", "neuf", "dix", "aux"};
        static const word_shapes plural_shapes = [] {
            word_shapes shapes;
            for (const std::string_view w :
                 {"les", "des", "ces", "leurs", "nos", "vos", "mes", "ses", "plusieurs", "quelques",
                  "certains", "certaines", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                  "neuf", "dix", "aux"}) {
                shapes.add(w);
            }
            return shapes;
        }();
        for (std::size_t i = b; i < e;) {
            const tok& t = *toks[i];
            // "Ursula von der Leyen", "Rafael van der Vaart": the particles between the parts of a
            // name are the name's, as written.
            if (t.key.size() <= 3 && i > b && i + 1 < e && t.kind == tok_kind::word && !t.capitalised &&
                toks[i - 1]->capitalised && toks[i - 1]->kind == tok_kind::word && name_particle(t.key)) {
                std::size_t end = i;
                while (end < e && end < i + 3 && toks[end]->kind == tok_kind::word && !toks[end]->capitalised &&
                       name_particle(toks[end]->key)) {
                    ++end;
                }
                if (end < e && toks[end]->capitalised && toks[end]->kind == tok_kind::word) {
                    for (std::size_t k = i; k <= end; ++k) out.words.emplace_back(toks[k]->text);
                    noun_at = out.words.size() - 1;
                    i = end + 1;
                    continue;
                }
            }
            // ("à" is asked by its written form.)
            const bool keyed = keyed_words.may_hold(t.key) || eq(t.text, "\xc3\xa0");
            if ((plural_shapes.may_hold(t.key) && plural_words.has_key(t)) ||
                (t.kind == tok_kind::number && !eq(t.key, "1") && !eq(t.key, "1er"))) {
                plural_ = true;
            }
            if (keyed) {
                // "signe le décret et annonce des mesures" -> "signs the decree and announces
                // measures": after "et", a present verb that is a noun too ("annonce",
                // "demande", "critique") before a determiner is a second verb, not a noun
                // coordinated without its own determiner.
                if (eq(t.key, "et") && i > b && i + 2 < e) {
                    const tok& n = *toks[i + 1];
                    constexpr uint32_t both = grammar::pos_noun | grammar::pos_verb | grammar::pos_present;
                    if (n.kind == tok_kind::word && !n.capitalised && (n.pos & both) == both &&
                        (n.pos & (grammar::pos_3sg | grammar::pos_3pl)) != 0 && determiner_word(*toks[i + 2])) {
                        if (const form_hit* h = verb_reading(lex_, n, false)) {
                            const lexicon_entry& entry = lex_.entries[h->entry];
                            const bool plural = (n.pos & grammar::pos_3pl) != 0 && (n.pos & grammar::pos_3sg) == 0;
                            out.words.emplace_back("and");
                            out.words.push_back(plural ? entry.en : entry_form(entry, word_answers::form::third_person));
                            noun_at = std::string::npos;
                            i += 2;
                            continue;
                        }
                    }
                }
                // "une visite de trois jours" -> "a three-day visit", "un enfant de 10 ans" -> "a
                // 10-year-old child": a length of time after the noun just said goes before it
                // (before the compound the noun heads), joined by hyphens and in the singular; a
                // person's years are an age.
                if ((eq(t.key, "de") || eq(t.key, "d'")) && noun_at != std::string::npos &&
                    noun_at + 1 == out.words.size() && i + 2 < e) {
                    const tok& n = *toks[i + 1];
                    const char* count = n.kind == tok_kind::word ? english_count(n.key) : nullptr;
                    if (count != nullptr && (eq(n.key, "un") || eq(n.key, "une") || eq(n.key, "quelques") ||
                                             eq(n.key, "plusieurs") || eq(n.key, "nombreux"))) {
                        count = nullptr;
                    }
                    const std::string_view unit = n.kind == tok_kind::number || count != nullptr
                                                      ? length_of_time_unit(toks[i + 2]->key)
                                                      : std::string_view();
                    if (!unit.empty() && phrase_at(toks, i + 1) == nullptr) {
                        std::string said = count != nullptr ? std::string(count) : english_number(n.text);
                        said += '-';
                        said += unit;
                        if (unit == "year" && lex_.person_nouns.contains(toks[i - 1]->key)) said += "-old";
                        const std::size_t at = compound_.second == noun_at ? compound_.first : noun_at;
                        out.words.insert(out.words.begin() + static_cast<long>(at), std::move(said));
                        ++noun_at;
                        if (compound_.second != std::string::npos && compound_.first >= at) {
                            ++compound_.first;
                            ++compound_.second;
                        }
                        i += 3;
                        continue;
                    }
                }
                // "le sommet du G20" -> "the G20 summit", "le secrétaire général de l'ONU" -> "the
                // UN Secretary-General": an acronym after the noun just said, whose it is, goes
                // before it, as in an English compound (said as the pack spells it).
                if (noun_at != std::string::npos && noun_at + 1 == out.words.size() && i + 1 < e) {
                    std::size_t a = std::string::npos;
                    if (eq(t.key, "du") || eq(t.key, "des")) {
                        a = i + 1;
                    } else if ((eq(t.key, "de") || eq(t.key, "d'")) && i + 2 < e &&
                               (eq(toks[i + 1]->key, "l'") || eq(toks[i + 1]->key, "la") || eq(toks[i + 1]->key, "le"))) {
                        a = i + 2;
                    }
                    // (not when another complement is joined to it: "l'aide de l'ONU et de l'UE")
                    if (a != std::string::npos && toks[a]->kind == tok_kind::word && acronym(toks[a]->text) &&
                        toks[a]->country < 0 &&
                        !(a + 1 < e && toks[a + 1]->kind == tok_kind::word &&
                          (toks[a + 1]->capitalised || eq(toks[a + 1]->key, "et") || eq(toks[a + 1]->key, "ou")))) {
                        // (before a compound the noun heads: "le fonds de relance de l'UE" -> "the
                        // EU recovery fund")
                        const std::size_t at = compound_.second == noun_at ? compound_.first : noun_at;
                        out.words.emplace(out.words.begin() + static_cast<long>(at), english_name(*toks[a]));
                        ++noun_at;
                        i = a + 1;
                        continue;
                    }
                }
                // "veut le rencontrer" -> "wants to meet him", "ne pouvaient pas l'appuyer" ->
                // "could not support it": an object pronoun between a verb and the infinitive it
                // governs is said after the infinitive ("him" or "her" after the pack's
                // person_verbs).
                if ((eq(t.key, "le") || eq(t.key, "la") || eq(t.key, "l'") || eq(t.key, "les")) && i > 0 &&
                    i + 1 < e && toks[i + 1]->kind == tok_kind::word &&
                    (toks[i + 1]->pos & grammar::pos_infinitive) != 0 && (toks[i + 1]->pos & grammar::pos_noun) == 0 &&
                    ((toks[i - 1]->pos & (grammar::pos_verb | grammar::pos_past_participle)) != 0 ||
                     eq(toks[i - 1]->key, "pas") ||
                     eq(toks[i - 1]->key, "plus") || eq(toks[i - 1]->key, "jamais"))) {
                    // (the verb's reading: "rencontrer" after "les" is no noun)
                    const form_hit* inf = verb_reading(lex_, *toks[i + 1], false);
                    const bool person = inf != nullptr && lex_.person_verbs.contains(lex_.entries[inf->entry].fr_key);
                    // ("a voulu la signer": the run opens after the main verb, "wants", and the
                    // infinitive takes "to" as after any verb but a modal)
                    const std::size_t before = out.words.size();
                    if (out.words.empty() && !out.lead.empty() &&
                        !english_modal(std::string_view(out.lead).substr(0, out.lead.find(' ')))) {
                        out.words.emplace_back("to");
                    }
                    if (inf != nullptr) out.words.push_back(lex_.entries[inf->entry].en);
                    if (inf != nullptr || said_bare(*toks[i + 1], out)) {
                        out.words.emplace_back(object_pronoun_english(t.key, person));
                        noun_at = std::string::npos;
                        i += 2;
                        continue;
                    }
                    out.words.resize(before);
                }
                // "des patrons français et étrangers" -> "French and foreign bosses": an adjective
                // joined to one said before the noun goes there too.
                // ("un accord ambitieux et contraignant": the first adjective went before the
                // noun by another way, which marks no place.)
                if ((eq(t.key, "et") || eq(t.key, "ou")) && noun_at != std::string::npos &&
                    noun_at + 1 == out.words.size() && i + 1 < e &&
                    ((postnominal_at_ < noun_at && postnominal_noun_ == noun_at) ||
                     (i > b + 1 && noun_at > 0 && (toks[i - 1]->pos & grammar::pos_adj) != 0 &&
                      out.words[noun_at - 1] == adjective_english(*toks[i - 1])))) {
                    if (std::string adj = adjective_english(*toks[i + 1]); !adj.empty()) {
                        out.words.insert(out.words.begin() + static_cast<long>(noun_at), eq(t.key, "et") ? "and" : "or");
                        out.words.insert(out.words.begin() + static_cast<long>(noun_at) + 1, std::move(adj));
                        if (postnominal_noun_ == noun_at) postnominal_noun_ += 2;
                        noun_at += 2;
                        i += 2;
                        continue;
                    }
                }
                // An impersonal "il" is no "he": "il faut deux mois" -> "it takes two months", "il
                // faut agir" -> "it is necessary to act", "il semble", "il est temps de", "il est
                // difficile de" -> "it …".
                if (eq(t.key, "il") && i + 1 < e) {
                    if (const std::size_t said = impersonal_il(toks, i, e, out); said != 0) {
                        noun_at = std::string::npos;
                        i = said;
                        continue;
                    }
                }
                // "qu'il n'y avait pas d'enquête", "élu il y a deux ans": "there was no
                // investigation", "two years ago", wherever they stand.
                if (eq(t.key, "il") && i + 2 < e) {
                    if (const std::size_t past = there_is(toks, i, e, out); past != 0) {
                        noun_at = std::string::npos;
                        i = past;
                        continue;
                    }
                }
                // "Charles de Gaulle", "Jean-Yves le Drian": a particle between a first name and a
                // name the pack does not say is part of the name, said as written.
                // So is a capitalised one within the sentence ("…, Du Wei est retrouvé mort").
                if ((eq(t.key, "de") || eq(t.key, "le") || eq(t.key, "la") || eq(t.key, "du")) && i + 1 < e &&
                    ((i > b && name_particle(*toks[i - 1], *toks[i + 1])) ||
                     (t.capitalised && t.begin != first_begin_ && i > 0 && toks[i - 1]->kind != tok_kind::stop &&
                      name_after_particle(*toks[i + 1])))) {
                    out.words.emplace_back(t.text);
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
            }
            // The second half of a negation after its verb, in a run of its own ("que le
            // gouvernement ne peut plus signer", "ne signe pas"): "plus" is no comparative but
            // "no longer", and English puts the negation before a verb that is no auxiliary.
            // (Its word is asked first: most words of those first bytes close none.)
            if (const std::size_t said = t.key.size() >= 3 && (t.key[0] == 'p' || t.key[0] == 'j') &&
                                                 !negation_word(t.key).empty()
                                             ? negation_after_verb(toks, b, i, e, out)
                                             : 0;
                said != 0) {
                noun_at = std::string::npos;
                i = said;
                continue;
            }
            if (keyed) {
                // "suivi de ses conseillers" -> "followed by his advisers": after these participles
                // "de" names the agent
                if ((eq(t.key, "de") || eq(t.key, "d'") || eq(t.key, "du") || eq(t.key, "des")) && i > b &&
                    (toks[i - 1]->pos & grammar::pos_past_participle) != 0) {
                    const std::string_view lemma = toks[i - 1]->lemma.empty() ? toks[i - 1]->key : toks[i - 1]->lemma;
                    // ("suivi" has the noun's lemma)
                    static const word_list followed{"suivi", "suivie", "suivis", "suivies"};
                    thread_local std::string folded;
                    if (lex_.agentive_participles.contains(folded_key(lemma, folded)) || followed.contains(toks[i - 1]->key)) {
                        out.words.emplace_back(eq(t.key, "du") || eq(t.key, "des") ? "by the" : "by");
                        noun_at = std::string::npos;
                        ++i;
                        continue;
                    }
                }
                // "la femme de Nicolas Sarkozy" -> "Nicolas Sarkozy's wife": a relative of a named
                // person is said with the possessive.
                // ("de" is asked before the kin word: it is the rarer.)
                if ((eq(t.key, "la") || eq(t.key, "le") || eq(t.key, "l'")) && i + 3 < e &&
                    (eq(toks[i + 2]->key, "de") || eq(toks[i + 2]->key, "d'"))) {
                    if (const std::string_view kin = kin_english(toks[i + 1]->key);
                        !kin.empty() &&
                        toks[i + 3]->capitalised && toks[i + 3]->kind == tok_kind::word &&
                        (toks[i + 3]->pos & (grammar::pos_first_name | grammar::pos_surname | grammar::pos_unknown)) != 0) {
                        std::size_t end = i + 3;
                        while (end < e && end < i + 7 && toks[end]->kind == tok_kind::word && toks[end]->capitalised) ++end;
                        for (std::size_t k = i + 3; k < end; ++k) out.words.emplace_back(toks[k]->text);
                        out.words.back() += "'s";
                        out.words.emplace_back(kin);
                        noun_at = out.words.size() - 1;
                        i = end;
                        continue;
                    }
                }
                // "expire le 5 février 2021" -> "expires on 5 February 2021", "l'élection du 9
                // août" -> "the election of 9 August": English writes a date with no article,
                // and "on" when no preposition leads it.
                if ((eq(t.key, "le") || eq(t.key, "du") || eq(t.key, "au")) && date_at(toks, i + 1, e)) {
                    static const word_list prepositions{"of", "from", "to", "until", "in", "on", "since", "before",
                                                        "after", "by", "for", "at", "between", "and", "or", "till"};
                    // ("du" after its noun, "l'élection du 9 août", is "of"; after another word,
                    // "sa réélection contestée du 9 août", it says when: "on")
                    if (eq(t.key, "du") && noun_at != std::string::npos && noun_at + 1 == out.words.size()) {
                        out.words.emplace_back("of");
                    } else if (eq(t.key, "au")) {
                        out.words.emplace_back("to");
                    } else {
                        // (at a run's start, after the main verb the caller said: "expire | le
                        // 5 février" -> "expires on 5 February"; or opening the sentence before
                        // its comma: "Le 5 février, le traité expire" -> "On 5 February, …")
                        const bool on = !out.words.empty()
                                            ? !prepositions.contains(out.words.back()) && out.words.back() != ","
                                        : !out.lead.empty() ? !prepositions.contains(out.lead)
                                                            : dated_opening(toks, i + 1, e);
                        if (on) out.words.emplace_back("on");
                    }
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "un pays à majorité musulmane" -> "a Muslim-majority country": the compound goes
                // before the noun just said, as an adjective does ("à majorité chiite" ->
                // "Shiite-majority").
                if (eq(t.text, "\xc3\xa0") && i + 2 < e && eq(toks[i + 1]->key, "majorite") &&
                    noun_at != std::string::npos && noun_at + 1 == out.words.size()) {
                    std::string adjective = adjective_english(*toks[i + 2]);
                    if (!adjective.empty() && adjective.find(' ') == std::string::npos) {
                        adjective += "-majority";
                        put_before_noun(out, std::move(adjective), noun_at);
                        i += 3;
                        continue;
                    }
                }
                // "son déplacement en Israël", "se rend en Chine" -> "his trip to Israel", "goes to
                // China": after a verb of motion or a noun of travel, "en" before a place says
                // whither.
                if (eq(t.key, "en") && i + 1 < e && toks[i + 1]->capitalised && place_at(toks, i + 1) &&
                    after_motion(out)) {
                    out.words.emplace_back(name_with_the(toks, i + 1) ? "to the" : "to");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "en Cisjordanie" -> "in the West Bank": before a name the pack says with "the"
                // (which no French article brings here), "en" is "in the".
                if (eq(t.key, "en") && i + 1 < e && toks[i + 1]->capitalised && toks[i + 1]->kind == tok_kind::word &&
                    toks[i + 1]->country < 0 && name_with_the(toks, i + 1)) {
                    out.words.emplace_back("in the");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "à 15 heures", "vers 11h30" -> "at 15:00", "around 11:30": before a time of day
                // the word that says when is said for it.
                {
                    // (by their keys; "a" and "des" only as "à" and "dès")
                    static const std::pair<std::string_view, std::string_view> whens[] = {
                        {"a", "at"}, {"vers", "around"}, {"des", "from"}, {"avant", "before"},
                        {"apres", "after"}, {"jusqu'", "until"}};
                    const auto when = std::find_if(std::begin(whens), std::end(whens), [&](const auto& w) {
                        return t.key == w.first &&
                               (t.text.size() != t.key.size() || (!eq(w.first, "a") && !eq(w.first, "des")));
                    });
                    // ("jusqu'à 15 heures": "jusqu'" then "à")
                    const std::size_t at = when != std::end(whens) && eq(when->second, "until") &&
                                                   i + 1 < e && eq(toks[i + 1]->text, "\xc3\xa0")
                                               ? i + 2
                                               : i + 1;
                    std::string time;
                    if (when != std::end(whens) && (at == i + 2 || !eq(when->second, "until"))) {
                        if (const std::size_t n = clock_time(toks, at, e, true, time); n != 0) {
                            out.words.emplace_back(when->second);
                            out.words.push_back(std::move(time));
                            noun_at = std::string::npos;
                            i = at + n;
                            continue;
                        }
                    }
                }
                // "depuis 48 heures", "depuis plusieurs mois" -> "for 48 hours", "for several
                // months": before a length of time, "depuis" is "for" (before a point in time it
                // stays "since").
                // ("depuis plus d'un an", "depuis près de deux mois": over the approximation)
                std::size_t count_at = i + 1;
                if (eq(t.key, "depuis") && i + 3 < e &&
                    (eq(toks[i + 1]->key, "plus") || eq(toks[i + 1]->key, "moins") || eq(toks[i + 1]->key, "pres")) &&
                    (eq(toks[i + 2]->key, "de") || eq(toks[i + 2]->key, "d'"))) {
                    count_at = i + 3;
                }
                if (eq(t.key, "depuis") && count_at + 1 < e &&
                    (toks[count_at]->kind == tok_kind::number || english_count(toks[count_at]->key) != nullptr ||
                     eq(toks[count_at]->key, "des") || eq(toks[count_at]->key, "de")) &&
                    !is_month_key(toks[count_at + 1]->key)) {
                    static const word_list lengths{"heures", "jours", "semaines", "mois", "ans", "annees",
                                                   "minutes", "decennies", "siecles", "heure", "jour",
                                                   "semaine", "an", "annee", "decennie", "siecle"};
                    std::size_t k = count_at + 1;
                    if (k + 1 < e && (eq(toks[k]->key, "longues") || eq(toks[k]->key, "nombreuses") ||
                                      eq(toks[k]->key, "nombreux"))) {
                        ++k;
                    }
                    if (lengths.contains(toks[k]->key)) {
                        out.words.emplace_back("for");
                        noun_at = std::string::npos;
                        ++i;
                        continue;
                    }
                }
                // "depuis Jérusalem" -> "from Jerusalem": before a place "depuis" is no time
                if (eq(t.key, "depuis") && i + 1 < e && toks[i + 1]->capitalised && toks[i + 1]->kind == tok_kind::word &&
                    (toks[i + 1]->country >= 0 || (toks[i + 1]->pos & grammar::pos_place_name) != 0) &&
                    !is_month_key(toks[i + 1]->key) && !is_weekday_key(toks[i + 1]->key)) {
                    out.words.emplace_back("from");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "ni retrait ni suspension" -> "neither withdrawal nor suspension": the first "ni"
                // of a pair is "neither" (the negation of the verb before it is said so; see
                // negation_of), the others "nor".
                if (eq(t.key, "ni") && std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(b),
                                                    toks.begin() + static_cast<std::ptrdiff_t>(i),
                                                    [](const tok* p) { return eq(p->key, "ni"); }) &&
                    std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(i + 1), toks.begin() + static_cast<std::ptrdiff_t>(e),
                                [](const tok* p) { return eq(p->key, "ni"); })) {
                    out.words.emplace_back("neither");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "200 morts, dont 30 enfants" -> "including 30 children": "dont" before a number
                // counts part of what was just said
                if (eq(t.key, "dont") && i + 1 < e &&
                    (toks[i + 1]->kind == tok_kind::number || english_count(toks[i + 1]->key) != nullptr ||
                     eq(toks[i + 1]->key, "plusieurs") || eq(toks[i + 1]->key, "certains"))) {
                    out.words.emplace_back("including");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "dont le pays assure" -> "whose country holds": the article goes after "whose"
                if (eq(t.key, "dont") && i + 2 < e &&
                    (eq(toks[i + 1]->key, "le") || eq(toks[i + 1]->key, "la") || eq(toks[i + 1]->key, "les") ||
                     eq(toks[i + 1]->key, "l'"))) {
                    out.words.push_back("whose");
                    noun_at = std::string::npos;
                    i += 2;
                    continue;
                }
                // "La Chine affirme qu'elle …", "Le gouvernement assure qu'il …": a pronoun after
                // the opening whose subject is a country or an institution, no person named
                // between, is "it".
                if ((eq(t.key, "il") || eq(t.key, "elle")) && possessive_ == "its" && i > 0 &&
                    t.begin != first_begin_ && i + 1 < e && !eq(toks[i + 1]->key, "y") && body_before(t.begin)) {
                    const tok& before = *toks[i - 1];
                    if (before.kind == tok_kind::comma || eq(before.key, "qu'") || eq(before.key, "que") ||
                        eq(before.key, "s'") || eq(before.key, "si") || eq(before.key, "quand") ||
                        eq(before.key, "lorsqu'") || eq(before.key, "lorsque") || eq(before.key, "car") ||
                        eq(before.key, "mais") || eq(before.key, "et") || eq(before.key, "puisqu'")) {
                        out.words.emplace_back("it");
                        noun_at = std::string::npos;
                        ++i;
                        continue;
                    }
                }
                if (eq(t.key, "son") || eq(t.key, "sa") || eq(t.key, "ses")) {
                    std::string_view said = subordinate_possessive(toks, i);
                    // ("son fils", "sa fille", "son homologue": what a person has, where the
                    // owner's gender is not known, is "their", never "its")
                    if (said == "its" && i + 1 < e && kin_noun(toks[i + 1]->key)) said = "their";
                    out.words.emplace_back(said);
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "qui se rendra", "s'est rendu": a reflexive verb the pack lists as "se <lemma>"
                // is said by that entry whatever its form (phrases match written forms only).
                // ("qu'il s'en prend à", "s'en est pris à": an idiom "s'en <lemma> …" the pack
                // lists, its words after the verb matched as written.)
                if ((eq(t.key, "se") || eq(t.key, "s'")) && i + 1 < e) {
                    const bool with_en = eq(toks[i + 1]->key, "en") && i + 2 < e;
                    std::size_t j = i + 1 + (with_en ? 1 : 0);
                    static const word_list etre{"est", "sont", "etait", "etaient", "sera", "seront", "serait"};
                    const bool aux = etre.contains(toks[j]->key) && j + 1 < e;
                    if (aux) ++j;
                    const tok& v = *toks[j];
                    std::size_t tail = 0;
                    bool contracted = false;
                    // (A participle after "est" has no other verb bit: "s'est rendu".)
                    const bool verb = (v.pos & (grammar::pos_verb | grammar::pos_past_participle)) != 0 &&
                                      !v.lemma.empty();
                    const lexicon_entry* entry =
                        !verb ? nullptr
                        : with_en ? reflexive_idiom(lex_, v.lemma, true, toks, j + 1, tail, contracted)
                                  : reflexive_entry(lex_, v.lemma);
                    // ("rendu" is a noun too, whose lemma the grammar may give: then the verb
                    // whose participle it can be, by its ending, among the pack's reflexive ones.)
                    if (entry == nullptr && verb && !with_en && (v.pos & grammar::pos_past_participle) != 0) {
                        entry = reflexive_of_participle(v.key);
                    }
                    // ("se sont abattues sur" -> "hit": an idiom "se <lemma> …" the pack lists,
                    // of a verb that is no present participle, said with its ending elsewhere)
                    if (entry == nullptr && verb && !with_en && (v.pos & grammar::pos_present_participle) == 0) {
                        entry = reflexive_idiom(lex_, v.lemma, false, toks, j + 1, tail, contracted);
                    }
                    if (entry != nullptr && j + 1 + tail <= e) {
                        // Headlines speak in the present: third person, plural when the verb is.
                        const uint32_t person = aux ? toks[j - 1]->pos : v.pos;
                        const bool plural = plural_form(person);
                        const bool infinitive = !aux && (v.pos & grammar::pos_infinitive) != 0;
                        const std::string& en = entry->en;
                        if (!aux && (v.pos & grammar::pos_present_participle) != 0) {
                            // ("se trouvant" -> "being")
                            out.words.push_back(english_ing(*entry));
                            noun_at = std::string::npos;
                        } else if (plural && !infinitive && (en == "be" || en.rfind("be ", 0) == 0)) {
                            // ("ils se trouvent" -> "they are": "be" is the one verb whose plural
                            // is not its bare form)
                            out.words.push_back("are" + en.substr(2));
                            noun_at = std::string::npos;
                        } else {
                            push_content(out, *entry, plural || infinitive ? form_kind::base : form_kind::present3s,
                                         noun_at);
                        }
                        if (contracted) out.words.emplace_back("the");
                        i = j + 1 + tail;
                        continue;
                    }
                }
                if (eq(t.key, "qui") && i > 0) {
                    // "ce qui" -> "which"; otherwise by what "qui" stands for (see relative_pronoun)
                    if (eq(toks[i - 1]->key, "ce") && !out.words.empty() && eq(out.words.back(), "this")) {
                        out.words.back() = "which";
                    } else {
                        out.words.push_back(relative_pronoun(toks, i));
                    }
                    noun_at = std::string::npos;
                    ++i;
                    // ("qui vient de signer" -> "who has just signed")
                    if (i + 2 < e && toks[i]->kind == tok_kind::word && (toks[i]->pos & grammar::pos_verb) != 0) {
                        if (const std::size_t said = verb_before_infinitive(toks, i, out); said != 0) {
                            i = said;
                            continue;
                        }
                    }
                    // "une procédure qui risque" -> "that risks": "qui" is the subject, so a
                    // present verb right after it takes the third person (plural when the verb is).
                    // (Not before an infinitive: "qui va signer" is a future, said elsewhere.)
                    // (Nor a verb that opens an idiom, said as the idiom: "qui prévoit de" ->
                    // "that plans to".)
                    if (i < e && (toks[i]->pos & grammar::pos_present) != 0 &&
                        (toks[i]->pos & (grammar::pos_aux | grammar::pos_unknown)) == 0 &&
                        !(i + 1 < e && (toks[i + 1]->pos & grammar::pos_infinitive) != 0) &&
                        verb_idiom(toks, i, e) == nullptr) {
                        const form_hit* v = verb_reading(lex_, *toks[i], false);
                        if (v != nullptr) {
                            const bool plural = plural_form(toks[i]->pos);
                            push_content(out, lex_.entries[v->entry], plural ? form_kind::base : form_kind::present3s,
                                         noun_at);
                            ++i;
                        }
                    }
                    continue;
                }
            }
            // "Lucie Roux, 43 ans, …" -> "Lucie Roux, 43, …": an apposed age is said bare (in
            // words as written: "dix ans" -> "ten")
            const char* count_word = t.kind == tok_kind::word ? english_count(t.key) : nullptr;
            if ((t.kind == tok_kind::number || (count_word != nullptr && !eq(t.key, "quelques") &&
                                                !eq(t.key, "plusieurs") && !eq(t.key, "nombreux"))) &&
                i > b && toks[i - 1]->kind == tok_kind::comma && i + 1 < e && eq(toks[i + 1]->key, "ans") &&
                (i + 2 >= e || toks[i + 2]->kind == tok_kind::comma)) {
                out.words.push_back(count_word != nullptr ? std::string(count_word) : english_number(t.text));
                noun_at = std::string::npos;
                i += 2;
                continue;
            }
            // "le 2e tour" -> "the second round": a number opening a phrase of the pack is said
            // by the phrase (below)
            const bool number_phrase = t.kind == tok_kind::number && t.phrases != nullptr && phrase_at(toks, i) != nullptr;
            // "15h30" -> "15:30"
            if (std::string time; t.kind == tok_kind::number && !number_phrase && clock_time(toks, i, e, false, time) != 0) {
                out.words.push_back(std::move(time));
                noun_at = std::string::npos;
                ++i;
                continue;
            }
            if (t.kind == tok_kind::number && !number_phrase) {
                std::string n = english_number(t.text);
                // "3,1 milliards de dollars" -> "$3.1 billion"
                std::size_t j = i + 1;
                std::string magnitude, currency;
                if (j < e && (eq(toks[j]->key, "milliards") || eq(toks[j]->key, "milliard"))) {
                    magnitude = "billion";
                    ++j;
                } else if (j < e && (eq(toks[j]->key, "millions") || eq(toks[j]->key, "million"))) {
                    magnitude = "million";
                    ++j;
                }
                std::size_t k = j;
                if (k < e && (eq(toks[k]->key, "de") || eq(toks[k]->key, "d'"))) ++k;
                if (k < e) {
                    const std::string_view c = toks[k]->key;
                    if (eq(c, "dollars") || eq(c, "dollar")) {
                        currency = "$";
                        // "dollars américains" -> "$", "dollars canadiens" -> "C$": the
                        // country's adjective goes into the sign
                        if (k + 1 < e) {
                            const std::string_view of = toks[k + 1]->key;
                            const char* sign = eq(of, "americains") || eq(of, "us") ? "$"
                                               : eq(of, "canadiens")            ? "C$"
                                               : eq(of, "australiens")          ? "A$"
                                               : eq(of, "zelandais")            ? "NZ$"
                                                                                : nullptr;
                            if (sign != nullptr) {
                                currency = sign;
                                ++k;
                            }
                        }
                    } else if (eq(c, "euros") || eq(c, "euro")) {
                        currency = "€";
                    } else if (eq(c, "livres")) {
                        currency = "£";
                    }
                }
                if (k < e && toks[k]->kind == tok_kind::symbol && eq(toks[k]->text, "%")) {
                    out.words.push_back(n + "%");
                    i = k + 1;
                    continue;
                }
                if (!currency.empty()) {
                    std::string sum = currency + n + (magnitude.empty() ? "" : " " + magnitude);
                    if (money_noun != std::string::npos && money_noun < out.words.size()) {
                        put_before_noun(out, std::move(sum), money_noun);
                        noun_at = money_noun;
                    } else {
                        out.words.push_back(std::move(sum));
                    }
                    money_noun = std::string::npos;
                    i = k + 1;
                    continue;
                }
                out.words.push_back(n + (magnitude.empty() ? "" : " " + magnitude));
                // "126 millions d'habitants" -> "126 million inhabitants": no "of" after a
                // magnitude before its noun
                i = !magnitude.empty() && k > j && k < e && toks[k]->kind == tok_kind::word ? k : j;
                continue;
            }
            // "trois milliards de dollars" -> "three billion dollars", "neuf milliards d'euros"
            // -> "nine billion euros": a number in words keeps its words (no figure the text
            // does not hold).
            if (t.kind == tok_kind::word && i + 1 < e &&
                (eq(toks[i + 1]->key, "milliards") || eq(toks[i + 1]->key, "millions"))) {
                if (const char* count = english_count(t.key)) {
                    std::string said = std::string(count) + (eq(toks[i + 1]->key, "milliards") ? " billion" : " million");
                    std::size_t k = i + 2;
                    if (k < e && (eq(toks[k]->key, "de") || eq(toks[k]->key, "d'"))) ++k;
                    const std::string_view c = k < e ? toks[k]->key : std::string_view();
                    const char* unit = eq(c, "dollars") ? "dollars" : eq(c, "euros") ? "euros" : eq(c, "livres") ? "pounds" : nullptr;
                    if (unit != nullptr) {
                        out.words.push_back(said + " " + unit);
                        i = k + 1;
                    } else {
                        out.words.push_back(std::move(said));
                        // ("trois millions d'habitants" -> "three million inhabitants")
                        i = k > i + 2 && k < e && toks[k]->kind == tok_kind::word ? k : i + 2;
                    }
                    noun_at = std::string::npos;
                    continue;
                }
            }
            if (t.kind == tok_kind::symbol) {
                if (eq(t.text, "%") && !out.words.empty()) out.words.back() += "%";
                ++i;
                continue;
            }
            if (t.kind != tok_kind::word && !number_phrase) {
                if (t.kind == tok_kind::comma) out.words.push_back(",");
                // ("Quinze minutes : c'est le défi" -> "Fifteen minutes: it is the challenge")
                if (t.kind == tok_kind::colon && !out.words.empty()) out.words.push_back(":");
                // ("un bien précieux ; c'est aussi" -> "a precious asset; it is also": a
                // semicolon inside the run stays)
                if (t.kind == tok_kind::stop && eq(t.text, ";") && !out.words.empty() && i + 1 < e) {
                    out.words.push_back(";");
                }
                ++i;
                continue;
            }
            if (keyed) {
                // "l'un des enjeux" -> "one of the stakes", "l'une d'entre elles" -> "one of them",
                // "un des dirigeants" -> "one of the leaders": "un" before "de" is no article but
                // the pronoun ("numéro un de" is a number).
                // (toks[u] is the token itself but after "l'": its own key is read first.)
                if (const std::size_t u = eq(t.key, "l'") ? i + 1 : i;
                    (u > i || eq(t.key, "un") || eq(t.key, "une")) &&
                    u + 1 < e && (eq(toks[u]->key, "un") || eq(toks[u]->key, "une")) &&
                    (eq(toks[u + 1]->key, "des") || eq(toks[u + 1]->key, "de") || eq(toks[u + 1]->key, "d'") ||
                     eq(toks[u + 1]->key, "du")) &&
                    (u > i || (u + 2 < e && toks[u + 2]->kind == tok_kind::word &&
                               !(i > b && (eq(toks[i - 1]->key, "d'") || eq(toks[i - 1]->key, "numero")))))) {
                    const bool article = eq(toks[u + 1]->key, "des") || eq(toks[u + 1]->key, "du");
                    out.words.push_back(article ? "one of the" : "one of");
                    plural_ = true;
                    noun_at = std::string::npos;
                    i = u + 2;
                    continue;
                }
                // "le plus grand", "l'un des plus réticents": after the article, "plus" makes the
                // superlative ("the most reluctant", "the biggest"); elsewhere the comparative
                // ("plus élevé" -> "higher"; "ne … plus" is no comparative).
                if (eq(t.key, "plus") && i + 1 < e && (toks[i + 1]->pos & grammar::pos_adj) != 0) {
                    // ("les deux plus grandes": "the two biggest")
                    static const word_list small_numbers{"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"};
                    const bool counted = i >= 2 && !out.words.empty() && eq(toks[i - 2]->key, "les") &&
                                         (toks[i - 1]->kind == tok_kind::number || small_numbers.count(toks[i - 1]->key) != 0);
                    if (counted && (out.words.size() < 2 || !ends_in_the(out.words[out.words.size() - 2]))) {
                        out.words.insert(out.words.end() - 1, "the");
                    }
                    const bool superlative = !out.words.empty() && (ends_in_the(out.words.back()) || counted);
                    const bool negation = i > 0 && (eq(toks[i - 1]->key, "ne") || eq(toks[i - 1]->key, "n'"));
                    const form_hit* adj = best_hit(*toks[i + 1]);
                    const std::string* est =
                        adj != nullptr && lex_.entries[adj->entry].pos == word_class::adj
                            ? short_superlative(lex_.entries[adj->entry].en)
                            : nullptr;
                    if (superlative || (!negation && est != nullptr)) {
                        if (est != nullptr) {
                            std::string w = superlative ? *est : comparative_of(*est);
                            if (!superlative && noun_at != std::string::npos && noun_at + 1 == out.words.size() &&
                                !eq(toks[i - 1]->key, "fois")) {
                                // after its noun in French, before it in English ("un report plus
                                // long" -> "a longer postponement")
                                out.words.insert(out.words.begin() + static_cast<long>(noun_at), std::move(w));
                                ++noun_at;
                            } else {
                                out.words.push_back(std::move(w));
                            }
                            i += 2;
                        } else {
                            out.words.push_back("most");
                            ++i;
                        }
                        continue;
                    }
                }
                // "pour que Pékin participe" -> "for Beijing to take part": "pour que", its
                // subject, then the verb in the subjunctive, said as an infinitive
                if ((eq(t.key, "pour") || eq(t.key, "afin")) && i + 3 < e &&
                    (eq(toks[i + 1]->key, "que") || eq(toks[i + 1]->key, "qu'"))) {
                    std::size_t v = i + 2;
                    // (a capitalised word is part of the subject: "Chine" is also a form of "chiner")
                    while (v < e && v < i + 8 && toks[v]->kind == tok_kind::word &&
                           ((toks[v]->pos & grammar::pos_subjunctive) == 0 || toks[v]->capitalised)) {
                        ++v;
                    }
                    const form_hit* verb = v < e && v > i + 2 && toks[v]->kind == tok_kind::word &&
                                                   (toks[v]->pos & grammar::pos_subjunctive) != 0
                                               ? verb_reading(lex_, *toks[v], false)
                                               : nullptr;
                    if (verb != nullptr) {
                        // The subject is said by a run of its own; this run's state is kept.
                        const bool plural = plural_;
                        const std::size_t modifiers = modifiers_at_;
                        const english_run subject = run(toks, i + 2, v);
                        plural_ = plural;
                        modifiers_at_ = modifiers;
                        if (subject.complete && !subject.words.empty()) {
                            out.words.push_back("for");
                            out.words.insert(out.words.end(), subject.words.begin(), subject.words.end());
                            out.words.push_back("to " + lex_.entries[verb->entry].en);
                            noun_at = std::string::npos;
                            i = v + 1;
                            continue;
                        }
                    }
                }
                // "pour remplacer le traité" -> "to replace the treaty": "pour" before an
                // infinitive says the purpose (an infinitive that is a noun too, "aller",
                // "pouvoir", is one here: a noun after "pour" takes a determiner)
                // (a reflexive one too: "pour s'affranchir de" -> "to break free from")
                if (eq(t.key, "pour") && i + 1 < e && toks[i + 1]->kind == tok_kind::word &&
                    ((toks[i + 1]->pos & grammar::pos_infinitive) != 0 ||
                     ((eq(toks[i + 1]->key, "se") || eq(toks[i + 1]->key, "s'")) && i + 2 < e &&
                      (toks[i + 2]->pos & grammar::pos_infinitive) != 0))) {
                    // ("pour avoir participé" -> "for having taken part", "pour pouvoir
                    // accéder" -> "to be able to access": the participle or the infinitive
                    // after them is said as it is after any auxiliary or modal)
                    const bool then = i + 2 < e && toks[i + 2]->kind == tok_kind::word;
                    if (then && eq(toks[i + 1]->key, "avoir") && (toks[i + 2]->pos & grammar::pos_past_participle) != 0) {
                        out.words.push_back("for having");
                        noun_at = std::string::npos;
                        i += 2;
                        continue;
                    }
                    if (then && eq(toks[i + 1]->key, "pouvoir") && (toks[i + 2]->pos & grammar::pos_infinitive) != 0) {
                        out.words.push_back("to be able to");
                        noun_at = std::string::npos;
                        i += 2;
                        continue;
                    }
                    out.words.push_back("to");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "de ne pas chercher querelle" -> "not to seek a quarrel", "pour ne pas" -> "so as
                // not to": a negated infinitive
                if ((eq(t.key, "de") || eq(t.key, "d'") || eq(t.key, "pour")) && i + 3 < e &&
                    (eq(toks[i + 1]->key, "ne") || eq(toks[i + 1]->key, "n'")) &&
                    (eq(toks[i + 2]->key, "pas") || eq(toks[i + 2]->key, "plus")) &&
                    (toks[i + 3]->pos & grammar::pos_infinitive) != 0) {
                    const bool pour = eq(t.key, "pour");
                    const bool longer = eq(toks[i + 2]->key, "plus");
                    out.words.push_back(pour ? (longer ? "so as no longer to" : "so as not to")
                                             : (longer ? "no longer to" : "not to"));
                    noun_at = std::string::npos;
                    i += 3;
                    continue;
                }
                // "semble ne pas faire confiance" -> "seems not to trust": after a verb, a
                // negated infinitive with no "de" is "not to" too.
                // After a modal, English has no "to": "pourraient ne plus être compris" -> "could
                // no longer be understood". ("être" and "avoir" are nouns too.)
                if ((eq(t.key, "ne") || eq(t.key, "n'")) && i + 2 < e &&
                    (eq(toks[i + 1]->key, "pas") || eq(toks[i + 1]->key, "plus")) &&
                    (toks[i + 2]->pos & grammar::pos_infinitive) != 0 &&
                    ((toks[i + 2]->pos & grammar::pos_noun) == 0 || (toks[i + 2]->pos & grammar::pos_aux) != 0) &&
                    ((i > b && toks[i - 1]->kind == tok_kind::word && (toks[i - 1]->pos & grammar::pos_verb) != 0 &&
                      (toks[i - 1]->pos & grammar::pos_infinitive) == 0) ||
                     (i == b && !out.lead.empty()))) {
                    const bool longer = eq(toks[i + 1]->key, "plus");
                    const bool after_modal = i == b && english_modal(std::string_view(out.lead).substr(0, out.lead.find(' ')));
                    out.words.emplace_back(after_modal ? (longer ? "no longer" : "not") : (longer ? "no longer to" : "not to"));
                    noun_at = std::string::npos;
                    i += 2;
                    continue;
                }
                // "les propos d'Emmanuel Macron", "la femme de Jean Dupont" -> "Emmanuel Macron's
                // remarks", "Jean Dupont's wife": a person the grammar read, named after "de"
                // and a noun said with "the", owns it. (Not a name the lexicon says otherwise,
                // nor one another name or complement runs on into.)
                if ((eq(t.key, "de") || eq(t.key, "d'")) && i > b && noun_at != std::string::npos &&
                    noun_at + 1 == out.words.size()) {
                    if (const std::size_t end = person_named_at(toks, i + 1, e); end != 0) {
                        const std::size_t first = std::min(modifiers_at_, noun_at);
                        if (first > 0 && first <= noun_at && ends_in_the(out.words[first - 1])) {
                            std::string owner;
                            for (std::size_t k = i + 1; k < end; ++k) {
                                if (!owner.empty()) owner += ' ';
                                owner.append(toks[k]->text);
                            }
                            owner += "'s";
                            std::string& article = out.words[first - 1];
                            article.resize(article.size() - 3);  // "the" -> "", "of the" -> "of "
                            article += owner;
                            noun_at = std::string::npos;
                            i = end;
                            continue;
                        }
                    }
                }
                // "animateur de radio" -> "radio presenter", "carte d'identité" -> "identity card":
                // a noun, "de" and a bare common noun make an English compound, the second noun
                // first and in the singular. Not when the second noun has an adjective, another
                // "de" or a coordinate after it ("conférence de paix internationale", "syndicats
                // de gardiens de prison": the last pair compounds, "unions of prison guards"; but
                // "fonds de relance de l'UE" is "the recovery fund of the EU", a determiner or a
                // name after the second "de").
                // Nouns of quantity, time and heads ("nombre de", "semaines d'école", "chef
                // d'Etat") keep "of": the pack lists them (lexicon keeps_of).
                if ((eq(t.key, "de") || eq(t.key, "d'")) && i > b && i + 1 < e && noun_at != std::string::npos &&
                    noun_at + 1 == out.words.size() && toks[i + 1]->kind == tok_kind::word &&
                    !toks[i + 1]->capitalised && (toks[i + 1]->pos & grammar::pos_proper) == 0 &&
                    (i + 2 >= e ||
                     (toks[i + 2]->kind != tok_kind::word ||
                      ((toks[i + 2]->pos & grammar::pos_adj) == 0 && !eq(toks[i + 2]->key, "et") &&
                       !eq(toks[i + 2]->key, "ou") &&
                       ((!eq(toks[i + 2]->key, "de") && !eq(toks[i + 2]->key, "d'")) ||
                        (i + 3 < e && (toks[i + 3]->capitalised ||
                                       (toks[i + 3]->pos & grammar::pos_determiner) != 0))))))) {
                    const form_hit* head = best_hit(*toks[i - 1]);
                    const form_hit* second = best_hit(*toks[i + 1]);
                    // (A head the lexicon does not list was said as a noun by the dictionary. A
                    // phrase of the lexicon opening at "de" is said as such: "de retour", "back".)
                    // (Nor a month: "les législatives de septembre 2019".)
                    // (Nor a noun opening a phrase of the lexicon: "une réduction de gaz à effet
                    // de serre" is "a reduction of greenhouse gas".)
                    if (second != nullptr && second->words <= 1 && !is_month_key(toks[i + 1]->key) &&
                        phrase_at(toks, i) == nullptr && phrase_at(toks, i + 1) == nullptr &&
                        (head == nullptr || lex_.entries[head->entry].pos == word_class::noun) &&
                        lex_.entries[second->entry].pos == word_class::noun &&
                        !lex_.keeps_of.contains(toks[i - 1]->key)) {
                        out.words.insert(out.words.begin() + static_cast<long>(noun_at),
                                         lex_.entries[second->entry].en);
                        compound_ = {noun_at, noun_at + 1};
                        ++noun_at;
                        i += 2;
                        continue;
                    }
                }
                // ("décide de se rendre", "de les rencontrer": the infinitive after its pronouns is
                // "to" as well.)
                std::size_t infinitive_at = i + 1;
                if (eq(t.key, "de") || eq(t.key, "d'")) {
                    const word_list& pronouns = clitics();
                    while (infinitive_at < e && infinitive_at < i + 3 && pronouns.contains(toks[infinitive_at]->key)) {
                        ++infinitive_at;
                    }
                    if (infinitive_at > i + 1 && infinitive_at < e && toks[infinitive_at]->kind == tok_kind::word &&
                        (toks[infinitive_at]->pos & grammar::pos_infinitive) != 0 &&
                        (toks[infinitive_at]->pos & grammar::pos_noun) == 0 && !after_preposition(out)) {
                        out.words.push_back("to");
                        noun_at = std::string::npos;
                        // "de les rencontrer" -> "to meet them", "de le faire" -> "to do it": an
                        // object pronoun follows the verb ("se" is the reflexive verb's, read on).
                        const std::string_view pronoun = object_pronoun_english(toks[i + 1]->key, false);
                        if (!pronoun.empty() && infinitive_at == i + 2 && said_bare(*toks[infinitive_at], out)) {
                            out.words.emplace_back(pronoun);
                            i = infinitive_at + 1;
                            continue;
                        }
                        ++i;
                        continue;
                    }
                }
                // "refuse de discuter", "la décision de partir": "de" before an infinitive is "to";
                // after a verb English follows with a gerund, the -ing form ("risque de plonger" ->
                // "risks plunging").
                // ("avoir" and "être" are nouns too, but never right after "de"; before a
                // participle they make the compound infinitive, said below)
                if ((eq(t.key, "de") || eq(t.key, "d'")) && i + 1 < e && toks[i + 1]->kind == tok_kind::word &&
                    (toks[i + 1]->pos & grammar::pos_infinitive) != 0 &&
                    ((toks[i + 1]->pos & grammar::pos_noun) == 0 ||
                     ((eq(toks[i + 1]->key, "avoir") || eq(toks[i + 1]->key, "etre")) &&
                      !(i + 2 < e && (toks[i + 2]->pos & grammar::pos_past_participle) != 0)))) {
                    // (A verb: "le risque de recevoir" is "the risk of receiving"; "avant de
                    // signer" is "before signing".)
                    const bool gerund =
                        after_preposition(out) ||
                        (takes_gerund(out) && (i > b ? (toks[i - 1]->pos & grammar::pos_verb) != 0 &&
                                                           !(i - 1 > b && determiner_word(*toks[i - 2]))
                                                     : !out.lead.empty()));
                    if (gerund && said_ing(*toks[i + 1], "", out)) {
                        noun_at = std::string::npos;
                        i += 2;
                        continue;
                    }
                    // "accusent la Turquie de violer" -> "accuse Turkey of violating": after these
                    // verbs and their object, "de" is "of" and the -ing form.
                    if (accused_before(out) && said_ing(*toks[i + 1], "of ", out)) {
                        noun_at = std::string::npos;
                        i += 2;
                        continue;
                    }
                    // ("se doit d'être utile" -> "must be useful": no "to" after a modal)
                    if (!out.words.empty() && english_modal(out.words.back()) && i > b &&
                        (toks[i - 1]->pos & grammar::pos_verb) != 0) {
                        ++i;
                        continue;
                    }
                    out.words.push_back("to");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
            }
            // "sans oublier", "avant de partir": after a preposition an infinitive is the -ing
            // form ("without forgetting", "before leaving").
            if ((t.pos & grammar::pos_infinitive) != 0 && (t.pos & (grammar::pos_noun | grammar::pos_unknown)) == 0 &&
                after_preposition(out) && said_ing(t, "", out)) {
                noun_at = std::string::npos;
                ++i;
                continue;
            }
            if (keyed) {
                // "le plan de 700 milliards de dollars" -> "the $700 billion plan": a sum after a
                // noun says what kind of it, before it
                // (Right after "the", "a" and the like: "the EU recovery fund of €750 billion"
                // keeps its "of"; nor before a rate, "de 180 euros par mois".)
                if ((eq(t.key, "de") || eq(t.key, "d'")) && i > b && noun_at != std::string::npos &&
                    noun_at + 1 == out.words.size() && noun_at > 0 && determiner_said(out.words[noun_at - 1]) &&
                    i + 1 < e && sum_at(toks, i + 1, e)) {
                    money_noun = noun_at;
                    ++i;
                    continue;
                }
                // "20 morts" -> "20 dead": a toll counts the dead, not deaths
                if (eq(t.key, "morts") && i > b &&
                    (toks[i - 1]->kind == tok_kind::number || (toks[i - 1]->pos & grammar::pos_number) != 0)) {
                    out.words.push_back("dead");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "âgé de 57 ans" -> "aged 57": an age is said bare in English
                if ((eq(t.key, "age") || eq(t.key, "agee") || eq(t.key, "ages") || eq(t.key, "agees")) &&
                    i + 3 < e && (eq(toks[i + 1]->key, "de") || eq(toks[i + 1]->key, "d'")) &&
                    toks[i + 2]->kind == tok_kind::number && eq(toks[i + 3]->key, "ans")) {
                    out.words.push_back("aged");
                    out.words.push_back(english_number(toks[i + 2]->text));
                    noun_at = std::string::npos;
                    i += 4;
                    continue;
                }
                // "mort à 83 ans" -> "dies at 83": an age after "à" is said as in English, bare
                if (eq(t.text, "\xc3\xa0") && i + 2 < e && toks[i + 1]->kind == tok_kind::number &&
                    eq(toks[i + 2]->key, "ans")) {
                    out.words.push_back("at");
                    out.words.push_back(english_number(toks[i + 1]->text));
                    noun_at = std::string::npos;
                    i += 3;
                    continue;
                }
                // "augmenté de 50 %" -> "by 50%"; after "être", nothing: "le bilan est de 2.500
                // morts" -> "the toll is 2,500 dead"; a year standing alone, or a range, is where
                // something starts: "date de 1843" -> "dates from 1843", "passe de 10 euros à 12"
                // -> "from €10 to 12"
                if ((eq(t.key, "de") || eq(t.key, "d'")) && i == b && i + 1 < e &&
                    toks[i + 1]->kind == tok_kind::number) {
                    static const word_list be{"is", "are", "was", "were", "be"};
                    if (year_alone(toks, i + 1, e) || (i > 0 && range_verb(*toks[i - 1]) && range_from(toks, i + 1, e))) {
                        out.words.push_back("from");
                    } else if (!be.contains(out.lead)) {
                        out.words.push_back("by");
                    }
                    ++i;
                    continue;
                }
                if ((eq(t.key, "de") || eq(t.key, "d'")) && i > b && i + 1 < e && toks[i + 1]->kind == tok_kind::number &&
                    range_verb(*toks[i - 1]) && range_from(toks, i + 1, e)) {
                    out.words.push_back("from");
                    ++i;
                    continue;
                }
            }
            // "vient de signer" -> "has just signed", "tient à souligner" -> "is keen to stress"
            if (i + 2 < e && (t.pos & grammar::pos_verb) != 0 && (t.pos & grammar::pos_past_participle) == 0 &&
                t.kind == tok_kind::word) {
                if (const std::size_t said = verb_before_infinitive(toks, i, out); said != 0) {
                    noun_at = std::string::npos;
                    i = said;
                    continue;
                }
            }
            // "a mis fin à", "fait face à": a verb idiom of the pack ("mettre fin à") opened by
            // any form of its verb (phrases are filed under their first word, here the lemma,
            // and match the words after it as written).
            // (An idiom whose English ends in "to", "prévoir de", "plan to", governs an
            // infinitive, and is that idiom only before one: "tient à une promesse" is no
            // "is keen to".)
            if (const auto* idiom = verb_idiom(toks, i, e);
                idiom != nullptr && (!ends_with_text(lex_.entries[idiom->second].en, " to") ||
                                     infinitive_opens(lex_, toks, i + idiom->first.size(), e))) {
                const std::size_t words = idiom->first.size();
                // (A form that is a present too, "fait", is the participle after an auxiliary
                // only: "fait face à" -> "faces", "a fait face à" -> "has faced".)
                const bool participle = (t.pos & grammar::pos_past_participle) != 0 &&
                                        ((t.pos & grammar::pos_present) == 0 || (i > b && avoir_auxiliary(*toks[i - 1])));
                const bool plural = plural_form(t.pos);
                const form_kind form = participle ? form_kind::participle
                                       : (t.pos & grammar::pos_infinitive) != 0 || plural ? form_kind::base
                                                                                          : form_kind::present3s;
                const lexicon_entry& said = lex_.entries[idiom->second];
                // "qui permettrait de" -> "which would make it possible to", "permettait de" ->
                // "made it possible to": the idiom keeps the time of its verb, as a verb alone does
                constexpr uint32_t other_forms = grammar::pos_present | grammar::pos_infinitive |
                                                 grammar::pos_past_participle | grammar::pos_noun;
                if ((t.pos & (grammar::pos_future | grammar::pos_conditional)) != 0 && (t.pos & other_forms) == 0) {
                    out.words.push_back(std::string((t.pos & grammar::pos_future) != 0 ? "will " : "would ") + said.en);
                    noun_at = std::string::npos;
                } else if ((t.pos & grammar::pos_past) != 0 && (t.pos & (other_forms | grammar::pos_aux)) == 0) {
                    out.words.push_back(english_past(said));
                    noun_at = std::string::npos;
                } else {
                    push_content(out, said, form, noun_at);
                }
                // "a pris acte du vote" -> "took note of the vote": the article contracted
                // into an idiom's last "de" or "à"
                if (lexicon::contracts(idiom->first.back(), toks[i + words - 1]->key)) {
                    out.words.push_back("the");
                    noun_at = std::string::npos;
                } else if ((idiom->first.back() == "de" || idiom->first.back() == "a") && i + words < e &&
                           toks[i + words]->kind == tok_kind::word &&
                           (toks[i + words]->pos & grammar::pos_infinitive) != 0 &&
                           (toks[i + words]->pos & grammar::pos_noun) == 0 && !ends_with_text(said.en, " to")) {
                    // "a accepté de formaliser" -> "agreed to formalise": the idiom's "de" or
                    // "à" before an infinitive, as "de" alone is
                    out.words.push_back("to");
                    noun_at = std::string::npos;
                }
                i += words;
                continue;
            }
            // "qu'il ne serre pas la main": the idiom with the negation inside it ("does not
            // shake hands", "no longer shakes hands").
            if (i + 2 < e && (t.pos & grammar::pos_verb) != 0 && i > b &&
                (eq(toks[i - 1]->key, "ne") || eq(toks[i - 1]->key, "n'"))) {
                const std::string_view said = negation_word(toks[i + 1]->key);
                thread_local std::vector<const tok*> joined;  // the verb and the words after the negation
                joined.clear();
                if (!said.empty()) {
                    joined.push_back(toks[i]);
                    for (std::size_t k = i + 2; k < e && k < i + 8; ++k) joined.push_back(toks[k]);
                }
                if (const auto* idiom = said.empty() ? nullptr : verb_idiom(joined, 0, joined.size())) {
                    const lexicon_entry& entry = lex_.entries[idiom->second];
                    const bool plural = plural_form(t.pos);
                    if (said == "not") {
                        out.words.push_back(std::string(plural ? "do not " : "does not ") + entry.en);
                    } else {
                        out.words.emplace_back(said);
                        push_content(out, entry, plural ? form_kind::base : form_kind::present3s, noun_at);
                    }
                    noun_at = std::string::npos;
                    i += idiom->first.size() + 1;
                    continue;
                }
            }
            // "Mme Royal est nommée", "reçoit M. Petit" with the civility dropped: the
            // grammar's person named by the word alone is said as written, whatever word it
            // also is ("Royal", "Petit"), or as the pack's people spell it in English ("M.
            // Poutine" -> "Mr Putin").
            if (t.capitalised && person_named_by(t)) {
                out.words.emplace_back(english_name(t));
                noun_at = std::string::npos;
                ++i;
                continue;
            }
            // "le Wall Street Journal", "au Palm Springs International Festival": a foreign name
            // is carried whole as written, its French-looking words too.
            if (t.capitalised && t.kind == tok_kind::word &&
                (i == b || toks[i - 1]->kind != tok_kind::word || !toks[i - 1]->capitalised ||
                 is_function_word(lex_, *toks[i - 1]))) {
                if (const std::size_t end = foreign_name_end(toks, i, e); end != i) {
                    for (; i < end; ++i) out.words.emplace_back(toks[i]->text);
                    noun_at = std::string::npos;
                    continue;
                }
            }
            // "une loi dite de Cendrillon", "l'opération dite Barkhane" -> "a law known as
            // Cinderella", "the operation known as Barkhane": "dit" right after a noun names it
            // (the "de" before the name goes unsaid).
            if (t.kind == tok_kind::word && t.key.size() >= 3 && t.key.size() <= 5 && t.key[0] == 'd' &&
                (eq(t.key, "dit") || eq(t.key, "dite") || eq(t.key, "dits") || eq(t.key, "dites")) && i > b &&
                i + 1 < e && noun_at != std::string::npos && noun_at + 1 == out.words.size() &&
                (toks[i - 1]->pos & grammar::pos_noun) != 0) {
                std::size_t next = i + 1;
                if (toks[next]->kind == tok_kind::quote_open) ++next;
                if (next + 1 < e && (eq(toks[next]->key, "de") || eq(toks[next]->key, "d'")) &&
                    toks[next + 1]->capitalised) {
                    ++next;
                }
                if (next < e && (toks[next]->capitalised || toks[i + 1]->kind == tok_kind::quote_open)) {
                    out.words.emplace_back("known as");
                    noun_at = std::string::npos;
                    if (toks[i + 1]->kind == tok_kind::quote_open) {
                        i += 1;  // (the quote is said as it stands)
                    } else {
                        i = next;
                    }
                    continue;
                }
            }
            // "le ministre iranien des Affaires étrangères" -> "the Iranian foreign minister": a
            // nationality after the first word of a title or name of the pack goes before it.
            if (t.kind == tok_kind::word && !t.capitalised && t.phrases != nullptr && i + 3 < e &&
                toks[i + 1]->kind == tok_kind::word && !toks[i + 1]->capitalised) {
                if (const int32_t country = country_of(lex_, *toks[i + 1]);
                    country >= 0 &&
                    !answers_.names_country(lex_, static_cast<uint32_t>(country), toks[i + 1]->key)) {
                    // (the phrase read over the tokens with the nationality left out)
                    auto key_at = [&](std::size_t k) -> std::string_view { return toks[k <= i ? k : k + 1]->key; };
                    const auto* p = phrase_at_token(lex_, t, e - 1, i, key_at);
                    if (p != nullptr && p->first.size() >= 2 && p->second < lex_.entries.size() &&
                        (lex_.entries[p->second].pos == word_class::title ||
                         lex_.entries[p->second].pos == word_class::noun)) {
                        const lexicon_entry& entry = lex_.entries[p->second];
                        // ("les ministres européens des Finances": the plural of the first word)
                        const bool plural = entry.fr_key.compare(0, entry.fr_key.find(' '), t.key) != 0;
                        out.words.push_back(lex_.countries[static_cast<uint32_t>(country)].en_adj);
                        push_content(out, entry, plural ? form_kind::plural : form_kind::base, noun_at);
                        i += p->first.size() + 1;
                        continue;
                    }
                }
            }
            // Multi-word phrases first: countries, titles, institutions, idioms.
            if (const auto* p = phrase_at(toks, i); p != nullptr && i + p->first.size() <= e) {
                if (p->second >= (1u << 24)) {
                    const country_entry& c = lex_.countries[p->second - (1u << 24)];
                    drop_article_before_country(out, c);
                    out.words.push_back(c.en);
                } else {
                    const auto& entry = lex_.entries[p->second];
                    const std::string& fr = entry.fr_key;
                    // (A head that is the same in the plural, "cours d'eau", shows its number by
                    // the determiner: "plusieurs cours d'eau", "several rivers".)
                    // "les grossesses non désirées" -> "unwanted pregnancies": an adjective
                    // phrase English says in one word goes before the noun just said, as a
                    // one-word adjective does.
                    if (entry.pos == word_class::adj && noun_at != std::string::npos &&
                        noun_at + 1 == out.words.size() && !entry.en.empty() &&
                        entry.en.find(' ') == std::string::npos) {
                        put_before_noun(out, entry.en, noun_at);
                        i += p->first.size();
                        continue;
                    }
                    const bool plural = p->first[0] != fr.substr(0, p->first[0].size()) ||
                                        (!t.key.empty() && t.key.back() == 's' &&
                                         fr.find(' ') != std::string::npos &&
                                         fr.substr(0, fr.find(' ')) != t.key) ||
                                        (plural_ && entry.pos == word_class::noun && !t.key.empty() &&
                                         (t.key.back() == 's' || t.key.back() == 'x' || t.key.back() == 'z') &&
                                         !entry.en.empty() && entry.en.back() != 's');
                    push_content(out, entry, plural ? form_kind::plural : form_kind::base, noun_at);
                }
                // "en raison des pluies" -> "because of the rains": the contracted article
                // (none before a date: "à partir du 15 juin" -> "from 15 June")
                if (lexicon::contracts(p->first.back(), toks[i + p->first.size() - 1]->key) &&
                    !date_at(toks, i + p->first.size(), e)) {
                    out.words.push_back("the");
                    noun_at = std::string::npos;
                }
                i += p->first.size();
                continue;
            }
            if (const int32_t country = country_of(lex_, t); country >= 0) {
                const country_entry& c = lex_.countries[static_cast<uint32_t>(country)];
                // "la Belgique" -> "Belgium"; "belge" after a noun -> "Belgian" before it
                const bool adjective =
                    !answers_.names_country(lex_, static_cast<uint32_t>(country), t.key);
                if (adjective && noun_at != std::string::npos && noun_at + 1 == out.words.size()) {
                    // "la Cour constitutionnelle turque" -> "the Turkish constitutional court":
                    // the nationality goes before the other modifiers
                    out.words.insert(out.words.begin() + static_cast<long>(modifiers_at_), c.en_adj);
                    postnominal_at_ = modifiers_at_;
                    postnominal_noun_ = ++noun_at;
                } else {
                    if (adjective) {
                        drop_article_before_name(out);
                    } else {
                        drop_article_before_country(out, c);  // "the United States"
                    }
                    std::string w = adjective ? c.en_adj : c.en;
                    // "les Nord-Coréens" -> "North Koreans": a capitalised plural of a
                    // nationality (its singular is a form too; "Français" is not) is the people
                    if (adjective && t.capitalised && t.key.size() > 1 && t.key.back() == 's' &&
                        w.back() != 's' &&
                        lex_.country_by_form.count(std::string(t.key.substr(0, t.key.size() - 1))) != 0) {
                        w += 's';
                    }
                    out.words.push_back(std::move(w));
                    // "l'Europe occidentale" -> "Western Europe": a country is a noun its
                    // adjectives go before
                    if (!adjective) {
                        noun_at = out.words.size() - 1;
                        modifiers_at_ = noun_at;
                    }
                }
                ++i;
                continue;
            }
            // "Jean-Yves Le Drian": a capitalised article inside a name is part of it
            if (t.capitalised && i > b && toks[i - 1]->capitalised &&
                toks[i - 1]->kind == tok_kind::word && i + 1 < e && toks[i + 1]->capitalised &&
                is_function_word(lex_, t)) {
                out.words.emplace_back(t.text);
                ++i;
                continue;
            }
            if (keyed) {
                // "menace de se retirer de l'accord" -> "withdraw from the agreement", "discuter
                // du budget" -> "discuss the budget": after a verb, "de" is what the verb's entry
                // says it is in English (en_de), as in a clause's object.
                // (And "demander au ministre" -> "ask the minister", "participer aux
                // négociations" -> "take part in the negotiations": "à" as the entry's en_a.)
                const bool de = eq(t.key, "de") || eq(t.key, "d'") || eq(t.key, "du") || eq(t.key, "des");
                const bool a = eq(t.text, "\xc3\xa0") || eq(t.key, "au") || eq(t.key, "aux");
                if ((de || a) && i > b && i + 1 < e &&
                    (toks[i + 1]->kind == tok_kind::word || toks[i + 1]->kind == tok_kind::number) &&
                    (toks[i + 1]->pos & grammar::pos_infinitive) == 0) {
                    const lexicon_entry* entry = verb_before(toks, i, b);
                    const std::optional<std::string>* said = entry == nullptr ? nullptr : de ? &entry->en_de() : &entry->en_a();
                    if (said != nullptr && *said) {
                        if (!(*said)->empty()) out.words.push_back(**said);
                        if (eq(t.key, "du") || eq(t.key, "des") || eq(t.key, "au") || eq(t.key, "aux")) {
                            out.words.emplace_back("the");
                        }
                        noun_at = std::string::npos;
                        ++i;
                        continue;
                    }
                }
                // "qu'il ne pouvait appuyer le projet": "ne" alone before pouvoir or oser denies
                // it, as "ne … pas" does ("he could not support").
                if ((eq(t.key, "ne") || eq(t.key, "n'")) && i + 2 < e) {
                    const std::string_view said = bare_negated_modal(toks, i, e);
                    if (!said.empty()) {
                        out.words.emplace_back(said);
                        noun_at = std::string::npos;
                        i += 2;
                        continue;
                    }
                }
                // "n'étaient consultables que dans …", "ne peut que constater": "que" closing a
                // "ne" with no second negative word restricts: "only".
                if ((eq(t.key, "que") || eq(t.key, "qu'")) && i > 0 && closes_bare_ne(toks, i)) {
                    out.words.emplace_back("only");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "plus grave que prévu", "moins populaire qu'eux": after a comparative "que" is
                // "than" (not after "ne … plus", which is "no longer").
                if ((eq(t.key, "que") || eq(t.key, "qu'")) && i > b) {
                    bool comparative = false;
                    for (std::size_t k = i; k-- > b && k + 5 > i && !comparative;) {
                        if (toks[k]->kind != tok_kind::word) break;
                        comparative = (eq(toks[k]->key, "plus") || eq(toks[k]->key, "moins") ||
                                       eq(toks[k]->key, "davantage")) &&
                                      !(k > 0 && (eq(toks[k - 1]->key, "ne") || eq(toks[k - 1]->key, "n'")));
                        if (k + 1 < i && (toks[k]->pos & grammar::pos_verb) != 0 && !comparative) break;
                    }
                    if (comparative) {
                        out.words.push_back("than");
                        noun_at = std::string::npos;
                        ++i;
                        continue;
                    }
                }
                // "annonce de nouvelles sanctions": "de" before a plural adjective and its noun is
                // the partitive article, unsaid in English ("announces new sanctions").
                if ((eq(t.key, "de") || eq(t.key, "d'")) && i + 2 < e && toks[i + 1]->kind == tok_kind::word &&
                    (toks[i + 1]->pos & grammar::pos_adj) != 0 && (toks[i + 1]->pos & grammar::pos_verb) == 0 &&
                    (ends_with_text(toks[i + 1]->text, "s") || ends_with_text(toks[i + 1]->text, "x")) &&
                    toks[i + 2]->kind == tok_kind::word && (toks[i + 2]->pos & grammar::pos_noun) != 0 &&
                    (ends_with_text(toks[i + 2]->text, "s") || ends_with_text(toks[i + 2]->text, "x")) &&
                    // (After a verb that takes an object directly: "s'affranchira de nouvelles
                    // obligations" keeps its "de". At the start of an object, after the verb the
                    // caller said; after an infinitive, or a participle the cut left as the
                    // verb, "adopte de nouvelles sanctions".)
                    ((i > 1 && transitive_verb_before(toks, i)) || (i == b && !out.lead.empty()) ||
                     (i > b && (toks[i - 1]->pos & (grammar::pos_past_participle | grammar::pos_infinitive)) != 0 &&
                      (toks[i - 1]->pos & grammar::pos_noun) == 0 && !determiner_word(*toks[i - 2])))) {
                    plural_ = true;
                    ++i;
                    continue;
                }
                // "reporter de trois mois", "a augmenté de 5 %" -> "postpone by three months",
                // "has increased by 5%": "de" between a verb of the pack's measure_verbs and a
                // number is "by", as after the "en" phrases of a change the class lists ("en
                // recul de 4 %" -> "down by 4%"). A noun after its determiner is no verb ("une
                // baisse de 5 %" -> "a fall of 5%").
                if ((eq(t.key, "de") || eq(t.key, "d'")) && i > b && i + 1 < e &&
                    (toks[i + 1]->kind == tok_kind::number || (toks[i + 1]->pos & grammar::pos_number) != 0)) {
                    const tok& before = *toks[i - 1];
                    const bool en_phrase = i >= b + 2 && eq(toks[i - 2]->key, "en") &&
                                           lex_.measure_verbs.contains(std::string("en ").append(before.key));
                    const bool noun = (before.pos & grammar::pos_noun) != 0 && i >= b + 2 &&
                                      determiner_word(*toks[i - 2]);
                    const lexicon_entry* verb =
                        en_phrase || noun ? nullptr : verb_in(forms_of(lex_, before), false);
                    if (en_phrase || (verb != nullptr && lex_.measure_verbs.contains(verb->fr_key))) {
                        out.words.emplace_back("by");
                        noun_at = std::string::npos;
                        ++i;
                        continue;
                    }
                }
                // "l'administration Trump", "le cabinet Harper": a body named after its leader is
                // "the Trump administration", "the Harper cabinet". (Written with a capital, the
                // noun is the name's own: "Camp David".)
                if (i + 1 < e && !t.capitalised && (eq(t.key, "administration") || eq(t.key, "gouvernement") ||
                                  eq(t.key, "cabinet") || eq(t.key, "regime") || eq(t.key, "camp") ||
                                  eq(t.key, "clan"))) {
                    const tok& name = *toks[i + 1];
                    const form_hit* body = best_hit(t);
                    if (body != nullptr && lex_.entries[body->entry].pos == word_class::noun &&
                        name.kind == tok_kind::word && name.capitalised && !is_function_word(lex_, name) &&
                        country_of(lex_, name) < 0 && (i + 2 >= e || !toks[i + 2]->capitalised)) {
                        out.words.emplace_back(name.text);
                        out.words.push_back(lex_.entries[body->entry].en);
                        noun_at = out.words.size() - 1;
                        i += 2;
                        continue;
                    }
                }
                // "peu propice", "peu probable": "peu" before an adjective is "not very" ("peu de"
                // is "little", "few").
                if (eq(t.key, "peu") && i + 1 < e && (toks[i + 1]->pos & grammar::pos_adj) != 0 &&
                    (toks[i + 1]->pos & grammar::pos_infinitive) == 0 &&
                    !(i + 2 < e && (eq(toks[i + 2]->key, "de") || eq(toks[i + 2]->key, "d'"))) &&
                    !(i > b && (eq(toks[i - 1]->key, "un") || eq(toks[i - 1]->key, "tres")))) {
                    out.words.emplace_back("not very");
                    ++i;
                    continue;
                }
                // "vont signer" -> "will sign", "allaient pouvoir produire" -> "would be able to
                // produce": aller before an infinitive says what is to come ("va à Paris" is "goes").
                // (An adverbial may come between: "va de toute évidence être battu".)
                auto infinitive_ahead = [&] {
                    for (std::size_t k = i + 1; k < e && k < i + 6; ++k) {
                        const tok& n = *toks[k];
                        if (n.kind != tok_kind::word) return false;
                        if ((n.pos & grammar::pos_infinitive) != 0 &&
                            ((n.pos & grammar::pos_noun) == 0 || eq(n.key, "pouvoir") || eq(n.key, "devoir") ||
                             eq(n.key, "etre"))) {
                            return true;
                        }
                        if ((n.pos & (grammar::pos_verb | grammar::pos_noun)) != 0 && (n.pos & grammar::pos_adverb) == 0 &&
                            k == i + 1) {
                            return false;  // ("va à Paris", "allait mieux")
                        }
                    }
                    return false;
                };
                // (Every person: a quote says "nous allons signer" as often as a report "vont".)
                const bool goes = eq(t.key, "va") || eq(t.key, "vont") || eq(t.key, "vais") || eq(t.key, "vas") ||
                                  eq(t.key, "allons") || eq(t.key, "allez");
                const bool went = !goes && (eq(t.key, "allait") || eq(t.key, "allaient") || eq(t.key, "allais") ||
                                            eq(t.key, "allions") || eq(t.key, "alliez"));
                if (i + 1 < e && (goes || went) && infinitive_ahead()) {
                    out.words.emplace_back(goes ? "will" : "would");
                    ++i;
                    // ("allait devoir dépenser": "would have to spend")
                    if ((eq(toks[i]->key, "pouvoir") || eq(toks[i]->key, "devoir")) && i + 1 < e &&
                        (toks[i + 1]->pos & grammar::pos_infinitive) != 0) {
                        out.words.emplace_back(eq(toks[i]->key, "pouvoir") ? "be able to" : "have to");
                        ++i;
                    }
                    noun_at = std::string::npos;
                    continue;
                }
                // "Or la résolution a échoué": opening a sentence, "or" is the connective
                // ("Yet"), not the metal
                if (eq(t.key, "or") && t.capitalised && i == b && i + 1 < e && toks[i + 1]->kind != tok_kind::colon) {
                    out.words.emplace_back("Yet");
                    ++i;
                    continue;
                }
                // "l'été", "cet été": after a determiner, "été" is the season, not "been"
                if (eq(t.key, "ete") && i > b && (toks[i - 1]->pos & grammar::pos_determiner) != 0) {
                    out.words.emplace_back("summer");
                    noun_at = out.words.size() - 1;
                    ++i;
                    continue;
                }
                // "de façon inattendue" -> "in an unexpected way", "de manière peu diplomatique"
                // -> "in a not very diplomatic way": "de manière" or "de façon" and an adjective
                // (after an adverb of degree maybe) say the manner. (A phrase of the lexicon,
                // "de manière significative", says it its own way.)
                if (eq(t.key, "de") && i + 2 < e && (eq(toks[i + 1]->key, "maniere") || eq(toks[i + 1]->key, "facon")) &&
                    phrase_at(toks, i) == nullptr) {
                    static constexpr std::pair<std::string_view, std::string_view> degrees[] = {
                        {"tres", "very"}, {"peu", "not very"}, {"plus", "more"}, {"trop", "too"},
                        {"assez", "quite"}, {"si", "so"}, {"particulierement", "particularly"},
                        {"extremement", "extremely"}, {"totalement", "totally"}};
                    std::vector<std::string_view> said;
                    std::string adjective;
                    bool manner = false;
                    for (std::size_t k = i + 2; k < e && k < i + 5 && toks[k]->kind == tok_kind::word; ++k) {
                        const auto degree = std::find_if(std::begin(degrees), std::end(degrees),
                                                         [&](const auto& d) { return toks[k]->key == d.first; });
                        if (degree != std::end(degrees)) {
                            said.push_back(degree->second);
                            continue;
                        }
                        if ((toks[k]->pos & grammar::pos_adj) != 0) adjective = adjective_english(*toks[k]);
                        if (!adjective.empty()) {
                            // ("in an unexpected way", "in an ultra-violent way", "in a unique way")
                            const std::string_view first = said.empty() ? std::string_view(adjective) : said.front();
                            const bool vowel_u = first.size() > 2 && first[0] == 'u' &&
                                                 ((first[1] == 'n' && first[2] != 'i') || first[1] == 'l');
                            out.words.emplace_back(vowel_u ? "in an" : "in a");
                            for (const std::string_view d : said) out.words.emplace_back(d);
                            out.words.push_back(std::move(adjective));
                            out.words.emplace_back("way");
                            noun_at = std::string::npos;
                            i = k + 1;
                            manner = true;
                        }
                        break;
                    }
                    if (manner) continue;
                }
                // "devant le Parlement", "devant trois juges" -> "before parliament", "before
                // three judges": before a body that hears or judges, "devant" is "before" (in
                // front of a place it stays "in front of").
                if (eq(t.key, "devant") && i + 1 < e) {
                    std::size_t k = i + 1;
                    while (k < e && k < i + 3 && toks[k]->kind != tok_kind::comma &&
                           ((toks[k]->pos & (grammar::pos_determiner | grammar::pos_number)) != 0 ||
                            toks[k]->kind == tok_kind::number)) {
                        ++k;
                    }
                    if (k < e && lex_.hearing_bodies.contains(toks[k]->key)) {
                        out.words.emplace_back("before");
                        noun_at = std::string::npos;
                        ++i;
                        continue;
                    }
                }
                // "voulons pouvoir parvenir" -> "want to be able to reach", "pouvoir être
                // dépassé" -> "be able to be exceeded": the infinitive "pouvoir" before another
                // infinitive (over its object pronouns) is no noun.
                if (eq(t.key, "pouvoir") && i + 1 < e) {
                    const word_list& pronouns = clitics();
                    std::size_t k = i + 1;
                    while (k < e && k < i + 3 && pronouns.contains(toks[k]->key)) ++k;
                    if (k < e && toks[k]->kind == tok_kind::word && (toks[k]->pos & grammar::pos_infinitive) != 0) {
                        out.words.emplace_back("be able to");
                        noun_at = std::string::npos;
                        // ("pouvoir lui administrer" -> "be able to administer him": the object
                        // pronoun follows the verb)
                        const std::string_view pronoun = object_pronoun_english(toks[i + 1]->key, false);
                        if (k == i + 2 && !pronoun.empty() && said_bare(*toks[k], out)) {
                            out.words.emplace_back(pronoun);
                            i = k + 1;
                            continue;
                        }
                        ++i;
                        continue;
                    }
                }
                // "que nous devons partir" -> "that we must leave", "voulons partir" -> "want to
                // leave": a modal right before its infinitive, in every person. (Not "devait",
                // which reported speech makes "must": "estime que l'Europe devait accélérer",
                // and which the verb's own entry says so.)
                if (i + 1 < e && (toks[i + 1]->pos & grammar::pos_infinitive) != 0 &&
                    !eq(t.key, "devait") && !eq(t.key, "devaient")) {
                    if (const std::string_view said = modal_before_verb(t.key); !said.empty()) {
                        out.words.emplace_back(said);
                        noun_at = std::string::npos;
                        ++i;
                        continue;
                    }
                }
                // "pourraient ne plus être compris" -> "could no longer be understood", "doit ne
                // pas céder" -> "must not cede": a modal before a negated infinitive.
                if (i + 3 < e && (eq(toks[i + 1]->key, "ne") || eq(toks[i + 1]->key, "n'")) &&
                    (toks[i + 3]->pos & grammar::pos_infinitive) != 0 && !eq(t.key, "devait") &&
                    !eq(t.key, "devaient")) {
                    const std::string_view negation = eq(toks[i + 2]->key, "pas")      ? "not"
                                                      : eq(toks[i + 2]->key, "plus")   ? "no longer"
                                                      : eq(toks[i + 2]->key, "jamais") ? "never"
                                                                                       : "";
                    const std::string_view said = negation.empty() ? "" : modal_before_verb(t.key);
                    if (!said.empty()) {
                        out.words.push_back(modal_then_negation(said, negation));
                        noun_at = std::string::npos;
                        i += 3;
                        continue;
                    }
                }
                // "…, a annoncé la municipalité", "« … », ont déclaré les ministres": a verb of
                // speech after a comma or a closing quote, its subject after it, reports what
                // came before; English says it in the simple past ("…, announced the
                // municipality"), not "has announced". (Not before "que": "…, a ajouté qu'il"
                // is a statement of its own.)
                if ((eq(t.text, "a") || eq(t.key, "ont")) && i + 2 < e && reports_after(toks, b, i) &&
                    (toks[i + 1]->pos & grammar::pos_past_participle) != 0 && !toks[i + 1]->lemma.empty() &&
                    std::binary_search(speech_verbs_.begin(), speech_verbs_.end(), toks[i + 1]->lemma) &&
                    !eq(toks[i + 2]->key, "que") && !eq(toks[i + 2]->key, "qu'") &&
                    toks[i + 2]->kind != tok_kind::comma) {
                    if (const form_hit* h = verb_reading(lex_, *toks[i + 1], true)) {
                        out.words.push_back(english_past(lex_.entries[h->entry]));
                        noun_at = std::string::npos;
                        i += 2;
                        continue;
                    }
                }
                // "qui sont venus", "l'idée est venue": être before the participle of a verb that
                // takes it is that verb's past ("came"), no passive ("is come"); "était arrivé" is
                // "had arrived". (Not after "se": "s'est rendu" is the reflexive verb's.)
                if (i + 1 < e && (eq(t.key, "est") || eq(t.key, "sont") || eq(t.key, "etait") || eq(t.key, "etaient")) &&
                    (toks[i + 1]->pos & grammar::pos_past_participle) != 0 &&
                    (toks[i + 1]->pos & grammar::pos_etre_verb) != 0 &&
                    !(i > b && (eq(toks[i - 1]->key, "se") || eq(toks[i - 1]->key, "s'")))) {
                    const bool before = eq(t.key, "etait") || eq(t.key, "etaient");
                    // ("sont restées de marbre": the idiom's participle says it, "remained unmoved")
                    if (verb_idiom(toks, i + 1, e) != nullptr) {
                        if (before) out.words.emplace_back("had");
                        ++i;
                        continue;
                    }
                    if (const form_hit* h = verb_reading(lex_, *toks[i + 1], true)) {
                        const lexicon_entry& verb = lex_.entries[h->entry];
                        out.words.push_back(before ? "had " + english_pp(verb) : english_past(verb));
                        noun_at = std::string::npos;
                        i += 2;
                        continue;
                    }
                }
            }
            // ", a-t-il assuré", ", ajoute-t-elle": an inverted subject pronoun is said before
            // its verb, in the past after "a" ("he assured"), in the present after a simple verb
            // ("she adds"). (Only keys with a hyphen where a pronoun's ending puts it are asked:
            // "-il", "-on", "-ils", "-elle", "-elles".)
            if (hyphen_before_pronoun(t.key)) {
                if (const std::size_t said = inverted_subject(toks, i, e, out); said != 0) {
                    noun_at = std::string::npos;
                    i = said;
                    continue;
                }
            }
            // "le RER A", "la ligne B": a capital letter alone after a name is part of it, no
            // "à" written without its accent.
            if (t.text.size() == 1 && t.capitalised && i > b && toks[i - 1]->capitalised &&
                toks[i - 1]->kind == tok_kind::word) {
                out.words.emplace_back(t.text);
                ++i;
                continue;
            }
            if (keyed) {
                // "accusés d'avoir abandonné", "après avoir signé", "a nié avoir été informé": after
                // a preposition, or a verb English follows with a gerund, the compound infinitive is
                // "having abandoned", "having signed", "denied having been informed".
                if ((eq(t.key, "avoir") || eq(t.key, "etre")) && i + 1 < e &&
                    ((i > b && (eq(toks[i - 1]->key, "d'") || eq(toks[i - 1]->key, "de") ||
                                eq(toks[i - 1]->key, "apres") || eq(toks[i - 1]->key, "sans"))) ||
                     takes_gerund(out)) &&
                    (toks[i + 1]->pos & grammar::pos_past_participle) != 0 &&
                    (toks[i + 1]->pos & grammar::pos_unknown) == 0) {
                    // "d'être intervenu" is a compound past too ("having intervened"); "d'être
                    // manipulé" a passive ("being manipulated").
                    const bool compound = eq(t.key, "avoir") || (toks[i + 1]->pos & grammar::pos_etre_verb) != 0;
                    out.words.push_back(compound ? "having" : "being");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "un rapport non officiel", "les grossesses non désirées": "non" before an
                // adjective or a participle after its noun is English's prefix, and the word
                // goes before the noun as adjectives do ("a non-official report").
                if (eq(t.key, "non") && noun_at != std::string::npos && noun_at + 1 == out.words.size() &&
                    i + 1 < e) {
                    const std::string en = negated_modifier(*toks[i + 1]);
                    if (!en.empty()) {
                        put_before_noun(out, "non-" + en, noun_at);
                        i += 2;
                        continue;
                    }
                }
                // "en annonçant", "en dénonçant": the gerund says how, "by announcing".
                if (eq(t.key, "en") && i + 1 < e && (toks[i + 1]->pos & grammar::pos_present_participle) != 0 &&
                    (toks[i + 1]->pos & grammar::pos_unknown) == 0 && said_ing(*toks[i + 1], "by ", out)) {
                    noun_at = std::string::npos;
                    i += 2;
                    continue;
                }
            }
            // "Répondant aux accusations", "concernant le glyphosate": a present participle on its
            // own is the English -ing form ("Responding", "concerning").
            // (After a determiner it is a noun: "un tournant".)
            if ((t.pos & grammar::pos_present_participle) != 0 && (t.pos & grammar::pos_unknown) == 0 &&
                !(i > b && determiner_word(*toks[i - 1])) && said_ing(t, "", out)) {
                noun_at = std::string::npos;
                ++i;
                continue;
            }
            if (keyed) {
                // "secrétaire d'Etat au Transport", "ministre déléguée à la Santé": after a title, "à"
                // names the portfolio: "Secretary of State for Transport", "minister for Health".
                if ((eq(t.text, "\xc3\xa0") || eq(t.key, "au") || eq(t.key, "aux")) && i + 1 < e &&
                    !out.words.empty() && portfolio_title(out.words.back())) {
                    out.words.push_back("for");
                    ++i;
                    if (eq(t.text, "\xc3\xa0") && i + 1 < e &&
                        (eq(toks[i]->key, "la") || eq(toks[i]->key, "l'"))) {
                        ++i;
                    }
                    noun_at = std::string::npos;
                    continue;
                }
                // "à Paris", "au Liban" -> "in Paris", "in Lebanon": before a place, "à" says where
                // (after a verb of motion it says whither: "goes to Paris").
                if ((eq(t.text, "\xc3\xa0") || eq(t.key, "au") || eq(t.key, "aux")) && i + 1 < e &&
                    (place_at(toks, i + 1) || (eq(t.text, "\xc3\xa0") && unlisted_place_at(toks, i + 1, b))) &&
                    !after_motion(out)) {
                    // "au Liban" -> "in Lebanon", "aux Etats-Unis" -> "in the United States": the
                    // article is the country's to say (its en_article), and other places take none
                    // ("au Caire" -> "in Cairo"); a name the pack says with "the" keeps it ("au
                    // Sahel" -> "in the Sahel").
                    out.words.push_back((eq(t.key, "au") || eq(t.key, "aux")) && name_with_the(toks, i + 1) ? "in the" : "in");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "s'est rendu dans la région" -> "goes to the region": after a verb of motion,
                // "dans" says whither too.
                // (With no word before, only after a main verb the caller names: a run that opens
                // on "dans" with none is no motion.)
                if (eq(t.key, "dans") && i + 1 < e && (!out.words.empty() || !out.lead.empty()) &&
                    after_motion(out)) {
                    out.words.push_back("to");
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "à la Bourse de Paris", "à l'ONU": before an institution the pack names, "à" says
                // where ("at the Paris stock exchange", "at the UN").
                // (The verb of motion, dearer to ask, last.)
                if (eq(t.text, "\xc3\xa0") && i + 2 < e &&
                    (eq(toks[i + 1]->key, "la") || eq(toks[i + 1]->key, "le") || eq(toks[i + 1]->key, "l'")) &&
                    institution_at(toks, i + 2) && !after_motion(out)) {
                    out.words.push_back("at the");
                    noun_at = std::string::npos;
                    i += 2;
                    continue;
                }
                // "au château de Versailles", "à l'hôpital", "à la conférence": before a noun of a
                // place or a gathering, "à" says where ("at the palace of Versailles"); before a
                // span of time, when ("au premier trimestre" -> "in the first quarter").
                {
                    const bool au = eq(t.key, "au");
                    const bool a_the = eq(t.text, "\xc3\xa0") && i + 2 < e &&
                                       (eq(toks[i + 1]->key, "la") || eq(toks[i + 1]->key, "l'"));
                    const std::size_t noun = au ? i + 1 : i + 2;
                    // (an adjective may stand before the noun: "au premier débat")
                    auto in_class_at = [&](const folded_words& nouns, std::size_t k) {
                        return k < e && !toks[k]->capitalised && nouns.contains(toks[k]->key);
                    };
                    auto class_at = [&](const folded_words& nouns) {
                        return noun < e && (in_class_at(nouns, noun) || ((toks[noun]->pos & grammar::pos_adj) != 0 &&
                                                                         in_class_at(nouns, noun + 1)));
                    };
                    const bool period = (au || a_the) && class_at(lex_.periods);
                    if ((au || a_the) && (period || class_at(lex_.venues)) && !after_motion(out)) {
                        out.words.push_back(period ? "in the" : "at the");
                        noun_at = std::string::npos;
                        i = noun;
                        continue;
                    }
                }
            }
            // "Bruno Le Maire", "Jean-Yves Le Drian": after a first name and its particle, a
            // capitalised word is the name's, whatever else it means ("maire").
            if (t.kind == tok_kind::word && t.capitalised && i >= b + 2 && toks[i - 1]->capitalised &&
                (eq(toks[i - 1]->key, "le") || eq(toks[i - 1]->key, "la")) &&
                (toks[i - 2]->pos & grammar::pos_first_name) != 0 && toks[i - 2]->capitalised) {
                out.words.emplace_back(t.text);
                noun_at = out.words.size() - 1;
                ++i;
                continue;
            }
            // "Conduire avec autant de neige …": an infinitive opening the sentence is its
            // subject, said with -ing ("Driving with …").
            if (i == b && t.begin == first_begin_ && t.kind == tok_kind::word &&
                (t.pos & grammar::pos_infinitive) != 0 && (t.pos & grammar::pos_unknown) == 0 &&
                said_ing(t, "", out)) {
                noun_at = std::string::npos;
                ++i;
                continue;
            }
            // "Roman Polanski", "le Fine Gael": a capitalised word before a name the lexicon
            // does not know is that name's first part (a first name, a party's word), written
            // as it is when that is also English (a first name always is).
            if (name_part_at(toks, i, e)) {
                drop_article_before_name(out);
                title_before_name(toks, b, i, out, noun_at);
                out.words.emplace_back(t.text);
                noun_at = std::string::npos;
                ++i;
                continue;
            }
            const form_hit* hit = best_hit(t);
            // "le président Poutine" -> "President Putin": a person the pack spells otherwise in
            // English is said as other names are, after the title.
            if (hit != nullptr && t.capitalised && lex_.entries[hit->entry].pos == word_class::name &&
                !lex_.entries[hit->entry].en_the && t.country < 0 && in_person_name(t)) {
                drop_article_before_name(out);
                title_before_name(toks, b, i, out, noun_at);
                out.words.push_back(lex_.entries[hit->entry].en);
                noun_at = std::string::npos;
                ++i;
                continue;
            }
            // "le syndicat de policiers Alliance", "le parti Renaissance": a capitalised common
            // word right after a common noun, with no determiner of its own, is that noun's
            // name, written as it is.
            if (hit != nullptr && t.capitalised && t.kind == tok_kind::word && i > b && t.country < 0 &&
                lex_.entries[hit->entry].pos == word_class::noun && !acronym(t.text) &&
                !(i + 1 < e && toks[i + 1]->capitalised)) {
                const tok& before = *toks[i - 1];
                if (before.kind == tok_kind::word && !before.capitalised && (before.pos & grammar::pos_noun) != 0 &&
                    (before.pos & (grammar::pos_determiner | grammar::pos_verb)) == 0 &&
                    !is_title_word(lex_, before) && !lex_.named_kinds.contains(before.key)) {
                    out.words.emplace_back(t.text);
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
            }
            // "vingt-quatre départements" -> "twenty-four departments" (a word the lexicon does
            // not hold: "les Vingt-Sept" are the pack's)
            if (hit == nullptr && t.kind == tok_kind::word && t.key.size() > 8 &&
                t.key.find('-') != std::string_view::npos) {
                if (std::string n = english_compound_number(t.key); !n.empty()) {
                    out.words.push_back(std::move(n));
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
            }
            // "la politique" -> "the policy", "deux militaires français" -> "two French
            // soldiers": right after a determiner or a number, with no noun after it (nothing,
            // a function word, or an adjective that is no noun), a word that is an adjective or
            // a noun is the noun.
            // (or an adverb that is nothing else: "d'un prêt seulement", "a loan only")
            if (hit != nullptr && lex_.entries[hit->entry].pos == word_class::adj && i > b &&
                (determiner_word(*toks[i - 1]) || counts_before(*toks[i - 1])) &&
                (i + 1 >= e || toks[i + 1]->kind != tok_kind::word ||
                 is_function_word(lex_, *toks[i + 1]) || adjective_only(*toks[i + 1]) ||
                 ((toks[i + 1]->pos & grammar::pos_adverb) != 0 &&
                  (toks[i + 1]->pos & (grammar::pos_noun | grammar::pos_adj | grammar::pos_verb)) == 0))) {
                if (const form_hit* noun = noun_reading(t)) {
                    hit = noun;
                } else if (const std::string people = people_plural(lex_.entries[hit->entry].en);
                           !people.empty() && plural_words.has_key(*toks[i - 1])) {
                    // "les démocrates", "des conservateurs": an adjective of a party or a
                    // creed taken as a noun of people ("the Democrats", "the conservatives").
                    out.words.push_back(people);
                    noun_at = out.words.size() - 1;
                    ++i;
                    continue;
                }
            }
            // "l'entrée", "l'annonce", "cette troisième visite": after a determiner a verb form
            // is a noun; the pack's noun reading when it has one, else the dictionary's.
            if (hit != nullptr && lex_.entries[hit->entry].pos == word_class::verb &&
                after_determiner(toks, b, i)) {
                hit = noun_reading(t);
            }
            // "un bien précieux": so is an adverb the pack also knows as a noun.
            if (hit != nullptr && lex_.entries[hit->entry].pos == word_class::adv && i > b &&
                determiner_word(*toks[i - 1])) {
                if (const form_hit* noun = noun_reading(t)) hit = noun;
            }
            if (hit != nullptr) {
                const lexicon_entry& entry = lex_.entries[hit->entry];
                // "le comité exécutif", "les pays membres": right after a noun, a word the
                // grammar reads as an adjective is one, even when the pack knows it as a noun.
                const bool adjective_here =
                    entry.pos == word_class::adj ||
                    (entry.pos == word_class::noun && (t.pos & grammar::pos_adj) != 0 &&
                     (t.pos & grammar::pos_unknown) == 0 && !t.capitalised);
                // "une proposition de loi contraignant Boris Johnson à …": a present participle
                // with its object after it is the verb's -ing form ("a bill forcing Boris
                // Johnson"), not the adjective of the same spelling ("binding").
                // (The verb is found by its third person plural, which shares the participle's
                // stem: "contraignant", "contraignent".)
                if (adjective_here && (t.pos & grammar::pos_present_participle) != 0 && t.key.size() > 5 &&
                    ends_with_text(t.key, "ant") && i + 1 < e &&
                    (determiner_word(*toks[i + 1]) ||
                     // ("le Premier ministre sortant Leo Varadkar": after a title the name is
                     // the title's, "outgoing")
                     (toks[i + 1]->capitalised && !(i > b && is_title_word(lex_, *toks[i - 1]))))) {
                    std::string plural(t.key.substr(0, t.key.size() - 3));
                    plural += "ent";
                    if (const lexicon_entry* verb = verb_in(lex_.hits_of(plural), false)) {
                        out.words.push_back(english_ing(*verb));
                        noun_at = std::string::npos;
                        ++i;
                        continue;
                    }
                }
                // "les femmes retenues dans les camps", "les otages détenus par le groupe" -> "the
                // women retained in the camps", "the hostages held by the group": right after a
                // noun and before a preposition, a form that is a noun and a participle is the
                // participle, said after the noun.
                if (entry.pos == word_class::noun && (t.pos & grammar::pos_past_participle) != 0 && i > b &&
                    i + 1 < e && noun_at != std::string::npos && noun_at + 1 == out.words.size() &&
                    (toks[i - 1]->pos & grammar::pos_noun) != 0) {
                    static const word_list prepositions{"par", "dans", "depuis", "en", "sur", "lors", "pendant"};
                    if (prepositions.contains(toks[i + 1]->key)) {
                        std::string_view stem = t.key;
                        if (stem.size() > 3 && stem.back() == 's') stem.remove_suffix(1);
                        if (stem.size() > 3 && stem.back() == 'e') stem.remove_suffix(1);
                        if (const lexicon_entry* verb = verb_in(lex_.hits_of(stem), true)) {
                            out.words.push_back(entry_form(*verb, word_answers::form::participle));
                            noun_at = std::string::npos;
                            ++i;
                            continue;
                        }
                    }
                }
                // (Not after a number, which heads no noun phrase: "quinze membres" is "fifteen
                // members", "membres" the noun.)
                const bool number_before =
                    i > b && (counts_before(*toks[i - 1]) || (toks[i - 1]->pos & grammar::pos_number) != 0);
                if (adjective_here && noun_at != std::string::npos && !number_before &&
                    noun_at + 1 == out.words.size()) {
                    // post-nominal adjective: before the noun in English ("une position
                    // commune": the adjective "commun", not the noun "commune")
                    const form_hit* adj = entry.pos == word_class::adj ? hit : adjective_reading(t);
                    // "des substances chimiques différentes" -> "different chemical
                    // substances": each goes before those said before it
                    put_before_noun(out, lex_.entries[(adj != nullptr ? adj : hit)->entry].en, noun_at);
                    ++i;
                    continue;
                }
                if (entry.en.empty()) {
                    // "du", "des" after a noun are "of the", "of"; elsewhere they go unsaid
                    static const word_list number_words{"two", "three", "four", "five", "six",
                                                        "seven", "eight", "nine", "ten"};
                    const bool after_number = !out.words.empty() && !out.words.back().empty() &&
                                              (std::isdigit(static_cast<unsigned char>(out.words.back().back())) != 0 ||
                                               out.words.back().back() == '%' ||
                                               number_words.count(out.words.back()) != 0);
                    if ((eq(t.key, "du") || eq(t.key, "des")) &&
                        ((noun_at != std::string::npos && noun_at + 1 == out.words.size()) ||
                         after_number)) {
                        // ("des Nations unies" -> "of the United Nations": a name the pack
                        // says with "the")
                        // ("du Brexit", "du Darfour" -> "of Brexit", "of Darfur": before a name
                        // that is nothing else, "du" drops its article, unless the pack says the
                        // name with "the"; "du Conseil", "du Nouveau Centre" keep it)
                        const bool du_before_name = eq(t.key, "du") && i + 1 < e && toks[i + 1]->capitalised &&
                                                    toks[i + 1]->kind == tok_kind::word &&
                                                    !is_function_word(lex_, *toks[i + 1]) &&
                                                    !is_title_word(lex_, *toks[i + 1]) && proper_name(*toks[i + 1]);
                        // ("du chômage" -> "of unemployment": a noun of the pack's mass_nouns,
                        // at large)
                        const bool du_mass = eq(t.key, "du") && mass_noun_at(toks, i + 1, e);
                        const bool the = (eq(t.key, "du") && !du_before_name && !du_mass) || after_number ||
                                         (i + 1 < e && toks[i + 1]->capitalised && name_with_the(toks, i + 1));
                        out.words.push_back(the ? "of the" : "of");
                        noun_at = std::string::npos;
                    }
                    ++i;
                    continue;
                }
                // "la France" -> "France", "le Hamas" -> "Hamas" (the article only: "aucun
                // État" is "no state")
                // ("l'Union européenne" -> "the European Union": a name the pack says with "the")
                // ("le Parlement britannique" -> "the British parliament": a capitalised common
                // noun that a nationality follows is that country's institution, and keeps it)
                if (entry.pos == word_class::det && eq(entry.en, "the") && i + 1 < e &&
                    (toks[i + 1]->capitalised && !is_function_word(lex_, *toks[i + 1])) &&
                    !name_with_the(toks, i + 1) && !national_institution(toks, i + 1, e) &&
                    !(capitalised_common_noun(toks, i + 1, e) &&
                      !(out.words.size() >= 2 && eq(out.words.back(), "of") &&
                        portfolio_title(out.words[out.words.size() - 2])))) {
                    ++i;
                    continue;
                }
                // "la coopération bilatérale" -> "bilateral cooperation": a noun of the pack's
                // mass_nouns, at large, goes without its article
                if (entry.pos == word_class::det && eq(entry.en, "the") && !eq(t.key, "les") &&
                    mass_noun_at(toks, i + 1, e)) {
                    ++i;
                    continue;
                }
                // "qu'il renonçait" -> "that he renounced": the French past of a verb that is no
                // auxiliary nor modal is the English simple past, unless compression put it in
                // the present
                if (entry.pos == word_class::verb && (t.pos & grammar::pos_past) != 0 &&
                    (t.pos & (grammar::pos_past_participle | grammar::pos_aux)) == 0 && rewritten_present(t)) {
                    const bool plural = plural_form(t.pos);
                    push_content(out, entry, plural ? form_kind::base : form_kind::present3s, noun_at);
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // (The head word of the English, for verbs only: the branches below are theirs.)
                const std::string_view head = entry.pos == word_class::verb
                                                  ? std::string_view(entry.en).substr(0, entry.en.find(' '))
                                                  : std::string_view();
                if (entry.pos == word_class::verb && (t.pos & grammar::pos_past) != 0 &&
                    (t.pos & (grammar::pos_present | grammar::pos_infinitive | grammar::pos_past_participle |
                              grammar::pos_noun | grammar::pos_aux)) == 0 &&
                    !(i + 1 < e && (toks[i + 1]->pos & grammar::pos_infinitive) != 0) && head != "be" &&
                    head != "have" && !english_modal(head)) {
                    out.words.push_back(english_past(entry));
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "qu'il signera" -> "that he will sign", "qu'il signerait" -> "would sign"
                if (entry.pos == word_class::verb && (t.pos & (grammar::pos_future | grammar::pos_conditional)) != 0 &&
                    (t.pos & (grammar::pos_present | grammar::pos_infinitive | grammar::pos_past_participle |
                              grammar::pos_noun)) == 0) {
                    // ("devront" -> "will have to", "pourrait" -> "could": no modal after "will")
                    out.words.push_back(verb_in_time(entry, (t.pos & grammar::pos_future) != 0));
                    noun_at = std::string::npos;
                    ++i;
                    continue;
                }
                // "ont fait savoir" -> "have made known": after an auxiliary, a form that is a
                // present and a participle alike ("fait") is the participle.
                if (hit->form != form_kind::participle && i > b && avoir_auxiliary(*toks[i - 1])) {
                    if (const lexicon_entry* verb = verb_in(forms_of(lex_, t), true)) {
                        push_content(out, *verb, form_kind::participle, noun_at);
                        ++i;
                        continue;
                    }
                }
                push_content(out, entry, hit->form, noun_at);
                ++i;
                continue;
            }
            const bool name_follows = i + 1 < e && toks[i + 1]->capitalised &&
                                      toks[i + 1]->kind == tok_kind::word;
            // At the opening, the grammar's part of speech tells a common word from a name.
            const bool grammar_common = t.pos != 0 && (t.pos & grammar::pos_unknown) == 0 &&
                                        (t.pos & grammar::pos_proper) == 0;
            const bool alone = !name_follows && (i == b || !toks[i - 1]->capitalised ||
                                                 toks[i - 1]->kind != tok_kind::word);
            // (Asked of a capitalised word only, the one case that reads it.)
            auto opening_common = [&] {
                // A French common noun takes a determiner: a capitalised word alone before the
                // verb ("Ashkenazi est nommé") is a name, whatever else the dictionary reads in it.
                const bool bare_subject = t.begin == first_begin_ && (t.pos & grammar::pos_pronoun) == 0 &&
                                          t.key.find('-') == std::string_view::npos && whole_subject(t);
                return (t.begin == first_begin_ && !bare_subject &&
                        (grammar_common || answers_.has_french_ending(lex_, t.key))) ||
                       // a lone capitalised common word after a quote or a stop ("… . Intolérable")
                       (alone && grammar_common && !fallback_of(t).en.empty());
            };
            // "Afro-américain", "Nord-Coréens": a capitalised compound whose parts the pack
            // can say is a nationality, said part by part ("Afro-American"), not a name.
            if (t.capitalised && t.key.find('-') != std::string::npos) {
                if (std::string composed = with_prefix(t); !composed.empty()) {
                    // a capitalised plural is the people: "les Nord-Coréens", "North Koreans"
                    if (t.key.back() == 's' && composed.back() != 's') composed += 's';
                    out.words.push_back(std::move(composed));
                    ++i;
                    continue;
                }
            }
            if (t.capitalised && (name_follows || !opening_common())) {
                // A name carries over as written (a capitalised common word opening the
                // sentence is no name: "Actuellement").
                // "l'action EADS", "les groupes UMP": an acronym naming what the noun before
                // it is goes before it in English ("the EADS share", "the UMP groups").
                // ("l'affaire Benalla", "le gouvernement Castex", "le rapport Duchesneau": so does
                // a name after a noun it names the kind of, "the Benalla affair")
                if ((acronym(t.text) || (i > b && lex_.named_kinds.contains(toks[i - 1]->key) && t.country < 0 &&
                                         (t.pos & (grammar::pos_proper | grammar::pos_unknown)) != 0)) &&
                    !name_follows && noun_at != std::string::npos &&
                    noun_at + 1 == out.words.size() && noun_at > 0 && i > b &&
                    !toks[i - 1]->capitalised) {
                    out.words.emplace(out.words.begin() + static_cast<long>(noun_at), t.text);
                    ++noun_at;
                    ++i;
                    continue;
                }
                // (a name of two or three words as well: "la secte Boko Haram", "l'affaire
                // Alexandre Benalla" -> "the Boko Haram sect", "the Alexandre Benalla affair"; not
                // when the name runs on into another capitalised word, or is a country's)
                if (name_follows && i > b && noun_at != std::string::npos && noun_at > 0 &&
                    noun_at + 1 == out.words.size() && !toks[i - 1]->capitalised &&
                    lex_.named_kinds.contains(toks[i - 1]->key)) {
                    std::size_t end = i;
                    while (end < e && end < i + 4 && toks[end]->kind == tok_kind::word && toks[end]->capitalised &&
                           toks[end]->country < 0 && !acronym(toks[end]->text)) {
                        ++end;
                    }
                    if (end - i >= 2 && end - i <= 3 && (end == e || !toks[end]->capitalised)) {
                        for (std::size_t k = i; k < end; ++k) {
                            out.words.emplace(out.words.begin() + static_cast<long>(noun_at), toks[k]->text);
                            ++noun_at;
                        }
                        i = end;
                        continue;
                    }
                }
                drop_article_before_name(out);
                title_before_name(toks, b, i, out, noun_at);
                // "cette Europe-là": the French "-là" or "-ci" of a demonstrative is no part of
                // the name ("this Europe").
                std::string_view name = t.text;
                if (name.size() > 5 && ends_with_text(name, "-l\xc3\xa0")) name.remove_suffix(4);
                if (name.size() > 4 && ends_with_text(name, "-ci")) name.remove_suffix(3);
                out.words.emplace_back(name);
                noun_at = out.words.size() - 1;
                ++i;
                continue;
            }
            // "franco-allemand" -> "Franco-German", "ex-ministre" -> "former minister"
            if (std::string composed = with_prefix(t); !composed.empty()) {
                // a nationality right after its noun goes before it: "le cinéaste
                // franco-polonais" -> "the Franco-Polish filmmaker"
                // (and so does a "pro-" or "anti-" word: "le parti pro-kurde" -> "the pro-Kurd
                // party")
                // (and an adjective of degree: "des groupuscules ultra-violents" -> "ultra-violent
                // small groups")
                // (A word the dictionary does not know is read so too, after its noun.)
                const bool degree = ((t.pos & grammar::pos_adj) != 0 || (t.pos & grammar::pos_unknown) != 0) &&
                                    (t.pos & grammar::pos_noun) == 0 &&
                                    (composed.rfind("ultra-", 0) == 0 || composed.rfind("super-", 0) == 0 ||
                                     composed.rfind("neo-", 0) == 0 || composed.rfind("non-", 0) == 0 ||
                                     composed.rfind("multi-", 0) == 0);
                const bool stance = composed.find('-') != std::string::npos && composed.find(' ') == std::string::npos &&
                                    (composed.rfind("pro-", 0) == 0 || composed.rfind("anti-", 0) == 0 || degree);
                if (!t.capitalised && ((composed[0] >= 'A' && composed[0] <= 'Z') || stance) &&
                    noun_at != std::string::npos && noun_at + 1 == out.words.size()) {
                    out.words.insert(out.words.begin() + static_cast<long>(noun_at), std::move(composed));
                    ++noun_at;
                } else if (const std::size_t space = composed.find(' ');
                           !t.capitalised && space != std::string::npos && (t.pos & grammar::pos_adj) == 0 &&
                           (t.pos & (grammar::pos_verb | grammar::pos_past_participle)) == 0) {
                    // "l'ex-président américain", "son ex-rival électoral" -> "the former American
                    // president", "his former electoral rival": a noun said after its prefix's
                    // word is the noun its adjectives go before.
                    out.words.push_back(composed.substr(0, space));
                    out.words.push_back(composed.substr(space + 1));
                    noun_at = out.words.size() - 1;
                    modifiers_at_ = noun_at;
                } else {
                    out.words.push_back(std::move(composed));
                }
                ++i;
                continue;
            }
            const lexicon::fallback_hit* found = &fallback_of(t);
            if (found->en.empty() && !t.lemma.empty() && t.lemma != t.key) {
                found = &answers_.fallback(lex_, t.lemma, {});
            }
            const lexicon::fallback_hit& fb = *found;
            if (!fb.en.empty()) {
                std::string w = fb.en;
                // (A participle after "be" is one whatever the dictionary lists first: "soit
                // esquissée", "be outlined", not a noun.)
                static const word_list be{"be", "is", "are", "was", "were", "been", "being"};
                const bool passive = (t.pos & grammar::pos_past_participle) != 0 && !out.words.empty() &&
                                     be.contains(out.words.back());
                if (fb.pos == word_class::verb || passive) {
                    // a participle ("prononcé") reads as an English participle; other verb
                    // forms as the lemma
                    lexicon_entry v;
                    v.en = fb.en;
                    if (ends_in_participle_e(t.text)) {
                        w = english_pp(v);
                        // "typeset", "cut": an irregular participle the rule cannot form is
                        // the base form more often than not.
                        if (!is_english_word(w)) w = fb.en;
                    } else if ((t.pos & grammar::pos_past) != 0 &&
                               (t.pos & (grammar::pos_present | grammar::pos_noun | grammar::pos_aux)) == 0) {
                        // "renonçait" -> "renounced" (when English has the word so formed)
                        std::string past = english_past(v);
                        if (is_english_word(past.substr(0, past.find(' ')))) w = std::move(past);
                    } else if ((t.pos & grammar::pos_present) != 0 && (t.pos & grammar::pos_3sg) != 0 &&
                               (t.pos & (grammar::pos_3pl | grammar::pos_noun | grammar::pos_adj |
                                         grammar::pos_aux)) == 0) {
                        // "le ministre chuchote" -> "whispers"
                        std::string third = entry_form(v, word_answers::form::third_person);
                        if (is_english_word(third.substr(0, third.find(' ')))) w = std::move(third);
                    }
                }
                // (A finite verb after its subject stays after it: "le ministre chuchotait" ->
                // "the minister whispered"; an adjective or participle goes before its noun.)
                constexpr uint32_t finite_pos = grammar::pos_present | grammar::pos_past | grammar::pos_future |
                                                grammar::pos_conditional | grammar::pos_subjunctive;
                const bool finite_verb = fb.pos == word_class::verb && (t.pos & finite_pos) != 0 &&
                                         (t.pos & (grammar::pos_past_participle | grammar::pos_adj |
                                                   grammar::pos_noun)) == 0;
                // (before the modifiers said there from after it before: "une décision
                // municipale inhabituelle" -> "an unusual municipal decision")
                if ((fb.pos == word_class::adj || fb.pos == word_class::verb) && !finite_verb &&
                    noun_at != std::string::npos && noun_at + 1 == out.words.size()) {
                    put_before_noun(out, std::move(w), noun_at);
                    ++i;
                    continue;
                }
                // "un sarcophage romain", "une mentalité colonialiste" -> "a Roman sarcophagus",
                // "a colonialist mentality": right after a noun, a word the dictionary gives as a
                // noun that the grammar reads as an adjective too modifies it, when its English
                // reads as one too (a people's name, or a word ending as adjectives do; no
                // plural).
                auto reads_as_adjective = [](std::string_view en) {
                    if (en.empty() || en.find(' ') != std::string_view::npos || en.back() == 's') return false;
                    if (en[0] >= 'A' && en[0] <= 'Z') return true;
                    for (const std::string_view end : {"ist", "ian", "ic", "al", "ive", "ary", "ish", "ese"}) {
                        if (en.size() > end.size() + 2 && en.substr(en.size() - end.size()) == end) return true;
                    }
                    return false;
                };
                if (fb.pos == word_class::noun && !t.capitalised && (t.pos & grammar::pos_adj) != 0 &&
                    reads_as_adjective(w) &&
                    (t.pos & grammar::pos_unknown) == 0 && noun_at != std::string::npos &&
                    noun_at + 1 == out.words.size() && i > b && (toks[i - 1]->pos & grammar::pos_noun) != 0) {
                    put_before_noun(out, std::move(w), noun_at);
                    ++i;
                    continue;
                }
                out.words.push_back(std::move(w));
                // ("un dignitaire étranger" -> "a foreign dignitary": after a determiner, a word
                // the grammar reads as a noun is one, whatever the dictionary said first)
                const bool noun_after_determiner = fb.pos == word_class::adj && (t.pos & grammar::pos_noun) != 0 &&
                                                   i > b && determiner_word(*toks[i - 1]);
                noun_at = fb.pos == word_class::noun || fb.pos == word_class::other || noun_after_determiner
                              ? out.words.size() - 1
                              : std::string::npos;
                if (noun_at != std::string::npos) modifiers_at_ = noun_at;
                ++i;
                continue;
            }
            // "al-Qaida", "el-Sissi", "ben-Gourion": a name after an Arabic or Hebrew article is
            // a name, written as it is.
            if (t.kind == tok_kind::word && !t.capitalised && t.text.size() > 4) {
                const std::string_view w = t.text;
                const std::size_t dash = w.find('-');
                if ((dash == 2 || dash == 3) && dash + 1 < w.size() && w[dash + 1] >= 'A' && w[dash + 1] <= 'Z' &&
                    (w.compare(0, dash, "al") == 0 || w.compare(0, dash, "el") == 0 ||
                     w.compare(0, dash, "ben") == 0 || w.compare(0, dash, "abu") == 0)) {
                    out.words.emplace_back(w);
                    noun_at = out.words.size() - 1;
                    modifiers_at_ = noun_at;
                    ++i;
                    continue;
                }
            }
            // A word neither dictionary lists that English writes the same ("danger",
            // "courage", "laser") is said as written, as a noun: a shared word or a loan. (False
            // friends the word lists share, "pied" or "stage", belong in the pack's lexicon.)
            constexpr uint32_t finite_forms = grammar::pos_present | grammar::pos_past | grammar::pos_future |
                                              grammar::pos_conditional | grammar::pos_subjunctive;
            // (An infinitive or -ant form is a verb even when a noun is spelt so, "lever"; a
            // finite form or participle only when it is no noun or adjective.)
            const bool verb_form =
                (t.pos & (grammar::pos_infinitive | grammar::pos_present_participle)) != 0 ||
                ((t.pos & (finite_forms | grammar::pos_past_participle)) != 0 &&
                 (t.pos & (grammar::pos_noun | grammar::pos_adj)) == 0);
            if (t.kind == tok_kind::word && !t.elided && t.text.size() >= 4 && !verb_form &&
                t.key == t.text && is_english_word(std::string(t.key))) {
                // ("négociations tripartites": an English adjective takes no plural.)
                const bool adjective = (t.pos & grammar::pos_adj) != 0 && (t.pos & grammar::pos_noun) == 0;
                const std::string_view singular = t.text.substr(0, t.text.size() - 1);
                if (adjective && (t.text.back() == 's' || t.text.back() == 'x') &&
                    is_english_word(std::string(singular))) {
                    out.words.emplace_back(singular);
                } else {
                    out.words.emplace_back(t.text);
                }
                noun_at = out.words.size() - 1;
                modifiers_at_ = noun_at;
                ++i;
                continue;
            }
            // An unknown word after a noun or adjective modifies it: it can go unsaid. An
            // unknown word after a determiner or preposition heads its phrase: the phrase
            // cannot be said; nor can a finite verb, which modifies nothing ("Emmanuel Macron
            // fâche l'Ukraine" is not "Emmanuel Macron Ukraine").
            const uint32_t pos = toks[i]->pos;
            const bool finite_verb = (pos & finite_forms) != 0 && (pos & (grammar::pos_noun | grammar::pos_adj)) == 0;
            if (i > b && noun_at != std::string::npos && !finite_verb &&
                !is_function_word(lex_, *toks[i - 1])) {
                ++i;
                continue;
            }
            out.complete = false;
            out.said = i - b;
            return out;
        }
        out.said = e - b;
        return out;
    }

private:
    // What the lexicon says of one token, once asked.
    struct token_memo {
        const form_hit* hit = nullptr;
        bool hit_known = false;
        const lexicon::fallback_hit* fallback = nullptr;  // fallback_word(key, text), once asked
        // The phrase opening at the token (phrase_at), and the run of tokens and the index it
        // was asked for: the token is said again by several runs and branches over the same
        // tokens, and the phrases opening with a frequent word ("de", "la") are many.
        const std::pair<std::vector<std::string>, uint32_t>* phrase = nullptr;
        const tok* const* phrase_toks = nullptr;
        std::size_t phrase_n = 0, phrase_at = 0;
        uint64_t stamp = 0;  // the translator's that filled it
    };
    // Memo storage of finished translators, per thread (a translator then allocates none),
    // and the last stamp given.
    struct memo_pool {
        std::vector<std::vector<token_memo>> free;
        uint64_t stamps = 0;
    };

public:
    // What translators keep per thread, in one thread_local (a read of one in a shared
    // library is a call, and the translator made four): the lexicon's answers and phrase
    // pairs, the memos' storage and the runs' rooms for words.
    struct thread_state {
        word_answers answers;
        phrase_pairs pairs;
        memo_pool memos;
        word_rooms rooms;
    };
    static thread_state& of_thread() {
        // (Through a pointer, set once: the object's own read also tests its guard, a second
        // call.)
        thread_local thread_state* known = nullptr;
        if (known != nullptr) return *known;
        thread_local thread_state state;
        known = &state;
        return state;
    }

private:
    token_memo* memo_of(const tok& t) const {
        if (base_ == nullptr || &t < base_ || &t >= base_ + memo_size_) return nullptr;
        token_memo& m = memo_[static_cast<std::size_t>(&t - base_)];
        if (m.stamp != stamp_) {
            m = token_memo{};
            m.stamp = stamp_;
        }
        return &m;
    }
    const form_hit* best_hit(const tok& t) const {
        token_memo* m = memo_of(t);
        if (m == nullptr) return find_best_hit(t);
        if (!m->hit_known) {
            m->hit = find_best_hit(t);
            m->hit_known = true;
        }
        return m->hit;
    }
    const lexicon::fallback_hit& fallback_of(const tok& t) const {
        token_memo* m = memo_of(t);
        if (m == nullptr) return answers_.fallback(lex_, t.key, t.text);
        if (m->fallback == nullptr) m->fallback = &answers_.fallback(lex_, t.key, t.text);
        return *m->fallback;
    }
    // The longest lexicon phrase opening at toks[at] (phrase_at_token over toks).
    // (Most words open none, which their lexicon readings say: asked before the call.)
    [[gnu::always_inline]] const std::pair<std::vector<std::string>, uint32_t>* phrase_at(
        const std::vector<const tok*>& toks, std::size_t at) const {
        const tok& t = *toks[at];
        if (t.forms_known && t.phrases == nullptr) return nullptr;  // (opens none: phrase_at_token)
        return phrase_opening(toks, at);
    }
    const std::pair<std::vector<std::string>, uint32_t>* phrase_opening(const std::vector<const tok*>& toks,
                                                                        std::size_t at) const {
        const tok& t = *toks[at];
        // (Most words open no phrase with the next: the table says so, before the memo.)
        if (!pairs_.may_open(t, at + 1 < toks.size() ? toks[at + 1] : nullptr)) return nullptr;
        auto key_at = [&](std::size_t k) -> std::string_view { return toks[k]->key; };
        token_memo* m = memo_of(t);
        if (m == nullptr) return phrase_at_token(lex_, t, toks.size(), at, key_at);
        if (m->phrase_toks != toks.data() || m->phrase_n != toks.size() || m->phrase_at != at) {
            m->phrase = phrase_at_token(lex_, t, toks.size(), at, key_at);
            m->phrase_toks = toks.data();
            m->phrase_n = toks.size();
            m->phrase_at = at;
        }
        return m->phrase;
    }
    const form_hit* find_best_hit(const tok& t) const {
        // The grammar's lemma (hunspell) finds irregular forms the pack does not list.
        const form_hits* hits = forms_of(lex_, t);
        const std::string_view* key = &t.key;
        if (!t.lemma.empty() && hits == nullptr) {
            if (const form_hits* lemma_hits = lex_.hits_of(t.lemma)) {
                hits = lemma_hits;
                key = &t.lemma;
            }
        }
        if (hits == nullptr || hits->empty()) {
            // Content words only: a guessed lemma must not turn a name into a common word.
            const form_hit* g = t.capitalised ? nullptr : answers_.guess(lex_, *key);
            return g != nullptr && !function_classes_hit(g) ? g : nullptr;
        }
        const auto& found = *hits;
        // (Asked once, not per hit.)
        const bool a_grave = eq(t.text, "\xc3\xa0");
        // Function words first ("a" is "has" only after a subject: the caller handles verbs).
        if (a_grave) {
            for (const auto& h : found) {
                if (lex_.entries[h.entry].pos == word_class::prep) return &h;
            }
        }
        // "dirigé par" is "led by": a written accent marks the participle, which folded keys
        // merge with the present ("dirige").
        // A noun of the same spelling ("traité") keeps its reading.
        // (The noun test, which writes the word in lower case, only for such endings.)
        auto noun = [&] {
            // (A word opening on a lower-case ASCII letter is its own: no copy made.)
            std::string written;
            const bool lower = !t.text.empty() && t.text[0] >= 'a' && t.text[0] <= 'z';
            const std::string_view w = lower ? std::string_view(t.text) : std::string_view(written = lower_first(t.text));
            return std::any_of(found.begin(), found.end(), [&](const form_hit& h) {
                const lexicon_entry& e = lex_.entries[h.entry];
                // (e.fr + "s" == written, without building the plural)
                return e.pos == word_class::noun &&
                       (e.fr == w || (w.size() == e.fr.size() + 1 && w.back() == 's' &&
                                      w.compare(0, e.fr.size(), e.fr) == 0));
            });
        };
        if (ends_in_participle_e(t.text) && !noun()) {
            for (const auto& h : found) {
                if (lex_.entries[h.entry].pos == word_class::verb && h.form == form_kind::participle) {
                    return &h;
                }
            }
        }
        if (!a_grave) {
            for (const auto& h : found) {
                if (same_bytes(lex_.entries[h.entry].fr, t.text)) return &h;
            }
            // "équilibres" is the noun "équilibre"'s plural, not the adjective "équilibré"'s,
            // which folds to the same key: the written plural of an entry decides too.
            const std::string_view text = t.text;
            if (text.size() > 2 && (text.back() == 's' || text.back() == 'x') && found.size() > 1) {
                for (const auto& h : found) {
                    const std::string& fr = lex_.entries[h.entry].fr;
                    if (fr.size() + 1 == text.size() && text.compare(0, fr.size(), fr) == 0) return &h;
                }
            }
        }
        // A finite form found by its lemma is the verb's, not a noun's of the same spelling
        // ("pourra": "pouvoir", "can", not "power").
        constexpr uint32_t finite = grammar::pos_present | grammar::pos_past | grammar::pos_future |
                                    grammar::pos_conditional | grammar::pos_subjunctive;
        if (key == &t.lemma && (t.pos & finite) != 0 && (t.pos & (grammar::pos_noun | grammar::pos_adj)) == 0) {
            for (const auto& h : found) {
                if (lex_.entries[h.entry].pos == word_class::verb) return &h;
            }
        }
        return &found.front();
    }

    // The pack's verb idiom opened at toks[at] by a form of its verb ("a mis fin à" reads
    // "mettre fin à"), when one matches within toks[at, e) and none of its words opens a longer
    // phrase running past it ("mis en garde à vue" is no "mettre en garde"): the phrase, whose
    // second member is the entry.
    // (Most tokens are no verb: asked here, before the call.)
    [[gnu::always_inline]] const std::pair<std::vector<std::string>, uint32_t>* verb_idiom(
        const std::vector<const tok*>& toks, std::size_t at, std::size_t e) const {
        const tok& t = *toks[at];
        if ((t.pos & grammar::pos_verb) == 0 || t.lemma.empty()) return nullptr;
        return verb_idiom_of(toks, at, e);
    }
    const std::pair<std::vector<std::string>, uint32_t>* verb_idiom_of(const std::vector<const tok*>& toks,
                                                                       std::size_t at, std::size_t e) const {
        const tok& t = *toks[at];
        auto key_at = [&](std::size_t k) -> std::string_view { return toks[k]->key; };
        const tok* next = at + 1 < e ? toks[at + 1] : nullptr;
        const std::pair<std::vector<std::string>, uint32_t>* p = nullptr;
        if (t.lemma != t.key) {
            if (!pairs_.may_open(grammar::short_hash(t.lemma), next)) return nullptr;
            auto it = find_word(lex_.phrases, t.lemma);
            if (it == lex_.phrases.end()) return nullptr;
            p = lexicon::phrase_in(it->second, e, at, key_at);
        } else if ((t.pos & grammar::pos_infinitive) == 0 && at + 1 < e && toks[at + 1]->kind == tok_kind::word &&
                   !(at > 0 && determiner_word(*toks[at - 1]))) {
            // A form the grammar gave its noun's lemma ("serre", a greenhouse; "rendu"): the
            // verb's lemma, of the -er verbs ("serre", "serré", "serrent": "serrer la main") or
            // the -re ones ("rendu": "rendre hommage"). (Made on the stack: most such words
            // open no idiom.)
            const std::string_view k = t.key;
            std::size_t stem = 0;
            std::string_view ending;
            if (k.size() > 3 && k.back() == 'e') {
                stem = k.size(), ending = "r";
            } else if (k.size() > 5 && k.substr(k.size() - 3) == "ent") {
                stem = k.size() - 2, ending = "r";
            } else if (k.size() > 3 && k.back() == 'u') {
                stem = k.size() - 1, ending = "re";
            }
            // ("fait", "font": faire's forms, which the grammar gives the noun's lemma, "fait")
            static const word_list faire_forms{"fait", "font", "faisait", "faisaient", "fera", "feront"};
            if (faire_forms.contains(k)) {
                if (pairs_.may_open(grammar::short_hash("faire"), next)) {
                    auto it = find_word(lex_.phrases, std::string_view("faire"));
                    if (it != lex_.phrases.end()) p = lexicon::phrase_in(it->second, e, at, key_at);
                }
                stem = 0;
            }
            char lemma[40];
            if (stem != 0 && stem + ending.size() <= sizeof lemma) {
                std::memcpy(lemma, k.data(), stem);
                std::memcpy(lemma + stem, ending.data(), ending.size());
                const std::string_view made(lemma, stem + ending.size());
                if (pairs_.may_open(grammar::short_hash(made), next)) {
                    auto it = find_word(lex_.phrases, made);
                    if (it != lex_.phrases.end()) p = lexicon::phrase_in(it->second, e, at, key_at);
                }
            }
        }
        if (p == nullptr || p->first.size() < 2 || p->second >= (1u << 24) ||
            lex_.entries[p->second].pos != word_class::verb) {
            return nullptr;
        }
        const std::size_t end = at + p->first.size();
        for (std::size_t k = at + 1; k < end; ++k) {
            const auto* inner = phrase_at(toks, k);
            if (inner != nullptr && k + inner->first.size() > end) return nullptr;
        }
        // "appelle à la retenue" is "calls for restraint", "sont appelées à participer" no "called
        // for to take part": an idiom closed by "à" or "de" whose English ends in a particle
        // ("call for", not "make it possible to") is no idiom before an infinitive.
        if ((p->first.back() == "a" || p->first.back() == "de") && end < e && toks[end]->kind == tok_kind::word &&
            (toks[end]->pos & grammar::pos_infinitive) != 0 && (toks[end]->pos & grammar::pos_noun) == 0 &&
            ends_in_particle(lex_.entries[p->second].en)) {
            return nullptr;
        }
        return p;
    }

    // The possessive at toks[at]: the subject's, but past a "que" whose clause has a subject of
    // its own when the subject is a pronoun ("Il estime que l'Europe doit accélérer sa
    // réponse": "its response"; "Il a dit qu'il vendrait sa maison": "his house").
    std::string_view subordinate_possessive(const std::vector<const tok*>& toks, std::size_t at) const {
        auto pronoun = [](const tok& t) {
            return eq(t.key, "il") || eq(t.key, "elle") || eq(t.key, "ils") || eq(t.key, "elles");
        };
        if (possessive_ == "its" || toks.empty() || !pronoun(*toks[0])) return possessive_;
        for (std::size_t k = at; k-- > 1;) {
            if (eq(toks[k]->key, "que") || eq(toks[k]->key, "qu'")) {
                // ("Il a dit que son pays …": the possessive opening the clause is the subject's)
                return k + 1 == at || pronoun(*toks[k + 1]) ? possessive_ : std::string_view("its");
            }
        }
        return possessive_;
    }

    // "qui" stands for a person ("le ministre, qui", "Boris Johnson, qui", "ceux qui"): "who";
    // for a thing, "which" when a comma sets the clause off, "that" when it defines its noun
    // ("une procédure qui risque" -> "a procedure that risks"). toks[at] is the "qui"; what it
    // stands for may lie before the run being said.
    std::string relative_pronoun(const std::vector<const tok*>& toks, std::size_t at) const {
        std::size_t j = at;
        const bool comma = j > 0 && toks[j - 1]->kind == tok_kind::comma;
        if (comma) --j;
        if (j == 0) return "who";  // "Qui …" opening the sentence: as the lexicon has it
        static const word_list persons{"celui", "celle", "ceux", "celles", "tous", "toutes",
                                       "personne", "quiconque"};
        // toks[k] names a person
        auto person_word = [&](std::size_t k) {
            const tok& w = *toks[k];
            if (w.kind != tok_kind::word) return false;
            if (persons.contains(w.key) || lex_.person_nouns.contains(w.key)) return true;
            // A title, unless it follows a noun as its adjective ("la discussion générale")
            if (is_title_word(lex_, w) &&
                (k == 0 || toks[k - 1]->kind != tok_kind::word || toks[k - 1]->capitalised ||
                 determiner_word(*toks[k - 1]) || is_title_word(lex_, *toks[k - 1]) ||
                 is_function_word(lex_, *toks[k - 1]))) {
                return true;
            }
            // inside a mention the grammar read as a person ("Barack Obama", "le ministre")
            if (source_ == nullptr) return false;
            return std::any_of(source_->actors.begin(), source_->actors.end(), [&](const grammar::actor& act) {
                return act.kind == grammar::actor_kind::person &&
                       w.begin >= act.where.begin && w.end <= act.where.end;
            });
        };
        const tok& a = *toks[j - 1];
        if (person_word(j - 1)) return "who";
        // "le président déchu, qui": an adjective after its noun
        if (!a.capitalised && (a.pos & (grammar::pos_adj | grammar::pos_past_participle)) != 0 &&
            (a.pos & grammar::pos_noun) == 0 && j >= 2 && person_word(j - 2)) {
            return "who";
        }
        // A name: a run of capitalised words holding a first name ("Boris Johnson") or
        // following a civility or a title ("M. Bolton", "le ministre Le Drian").
        // Two names or more, none of them a common word or a country, read as a person's
        // ("Barack Obama"); institutions hold common words ("Maison Blanche").
        std::size_t k = j;
        bool first_name = false, all_names = true;
        while (k > 0 && toks[k - 1]->kind == tok_kind::word && toks[k - 1]->capitalised) {
            --k;
            first_name = first_name || (toks[k]->pos & (grammar::pos_first_name | grammar::pos_male_name |
                                                         grammar::pos_female_name)) != 0;
            all_names = all_names && !toks[k]->common_lemma && toks[k]->country < 0 &&
                        !is_function_word(lex_, *toks[k]);
        }
        if (j - k >= 2 && all_names) first_name = true;
        if (k < j) {
            static const word_list civilities{"m", "mme", "mlle", "mr", "dr", "me"};
            std::size_t before = k;
            if (before > 0 && toks[before - 1]->kind == tok_kind::stop && eq(toks[before - 1]->text, ".")) {
                --before;  // "M." is two tokens
            }
            const bool titled = before > 0 && toks[before - 1]->kind == tok_kind::word &&
                                (civilities.contains(toks[before - 1]->key) ||
                                 is_title_word(lex_, *toks[before - 1]));
            if (first_name || titled) return "who";
        }
        return comma ? "which" : "that";
    }


    // A country, or a name the grammar's dictionary knows as a place.
    bool place_at(const std::vector<const tok*>& toks, std::size_t at) const {
        const tok& t = *toks[at];
        if (t.kind != tok_kind::word || !t.capitalised) return false;
        // ("aux Américains" names people: a country's word that reads as an adjective, its
        // nationality, is no place; its name or its capital, "au Caire", is.)
        if (const int32_t c = country_of(lex_, t); c >= 0) {
            return (t.pos & grammar::pos_adj) == 0 ||
                   fold_key(lex_.countries[static_cast<std::size_t>(c)].fr_bare) == t.key;
        }
        if (const auto* p = phrase_at(toks, at);
            p != nullptr && (p->second >= (1u << 24) ||
                              (p->second < lex_.entries.size() && lex_.entries[p->second].pos == word_class::name))) {
            return true;  // a country, or a place the pack names ("La Havane")
        }
        if (lex_.word(t.key, word_class::name) != nullptr) return true;  // "Sotchi"
        return (t.pos & grammar::pos_place_name) != 0 && (t.pos & grammar::pos_first_name) == 0 &&
               (t.pos & grammar::pos_surname) == 0;
    }

    // A capitalised word no list names, after "à" that follows a pause or a noun ("le
    // débordement de certains lacs, à Sainte-Julienne"), is a place too, when it names no
    // person: not a first name nor a surname, nor a person the grammar read there. (After
    // a verb, "à" more often names whom: "a remis à Navalny".)
    bool unlisted_place_at(const std::vector<const tok*>& toks, std::size_t at, std::size_t b) const {
        const tok& t = *toks[at];
        if (at < b + 2 || t.kind != tok_kind::word || !t.capitalised ||
            (t.pos & (grammar::pos_first_name | grammar::pos_surname | grammar::pos_male_name |
                      grammar::pos_female_name)) != 0) {
            return false;
        }
        if (acronym(t.text)) return false;  // (nor an acronym: "des ampoules à DEL")
        const tok& before = *toks[at - 2];
        const bool pause = before.kind == tok_kind::comma;
        const bool noun = before.kind == tok_kind::word && (before.pos & grammar::pos_noun) != 0 &&
                          (before.pos & (grammar::pos_verb | grammar::pos_past_participle)) == 0;
        // ("réopéré à Los Angeles", "le site de Renault à Flins": after a participle or a
        // name too, when the grammar's actors tell the place is no person's name)
        const bool participle_or_name =
            before.kind == tok_kind::word &&
            ((before.pos & grammar::pos_past_participle) != 0 || (before.capitalised && at >= b + 3));
        if (!pause && !noun && !(participle_or_name && source_ != nullptr)) return false;
        if (source_ == nullptr) return true;
        return std::none_of(source_->actors.begin(), source_->actors.end(), [&](const grammar::actor& a) {
            return a.kind == grammar::actor_kind::person && a.where.begin <= t.begin && t.begin < a.where.end;
        });
    }

    // Whether the date at toks[at] (see date_at) ends at a comma, with its year if any: "Le 5
    // février 2021, le traité …".
    static bool dated_opening(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) {
        std::size_t k = at + 2;
        if (k < e && toks[k]->kind == tok_kind::number) ++k;
        return k < e && toks[k]->kind == tok_kind::comma;
    }
    // Whether a day of a month opens at toks[at]: "15 juin".
    static bool date_at(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) {
        return at + 1 < e && toks[at]->kind == tok_kind::number && is_month_key(toks[at + 1]->key);
    }

    // Whether toks[at] is a noun of the pack's mass_nouns that speaks of the thing at large: no
    // "de", "à" nor relative after it and its adjectives narrows it ("la coopération
    // bilatérale", not "la culture du pays" nor "la fraude à l'assurance").
    bool mass_noun_at(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) const {
        if (at >= e || toks[at]->capitalised || !lex_.mass_nouns.contains(toks[at]->key)) return false;
        std::size_t k = at + 1;
        while (k < e && toks[k]->kind == tok_kind::word && !toks[k]->capitalised &&
               (toks[k]->pos & grammar::pos_adj) != 0 && !is_function_word(lex_, *toks[k])) {
            ++k;
        }
        if (k >= e) return true;
        static const word_list narrowing{"de", "d'", "du", "des", "au", "aux", "qui", "que", "qu'", "dont"};
        return !narrowing.contains(toks[k]->key) && !eq(toks[k]->text, "\xc3\xa0");
    }

    // Whether toks[at] opens a name of the pack that English says with "the" ("Union
    // européenne", "ONU").
    bool name_with_the(const std::vector<const tok*>& toks, std::size_t at) const {
        if (const auto* p = phrase_at(toks, at)) {
            return p->second < lex_.entries.size() && lex_.entries[p->second].en_the;
        }
        const form_hit* h = best_hit(*toks[at]);
        return h != nullptr && lex_.entries[h->entry].en_the;
    }

    // A capitalised name the pack lexicon holds (an institution or place, not a country).
    bool institution_at(const std::vector<const tok*>& toks, std::size_t at) const {
        const tok& t = *toks[at];
        if (t.kind != tok_kind::word || !t.capitalised || country_of(lex_, t) >= 0) return false;
        if (const auto* p = phrase_at(toks, at);
            p != nullptr && p->second < lex_.entries.size() && lex_.entries[p->second].pos == word_class::name) {
            return true;
        }
        return lex_.word(t.key, word_class::name) != nullptr;
    }

    // Short adjectives take -est ("the biggest"), the others "most": the -est form, if any.
    static const std::string* short_superlative(const std::string& en) {
        static const std::map<std::string, std::string> est{
            {"big", "biggest"},     {"great", "greatest"}, {"large", "largest"},
            {"small", "smallest"},  {"high", "highest"},   {"low", "lowest"},
            {"old", "oldest"},      {"young", "youngest"}, {"strong", "strongest"},
            {"long", "longest"},    {"good", "best"},      {"bad", "worst"},
            {"rich", "richest"},    {"poor", "poorest"},   {"close", "closest"},
            {"hard", "hardest"},    {"fast", "fastest"},   {"new", "newest"},
            {"heavy", "heaviest"},  {"deep", "deepest"},   {"short", "shortest"},
            {"weak", "weakest"},    {"cheap", "cheapest"}, {"easy", "easiest"},
            {"early", "earliest"},  {"late", "latest"},    {"wide", "widest"}};
        const auto it = est.find(en);
        return it == est.end() ? nullptr : &it->second;
    }

    // "biggest" -> "bigger", "best" -> "better".
    static std::string comparative_of(const std::string& est) {
        if (est == "best") return "better";
        if (est == "worst") return "worse";
        return est.substr(0, est.size() - 2) + "r";
    }

    // toks[i - 1] is a verb that can take an object directly: a finite form ("annonce"), or a
    // participle after "avoir" ("a annoncé"); not a reflexive ("s'affranchira") nor a noun
    // after its determiner.
    static bool transitive_verb_before(const std::vector<const tok*>& toks, std::size_t i) {
        const tok& v = *toks[i - 1];
        const tok& before = *toks[i - 2];
        if (determiner_word(before) || eq(before.key, "se") || eq(before.key, "s'")) return false;
        if ((v.pos & grammar::pos_past_participle) != 0) return eq(before.lemma, "avoir");
        return (v.pos & (grammar::pos_present | grammar::pos_past | grammar::pos_future)) != 0;
    }

    // Says `t` as the -ing form of its verb, after `before`, when the pack reads it as a verb.
    // A verb the pack does not list is read from the dictionary ("plonger": "plunging").
    // The infinitive t said bare ("rencontrer": "meet"), when English can say it as a verb.
    bool said_bare(const tok& t, english_run& out) const {
        if (const form_hit* v = best_hit(t)) {
            if (lex_.entries[v->entry].pos != word_class::verb) return false;
            out.words.push_back(lex_.entries[v->entry].en);
            return true;
        }
        if (t.capitalised) return false;
        const lexicon::fallback_hit& fb = answers_.fallback(lex_, t.key, t.text);
        if (fb.pos != word_class::verb || fb.en.empty()) return false;
        out.words.push_back(fb.en);
        return true;
    }
    bool said_ing(const tok& t, const char* before, english_run& out) const {
        // (the auxiliaries, nouns too: "d'avoir", "d'être")
        if (eq(t.key, "avoir") || eq(t.key, "etre")) {
            out.words.push_back(std::string(before) + (eq(t.key, "avoir") ? "having" : "being"));
            return true;
        }
        if (const form_hit* v = best_hit(t)) {
            if (lex_.entries[v->entry].pos != word_class::verb) return false;
            out.words.push_back(before + english_ing(lex_.entries[v->entry]));
            return true;
        }
        if (t.capitalised) return false;
        const lexicon::fallback_hit& fb = answers_.fallback(lex_, t.key, t.text);
        // (The dictionaries' word class may be another's: "oublier" is an infinitive to the
        // grammar whatever the dictionary lists first.)
        const bool verb = fb.pos == word_class::verb ||
                          ((t.pos & grammar::pos_infinitive) != 0 && (t.pos & grammar::pos_noun) == 0);
        if (!verb || fb.en.empty()) return false;
        lexicon_entry v;
        v.en = fb.en;
        std::string ing = english_ing(v);
        if (!is_english_word(ing.substr(0, ing.find(' ')))) {
            // A dictionary verb has no past to tell whether its last consonant doubles: the
            // English word list does ("forget": "forgetting").
            const std::string head = v.en.substr(0, v.en.find(' '));
            if (head.size() < 3 || std::strchr("aeiouwxy", head.back()) != nullptr ||
                std::strchr("aeiou", head[head.size() - 2]) == nullptr) {
                return false;
            }
            ing = head + head.back() + "ing" + v.en.substr(head.size());
            if (!is_english_word(ing.substr(0, ing.find(' ')))) return false;
        }
        out.words.push_back(before + ing);
        return true;
    }

    // toks[i] opens a name whose next word neither the pack nor the dictionaries know, and is
    // said as written: a first name, or a word that is English too ("Fine Gael").
    // (Most words are not capitalised: asked before the call.)
    [[gnu::always_inline]] bool name_part_at(const std::vector<const tok*>& toks, std::size_t i,
                                             std::size_t e) const {
        const tok& t = *toks[i];
        if (t.kind != tok_kind::word || !t.capitalised || t.title_word || i + 1 >= e) return false;
        return name_part_before(toks, i);
    }
    bool name_part_before(const std::vector<const tok*>& toks, std::size_t i) const {
        const tok& t = *toks[i];
        const tok& next = *toks[i + 1];
        // (Before a first name, only a word written with a capital inside the sentence and with
        // no article: "à Camp David"; an opening word has its capital anyway, and "au Commerce
        // Peter Mandelson" names a portfolio, then a person.)
        const bool first_name = (next.pos & grammar::pos_first_name) != 0 && t.begin != first_begin_ &&
                                !(i > 0 && determiner_word(*toks[i - 1]));
        if (next.kind != tok_kind::word || !next.capitalised ||
            ((next.pos & (grammar::pos_unknown | grammar::pos_surname)) == 0 && !first_name)) {
            return false;
        }
        if (is_function_word(lex_, t) || is_function_word(lex_, next) || country_of(lex_, t) >= 0 ||
            country_of(lex_, next) >= 0 || best_hit(next) != nullptr) {
            return false;
        }
        // (A name the pack spells otherwise in English is said so: "Alexeï" -> "Alexei".)
        if (const form_hit* own = best_hit(t); own != nullptr && lex_.entries[own->entry].pos == word_class::name) {
            return false;
        }
        if (phrase_at(toks, i) != nullptr) return false;
        return (t.pos & grammar::pos_first_name) != 0 || is_english_word(std::string(t.text));
    }

    // A number before a noun: "deux", "3", "plusieurs".
    static bool counts_before(const tok& t) {
        return t.kind == tok_kind::number || (t.kind == tok_kind::word && english_count(t.key) != nullptr);
    }

    // A lower-case word that is an adjective and no noun: a nationality ("français"), or one
    // the pack knows only as an adjective.
    bool adjective_only(const tok& t) const {
        if (t.kind != tok_kind::word || t.capitalised) return false;
        if (country_of(lex_, t) >= 0) return true;
        const form_hit* h = best_hit(t);
        return h != nullptr && lex_.entries[h->entry].pos == word_class::adj && noun_reading(t) == nullptr;
    }

    // The English of a lower-case adjective (a nationality, or a word the pack reads only as an
    // adjective), or empty.
    std::string adjective_english(const tok& t) const {
        if (t.kind != tok_kind::word || t.capitalised) return {};
        if (const int32_t country = country_of(lex_, t); country >= 0) {
            const country_entry& c = lex_.countries[static_cast<uint32_t>(country)];
            return !answers_.names_country(lex_, static_cast<uint32_t>(country), t.key)
                       ? c.en_adj
                       : std::string();
        }
        // (The adjective reading of a form that is a verb's too: "contraignant", "équilibré".)
        const form_hit* h = adjective_reading(t);
        if (h == nullptr) h = best_hit(t);
        if (h == nullptr) {
            // (Else the dictionary's adjective: "ambitieux".)
            const lexicon::fallback_hit& fb = fallback_of(t);
            return fb.pos == word_class::adj ? fb.en : std::string();
        }
        if (lex_.entries[h->entry].pos != word_class::adj) return {};
        return lex_.entries[h->entry].en;
    }

    // Whether the sentence names a country or an institution before `at`, and no person: what
    // a later "il" or "elle" stands for ("Le Pakistan a annoncé qu'il …", but "Ses alliés
    // disent que Gbagbo bloque … parce qu'il sait").
    bool body_before(uint32_t at) const {
        if (source_ == nullptr) return false;
        bool body = false;
        for (const auto& a : source_->actors) {
            if (a.where.begin >= at) break;
            if (a.kind == grammar::actor_kind::person) return false;
            body = body || a.kind == grammar::actor_kind::country || a.kind == grammar::actor_kind::institution;
        }
        return body;
    }

    // An auxiliary before a participle: is_auxiliary's forms, and those of the first and second
    // persons, the infinitive and the present participle of "avoir" ("j'ai fait", "ayant fait").
    static bool avoir_auxiliary(const tok& t) {
        static const word_list more{"avoir", "ayant", "avons", "avez", "ai", "auraient"};
        // (All open on "a": the list is read for those words only. Asked of the word before
        // nearly every content word.)
        return is_auxiliary(t) || (!t.key.empty() && t.key[0] == 'a' && more.contains(t.key));
    }

    // The plural noun of people an English adjective of a party or a creed makes: "socialist"
    // -> "socialists", "Republican" -> "Republicans", "conservative" -> "conservatives",
    // "Democratic" -> "Democrats"; else empty.
    static std::string people_plural(const std::string& en) {
        if (en.find(' ') != std::string::npos || en.size() < 4) return {};
        if (ends_with_text(en, "atic")) return en.substr(0, en.size() - 2) + "s";
        if (ends_with_text(en, "ist") || ends_with_text(en, "an") || ends_with_text(en, "ive")) return en + "s";
        return {};
    }

    // A particle of a name in a Germanic, Iberian or Arabic language, which French leaves as
    // it is ("von der Leyen", "Mohammed ben Salmane", "Mohamed Ould Ghazouani").
    static bool name_particle(std::string_view key) {
        // (Not the French "de", "du", "le", "la": "Banque de France" is said otherwise.)
        return eq(key, "von") || eq(key, "van") || eq(key, "der") || eq(key, "den") || eq(key, "zu") ||
               eq(key, "dos") || eq(key, "das") || eq(key, "del") || eq(key, "ben") || eq(key, "bin") ||
               eq(key, "ibn") || eq(key, "bint") || eq(key, "ould");
    }

    // The English of a noun of kinship ("femme" -> "wife" before "de" and a name), or empty.
    static std::string_view kin_english(std::string_view key) {
        static constexpr std::pair<std::string_view, std::string_view> kin[] = {
            {"femme", "wife"},       {"epouse", "wife"},     {"mari", "husband"},   {"epoux", "husband"},
            {"fils", "son"},         {"fille", "daughter"},  {"frere", "brother"},  {"soeur", "sister"},
            {"pere", "father"},      {"mere", "mother"},     {"veuve", "widow"},    {"neveu", "nephew"},
            {"niece", "niece"},      {"compagne", "partner"}, {"compagnon", "partner"}, {"petit-fils", "grandson"},
            {"petite-fille", "granddaughter"}, {"cousin", "cousin"}, {"cousine", "cousin"}};
        for (const auto& [fr, en] : kin) {
            if (key == fr) return en;
        }
        return {};
    }

    // The English of a word "non" negates after a noun: an adjective ("officiel"), or a past
    // participle ("désirées": "wanted"), as one English word; else empty.
    std::string negated_modifier(const tok& t) const {
        if (t.kind != tok_kind::word || t.capitalised || (t.pos & grammar::pos_unknown) != 0 ||
            (t.pos & (grammar::pos_adj | grammar::pos_past_participle)) == 0) {
            return {};
        }
        std::string en = adjective_english(t);
        if (en.empty() && (t.pos & grammar::pos_past_participle) != 0) {
            if (const lexicon_entry* verb = verb_in(forms_of(lex_, t), false)) {
                en = english_pp(*verb);
            } else if (const lexicon::fallback_hit& fb = fallback_of(t); fb.pos == word_class::verb) {
                lexicon_entry v;
                v.en = fb.en;
                en = english_pp(v);
                if (!is_english_word(en)) en.clear();
            }
        }
        return en.find(' ') == std::string::npos ? en : std::string();
    }

    // The pack's adjective reading of a form, if it has one.
    const form_hit* adjective_reading(const tok& t) const {
        if (const auto* hits = forms_of(lex_, t)) {
            for (const auto& h : *hits) {
                if (lex_.entries[h.entry].pos == word_class::adj) return &h;
            }
        }
        return nullptr;
    }

    // The pack's noun reading of a form, if it has one.
    const form_hit* noun_reading(const tok& t) const {
        if (const auto* hits = forms_of(lex_, t)) {
            for (const auto& h : *hits) {
                if (lex_.entries[h.entry].pos == word_class::noun) return &h;
            }
        }
        return nullptr;
    }

    // The last word said ("Secretary of State" is one entry) names a government post.
    static bool portfolio_title(const std::string& said) {
        static const word_list titles{"minister", "Minister", "ministers", "secretary",
                                                   "Secretary", "State", "commissioner",
                                                   "Commissioner", "delegate", "adviser"};
        return titles.count(said.substr(said.rfind(' ') + 1)) != 0;
    }

    static bool after_motion(const english_run& out) {
        static const word_list motion{
            "go", "goes", "went", "travel", "travels", "travelled", "return", "returns",
            "returned", "come", "comes", "came", "move", "moves", "moved", "head", "heads",
            "send", "sends", "sent", "fly", "flies", "flew", "flown", "deliver", "delivers",
            "delivered", "extradited", "expelled", "deported", "repatriated", "invite", "invites",
            "invited", "welcome", "welcomes", "welcomed", "back", "way", "trip", "visit", "visits",
            "going", "travelling", "returning", "coming", "moving", "heading", "flying", "enter",
            "enters", "entered", "entering"};
        // At the start of a run the word before is the main verb when the caller knows it
        // ("signs in Paris", "goes to Paris"); when it does not, "to" stays.
        // "the ambassador of China to Paris", "a state visit of three days to the United
        // States": the head noun of the phrase asks for "to" too.
        static const word_list towards{"ambassador", "ambassadors", "envoy", "visit",
                                                   "visits", "trip", "journey", "help", "helps",
                                                   "aid", "delegation", "mission", "tour"};
        if (out.words.empty()) {
            return out.lead.empty() || motion.count(out.lead) != 0 || towards.count(out.lead) != 0;
        }
        if (motion.count(out.words.back()) != 0) return true;
        // (a phrase said as one word counts by its last: "state visit")
        auto last_word = [](const std::string& w) { return std::string_view(w).substr(w.rfind(' ') + 1); };
        for (std::size_t k = out.words.size(), n = 0; k-- > 0 && n < 6; ++n) {
            if (towards.count(last_word(out.words[k])) != 0) return true;
        }
        return false;
    }

    std::string with_prefix(const tok& t) const {
        // (Most words hold no hyphen, and then no prefix of a pack whose prefixes all do.)
        if (answers_.hyphenated_prefixes() && t.key.find('-') == std::string::npos) return {};
        const std::string_view key = t.key;
        for (const auto& [fr, en] : lex_.prefixes) {
            if (key.size() <= fr.size() + 2 || key.substr(0, fr.size()) != fr) continue;
            const std::string rest(key.substr(fr.size()));
            if (auto c = lex_.country_by_form.find(rest); c != lex_.country_by_form.end()) {
                return en + lex_.countries[c->second].en_adj;
            }
            if (const form_hit* h = lex_.any_word(rest)) {
                // ("super-ministères" -> "super-ministries": a plural noun says its plural)
                const lexicon_entry& entry = lex_.entries[h->entry];
                if (h->form == form_kind::plural && entry.pos == word_class::noun) {
                    return en + entry_form(entry, word_answers::form::plural);
                }
                return en + entry.en;
            }
            if (const form_hit* h = answers_.guess(lex_, rest)) return en + lex_.entries[h->entry].en;
            // "pro-Brexit": a name after the prefix is said as written; "pro-kurde": a word
            // the dictionary knows, as it says it.
            const std::string_view written = t.text.substr(t.text.size() - rest.size());
            if (!written.empty() && written[0] >= 'A' && written[0] <= 'Z' && en.back() == '-') {
                return en + std::string(written);
            }
            if (const lexicon::fallback_hit& fb = answers_.fallback(lex_, rest, written); !fb.en.empty()) {
                return en + fb.en;
            }
        }
        return {};
    }

public:
    // The spans compression rewrote in the present ("a expulsé … et suspendait" -> "expulse …
    // et suspend"): the English follows the French headline there, not the source's tense.
    void said_in_present(const std::vector<grammar::span>* spans) { present_spans_ = spans; }

    // english_3sg, english_pp or english_plural of an entry, remembered when it is one of the
    // lexicon's (a verb the pack does not list is an entry of the caller's).
    std::string entry_form(const lexicon_entry& e, word_answers::form f) const {
        const std::less<const lexicon_entry*> before;
        const lexicon_entry* first = lex_.entries.data();
        if (first == nullptr || before(&e, first) || !before(&e, first + lex_.entries.size())) {
            return f == word_answers::form::third_person ? english_3sg(e)
                   : f == word_answers::form::participle ? english_pp(e)
                                                          : english_plural(e);
        }
        return answers_.entry_form(lex_, static_cast<std::size_t>(&e - first), f);
    }

private:

    // The first verb among a form's readings `hits` (a reading as its participle, when
    // `participle`), or null.
    const lexicon_entry* verb_in(const form_hits* hits, bool participle) const {
        if (hits == nullptr) return nullptr;
        for (const auto& h : *hits) {
            if (lex_.entries[h.entry].pos == word_class::verb && (!participle || h.form == form_kind::participle)) {
                return &lex_.entries[h.entry];
            }
        }
        return nullptr;
    }

    // A modifier of the noun just said (out.words[noun_at]) goes before it, and before the
    // modifiers said there from after it before ("des substances chimiques différentes" ->
    // "different chemical substances").
    void put_before_noun(english_run& out, std::string word, std::size_t& noun_at) const {
        const std::size_t at = postnominal_at_ < noun_at && postnominal_noun_ == noun_at ? postnominal_at_ : noun_at;
        out.words.insert(out.words.begin() + static_cast<long>(at), std::move(word));
        postnominal_at_ = at;
        postnominal_noun_ = ++noun_at;
    }

    // The object pronouns (and "se", "y", "en") that stand between a verb and what leads it
    // ("de les rencontrer", "pouvoir lui administrer").
    static const word_list& clitics() {
        static const word_list words{"se", "s'", "le", "la", "les", "l'", "lui", "leur", "y", "en"};
        return words;
    }

    // The pack's reflexive entry ("se rendre") of a verb whose participle (folded, in the
    // masculine singular or not) `key` can be, by its ending ("rendu" -> "rendre", "pris" ->
    // "prendre", "décidé" -> "décider"); nullptr when none.
    const lexicon_entry* reflexive_of_participle(std::string_view key) const {
        static const std::pair<std::string_view, std::string_view> endings[] = {
            {"u", "re"}, {"u", "oir"}, {"i", "ir"}, {"it", "ire"}, {"is", "ettre"}, {"is", "endre"}, {"ert", "rir"}};
        std::string lemma;
        // The form as written, then without its agreement ("rendue", "rendus", "rendues" ->
        // "rendu"; "décidée" -> "decid", whose "é" folded to "e" went too).
        for (std::size_t agreement = 0; agreement <= 2; ++agreement) {
            std::string_view stem = key;
            if (agreement == 1 && !stem.empty() && (stem.back() == 'e' || stem.back() == 's')) {
                stem.remove_suffix(1);
            } else if (agreement == 2 && stem.size() > 2 && stem.compare(stem.size() - 2, 2, "es") == 0) {
                stem.remove_suffix(2);
            } else if (agreement != 0) {
                continue;
            }
            if (stem.size() < 3) continue;
            for (const auto& [ending, infinitive] : endings) {
                if (stem.size() <= ending.size() || stem.substr(stem.size() - ending.size()) != ending) continue;
                lemma.assign(stem.substr(0, stem.size() - ending.size())).append(infinitive);
                if (const lexicon_entry* e = reflexive_entry(lex_, lemma)) return e;
            }
            // (-é: "decid" -> "decider")
            lemma.assign(stem).append("er");
            if (const lexicon_entry* e = reflexive_entry(lex_, lemma)) return e;
        }
        return nullptr;
    }

    // Whether the token before toks[i] in the sentence (whether the run kept it or not) is a
    // comma or a closing quote.
    bool reports_after(const std::vector<const tok*>& toks, std::size_t b, std::size_t i) const {
        const tok* before = i > b ? toks[i - 1] : nullptr;
        if (base_ != nullptr && toks[i] > base_ && toks[i] < base_ + memo_size_) before = toks[i] - 1;
        return before != nullptr &&
               (before->kind == tok_kind::comma || before->kind == tok_kind::quote_close);
    }

    bool rewritten_present(const tok& t) const {
        return present_spans_ != nullptr &&
               std::any_of(present_spans_->begin(), present_spans_->end(),
                           [&](const grammar::span& w) { return w.begin <= t.begin && t.end <= w.end; });
    }

    // At a verb with its subject pronoun joined after it ("a-t-il", "ajoute-t-elle",
    // "ont-ils"): says the pronoun and the verb, with the participle after "a" or "avait", and
    // returns the index after what it said; else 0.
    std::size_t inverted_subject(const std::vector<const tok*>& toks, std::size_t i, std::size_t e,
                                 english_run& out) const {
        const std::string_view key = toks[i]->key;
        static const std::pair<std::string_view, std::string_view> pronouns[] = {
            {"-t-il", "he"}, {"-t-elle", "she"}, {"-t-on", "one"}, {"-il", "he"},
            {"-elle", "she"}, {"-ils", "they"},  {"-elles", "they"}};
        std::string_view verb, pronoun;
        for (const auto& [ending, said] : pronouns) {
            if (key.size() > ending.size() && key.compare(key.size() - ending.size(), ending.size(), ending) == 0) {
                verb = key.substr(0, key.size() - ending.size());
                pronoun = said;
                break;
            }
        }
        if (verb.empty()) return 0;
        const bool plural = pronoun == "they";
        if (verb == "a" || verb == "ont" || verb == "avait" || verb == "avaient") {
            if (i + 1 >= e) return 0;
            // ("a-t-elle mis en garde": the idiom's participle says it, "she warned")
            if (verb_idiom(toks, i + 1, e) != nullptr) {
                out.words.emplace_back(pronoun);
                if (verb.size() > 3) out.words.emplace_back("had");
                return i + 1;
            }
            // ("a-t-il immédiatement déclaré": one adverb between, said before the verb, "he
            // immediately declared")
            std::size_t at = i + 1;
            std::string adverb;
            const tok& a = *toks[at];
            if (at + 1 < e && a.kind == tok_kind::word && (a.pos & grammar::pos_adverb) != 0 &&
                (a.pos & (grammar::pos_verb | grammar::pos_past_participle)) == 0) {
                const form_hit* ah = best_hit(a);
                adverb = ah != nullptr ? lex_.entries[ah->entry].en : fallback_of(a).en;
                if (adverb.empty()) return 0;
                ++at;
            }
            const form_hit* h = verb_reading(lex_, *toks[at], true);
            if (h == nullptr) return 0;
            const lexicon_entry& entry = lex_.entries[h->entry];
            out.words.emplace_back(pronoun);
            if (!adverb.empty()) out.words.push_back(std::move(adverb));
            out.words.push_back(verb[0] == 'a' && verb.size() > 3 ? "had " + english_pp(entry) : english_past(entry));
            return at + 1;
        }
        const form_hits* hits = lex_.hits_of(verb);
        if (hits == nullptr) return 0;
        for (const auto& h : *hits) {
            const lexicon_entry& entry = lex_.entries[h.entry];
            if (entry.pos != word_class::verb) continue;
            out.words.emplace_back(pronoun);
            out.words.push_back(plural ? entry.en : entry_form(entry, word_answers::form::third_person));
            return i + 1;
        }
        return 0;
    }

    // At an "il" toks[i]: when it is impersonal, says it (and "faut" with it) and returns the
    // index after what it said; else 0.
    std::size_t impersonal_il(const std::vector<const tok*>& toks, std::size_t i, std::size_t e,
                              english_run& out) const {
        const tok& n = *toks[i + 1];
        const std::string_view lemma = n.lemma.empty() ? n.key : n.lemma;
        if (lemma == "falloir") {
            const bool past = (n.pos & grammar::pos_past) != 0;
            const bool future = (n.pos & (grammar::pos_future | grammar::pos_conditional)) != 0;
            // (after "faut" an infinitive reading wins: "agir" is a noun too)
            const bool infinitive = i + 2 < e && (toks[i + 2]->pos & grammar::pos_infinitive) != 0;
            // ("il faut deux mois" is a time it takes; "il faut une percée", a need)
            static const word_list spans{"minute", "minutes", "heure", "heures", "jour", "jours", "semaine",
                                         "semaines", "mois", "an", "ans", "annee", "annees"};
            const bool time = i + 3 < e && spans.contains(toks[i + 3]->key);
            if (infinitive) {
                out.words.emplace_back("it");
                out.words.emplace_back(past ? "was necessary to" : future ? "will be necessary to" : "is necessary to");
            } else if (time) {
                out.words.emplace_back("it");
                out.words.emplace_back(past ? "took" : future ? "will take" : "takes");
            } else {
                out.words.emplace_back(past ? "there was a need for" : future ? "there will be a need for"
                                                                           : "there is a need for");
            }
            return i + 2;
        }
        static const word_list impersonal{"sembler", "suffire", "convenir", "importer", "paraitre"};
        static const word_list be{"est", "etait", "sera", "serait"};
        const bool be_then = be.contains(n.key) && i + 3 < e &&
                             (eq(toks[i + 2]->key, "temps") ||
                              ((toks[i + 2]->pos & grammar::pos_adj) != 0 &&
                               (eq(toks[i + 3]->key, "de") || eq(toks[i + 3]->key, "d'") ||
                                eq(toks[i + 3]->key, "que") || eq(toks[i + 3]->key, "qu'"))));
        // ("il devient difficile de", "il commence à être difficile de": "it" too)
        auto adjective_then_de = [&](std::size_t k) {
            return k + 1 < e && (toks[k]->pos & grammar::pos_adj) != 0 &&
                   (eq(toks[k + 1]->key, "de") || eq(toks[k + 1]->key, "d'"));
        };
        const bool becoming = (lemma == "devenir" && adjective_then_de(i + 2)) ||
                              (lemma == "commencer" && i + 3 < e && eq(toks[i + 2]->text, "\xc3\xa0") &&
                               eq(toks[i + 3]->key, "etre") && adjective_then_de(i + 4));
        if (!impersonal.contains(lemma) && !be_then && !becoming) return 0;
        out.words.emplace_back("it");
        return i + 1;
    }

    // `before` and `after` around "de", "le" … are a first name and a name the pack does not
    // say: the particle is part of the name.
    bool name_particle(const tok& before, const tok& after) const {
        return before.kind == tok_kind::word && before.capitalised &&
               (before.pos & (grammar::pos_first_name | grammar::pos_unknown)) != 0 && !before.title_word &&
               name_after_particle(after);
    }
    bool name_after_particle(const tok& after) const {
        return after.kind == tok_kind::word && after.capitalised && after.country < 0 &&
               (after.pos & (grammar::pos_unknown | grammar::pos_surname)) != 0 && best_hit(after) == nullptr;
    }

    // At toks[i], "pas", "plus" or "jamais" (the caller has checked its first byte) closing
    // "ne" and its verb ("ne signe pas", "ne se
    // rend plus", "n'a jamais"), the verb said last in `out`: says the negation and returns
    // the index after it; 0 when toks[i] closes no negation. After an auxiliary or a modal
    // the negation follows as in French ("has not", "can no longer"); before another verb
    // English puts it first ("does not sign", "never signs", "no longer signs").
    std::size_t negation_after_verb(const std::vector<const tok*>& toks, std::size_t b, std::size_t i,
                                    std::size_t e, english_run& out) const {
        const bool plus = eq(toks[i]->key, "plus");
        const std::string_view said = negation_word(toks[i]->key);
        if (said.empty() || i < b + 2 || out.words.empty()) return 0;
        auto is_ne = [&](std::size_t k) { return eq(toks[k]->key, "ne") || eq(toks[k]->key, "n'"); };
        // "ne signe pas"; "ne se rend pas", "n'y va plus": one pronoun between
        if (!is_ne(i - 2) && !(i >= b + 3 && is_ne(i - 3))) return 0;
        const tok& verb = *toks[i - 1];
        if (verb.kind != tok_kind::word || (verb.pos & grammar::pos_verb) == 0) return 0;
        if (plus && i + 1 < e && (eq(toks[i + 1]->key, "que") || eq(toks[i + 1]->key, "qu'"))) {
            out.words.push_back("only");  // "n'a plus que deux jours" -> "has only two days"
            return i + 2;
        }
        static const word_list be_have{"is", "are", "was", "were", "be", "has", "have", "had"};
        std::string& last = out.words.back();
        const bool auxiliary = be_have.contains(last) || english_modal(last);
        // "ne signera pas" -> "will not sign": after the modal the future or conditional took
        for (const std::string_view modal : {"will ", "would "}) {
            if (last.rfind(modal, 0) == 0) {
                last.insert(modal.size(), std::string(said) + " ");
                return i + 1;
            }
        }
        const form_hit* h = auxiliary ? nullptr : verb_reading(lex_, verb, false);
        if (h != nullptr) {
            const lexicon_entry& entry = lex_.entries[h->entry];
            const bool bare = last == entry.en;
            if (bare || last == entry_form(entry, word_answers::form::third_person)) {
                if (said == "not") {
                    last = std::string(bare ? "do not " : "does not ") + entry.en;
                } else {
                    last.insert(0, std::string(said) + " ");
                }
                return i + 1;
            }
            // "qu'il ne signait pas" -> "that he did not sign", "ne signait plus" -> "no longer
            // signed"
            if (last == english_past(entry)) {
                last = said == "not" ? "did not " + entry.en : std::string(said) + " " + last;
                return i + 1;
            }
        }
        if (h == nullptr && !auxiliary && !verb.capitalised) {
            // A verb only the dictionary knows was said bare ("serre": "shake").
            const lexicon::fallback_hit& fb = fallback_of(verb);
            if (!fb.en.empty() && last == fb.en) {
                const bool plural = plural_form(verb.pos);
                last = said == "not" ? std::string(plural ? "do not " : "does not ") + fb.en
                                     : std::string(said) + " " + fb.en;
                return i + 1;
            }
        }
        if (!plus) return 0;  // "pas" and "jamais" are said as the lexicon says them
        out.words.emplace_back(said);
        return i + 1;
    }

    bool function_classes_hit(const form_hit* h) const {
        const word_class c = lex_.entries[h->entry].pos;
        return c == word_class::det || c == word_class::prep || c == word_class::conj ||
               c == word_class::pron || c == word_class::other;
    }

    // At the verb toks[i], a verb that means another thing before "de" or "à" and an
    // infinitive (see infinitive_meaning_of): "vient de signer" -> "has just signed", "venait
    // d'être nommé" -> "had just been", "tient à souligner" -> "is keen to" (the infinitive
    // then said as usual). Says it into `out` and returns the index after what it said; 0
    // when toks[i] is none.
    std::size_t verb_before_infinitive(const std::vector<const tok*>& toks, std::size_t i, english_run& out) const {
        const tok& t = *toks[i];
        const infinitive_meaning* m = infinitive_meaning_of(t.lemma.empty() ? t.key : t.lemma, toks, i + 1);
        const bool present = (t.pos & grammar::pos_present) != 0;
        const bool past = (t.pos & grammar::pos_past) != 0 && !present;
        if (m == nullptr || (!present && !past)) return 0;
        std::string said = m->in(past, plural_form(t.pos));
        if (!m->participle) {
            out.words.push_back(said + " to");
            return i + 2;
        }
        std::string participle = infinitive_as_participle(*toks[i + 2]);
        if (participle.empty()) return 0;
        out.words.push_back(said + " " + participle);
        return i + 3;
    }

    // The pack's verb entry an infinitive is the base form of, or nullptr.
    const lexicon_entry* infinitive_entry(const tok& t) const {
        if (const form_hits* hits = forms_of(lex_, t)) {
            for (const auto& h : *hits) {
                if (lex_.entries[h.entry].pos == word_class::verb && h.form == form_kind::base) {
                    return &lex_.entries[h.entry];
                }
            }
        }
        return nullptr;
    }

  public:
    // The infinitive t said as an English participle ("signer" -> "signed", "être" -> "been");
    // empty when the pack has no verb entry for it.
    std::string infinitive_as_participle(const tok& t) const {
        if (eq(t.key, "etre")) return "been";
        const lexicon_entry* entry = infinitive_entry(t);
        return entry == nullptr ? std::string() : entry_form(*entry, word_answers::form::participle);
    }

  private:
    void push_content(english_run& out, const lexicon_entry& entry, form_kind form,
                      std::size_t& noun_at) const {
        // (The word said: the entry's, copied once into the run, or a form made of it.)
        std::string formed;
        bool made = false;
        if ((entry.pos == word_class::noun || entry.pos == word_class::title) &&
            (form == form_kind::plural || (plural_ && entry.en_plural() != entry.en &&
                                           entry.fr_key.find(' ') == std::string::npos &&
                                           (entry.fr_key.back() == 's' ||
                                            entry.fr_key.back() == 'x')))) {
            formed = entry_form(entry, word_answers::form::plural);
            made = true;
        }
        const std::string& w = made ? formed : entry.en;
        if (entry.pos == word_class::noun || entry.pos == word_class::title) plural_ = false;
        // "un entretien" -> "talks": an English noun that is plural only takes no "a" ("a
        // series", "a means" are singular too).
        if (entry.pos == word_class::noun && entry.en_plural() == entry.en && !w.empty() && w.back() == 's' &&
            !ends_with_text(w, "ies") && !ends_with_text(w, "means") &&
            !out.words.empty() && (eq(out.words.back(), "a") || eq(out.words.back(), "an"))) {
            out.words.pop_back();
        }
        if (entry.pos == word_class::verb && form == form_kind::participle) {
            formed = entry_form(entry, word_answers::form::participle);
            made = true;
        } else if (entry.pos == word_class::verb && form == form_kind::present3s &&
                   !(!out.words.empty() && (eq(out.words.back(), "I") || eq(out.words.back(), "you") ||
                                            eq(out.words.back(), "we") || eq(out.words.back(), "they") ||
                                            eq(out.words.back(), "police")))) {
            // ("je pense": the French form is the third person's too, English says "I think")
            // ("la police déclare": English takes "police" as a plural, "the police declare")
            formed = entry_form(entry, word_answers::form::third_person);
            made = true;
        }
        if (made) {
            out.words.push_back(std::move(formed));
        } else {
            out.words.push_back(entry.en);
        }
        // ("la Cour suprême américaine", "le Sénat américain" -> "the American Supreme Court",
        // "the American Senate": an institution's name said with "the" is the noun its
        // nationality goes before)
        if (entry.pos == word_class::noun || entry.pos == word_class::title ||
            (entry.pos == word_class::name && entry.en_the)) {
            noun_at = out.words.size() - 1;
            modifiers_at_ = noun_at;
            postnominal_at_ = std::string::npos;
        } else if (entry.pos != word_class::adj) {
            noun_at = std::string::npos;
        }
    }

    // "le président Barack Obama" -> "President Barack Obama": before the name at toks[at], a
    // title said with "the" (maybe after its nationality: "the American president") loses the
    // article and takes a capital. Other determiners stay ("his Brazilian counterpart").
    void title_before_name(const std::vector<const tok*>& toks, std::size_t b, std::size_t at,
                           english_run& out, std::size_t noun_at) const {
        if (at <= b || noun_at == std::string::npos || noun_at + 1 != out.words.size()) return;
        std::size_t k = at - 1;
        if (!is_title_word(lex_, *toks[k]) && k > b && country_of(lex_, *toks[k]) >= 0) --k;
        if (!is_title_word(lex_, *toks[k])) return;
        // Formal titles only: "Chancellor Angela Merkel", but "the Russian opponent Alexei
        // Navalny", "the North Korean leader Kim Jong Un".
        static const word_list formal{"president", "chancellor", "minister", "senator", "king",
                                      "queen", "pope", "prince", "princess", "governor", "general",
                                      "emir", "sultan", "cardinal", "mayor", "secretary", "premier"};
        const std::string& said = out.words[noun_at];
        const std::size_t space = said.rfind(' ');
        std::string last = said.substr(space == std::string::npos ? 0 : space + 1);
        if (!last.empty() && last[0] >= 'A' && last[0] <= 'Z') last[0] = static_cast<char>(last[0] + 32);
        if (!formal.contains(last)) return;
        const std::size_t first = std::min(modifiers_at_, noun_at);
        if (first == 0) return;
        const article_taken taken = take_article(out, first - 1);
        if (taken == article_taken::none) return;
        if (taken == article_taken::erased) {
            --noun_at;
            if (modifiers_at_ >= first) --modifiers_at_;
        }
        // Each word of the title takes a capital: "Foreign Minister".
        std::string& title = out.words[noun_at];
        for (std::size_t c = 0; c < title.size(); ++c) {
            if ((c == 0 || title[c - 1] == ' ') && title[c] >= 'a' && title[c] <= 'z') {
                title[c] = static_cast<char>(title[c] - 32);
            }
        }
    }

    // "Parlement" in "le Parlement britannique": a capitalised word the lexicon has as a
    // common noun (no title, no country), a lower-case nationality after it.
    bool national_institution(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) const {
        if (at + 1 >= e || toks[at]->country >= 0 || is_title_word(lex_, *toks[at])) return false;
        const tok& next = *toks[at + 1];
        if (next.kind != tok_kind::word || next.capitalised || next.country < 0) return false;
        const form_hit* h = best_hit(*toks[at]);
        return h != nullptr && lex_.entries[h->entry].pos == word_class::noun;
    }
    // "la Cour constitutionnelle", "le Conseil national": a capitalised word the lexicon
    // holds as a common noun names an institution, which English says with "the" (but for a
    // minister's portfolio: "ministre de la Justice" -> "minister of Justice").
    bool capitalised_common_noun(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) const {
        if (at >= e || toks[at]->country >= 0 || is_title_word(lex_, *toks[at])) return false;
        // (A noun of the pack's mass_nouns takes none: "le Parlement" -> "Parliament".)
        if (lex_.mass_nouns.contains(toks[at]->key)) return false;
        // (A name of the lexicon opening there is said as the lexicon says it: "le Père Noël".)
        if (const auto* p = phrase_at(toks, at); p != nullptr && p->second < lex_.entries.size()) {
            return lex_.entries[p->second].pos == word_class::noun;
        }
        const form_hit* h = best_hit(*toks[at]);
        return h != nullptr && lex_.entries[h->entry].pos == word_class::noun;
    }
    // A capitalised word that is a name only: neither the lexicon nor the dictionary has
    // another reading of it ("Marais", "Congrès" are also common nouns).
    bool proper_name(const tok& t) const {
        const form_hit* h = best_hit(t);
        if (h != nullptr) return lex_.entries[h->entry].pos == word_class::name;
        return fallback_of(t).en.empty();
    }
    static void drop_article_before_name(english_run& out) {
        if (!out.words.empty() && eq(out.words.back(), "the")) out.words.pop_back();
    }
    // The end of a person's name the grammar read, opening at toks[at] and ending the noun
    // phrase (no other name, "de", "du" or comma after it), of two words or more the lexicon
    // holds as no name ("Emmanuel Macron", "Jean Dupont"; not "Vladimir Poutine", which it
    // says otherwise); 0 when none.
    std::size_t person_named_at(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) const {
        if (source_ == nullptr || at >= e || !toks[at]->capitalised || toks[at]->kind != tok_kind::word) return 0;
        for (const grammar::actor& a : source_->actors) {
            if (a.kind != grammar::actor_kind::person || a.where.begin != toks[at]->begin) continue;
            std::size_t end = at;
            while (end < e && toks[end]->begin < a.where.end) {
                const tok& w = *toks[end];
                if (w.kind != tok_kind::word || phrase_at(toks, end) != nullptr) return 0;
                if (const form_hit* h = best_hit(w); h != nullptr && lex_.entries[h->entry].pos == word_class::name) return 0;
                ++end;
            }
            // (two words at least: a surname alone more often names a thing after a person,
            // "le boson de Higgs", "the Higgs boson")
            if (end < at + 2 || (end < e && toks[end - 1]->end != a.where.end)) return 0;
            // (nor before a comma, which may open the person's apposition: "le sort de
            // Clotilde Reiss, la jeune chercheuse")
            if (end < e && (toks[end]->kind == tok_kind::comma ||
                            (toks[end]->kind == tok_kind::word &&
                             (toks[end]->capitalised || eq(toks[end]->key, "de") || eq(toks[end]->key, "d'") ||
                              eq(toks[end]->key, "du") || eq(toks[end]->key, "des"))))) {
                return 0;
            }
            return end;
        }
        return 0;
    }
    // "the", or a preposition said with its article as one word ("of the").
    static bool ends_in_the(const std::string& w) {
        return eq(w, "the") || (w.size() > 4 && std::memcmp(w.data() + w.size() - 4, " the", 4) == 0);
    }
    // Takes "the" off out.words[at]: the whole word when it is the article, the end of it when
    // a preposition and its article were said as one word ("of the" -> "of").
    enum class article_taken { none, erased, trimmed };
    static article_taken take_article(english_run& out, std::size_t at) {
        std::string& w = out.words[at];
        if (eq(w, "the") || eq(w, "The")) {
            out.words.erase(out.words.begin() + static_cast<long>(at));
            return article_taken::erased;
        }
        if (ends_in_the(w)) {
            w.resize(w.size() - 4);
            return article_taken::trimmed;
        }
        return article_taken::none;
    }
    // "the France", "of the Brazil" -> "France", "of Brazil", before the country's own article
    // if it has one.
    static void drop_article_before_country(english_run& out, const country_entry& c) {
        if (!out.words.empty()) take_article(out, out.words.size() - 1);
        if (!c.en_article.empty()) out.words.push_back(c.en_article);
    }

    const lexicon& lex_;
    thread_state& thread_;
    word_answers& answers_;
    const phrase_pairs& pairs_;
    const std::vector<std::string>& speech_verbs_;  // the pack's, folded and sorted
    mutable std::size_t modifiers_at_ = 0;  // where the current noun's English modifiers begin
    // The last English compound made of "noun de noun": where its first word is, and its head.
    mutable std::pair<std::size_t, std::size_t> compound_{std::string::npos, std::string::npos};
    // The entry of the verb right before toks[i] (a finite form or a participle, "se" before
    // it for a reflexive verb), whose en_de or en_a says the preposition at i; nullptr when
    // toks[i - 1] is no verb.
    const lexicon_entry* verb_before(const std::vector<const tok*>& toks, std::size_t i, std::size_t b) const {
        const tok& verb = *toks[i - 1];
        if (verb.kind != tok_kind::word || (verb.pos & (grammar::pos_verb | grammar::pos_past_participle)) == 0) {
            return nullptr;
        }
        // A form that is a noun too is the verb after a name or a subject pronoun ("que Pékin
        // participe à", "qu'il participe à"), not after a determiner ("la participe").
        if ((verb.pos & grammar::pos_noun) != 0) {
            const tok* subject = i >= b + 2 ? toks[i - 2] : nullptr;
            if (subject == nullptr || subject->kind != tok_kind::word ||
                (subject->pos & grammar::pos_determiner) != 0 ||
                !(subject->capitalised || (subject->pos & grammar::pos_pronoun) != 0)) {
                return nullptr;
            }
        }
        if (i >= b + 2 && (eq(toks[i - 2]->key, "se") || eq(toks[i - 2]->key, "s'"))) {
            std::string folded;
            if (const lexicon_entry* entry =
                    reflexive_entry(lex_, folded_key(verb.lemma.empty() ? verb.key : verb.lemma, folded))) {
                return entry;
            }
        }
        const bool participle = (verb.pos & grammar::pos_past_participle) != 0;
        const form_hit* h = verb_reading(lex_, verb, participle);
        // ("pour discuter de la crise" -> "to discuss the crisis": an infinitive, the entry's
        // base form)
        if (h == nullptr && (verb.pos & grammar::pos_infinitive) != 0) return infinitive_entry(verb);
        return h == nullptr ? nullptr : &lex_.entries[h->entry];
    }
    // where the last adjective said before the current noun from after it went (npos: none)
    mutable std::size_t postnominal_at_ = std::string::npos;
    // The noun postnominal_at_ was found for (its index then): a place before another noun
    // is no place for this one's modifiers ("un échec retentissant : seuls deux des quinze
    // membres" put "member" before "resounding").
    mutable std::size_t postnominal_noun_ = std::string::npos;
    mutable bool plural_ = false;           // a plural determiner awaits its noun
    uint32_t first_begin_;  // where the sentence starts: capitals there prove no name
    std::string_view possessive_;  // (a word of the program's: "its", "his" …)
    // Whether `t` ends a main clause's subject as the grammar read it, all of which before `t`
    // compression dropped when `t` opens the headline ("Devenu député, M. Ashkenazi est
    // nommé": "Ashkenazi is appointed").
    bool whole_subject(const tok& t) const {
        if (source_ == nullptr) return false;
        return std::any_of(source_->clauses.begin(), source_->clauses.end(), [&](const grammar::clause& c) {
            return c.role == grammar::clause_role::main &&
                   std::any_of(c.parts.begin(), c.parts.end(), [&](const grammar::part& p) {
                       return p.kind == grammar::part_kind::subject && p.where.begin <= t.begin &&
                              p.where.end == t.end;
                   });
        });
    }
    // The end of a foreign name opening at toks[at]: a run of capitalised words in the English
    // order, words the lexicon does not know before one or more nouns or adjectives it knows
    // ("Wall Street Journal", "Palm Springs International Festival"). In the French order, the
    // known noun first ("Société Angus", "Parlement Edouard Philippe"), the noun is said. A
    // country, a title, a function word, a lexicon phrase or a word of another kind ends the
    // run, as does a known word opening the sentence. `at` when there is no such name.
    std::size_t foreign_name_end(const std::vector<const tok*>& toks, std::size_t at, std::size_t e) const {
        std::size_t k = at;
        bool known = false;
        for (; k < e && toks[k]->kind == tok_kind::word && toks[k]->capitalised; ++k) {
            const tok& w = *toks[k];
            if (w.country >= 0 || is_function_word(lex_, w) || is_title_word(lex_, w) ||
                phrase_at(toks, k) != nullptr) {
                break;
            }
            const form_hit* h = best_hit(w);
            if (h == nullptr) {
                if (known) break;  // (an unknown word after a known one: not in the English order)
                continue;
            }
            const word_class c = lex_.entries[h->entry].pos;
            if (k == at || w.begin == first_begin_ || (c != word_class::noun && c != word_class::adj)) break;
            known = true;
        }
        return known ? k : at;
    }
    // Whether `t` is in the name of a person the grammar read ("le secrétaire général de
    // l'ONU" is a person, whose name "ONU" is not).
    bool in_person_name(const tok& t) const {
        return source_ != nullptr &&
               std::any_of(source_->actors.begin(), source_->actors.end(), [&](const grammar::actor& a) {
                   return a.kind == grammar::actor_kind::person && a.where.begin <= t.begin &&
                          t.begin < a.where.end && a.name.find(t.text) != std::string::npos;
               });
    }
    // A capitalised word as English writes it: as the pack's names spell it ("Poutine" ->
    // "Putin"), else as written.
    std::string english_name(const tok& t) const {
        const form_hit* h = lex_.word(t.key, word_class::name);
        return h != nullptr ? lex_.entries[h->entry].en : std::string(t.text);
    }
    // Whether the grammar reads a person whose name is `t` alone after a civility ("Mme
    // Royal": "Royal"; not "le président Macron", said with its title).
    bool person_named_by(const tok& t) const {
        if (source_ == nullptr) return false;
        return std::any_of(source_->actors.begin(), source_->actors.end(), [&](const grammar::actor& a) {
            return a.kind == grammar::actor_kind::person && a.where.end == t.end && a.where.begin < t.begin &&
                   a.title.empty() && a.name == t.text;
        });
    }
    const grammar::sentence* source_;  // may be null
    // Document spans compression rewrote in the present (see said_in_present): none unless set.
    const std::vector<grammar::span>* present_spans_ = nullptr;
    const tok* base_ = nullptr;        // the sentence's first token, when memo_ is kept
    mutable std::vector<token_memo> memo_;  // per token of the sentence (and maybe more room)
    std::size_t memo_size_ = 0;             // the sentence's tokens
    uint64_t stamp_ = 0;                    // marks the entries of memo_ this translator filled
};

// Whether the word w opens with a vowel sound, so that "a" before it is "an": "an
// octogenarian", "an hour", "an unprecedented", "an EU summit", "an NGO"; not "a European",
// "a union", "a one-day", "a US". (By letters: the few words that open otherwise are listed.)
bool opens_with_vowel_sound(std::string_view w) {
    if (w.empty()) return false;
    auto lower = [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; };
    auto starts = [&](std::string_view p) {
        if (w.size() < p.size()) return false;
        for (std::size_t k = 0; k < p.size(); ++k) {
            if (lower(w[k]) != p[k]) return false;
        }
        return true;
    };
    // An acronym is said letter by letter: "an EU", "an MP", "a UN" (two capitals at least).
    if (w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z') {
        return std::string_view("AEFHILMNORSX").find(w[0]) != std::string_view::npos;
    }
    switch (lower(w[0])) {
        case 'a': case 'i': return true;
        case 'e': return !starts("eu") && !starts("ewe");
        case 'o': return !starts("one") && !starts("once");
        case 'h': return starts("hour") || starts("honest") || starts("honour") || starts("honor") || starts("heir");
        case 'u':
            // "an unprecedented", "an ultimatum", "an urgent", "an upcoming", "an umpteenth", "an
            // ugly"; "a union", "a unanimous", "a usual", "a Ukrainian"
            return (starts("un") && !starts("uni") && !starts("una")) || starts("ul") || starts("urg") ||
                   starts("urb") || starts("up") || starts("um") || starts("ug");
        default: return false;
    }
}

std::string join_words(const std::vector<std::string>& words) {
    std::size_t size = 0;
    for (const auto& w : words) size += w.size() + 2;  // a space before, an "n" after ("an")
    // Written through a pointer into room on the stack (a longer text: a string's, made at
    // once), trimmed there, then copied once into the result: no bytes zeroed first, no
    // resizing after.
    char stack[1024];
    std::string heap;
    if (size > sizeof stack) heap.resize(size);
    char* const begin = size > sizeof stack ? heap.data() : stack;
    char* o = begin;
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::string_view w = words[k];
        if (w.empty()) continue;
        // "a" before a vowel sound: "an octogenarian", "such an annexation"
        const bool an = (eq(w, "a") || (w.size() > 2 && w.compare(w.size() - 2, 2, " a") == 0)) &&
                        k + 1 < words.size() && opens_with_vowel_sound(words[k + 1]);
        if (eq(w, ",") || eq(w, ":") || eq(w, ";")) {
            if (o != begin) *o++ = w[0];
            continue;
        }
        if (o != begin) *o++ = ' ';
        copy_bytes(o, w.data(), w.size());  // (a word's few bytes: no call)
        o += w.size();
        if (an) *o++ = 'n';
    }
    // No trailing comma or function word
    static const word_list dangling{"of", "the", "a", "an", "to", "in", "and",
                                                "for", "on", "with", "by", "at", "from",
                                                "that", "who", "which", "its", "their", "his",
                                                "her", ","};
    for (;;) {
        while (o != begin && (o[-1] == ',' || o[-1] == ';' || o[-1] == ' ')) --o;
        // (the last word: after the last space, or all)
        char* last = o;
        while (last != begin && last[-1] != ' ') --last;
        if (o == begin || dangling.count(std::string_view(last, static_cast<std::size_t>(o - last))) == 0) break;
        o = last == begin ? begin : last - 1;  // (from its space on)
    }
    return std::string(begin, o);
}

// An infinitive, as the grammar read it or as a lexicon verb's base form.
bool infinitive(const lexicon& lex, const tok& t) {
    if (t.kind != tok_kind::word || t.capitalised) return false;
    // ("fier" is an adjective before it is "se fier")
    if ((t.pos & grammar::pos_infinitive) != 0) return (t.pos & grammar::pos_adj) == 0;
    if (t.pos != 0) return false;
    const form_hit* h = lex.word(t.key, word_class::verb);
    return h != nullptr && h->form == form_kind::base;
}

// Whether an infinitive opens toks[at, e), maybe a reflexive one ("s'exprimer").
bool infinitive_opens(const lexicon& lex, const std::vector<const tok*>& toks, std::size_t at, std::size_t e) {
    if (at + 1 < e && (eq(toks[at]->key, "se") || eq(toks[at]->key, "s'"))) ++at;
    return at < e && infinitive(lex, *toks[at]);
}

// The main verb of the clause: index of its first token and of the lexical verb.
struct verb_at {
    std::size_t begin = std::string::npos, verb = std::string::npos, end = std::string::npos;
    bool plural = false, passive = false, negated = false;
    // What the negation says in English: "ne … pas" not, "ne … plus" no longer, "ne … jamais"
    // never (negated only).
    std::string_view negation = "not";
    bool contracted = false;  // the verb's idiom ended in de/à with the article in it ("met fin aux")
    // The group's tense as the grammar read it, and whether an auxiliary leads it ("aura
    // signé", "aurait signé"): English keeps a future and a conditional (english_verb).
    grammar::tense when = grammar::tense::unknown;
    bool compound = false;
    const lexicon_entry* entry = nullptr;
};

// The verb reading of a token: a participle after an auxiliary, else a finite form. The
// written accent tells "signé" (participle) from "signe" (present), which folded keys merge.
const form_hit* verb_reading(const lexicon& lex, const tok& t, bool participle) {
    const form_hits* hits = forms_of(lex, t);
    if (hits == nullptr) return nullptr;
    // (The ending tests only once a verb reading is found: most words have none.)
    int accented = -1;  // unknown yet
    for (const auto& h : *hits) {
        if (lex.entries[h.entry].pos != word_class::verb) continue;
        if (participle) {
            if (h.form == form_kind::participle) return &h;
            continue;
        }
        if (accented < 0) {
            accented = ends_in_participle_e(t.text) || ends_with_text(t.key, "ant");
        }
        if (accented != 0) continue;
        if (h.form == form_kind::present3s || h.form == form_kind::present3p ||
            h.form == form_kind::other) {
            return &h;
        }
    }
    return nullptr;
}

// toks[at] can be a noun and follows a determiner, maybe over an adjective that stands
// before its noun ("l'annonce", "cette troisième visite"): it is no verb.
template <typename Toks>
bool noun_slot(const lexicon& lex, const Toks& toks, std::size_t at) {
    return lex.word(tok_at(toks, at).key, word_class::noun) != nullptr && after_determiner(toks, 0, at);
}

// `out` pointing at each of `toks`.
void point_to(const std::vector<tok>& toks, std::vector<const tok*>& out) {
    out.clear();
    out.reserve(toks.size());
    for (const auto& t : toks) out.push_back(&t);
}

template <typename Toks>
verb_at find_verb(const lexicon& lex, const Toks& toks) {
    verb_at v;
    for (std::size_t i = 1; i < toks.size(); ++i) {
        const tok& t = tok_at(toks, i);
        if (t.kind != tok_kind::word) continue;
        std::size_t j = i;
        bool neg = false;
        if (eq(t.key, "ne") || eq(t.key, "n'")) {
            neg = true;
            ++j;
        }
        bool reflexive = false;
        if (j < toks.size() && (eq(tok_at(toks, j).key, "se") || eq(tok_at(toks, j).key, "s'"))) {
            ++j;
            reflexive = true;
        }
        if (j >= toks.size()) break;
        const tok& w = tok_at(toks, j);
        // (A word the index read is none of them unless it marks an auxiliary's key, as all
        // of them but "etre" are: most words are settled by that bit.)
        const bool aux = (!w.forms_known || (w.trimmed & trim_auxiliary) != 0 || eq(w.key, "etre")) &&
                         (eq(w.text, "a") || eq(w.key, "ont") || eq(w.key, "est") || eq(w.key, "sont") ||
                          eq(w.key, "avait") || eq(w.key, "avaient") || eq(w.key, "etait") ||
                          eq(w.key, "etaient") || eq(w.key, "etre"));
        // Not an auxiliary: a verb form that is no function word ("la", "est" read as such).
        // The verb reading first: most words have none, and it is the cheaper test.
        const form_hit* own = aux ? nullptr : verb_reading(lex, w, false);
        if (!aux && (own == nullptr || is_function_word(lex, w))) continue;
        std::size_t lexical = aux ? j + 1 : j;
        bool passive = false;
        if (aux && neg && lexical < toks.size() &&
            (eq(tok_at(toks, lexical).key, "pas") || eq(tok_at(toks, lexical).key, "plus") ||
             eq(tok_at(toks, lexical).key, "jamais"))) {
            ++lexical;
        }
        if (aux && lexical < toks.size() && eq(tok_at(toks, lexical).key, "ete")) {
            passive = true;
            ++lexical;
        }
        // "s'est finalement déchaîné": adverbs between the auxiliary and the participle
        for (int skip = 0; aux && skip < 2 && lexical + 1 < toks.size(); ++skip) {
            const tok& a = tok_at(toks, lexical);
            const form_hit* ah = lex.any_word(a.key);
            const bool adverb = (ah != nullptr && lex.entries[ah->entry].pos == word_class::adv) ||
                                ends_with_text(a.key, "ment");
            if (!adverb) break;
            ++lexical;
        }
        if (lexical >= toks.size()) break;
        if (!aux && noun_slot(lex, toks, lexical)) continue;
        const form_hit* h = aux ? verb_reading(lex, tok_at(toks, lexical), true) : own;
        if (h == nullptr) continue;
        v.begin = i;
        v.verb = lexical;
        v.end = lexical + 1;
        if (neg && !aux && v.end < toks.size() &&
            (eq(tok_at(toks, v.end).key, "pas") || eq(tok_at(toks, v.end).key, "plus"))) {
            ++v.end;
        }
        v.negated = neg;
        v.plural = eq(w.key, "ont") || eq(w.key, "sont") || eq(w.key, "avaient") || eq(w.key, "etaient") ||
                   h->form == form_kind::present3p || ends_with_text(tok_at(toks, lexical).key, "aient") ||
                   ends_with_text(tok_at(toks, lexical).key, "ront");
        // "s'est déchaîné" is no passive: a reflexive verb reads as active
        v.passive = !reflexive &&
                    (passive || (aux && (eq(w.key, "est") || eq(w.key, "sont") || eq(w.key, "etait") ||
                                         eq(w.key, "etaient") || eq(w.key, "etre")) &&
                                 lex.entries[h->entry].fr != "devenir"));
        v.entry = &lex.entries[h->entry];
        // "s'est déchaîné" -> "lashes out", "s'est rendu" -> "goes": a reflexive verb is its own
        // entry ("se déchaîner") when the pack lists one.
        if (reflexive) {
            if (const lexicon_entry* own_entry = reflexive_entry(lex, v.entry->fr_key)) v.entry = own_entry;
        }
        return v;
    }
    return v;
}

// The main clause's verb group as the grammar read it, when compression kept it.
// (With `french_only`, the verb group kept is found whether or not English can say it: the
// entry is left null.)
verb_at grammar_verb(const lexicon& lex, const grammar::sentence& s,
                     const std::vector<const tok*>& toks, lexicon_entry& unlisted, bool french_only = false) {
    verb_at v;
    // The main clause's verb group (for English, a quote's, in a sentence that is a quote and
    // its attribution: "« Nous allons signer », a déclaré X"; the French templates, which say
    // events, take no quote's), or, when compression took it away
    // ("X a annoncé qu'il expulsait …" -> "X expulse …"), the first subordinate clause's that
    // is kept.
    auto kept_run = [&](const grammar::verb_group& g) {
        std::pair<std::size_t, std::size_t> run{std::string::npos, std::string::npos};
        // (The tokens are in the order of the text: none before the group's beginning nor
        // past its end is in it; the first that may be is found by halves.)
        const auto from = std::partition_point(toks.begin(), toks.end(),
                                               [&](const tok* t) { return t->begin < g.where.begin; });
        for (auto i = static_cast<std::size_t>(from - toks.begin()); i < toks.size() && toks[i]->begin <= g.where.end;
             ++i) {
            if (toks[i]->begin >= g.where.begin && toks[i]->end <= g.where.end) {
                if (run.first == std::string::npos) run.first = i;
                run.second = i + 1;
            }
        }
        return run;
    };
    const grammar::verb_group* found = nullptr;
    std::pair<std::size_t, std::size_t> run{std::string::npos, std::string::npos};
    for (const auto& c : s.clauses) {
        if (c.role == grammar::clause_role::main && c.verb) {
            found = &*c.verb;
            run = kept_run(*found);
            break;
        }
    }
    if (found == nullptr && !french_only) {
        for (const auto& c : s.clauses) {
            if (c.role == grammar::clause_role::quote && c.verb) {
                found = &*c.verb;
                run = kept_run(*found);
                break;
            }
        }
    }
    if (found != nullptr && run.first == std::string::npos) {
        for (const auto& c : s.clauses) {
            if (c.role != grammar::clause_role::subordinate || !c.verb) continue;
            const auto r = kept_run(*c.verb);
            if (r.first != std::string::npos) {
                found = &*c.verb;
                run = r;
                break;
            }
        }
    }
    if (found == nullptr || found->lemma.empty()) return v;
    const std::size_t b = run.first, e = run.second;
    if (b == std::string::npos || b == 0) return v;
    const grammar::verb_group& g = *found;
    if (french_only) {
        v.begin = b;
        v.verb = e - 1;
        v.end = e;
        return v;
    }
    std::string folded;  // (a lemma fits in the string itself: no thread's storage to reach)
    const std::string_view lemma = folded_key(g.lemma, folded);
    // "se rend à Paris" -> "goes to Paris": a reflexive verb is its own entry ("se rendre")
    // when the lexicon has one.
    bool reflexive = false, with_en = false;
    for (std::size_t k = b - 1; k < e; ++k) {
        reflexive = reflexive || eq(toks[k]->key, "se") || eq(toks[k]->key, "s'");
        with_en = with_en || eq(toks[k]->key, "en");
    }
    std::size_t tail = 0;  // words of the idiom after the group ("à")
    bool contracted = false;
    const lexicon_entry* entry = reflexive ? reflexive_idiom(lex, lemma, with_en, toks, e, tail, contracted) : nullptr;
    if (entry == nullptr && with_en && reflexive) entry = reflexive_entry(lex, lemma);  // ("s'en va": "s'en" is no idiom's)
    if (const form_hit* h = entry == nullptr ? lex.word(lemma, word_class::verb) : nullptr) {
        entry = &lex.entries[h->entry];
    }
    if (entry != nullptr) {
        v.entry = entry;
    } else {
        const std::string en = lex.fallback(lemma);
        if (en.empty()) return v;
        unlisted.fr = g.lemma;
        unlisted.en = en;
        unlisted.pos = word_class::verb;
        v.entry = &unlisted;
    }
    v.begin = b;
    v.verb = e - 1;
    v.end = e + tail;
    v.contracted = contracted;
    v.plural = g.plural;
    // ("s'en est pris", "s'est affranchi" are the idiom's compound past, no passive)
    v.passive = g.passive && tail == 0;
    v.negated = g.negated;
    v.when = g.when;
    for (std::size_t k = b; k + 1 < e; ++k) v.compound = v.compound || (toks[k]->pos & grammar::pos_aux) != 0;
    return v;
}

// "fait pression" -> "puts pressure", "a mis en place" -> "sets up": a verb phrase of the
// lexicon that opens on the main verb's lemma and goes on with the words after the verb is
// said whole, as the verb (light-verb idioms do not translate word by word).
void take_verb_phrase(const lexicon& lex, const std::vector<const tok*>& toks, verb_at& v) {
    if (v.entry == nullptr || v.end > toks.size()) return;
    // (The lexicon's entries hold their folded form; a verb it does not list is folded here.)
    std::string folded;
    if (v.entry->fr_key.empty()) folded = fold_key(v.entry->fr);
    auto it = lex.phrases.find(v.entry->fr_key.empty() ? folded : v.entry->fr_key);
    if (it == lex.phrases.end()) return;
    for (const auto& [words, id] : it->second) {
        if (id >= lex.entries.size() || lex.entries[id].pos != word_class::verb) continue;
        if (words.size() < 2 || v.end + words.size() - 1 > toks.size()) continue;
        bool match = true;
        bool contracted = false;
        for (std::size_t k = 1; k < words.size() && match; ++k) {
            const std::string_view key = toks[v.end + k - 1]->key;
            match = lexicon::phrase_word_matches(words[k], key);  // ("d'une" reads "de")
            // "met fin aux fonctions": "mettre fin à" with the article contracted into "à"
            if (!match && k + 1 == words.size() && lexicon::contracts(words[k], key)) {
                match = contracted = true;
            }
        }
        if (!match) continue;
        // (No idiom closed by "à" or "de" whose English ends in a particle before an
        // infinitive: "sont appelées à participer" is "are called to take part". An idiom whose
        // English ends in "to", "prévoir de", "plan to", is that idiom only before one:
        // "prévoit des mesures" is the verb's.)
        const std::size_t after = v.end + words.size() - 1;
        if (ends_with_text(lex.entries[id].en, " to") && !infinitive_opens(lex, toks, after, toks.size())) continue;
        if ((words.back() == "a" || words.back() == "de") && after < toks.size() &&
            toks[after]->kind == tok_kind::word && (toks[after]->pos & grammar::pos_infinitive) != 0 &&
            (toks[after]->pos & grammar::pos_noun) == 0 && ends_in_particle(lex.entries[id].en)) {
            continue;
        }
        v.entry = &lex.entries[id];
        v.end += words.size() - 1;
        v.contracted = contracted;
        return;
    }
}

// Whether a "que" within the four words from toks[from] closes a "ne" with no second negative
// word ("n'étaient consultables que …", "ne peut que constater"): "ne … que", "only".
bool restrictive_que_after(const std::vector<const tok*>& toks, std::size_t from) {
    for (std::size_t k = from; k < toks.size() && k < from + 4; ++k) {
        const tok& t = *toks[k];
        if (t.kind != tok_kind::word) return false;
        if (eq(t.key, "que") || eq(t.key, "qu'")) return true;
        if (second_negative(t.key)) return false;
    }
    return false;
}

// The negation word of the verb group ("pas", "plus", "jamais" up to the word after it, or
// just before it when a modal leads), as English says it after an auxiliary or a modal.
// Empty when the negation is carried by another word that English says itself ("aucune
// solution n'est trouvée": "no solution is found", "n'a rien dit": "says nothing").
std::string_view negation_of(const std::vector<const tok*>& toks, const verb_at& v) {
    // "n'acceptera ni retrait ni suspension": English denies with "neither … nor", the verb
    // stays affirmative ("accepts neither withdrawal nor suspension").
    if (v.end < toks.size() && eq(toks[v.end]->key, "ni")) return {};
    const std::size_t from = v.begin > 3 ? v.begin - 3 : 0;
    for (std::size_t k = from; k <= v.end && k < toks.size(); ++k) {
        if (const std::string_view said = negation_word(toks[k]->key); !said.empty()) return said;
    }
    static const word_list negative_words{"aucun", "aucune", "rien", "nul", "nulle"};
    for (const tok* t : toks) {
        if (negative_words.contains(t->key)) return {};
    }
    // "n'étaient consultables que dans un but humanitaire": "ne … que" restricts ("only", said
    // where "que" stands), it does not deny.
    if (restrictive_que_after(toks, v.end)) return {};
    return "not";
}

// A modal with the negation of the infinitive after it: "could no longer", "must not",
// "cannot", "wants not to".
std::string modal_then_negation(std::string_view modal, std::string_view negation) {
    if (modal == "can" && negation == "not") return "cannot";
    if (modal.size() > 3 && modal.compare(modal.size() - 3, 3, " to") == 0) {
        return std::string(modal.substr(0, modal.size() - 3)) + " " + std::string(negation) + " to";
    }
    return std::string(modal) + " " + std::string(negation);
}

// A modal or "be" with the negation after it: "cannot", "must not", "can no longer", "is never".
std::string negated_modal(std::string_view modal, std::string_view negation) {
    // "ne pourra plus" -> "will no longer be able to": the negation after the first word
    // of a modal in several words.
    if (const std::size_t space = modal.find(' ');
        space != std::string_view::npos && modal != "wants to" && modal != "want to" &&
        english_modal(modal.substr(0, space))) {
        return std::string(modal.substr(0, space)) + " " + std::string(negation) + std::string(modal.substr(space));
    }
    const bool intend = modal == "intends to" || modal == "intend to";
    if (negation == "not") {
        if (modal == "can") return "cannot";
        if (modal == "wants to") return "does not want to";
        if (modal == "want to") return "do not want to";
        if (modal == "intends to") return "does not intend to";
        if (modal == "intend to") return "do not intend to";
    } else if (modal == "wants to" || modal == "want to" || intend) {
        // "ne veut plus" -> "no longer wants to"
        return std::string(negation) + " " + std::string(modal);
    }
    return std::string(modal) + " " + std::string(negation);
}

std::string english_verb(const verb_at& v, const translator& tr);

// A verb entry said in the future ("will sign") or the conditional ("would sign"); a modal
// says its own: "devra" -> "will have to", "devrait" -> "should", "pourra" -> "will be able
// to", "pourrait" -> "could", another modal as it is.
std::string verb_in_time(const lexicon_entry& entry, bool future) {
    const std::string& en = entry.en;
    const std::size_t space = en.find(' ');
    const std::string_view head = std::string_view(en).substr(0, space);
    const std::string rest = space == std::string::npos ? std::string() : en.substr(space);
    if (head == "must") return (future ? "will have to" : "should") + rest;
    if (head == "can") return (future ? "will be able to" : "could") + rest;
    if (english_modal(head)) return en;
    return (future ? "will " : "would ") + en;
}

// The verb group in the future ("signera", "aura signé": "will sign"), the conditional
// ("signerait": "would sign") or the compound conditional of reported facts ("aurait signé":
// "reportedly signs"), as english_verb says the present otherwise; empty for another tense.
std::string english_verb_in_time(const verb_at& v, const translator& tr) {
    const bool future = v.when == grammar::tense::future;
    const bool conditional = v.when == grammar::tense::conditional;
    if (!future && !conditional) return {};
    if (conditional && v.compound) {
        // News writes unconfirmed facts in the compound conditional: "L'armée aurait tué" is
        // "The army reportedly kills" ("is reportedly killed" in the passive).
        verb_at present = v;
        present.when = grammar::tense::unknown;
        const std::string said = english_verb(present, tr);
        if (said.empty()) return {};
        const std::size_t space = said.find(' ');
        const std::string_view head = std::string_view(said).substr(0, space);
        if (space != std::string::npos && (head == "is" || head == "are" || english_modal(head))) {
            return std::string(head) + " reportedly" + said.substr(space);
        }
        return "reportedly " + said;
    }
    std::string said;
    if (v.passive) {
        said = std::string(future ? "will" : "would") + " be " +
               tr.entry_form(*v.entry, word_answers::form::participle);
    } else if (v.compound && future) {
        // ("aura signé": "will have signed")
        said = "will have " + tr.entry_form(*v.entry, word_answers::form::participle);
    } else {
        said = verb_in_time(*v.entry, future);
        if (said == v.entry->en) return {};  // another modal: said as it is, in the present
    }
    if (!v.negated) return said;
    const std::size_t space = said.find(' ');
    return negated_modal(std::string_view(said).substr(0, space), v.negation) +
           (space == std::string::npos ? std::string() : said.substr(space));
}

std::string english_verb(const verb_at& v, const translator& tr) {
    if (v.entry == nullptr) return {};
    if (std::string in_time = english_verb_in_time(v, tr); !in_time.empty()) return in_time;
    const std::string be = v.plural ? "are" : "is";
    if (v.passive) {
        return (v.negated ? negated_modal(be, v.negation) : be) + " " +
               tr.entry_form(*v.entry, word_answers::form::participle);
    }
    // "be" is the one verb whose present is not its bare form: "are", "is not".
    const std::string& en = v.entry->en;
    if (en == "be" || en.rfind("be ", 0) == 0) {
        return (v.negated ? negated_modal(be, v.negation) : be) + en.substr(2);
    }
    if (v.negated) {
        // A modal takes "not" itself: "ne peut pas" -> "cannot", "ne doit pas" -> "must not".
        const std::string head = en.substr(0, en.find(' '));
        if (english_modal(head)) return negated_modal(head, v.negation) + en.substr(head.size());
        if (v.negation != "not") {
            // "ne signe plus" -> "no longer signs", "ne signe jamais" -> "never signs"
            return std::string(v.negation) + " " +
                   (v.plural ? en : tr.entry_form(*v.entry, word_answers::form::third_person));
        }
        return (v.plural ? "do not " : "does not ") + en;
    }
    return v.plural ? en : tr.entry_form(*v.entry, word_answers::form::third_person);
}

// Whether toks[0, end) is a sum of money: a number, then within a few words a currency
// ("8,2 milliards d'euros", "450 millions de dollars", "10 M€").
bool sum_of_money(const std::vector<const tok*>& toks, std::size_t end) {
    if (end == 0 || end > 6 || toks[0]->kind != tok_kind::number) return false;
    static const word_list currencies{"euros", "euro", "dollars", "dollar", "livres", "francs", "yens", "yuans",
                                      "roubles", "€", "$", "£"};
    for (std::size_t k = 1; k < end; ++k) {
        if (currencies.contains(toks[k]->key) || currencies.contains(toks[k]->text)) return true;
    }
    return false;
}

// "Les nouvelles du front sont mauvaises" -> "the news of the front is bad": a subject
// toks[0, end) whose head English says as a mass noun (news, information, progress) takes a
// singular verb. The head is the first noun after the determiner and an adjective or two,
// before any complement.
bool uncountable_subject(const std::vector<const tok*>& toks, std::size_t end) {
    static const word_list mass{"nouvelles", "informations", "progres"};
    for (std::size_t k = 0; k < end && k < 4; ++k) {
        const std::string_view key = toks[k]->key;
        if (eq(key, "de") || eq(key, "du") || eq(key, "des") || eq(key, "d'") || toks[k]->kind != tok_kind::word) {
            return false;
        }
        if (!mass.contains(key)) continue;
        // (The head, when what follows is no noun of its own: "les nouvelles lois" is the
        // adjective's.)
        if (k + 1 >= end || toks[k + 1]->kind != tok_kind::word) return true;
        const std::string_view next = toks[k + 1]->key;
        return eq(next, "de") || eq(next, "du") || eq(next, "des") || eq(next, "d'");
    }
    return false;
}

// Countries named in toks[b, e), in order, without repeats.
std::vector<const country_entry*> countries_in(const lexicon& lex, const std::vector<const tok*>& toks,
                                               std::size_t b, std::size_t e) {
    std::vector<const country_entry*> out;
    for (const auto& m : find_countries(lex, toks, b, e)) {
        if (!m.country) continue;
        const auto& c = lex.countries[lex.country_by_key.at(m.key.substr(8))];
        if (std::find(out.begin(), out.end(), &c) == out.end()) out.push_back(&c);
    }
    return out;
}

std::string join_and(const std::vector<std::string>& items, const char* conj) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? std::string(" ") + conj + " " : ", ";
        out += items[i];
    }
    return out;
}

// toks[b, e) said in English as far as it can be, cut back to the phrase boundary (a
// preposition, a comma) before the first word the lexicon cannot say.
english_run sayable_prefix(const translator& tr, const std::vector<const tok*>& toks,
                           std::size_t b, std::size_t e, const std::string& lead = {}) {
    english_run run = tr.run(toks, b, e, lead);
    if (run.complete) return run;
    std::size_t cut = b + run.said;
    auto boundary = [&](const tok& t) {
        static const word_list keys{"de", "du", "des", "a", "au", "aux", "pour",
                                                "dans", "sur", "avec", "en", "et", "par",
                                                "contre", "entre", "chez", "vers", "sous",
                                                "apres", "avant", "depuis", "selon", "lors",
                                                "malgre", "parmi", "aupres", "pendant", "durant"};
        return t.kind == tok_kind::comma || keys.count(t.key) != 0;
    };
    while (cut > b && !boundary(*toks[cut - 1])) --cut;
    if (cut > b) --cut;
    return tr.run(toks, b, cut, lead);
}

// The English of an object pronoun ("les", "leur" -> "them", "lui" -> "him"); "le", "la",
// "l'" stand for a person ("him", "her") or a thing ("it"). Empty for another word.
std::string_view object_pronoun_english(std::string_view key, bool person) {
    if (eq(key, "les") || eq(key, "leur")) return "them";
    if (eq(key, "lui")) return "him";
    if (eq(key, "la")) return person ? "her" : "it";
    if (eq(key, "le") || eq(key, "l'")) return person ? "him" : "it";
    return {};
}

// The English of an object pronoun standing before the verb group v, in it ("lui a demandé")
// or just before it ("les accuse", "l'a condamné"), when a subject comes first: "them",
// "him" or "her" after a verb of the pack's person_verbs, else "it"; none after a verb of
// speech. The subject ends at subject_end, moved before a pronoun in front of the group; empty
// for none.
std::string_view object_pronoun(const lexicon& lex, const grammar::sentence& s, const std::vector<const tok*>& toks,
                                const verb_at& v, std::size_t& subject_end) {
    subject_end = v.begin;
    if (v.begin == std::string::npos || v.verb == std::string::npos || v.verb > toks.size()) return {};
    auto is_pronoun = [](const tok& t) {
        return eq(t.key, "les") || eq(t.key, "leur") || eq(t.key, "lui") || eq(t.key, "l'") ||
               eq(t.key, "le") || eq(t.key, "la");
    };
    // (In the group, before its first verb, after "ne" maybe: "Le Kosovo a lui accepté"
    // only insists, "ont pour leur part expulsé" names no object.)
    const tok* found = nullptr;
    for (std::size_t k = v.begin; k < v.verb && k > 0; ++k) {
        if (is_pronoun(*toks[k])) {
            found = toks[k];
            break;
        }
        if (!eq(toks[k]->key, "ne") && !eq(toks[k]->key, "n'")) break;
    }
    // (Inside, before the infinitive a verb governs: "veut le rencontrer", "wants to meet him".)
    // (Not "lui", "leur": "veut lui parler" is "wants to speak to him".)
    if (found == nullptr && v.verb > v.begin && is_pronoun(*toks[v.verb - 1]) &&
        !eq(toks[v.verb - 1]->key, "lui") && !eq(toks[v.verb - 1]->key, "leur") &&
        (toks[v.verb]->pos & grammar::pos_infinitive) != 0) {
        found = toks[v.verb - 1];
    }
    // (Before the group, with a subject before it, and the verb right after: "La Chine les
    // accuse"; not "leur" as a determiner, which a noun would follow.)
    if (found == nullptr && v.begin >= 2 && is_pronoun(*toks[v.begin - 1]) && !eq(toks[v.begin - 1]->key, "leur")) {
        found = toks[v.begin - 1];
        subject_end = v.begin - 1;
    }
    if (found == nullptr) return {};
    // "l'a emporté" -> "wins": the "l'" of "l'emporter" stands for nothing
    if (v.entry != nullptr && v.entry->fr_key == "emporter" && eq(found->key, "l'")) return {};
    bool speech = false;
    for (const auto& c : s.clauses) {
        if (c.role == grammar::clause_role::main && c.verb) {
            speech = c.verb->verb_class == "speech";
            break;
        }
    }
    // (What a verb of speech takes is what was said, which English leaves out: "l'a
    // martelé", "insists". "le fait" stands for an action: "does so", not "makes him".)
    const std::string_view key = found->key;
    if (eq(key, "les") || eq(key, "leur") || eq(key, "lui")) return object_pronoun_english(key, true);
    if (speech || (v.entry != nullptr && v.entry->fr == "faire")) return {};
    // "le", "la", "l'" stand for a person after a verb that takes one ("l'a reçu", "received
    // him"), else for a thing ("l'a signé", "signed it").
    const bool person = v.entry != nullptr && lex.person_verbs.contains(v.entry->fr_key);
    return object_pronoun_english(key, person);
}

// "mine toujours les indices" -> "still undermines the indexes", "présenterait parfois" ->
// "would sometimes present": an adverb of frequency or time French says after the verb goes
// before the English verb, after its first auxiliary or modal; after "be" alone it stays
// ("is still").
// (The English adverbs that take this place.)
bool middle_adverb(std::string_view en) {
    static const word_list middle{"still", "sometimes", "often", "already", "always", "never", "also",
                                  "usually", "rarely", "generally", "probably", "certainly", "finally",
                                  "gradually", "increasingly", "constantly", "regularly", "frequently",
                                  // (manner, which headlines put before the verb: "firmly condemns")
                                  "firmly", "strongly", "formally", "officially", "publicly", "openly",
                                  "sharply", "unanimously", "categorically", "explicitly", "vigorously"};
    return middle.contains(en);
}

// Says `adverb` in its place in the English verb group `verb`; false when the group has no
// place for it (a negation has its own: "does not", "no longer"; "be" alone keeps it after).
bool adverb_in_verb(std::string& verb, std::string_view adverb) {
    static const word_list be{"is", "are", "was", "were", "am", "be"};
    static const word_list first_auxiliary{"will", "would", "should", "could", "can", "must", "may",
                                           "might", "has", "have", "had", "is", "are", "was", "were"};
    if (verb.empty() || verb.find(" not") != std::string::npos || verb.find("no longer") != std::string::npos ||
        verb.find("never") != std::string::npos) {
        return false;
    }
    const std::size_t space = verb.find(' ');
    const std::string_view head = std::string_view(verb).substr(0, space);
    if (space == std::string::npos && be.contains(head)) return false;
    if (space != std::string::npos && first_auxiliary.contains(head)) {
        verb.insert(space + 1, std::string(adverb) + " ");
    } else {
        verb.insert(0, std::string(adverb) + " ");
    }
    return true;
}

void adverb_before_verb(std::string& verb, std::string& object) {
    const std::size_t space = object.find(' ');
    const std::string_view adverb = std::string_view(object).substr(0, space);
    if (!middle_adverb(adverb) || !adverb_in_verb(verb, adverb)) return;
    object.erase(0, space == std::string::npos ? object.size() : space + 1);
}

// "Les prix sont très élevés" -> "The prices are very high", not "are breeded": être with a
// participle is "be" and the pack's adjective of it when the pack lists no verb of that
// participle (the group's verb came from the dictionary), and a degree adverb before the
// participle is said before it ("est très attaché" -> "is very attached"). The participle's
// English is the last word of `verb`.
void copula_adjective(const lexicon& lex, const std::vector<const tok*>& toks, const verb_at& v,
                      const lexicon_entry& unlisted, std::string& verb) {
    if (!v.passive || v.verb >= toks.size() || v.verb == 0) return;
    const std::size_t last = verb.rfind(' ');
    if (last == std::string::npos) return;
    if (v.entry == &unlisted) {
        if (const form_hits* hits = forms_of(lex, *toks[v.verb])) {
            for (const auto& h : *hits) {
                if (lex.entries[h.entry].pos == word_class::adj) {
                    verb.replace(last + 1, std::string::npos, lex.entries[h.entry].en);
                    break;
                }
            }
        }
    }
    static const word_list degree{"tres", "trop", "si", "assez", "particulierement", "extremement",
                                  "fort", "plutot"};
    const tok& before = *toks[v.verb - 1];
    if (v.verb > v.begin && degree.contains(before.key)) {
        const form_hit* h = lex.any_word(before.key);
        if (h != nullptr && lex.entries[h->entry].pos == word_class::adv) {
            verb.insert(last + 1, lex.entries[h->entry].en + " ");
        }
    }
}

// "est toujours divisé" -> "is still divided", "veut toujours acheter" -> "still wants to
// buy": such an adverb inside the French verb group, which the verb's English leaves out,
// takes the same place. (Not in a verb said in one word: "a déjà signé" said "signs" by a
// headline's present is no "already signs".)
void adverb_in_verb_group(const lexicon& lex, const std::vector<const tok*>& toks, const verb_at& v,
                          std::string& verb) {
    if (verb.find(' ') == std::string::npos) return;
    for (std::size_t k = v.begin; k < v.end && k < toks.size(); ++k) {
        const form_hit* h = lex.any_word(toks[k]->key);
        if (h == nullptr || lex.entries[h->entry].pos != word_class::adv) continue;
        const std::string& en = lex.entries[h->entry].en;
        if (middle_adverb(en) && verb.find(en) == std::string::npos) {
            adverb_in_verb(verb, en);
            return;
        }
    }
}

// "Il faut …", "Il aura fallu …", "Il semble …": the impersonal "il" is "it"; "falloir"
// with a complement says what something takes ("Il aura fallu trois ans" -> "It took three
// years"), "il faut" + infinitive what must be done.
void impersonal(const std::vector<const tok*>& toks, const verb_at& v,
                slot_values& slots) {
    // "Il est temps de …", "Il est difficile de …", "Il est clair que …": être with one of
    // these words and "de" or "que" after it says something of what follows ("It is time
    // to"); "Il est fier de" stays "He is proud of". (After an opening phrase too: "Un an
    // après l'accord, il est temps de".)
    // ("Il devient difficile de", "Il commence à être difficile de": "It" too.)
    std::size_t head = v.end;
    if (v.entry != nullptr && v.entry->fr == "commencer" && v.end + 3 < toks.size() &&
        eq(toks[v.end]->text, "\xc3\xa0") && eq(toks[v.end + 1]->key, "etre")) {
        head = v.end + 2;
    }
    if (v.begin != std::string::npos && v.begin >= 1 && v.begin < toks.size() && toks[v.begin - 1]->key == "il" &&
        v.entry != nullptr && (v.entry->fr == "être" || v.entry->fr == "devenir" || head != v.end) &&
        head + 1 < toks.size()) {
        static const word_list impersonal_heads{
            "temps", "question", "possible", "impossible", "necessaire", "important", "difficile",
            "facile", "clair", "evident", "urgent", "essentiel", "indispensable", "utile",
            "inutile", "probable", "improbable", "vrai", "normal", "logique", "legitime",
            "inacceptable", "interdit", "dommage", "rare", "imperatif", "crucial", "primordial",
            "preferable", "souhaitable"};
        static const word_list then{"de", "d'", "que", "qu'"};
        std::string& subject = slots["subject"];
        if (impersonal_heads.contains(toks[head]->key) && then.contains(toks[head + 1]->key) &&
            (subject == "he" || ends_with_text(subject, " he"))) {
            subject.replace(subject.size() - 2, 2, "it");
            return;
        }
    }
    if (toks.size() < 2 || toks[0]->key != "il" || v.begin != 1 || v.verb >= toks.size()) return;
    // The impersonal verb is the group's verb, or opens it ("faut" of "faut réformer"),
    // after an auxiliary maybe ("aura fallu").
    static const word_list impersonal_verbs{"falloir", "sembler", "suffire", "paraitre",
                                            "convenir", "importer", "agir"};
    std::size_t at = 1;
    auto lemma_of = [&](std::size_t k) -> std::string_view {
        return toks[k]->lemma.empty() ? toks[k]->key : toks[k]->lemma;
    };
    while (at < v.verb && impersonal_verbs.count(lemma_of(at)) == 0) ++at;
    const tok& verb = *toks[at];
    const std::string_view lemma = lemma_of(at);
    if (impersonal_verbs.count(lemma) == 0) return;
    const bool inside = at < v.verb && v.entry != nullptr;
    // "agir" is impersonal in "il s'agit de" only ("il agit" is "he acts").
    if (lemma == "agir" && !(at > 0 && (eq(toks[at - 1]->key, "s'") || eq(toks[at - 1]->key, "se")))) return;
    slots["subject"] = "it";
    bool past = (verb.pos & grammar::pos_past) != 0 || (verb.pos & grammar::pos_past_participle) != 0;
    const bool future = (verb.pos & grammar::pos_future) != 0;
    if (lemma == "agir") {
        // "Il s'agit d'une visite officielle" -> "It is an official visit"
        // ("agit" is also a simple past: the present reading wins)
        const bool was = past && (verb.pos & grammar::pos_present) == 0;
        slots["verb"] = was ? "was" : future ? "will be" : "is";
        std::string& object = slots["object"];
        if (object.rfind("of ", 0) == 0) object.erase(0, 3);
        return;
    }
    if (lemma != "falloir") return;
    const bool infinitive_follows = v.end < toks.size() && (toks[v.end]->pos & grammar::pos_infinitive) != 0;
    if (inside) {
        // "Il faut réformer le système" -> "It is necessary to reform the system"
        slots["verb"] = std::string(past ? "was" : future ? "will be" : "is") + " necessary to " + v.entry->en;
    } else if (infinitive_follows) {
        slots["verb"] = past ? "was necessary" : future ? "will be necessary" : "is necessary";
        if (!slots["object"].empty() && slots["object"].rfind("to ", 0) != 0) {
            slots["object"] = "to " + slots["object"];
        }
    } else {
        slots["verb"] = past ? "took" : future ? "will take" : "takes";
    }
}

// "Il y a …", "Il n'y a pas de …", "Il y avait …": "There is …", "There is no …", "There was
// …" (the impersonal "il" is no "he", and "avoir" here is no "have").
void existential(const translator& tr, const std::vector<const tok*>& toks,
                 slot_values& slots) {
    if (toks.size() < 4 || toks[0]->key != "il") return;
    english_run head;
    const std::size_t k = there_is(toks, 0, toks.size(), head);
    // (A time ago, "Il y a deux ans, …", is no existential.)
    if (k == 0 || head.words.size() < 2 || head.words[0] != "there") return;
    const std::string rest = join_words(sayable_prefix(tr, toks, k, toks.size()).words);
    if (rest.empty()) return;
    head.words.erase(head.words.begin());
    slots["subject"] = "there";
    slots["verb"] = join_words(head.words);
    slots["object"] = rest;
}

// The sentence's tokens as pointers, and the spans compression rewrote in the present, kept
// by the thread with their room (see fill_event_slots, realise_english). (Not inline: a
// thread_local read in a shared library is a call, made once here rather than at each use.)
[[gnu::noinline]] std::vector<const tok*>& thread_all_toks() {
    thread_local std::vector<const tok*> toks;
    return toks;
}
[[gnu::noinline]] std::vector<grammar::span>& thread_present_spans() {
    thread_local std::vector<grammar::span> spans;
    return spans;
}

// Slots every event template may use: the actors (countries named in the subject), the event
// noun and a purpose phrase, in English and, when `fr` is given, in French.
void fill_event_slots(const rule_set::impl& rules, const sentence_view& s, const translator& tr,
                      slot_values& en, slot_values* fr) {
    const lexicon& lex = rules.pack.lex;
    // (Its storage reused from call to call; through a call made once, as a thread_local read
    // in a shared library is a call, made again at each use.)
    std::vector<const tok*>& all_toks = thread_all_toks();
    point_to(s.toks, all_toks);
    // The actors are the countries of the main clause's subject as the grammar read it ("Alors
    // que … aux États-Unis, Jean-Pierre Elkabbach a reçu …": no country acts), else of the
    // words before the first verb found.
    auto index_at = [&](uint32_t byte) {
        return static_cast<std::size_t>(
            std::find_if(all_toks.begin(), all_toks.end(), [&](const tok* t) { return t->begin >= byte; }) -
            all_toks.begin());
    };
    const auto [subject_begin, subject_end] = [&]() -> std::pair<std::size_t, std::size_t> {
        if (s.source != nullptr) {
            for (const auto& c : s.source->clauses) {
                if (c.role != grammar::clause_role::main || !c.verb) continue;
                for (const auto& p : c.parts) {
                    if (p.kind == grammar::part_kind::subject) return {index_at(p.where.begin), index_at(p.where.end)};
                }
                return {0, index_at(c.verb->where.begin)};
            }
        }
        const verb_at full = find_verb(lex, all_toks);
        return {0, full.begin == std::string::npos ? all_toks.size() : full.begin};
    }();
    std::vector<std::string> names_en, names_fr;
    for (const auto* ce : countries_in(lex, all_toks, subject_begin, subject_end)) {
        names_en.push_back(ce->en);
        names_fr.push_back(ce->fr);
    }
    if (names_en.size() >= 2) {
        en["actors"] = join_and(names_en, "and");
        if (fr != nullptr) (*fr)["actors"] = capitalise_first(join_and(names_fr, "et"));
    }
    // The noun of the event the templates speak for (the main clause's), else of another
    // event the sentence names: a meeting is no "agreement" because an accord is mentioned.
    const std::string main = main_event(rules, s);
    auto take_noun = [&](uint32_t e) {
        for (const auto& n : rules.pack.events[e].nouns) {
            if (const form_hit* h = lex.word(n, word_class::noun)) {
                en["noun"] = lex.entries[h->entry].en;
                if (fr != nullptr) (*fr)["noun"] = lex.entries[h->entry].fr;
                return true;
            }
        }
        return false;
    };
    bool noun = false;
    for (uint32_t e : s.events) noun = noun || (rules.pack.events[e].name == main && take_noun(e));
    for (uint32_t e : s.events) noun = noun || take_noun(e);
    // A value (the first figure, with its unit) and a place ("à Bruxelles"). An empty slot
    // counts as unfilled (fill_template), so the two are taken once, not per token.
    std::string& value = en["value"];
    std::string& place = en["place"];
    for (std::size_t i = 0; i < all_toks.size(); ++i) {
        if (all_toks[i]->kind == tok_kind::number && value.empty()) {
            const english_run v = tr.run(all_toks, i, std::min(all_toks.size(), i + 4));
            if (!v.words.empty()) value = v.words.front();
            if (fr != nullptr) (*fr)["value"] = all_toks[i]->text;
        }
        if (eq(all_toks[i]->text, "\xc3\xa0") && i + 1 < all_toks.size() &&
            all_toks[i + 1]->capitalised && place.empty()) {
            const english_run p = tr.run(all_toks, i + 1, i + 2);
            if (p.complete && !p.words.empty()) place = p.words.front();
            if (fr != nullptr) (*fr)["place"] = all_toks[i + 1]->text;
        }
    }
    for (std::size_t i = 0; i + 1 < all_toks.size(); ++i) {
        const std::string_view k = all_toks[i]->key;
        std::size_t start = std::string::npos;
        if ((eq(k, "visant") || eq(k, "vise")) && eq(all_toks[i + 1]->key, "a")) start = i + 2;
        if (eq(k, "afin") && eq(all_toks[i + 1]->key, "de")) start = i + 2;
        if (eq(k, "pour") && i + 1 < all_toks.size()) start = i + 1;
        if (start == std::string::npos || start >= all_toks.size()) continue;
        const form_hit* h = lex.word(all_toks[start]->key, word_class::verb);
        if (h == nullptr || h->form != form_kind::base) continue;
        // infinitive + its object, up to the next preposition or comma
        std::size_t end = start + 1;
        while (end < all_toks.size() && end - start < 6 && all_toks[end]->kind == tok_kind::word &&
               !(end > start + 2 && (eq(all_toks[end]->key, "dans") || eq(all_toks[end]->key, "de") ||
                                     eq(all_toks[end]->key, "en") || eq(all_toks[end]->key, "avec")))) {
            ++end;
        }
        english_run p = tr.run(all_toks, start, end);
        if (p.complete) {
            en["purpose"] = join_words(p.words);
            if (fr != nullptr) {
                (*fr)["purpose"] = join_tokens(std::vector<const tok*>(
                    all_toks.begin() + static_cast<long>(start), all_toks.begin() + static_cast<long>(end)));
            }
        }
        break;
    }
}

// Whether a template names one of the slots fill_event_slots fills.
bool names_an_event_slot(const std::vector<std::string>& slots) {
    return std::any_of(slots.begin(), slots.end(), [](const std::string& slot) {
        return eq(slot, "actors") || eq(slot, "noun") || eq(slot, "value") || eq(slot, "place") ||
               eq(slot, "purpose");
    });
}

// Whether a template names the topic's or the country's slot.
bool names_a_topic_slot(const std::vector<std::string>& slots) {
    return std::any_of(slots.begin(), slots.end(),
                       [](const std::string& slot) { return eq(slot, "topic") || eq(slot, "country"); });
}

// Whether an English template of the pack names the object but neither the subject nor the
// topic or the country ("{verb} {object}").
bool object_without_subject(const pack_rules& pack) {
    return std::any_of(pack.templates.begin(), pack.templates.end(), [](const template_def& t) {
        const auto& slots = t.slots_en;
        auto names = [&](const char* slot) { return std::find(slots.begin(), slots.end(), slot) != slots.end(); };
        return !t.en.empty() && names("object") && !names("subject") && !names_a_topic_slot(slots);
    });
}

}  // namespace

bool keeps_a_verb(const rule_set::impl& rules, const sentence_view& s, const compressed& c) {
    // The French keeps a verb when the grammar's verb group is kept, whether or not the pack
    // or the dictionary can say it in English ("La réunion approche" is no fragment).
    lexicon_entry unlisted;
    if (grammar_verb(rules.pack.lex, *s.source, c.kept, unlisted, true).begin != std::string::npos) return true;
    return find_verb(rules.pack.lex, c.kept).begin != std::string::npos;
}

namespace {

// The folds of the main verbs' lemmas that are not their own fold (accented: "être", one main
// verb in eight, "déclarer", "préciser"), which main_event() reads for every sentence: the fold
// of a lemma seen lately is taken from the thread's table rather than made again (a fold of
// such a lemma costs some 240 instructions, a look at the table a few tens). A fold is the
// lemma's alone, whatever the pack. (32 slots of 62 bytes, a lemma in the slot its bytes
// choose; a lemma or fold longer than a slot's room is folded every time.)
struct lemma_folds {
    static constexpr std::size_t most = 30;
    struct slot {
        uint8_t raw_size;  // 0: free (a lemma that is not its own fold is not empty)
        uint8_t folded_size;
        char raw[most];
        char folded[most];
    };
    std::array<slot, 32> slots;
};

// folded_key(s, buffer) for a main verb's lemma: s itself, or its fold, in `buffer` or in the
// thread's table of folds (valid until the next call).
std::string_view main_verb_fold(std::string_view s, std::string& buffer) {
    if (all_plain(s)) return s;
    const std::size_t n = s.size();
    if (n > lemma_folds::most) {
        fold_key_into(buffer, s);
        return buffer;
    }
    thread_local lemma_folds folds{};
    const char* const p = s.data();
    lemma_folds::slot& slot = folds.slots[static_cast<std::size_t>(grammar::ends_hash(s)) & (folds.slots.size() - 1)];
    if (slot.raw_size == n && std::memcmp(slot.raw, p, n) == 0) return {slot.folded, slot.folded_size};
    fold_key_into(buffer, s);
    if (buffer.size() <= lemma_folds::most) {
        slot.raw_size = static_cast<uint8_t>(n);
        std::memcpy(slot.raw, p, n);
        slot.folded_size = static_cast<uint8_t>(buffer.size());
        if (!buffer.empty()) std::memcpy(slot.folded, buffer.data(), buffer.size());
    }
    return buffer;
}

}  // namespace

std::string main_event(const rule_set::impl& rules, const sentence_view& s) {
    if (s.main_event_known) return s.main_event;
    // The grammar's main verb, mapped through this pack's events (its own event keys come
    // from the vocabulary and may name predicates the pack has no templates for).
    std::string lemma;  // (a lemma fits in the string itself: no thread's storage to reach)
    for (const auto& c : s.source->clauses) {
        if (c.role != grammar::clause_role::main || !c.verb) continue;
        // (Most verbs have no event verb's first byte and size: they are not looked up.)
        if (const std::string_view folded = main_verb_fold(c.verb->lemma, lemma); rules.pack.event_verbs.may_hold(folded)) {
            // (The lemma itself when folding changes nothing, else its fold, in `lemma`.)
            const bool own = folded.data() == c.verb->lemma.data();
            if (!own && folded.data() != lemma.data()) lemma.assign(folded.data(), folded.size());
            const std::string& key = own ? c.verb->lemma : lemma;
            auto it = rules.pack.event_by_verb.find(key);
            if (it != rules.pack.event_by_verb.end()) return rules.pack.events[it->second].name;
        }
        // (Every event of the pack has a name: a clause that names none is none of them.)
        const bool known = !c.event.empty() &&
                           std::any_of(rules.pack.events.begin(), rules.pack.events.end(),
                                       [&](const event_def& e) { return e.name == c.event; });
        if (known) return c.event;
        break;
    }
    // The verb search finds one of the tokens' verb forms, and names the event of its entry:
    // when no verb form of theirs names an event, it would name none either. (The word index
    // says of most words that none of their forms names one; the others are mostly nouns,
    // "accord", "sommet", whose forms are read here.)
    const auto& entry_event = rules.pack.entry_event;
    // (No token to read when look_up_forms found none whose forms name one: most sentences.)
    bool event_verb = false;
    if (!s.names_no_event) {
        for (const tok& t : s.toks) {
            if (t.forms_known & !t.names_event) continue;  // (one test: most words)
            event_verb = !t.forms_known ||
                         (t.forms != nullptr && std::any_of(t.forms->begin(), t.forms->end(), [&](const form_hit& h) {
                              return rules.pack.lex.entries[h.entry].pos == word_class::verb &&
                                     (h.entry >= entry_event.size() || entry_event[h.entry] >= 0);
                          }));
            if (event_verb) break;
        }
    }
    if (!event_verb) return {};
    const verb_at v = find_verb(rules.pack.lex, s.toks);
    if (v.entry == nullptr) return {};
    auto it = rules.pack.event_by_verb.find(v.entry->fr_key.empty() ? fold_key(v.entry->fr)
                                                                     : v.entry->fr_key);
    return it == rules.pack.event_by_verb.end() ? std::string() : rules.pack.events[it->second].name;
}

bool has_french_template(const pack_rules& pack, const std::string& event) {
    return !event.empty() && std::any_of(pack.templates.begin(), pack.templates.end(),
                                         [&](const template_def& t) {
                                             return !t.fr.empty() && t.event == event;
                                         });
}

std::string realise_french(const rule_set::impl& rules, const sentence_view& s, std::string& rule) {
    const std::string event = main_event(rules, s);
    if (!has_french_template(rules.pack, event)) return {};
    const translator tr(rules, s.toks.empty() ? 0 : s.toks.front().begin, "its", s.source, &s.toks);
    slot_values en, fr;
    fill_event_slots(rules, s, tr, en, &fr);
    for (const auto& t : rules.pack.templates) {
        if (t.fr.empty() || t.event != event) continue;
        std::string text = fill_template(t.fr, fr);
        if (text.empty()) continue;
        rule = t.name;
        capitalise_first_in_place(text);
        return text;
    }
    return {};
}

namespace {

// "Alexeï Navalny est hospitalisé", "Ségolène Royal est hospitalisée": after a form of être,
// the participle agrees with the subject and tells its gender, "his" or "her" (a masculine
// participle never ends in "e"); nullptr when none follows, or a plural.
const char* agreed_possessive(const std::vector<const tok*>& toks, std::size_t verb_at) {
    static const word_list etre{"est", "etait", "sera", "serait", "fut", "ete"};
    bool be = false;
    for (std::size_t k = verb_at; k < toks.size() && k < verb_at + 5; ++k) {
        const tok& t = *toks[k];
        if (t.kind != tok_kind::word) return nullptr;
        if (etre.contains(t.key) || (eq(t.key, "a") && k + 1 < toks.size() && eq(toks[k + 1]->key, "ete"))) {
            be = true;
            continue;
        }
        if (eq(t.key, "ne") || eq(t.key, "n'") || !negation_word(t.key).empty()) continue;
        // (as written: the key folds "é" to "e")
        if (!be || (t.pos & grammar::pos_past_participle) == 0 || t.text.empty() || t.text.back() == 's') return nullptr;
        return t.text.back() == 'e' ? "her" : "his";
    }
    return nullptr;
}

// "son", "sa", "ses" in English follow the subject: "Barack Obama … his", "la ministre … her",
// "le gouvernement … its". The subject's head decides: a first name of known gender, or a
// title with its article ("le président", "la ministre") or the first name after it.
// (A word of the program's, which the translator keeps as a view.)
const char* subject_possessive(const lexicon& lex, const std::vector<const tok*>& toks,
                               std::size_t verb_at, const grammar::sentence* source) {
    const std::size_t end = std::min(verb_at, toks.size());
    for (std::size_t k = 0; k < end; ++k) {
        const tok& t = *toks[k];
        if (t.kind != tok_kind::word || (t.pos & grammar::pos_determiner) != 0) continue;
        // ("Il a regardé son cactus": the subject pronoun, said "he", says it; not the
        // impersonal "il faut", "il y a")
        if (k == 0 && (eq(t.key, "il") || eq(t.key, "elle") || eq(t.key, "ils") || eq(t.key, "elles"))) {
            static const word_list impersonal{"faut", "fallait", "faudra", "faudrait", "y", "s'agit", "semble"};
            if (toks.size() > 1 && impersonal.contains(toks[1]->key)) return "its";
            return eq(t.key, "il") ? "his" : eq(t.key, "elle") ? "her" : "their";
        }
        if (t.pos & grammar::pos_male_name) return "his";
        if (t.pos & grammar::pos_female_name) return "her";
        // ("M. le maire", "Mme la ministre": the civility says it)
        if (eq(t.key, "m") || eq(t.key, "monsieur")) return "his";
        if (eq(t.key, "mme") || eq(t.key, "madame") || eq(t.key, "mlle")) return "her";
        // A person the grammar read by name: "M. Bolton", "Mme May" by the civility, else
        // ("Alexeï Navalny") whose gender nothing gives
        if (t.capitalised && source != nullptr &&
            std::any_of(source->actors.begin(), source->actors.end(), [&](const grammar::actor& a) {
                return a.kind == grammar::actor_kind::person && !a.name.empty() && a.title.empty() &&
                       a.where.begin == t.begin;
            })) {
            if (eq(t.key, "m") || eq(t.key, "monsieur")) return "his";
            if (eq(t.key, "mme") || eq(t.key, "madame") || eq(t.key, "mlle")) return "her";
            const char* agreed = agreed_possessive(toks, verb_at);
            return agreed != nullptr ? agreed : "their";
        }
        // A person the grammar read with a title the cut took away ("le ministre des Affaires
        // étrangères Nasser Bourita" -> "Nasser Bourita"): the title's article says it.
        if (t.capitalised && source != nullptr) {
            for (const auto& a : source->actors) {
                if (a.kind != grammar::actor_kind::person || a.title.empty() || t.begin <= a.where.begin ||
                    t.begin >= a.where.end) {
                    continue;
                }
                const auto first = std::partition_point(source->tokens.begin(), source->tokens.end(),
                                                        [&](const grammar::token& g) { return g.where.begin < a.where.begin; });
                if (first == source->tokens.end() || first->where.begin != a.where.begin) break;
                if (first->lemma == "le" || first->lemma == "un") return "his";
                if (first->lemma == "la" || first->lemma == "une") return "her";
                break;
            }
        }
        // A person whose gender the dictionary does not give ("Barack Obama"): "their".
        const bool person_name =
            t.capitalised && country_of(lex, t) < 0 && (t.pos & grammar::pos_place_name) == 0 &&
            k + 1 < end && toks[k + 1]->capitalised && toks[k + 1]->kind == tok_kind::word &&
            country_of(lex, *toks[k + 1]) < 0 && (toks[k + 1]->pos & grammar::pos_surname) != 0;
        if (person_name) {
            const char* agreed = agreed_possessive(toks, verb_at);
            return agreed != nullptr ? agreed : "their";
        }
        if (!is_title_word(lex, t)) return "its";
        const std::string_view article = k > 0 ? toks[k - 1]->key : std::string_view();
        if (eq(article, "le") || eq(article, "un") || eq(article, "du") || eq(article, "au")) return "his";
        if (eq(article, "la") || eq(article, "une")) return "her";
        // "l'ancien ministre Jean …": the name after the title may tell
        for (std::size_t j = k + 1; j < end && j < k + 4; ++j) {
            if (toks[j]->pos & grammar::pos_male_name) return "his";
            if (toks[j]->pos & grammar::pos_female_name) return "her";
        }
        // ("l'ambassadeur": a person, whose gender the elided article hides)
        return "their";
    }
    return "its";
}

}  // namespace

// The simple past of an English verb entry: its participle, but for the irregular verbs
// whose past differs ("written" / "wrote").
std::string english_past(const lexicon_entry& e) {
    static const std::pair<std::string_view, std::string_view> differ[] = {
        {"written", "wrote"}, {"spoken", "spoke"}, {"given", "gave"},   {"shown", "showed"},
        {"known", "knew"},    {"taken", "took"},   {"begun", "began"},  {"gone", "went"},
        {"seen", "saw"},      {"drawn", "drew"},   {"thrown", "threw"}, {"chosen", "chose"},
        {"forgotten", "forgot"}, {"risen", "rose"}, {"broken", "broke"}, {"driven", "drove"},
        {"hidden", "hid"},    {"fallen", "fell"},  {"become", "became"}, {"come", "came"},
        {"run", "ran"},       {"forbidden", "forbade"}, {"sworn", "swore"}, {"withdrawn", "withdrew"}};
    std::string pp = english_pp(e);
    // (The participle's first word says the time: "taken place" -> "took place", "been keen"
    // -> "was keen".)
    const std::size_t space = pp.find(' ');
    const std::string_view head = std::string_view(pp).substr(0, space);
    const std::string rest = space == std::string::npos ? std::string() : pp.substr(space);
    if (head == "been") return "was" + rest;
    for (const auto& [participle, past] : differ) {
        if (head == participle) return std::string(past) + rest;
    }
    return pp;
}

// An attribution that closes the sentence after a comma, the speaker right after its verb
// (", a déclaré M. Maas …"): the comma's index in toks and the English "Mr Maas said …"
// (comma 0: none, or one English cannot say).
struct attribution_at {
    std::size_t comma = 0;
    std::string english;
};

attribution_at closing_attribution(const lexicon& lex, const grammar::sentence& source,
                                   const translator& tr, const std::vector<const tok*>& toks,
                                   std::size_t from) {
    attribution_at out;
    auto index_at = [&](uint32_t offset) {
        std::size_t i = from;
        while (i < toks.size() && toks[i]->begin < offset) ++i;
        return i;
    };
    for (const auto& c : source.clauses) {
        if (c.role != grammar::clause_role::attribution || !c.verb || c.speaker < 0 ||
            static_cast<std::size_t>(c.speaker) >= source.actors.size()) {
            continue;
        }
        const grammar::span verb = c.verb->where, speaker = source.actors[static_cast<std::size_t>(c.speaker)].where;
        const std::size_t vb = index_at(verb.begin), ve = index_at(verb.end);
        const std::size_t sb = index_at(speaker.begin), se = index_at(speaker.end);
        if (vb <= from || vb >= toks.size() || toks[vb]->begin != verb.begin || sb != ve || se <= sb ||
            toks[vb - 1]->kind != tok_kind::comma) {
            continue;
        }
        // The speaker's phrase must end there: "le porte-parole | du ministère …", "le
        // commissaire | au Commerce Peter Mandelson" go on past the actor the grammar read.
        if (se < toks.size()) {
            const tok& after = *toks[se];
            if (after.kind == tok_kind::word &&
                (after.capitalised || eq(after.key, "du") || eq(after.key, "de") || eq(after.key, "des") ||
                 eq(after.key, "d'") || eq(after.key, "au") || eq(after.key, "aux"))) {
                continue;
            }
        }
        std::string folded;
        const form_hit* h = lex.word(folded_key(c.verb->lemma, folded), word_class::verb);
        if (h == nullptr) continue;
        const english_run who = tr.run(toks, sb, se);
        if (!who.complete || who.words.empty()) continue;
        std::vector<std::string> words = who.words;
        words.push_back(english_past(lex.entries[h->entry]));
        const english_run rest = sayable_prefix(tr, toks, se, toks.size());
        words.insert(words.end(), rest.words.begin(), rest.words.end());
        out.comma = vb - 1;
        out.english = join_words(words);
        return out;
    }
    return out;
}

namespace {
// The tokens a realisation says, kept by the thread with their room. (Not inline: a
// thread_local read in a shared library is a call, made once here rather than at each use.)
[[gnu::noinline]] std::vector<const tok*>& thread_kept_tokens() {
    thread_local std::vector<const tok*> toks;
    return toks;
}

// Whether a verb slot is a form of "be" and nothing after it ("is", "will be", "was not").
bool bare_be(std::string_view verb) {
    if (ends_with_text(verb, " not")) verb.remove_suffix(4);
    const std::string_view last = verb.substr(verb.rfind(' ') + 1);
    return last == "is" || last == "are" || last == "was" || last == "were" || last == "be" ||
           last == "been" || last == "am";
}

// Whether the clause of the verb group v has an object (as the grammar read it) of which a
// token after the group is kept: what an empty object slot then leaves out.
bool object_unsaid(const sentence_view& s, const std::vector<const tok*>& toks, const verb_at& v) {
    if (s.source == nullptr || v.verb >= toks.size() || v.end >= toks.size()) return false;
    const uint32_t verb_at_byte = toks[v.verb]->begin;
    for (const auto& c : s.source->clauses) {
        if (!c.verb || verb_at_byte < c.verb->where.begin || verb_at_byte >= c.verb->where.end) continue;
        for (const auto& p : c.parts) {
            if (p.kind != grammar::part_kind::object) continue;
            for (std::size_t k = v.end; k < toks.size(); ++k) {
                if (toks[k]->kind == tok_kind::word && toks[k]->begin >= p.where.begin && toks[k]->end <= p.where.end) {
                    return true;
                }
            }
        }
        return false;
    }
    return false;
}
}  // namespace

std::string realise_english(const rule_set::impl& rules, const sentence_view& s,
                            const compressed& c, const topic_maker* topics, std::string& rule) {
    const lexicon& lex = rules.pack.lex;
    // The first word said opens the headline: its capital proves no name.
    uint32_t opening = s.toks.empty() ? 0 : s.toks.front().begin;
    for (const tok* t : c.kept) {
        if (t->kind == tok_kind::word) {
            opening = t->begin;
            break;
        }
    }
    // The kept tokens but quotes: most sentences have none, and are said from the kept
    // tokens themselves.
    auto quote = [](const tok* t) { return t->kind == tok_kind::quote_open || t->kind == tok_kind::quote_close; };
    const auto first_quote = std::find_if(c.kept.begin(), c.kept.end(), quote);
    const std::vector<const tok*>* unquoted = &c.kept;
    if (first_quote != c.kept.end()) {
        // (The thread's, its room kept from call to call: realisations do not nest.)
        std::vector<const tok*>& without = thread_kept_tokens();
        if (without.capacity() > 1024) without = {};  // (a very long sentence's room goes)
        without.clear();
        without.reserve(c.kept.size());
        without.assign(c.kept.begin(), first_quote);
        for (auto it = first_quote + 1; it != c.kept.end(); ++it) {
            if (!quote(*it)) without.push_back(*it);
        }
        unquoted = &without;
    }
    const std::vector<const tok*>& toks = *unquoted;
    slot_values slots;
    // The clause's slots, looked up once (an empty slot counts as unfilled: fill_template).
    std::string& verb_slot = slots["verb"];
    std::string& subject_slot = slots["subject"];
    std::string& object_slot = slots["object"];
    // (The object opens with the comma of a closing attribution: "discuss, Moscow said".)
    bool comma_object = false;
    lexicon_entry unlisted;  // a verb the grammar found but the pack does not list
    verb_at v = grammar_verb(lex, *s.source, toks, unlisted);
    if (v.begin == std::string::npos) v = find_verb(lex, toks);
    translator tr(rules, opening, subject_possessive(lex, toks, v.begin, s.source), s.source, &s.toks);
    std::vector<grammar::span>& present = thread_present_spans();  // (its room reused, as all_toks')
    present.clear();
    for (const auto& fired : c.rules) {
        if (fired.where.empty()) continue;  // (a summary's trim notes no spans: nothing to add)
        const auto r = std::find_if(rules.pack.trims.begin(), rules.pack.trims.end(),
                                    [&](const trim_rule& t) { return t.name == fired.name; });
        if (r == rules.pack.trims.end() ||
            (r->kind != trim_kind::present_tense && r->kind != trim_kind::reported_statement)) {
            continue;
        }
        present.insert(present.end(), fired.where.begin(), fired.where.end());
    }
    if (!present.empty()) tr.said_in_present(&present);
    if (v.begin != std::string::npos) {
        take_verb_phrase(lex, toks, v);
        // "n'a rien dit", "ne dit rien": the verb group holds what the negation denies, which
        // English says after the verb ("says nothing").
        bool nothing = false;
        if (v.negated) {
            v.negation = negation_of(toks, v);
            v.negated = !v.negation.empty();
            for (std::size_t k = v.begin; k < v.end && k < toks.size(); ++k) {
                nothing = nothing || eq(toks[k]->key, "rien");
            }
        }
        // "Nous pensons" -> "We think", "Je veux" -> "I want": a first or second person
        // subject takes the bare form, as a plural does; after an opening phrase too ("Cette
        // saison, vous avez pris").
        // ("vous avez pris": the grammar may count a subject "nous" or "vous" as an object
        // pronoun of the group; its verb's ending says it is the subject.)
        if (v.begin + 1 < v.verb && v.verb < toks.size() &&
            ((eq(toks[v.begin]->key, "vous") && ends_with_text(toks[v.begin + 1]->key, "ez")) ||
             (eq(toks[v.begin]->key, "nous") && ends_with_text(toks[v.begin + 1]->key, "ons")))) {
            ++v.begin;
        }
        std::size_t subject_at = v.begin;
        while (subject_at > 0 && (eq(toks[subject_at - 1]->key, "ne") || eq(toks[subject_at - 1]->key, "n'"))) {
            --subject_at;
        }
        if (subject_at > 0 && (subject_at == 1 || toks[subject_at - 2]->kind == tok_kind::comma) &&
            (eq(toks[subject_at - 1]->key, "nous") || eq(toks[subject_at - 1]->key, "vous") ||
             eq(toks[subject_at - 1]->key, "je") || eq(toks[subject_at - 1]->key, "j'"))) {
            v.plural = true;
        }
        // "la police israélienne déclare" -> "the Israeli police declare": English takes
        // "police" as a plural (its adjectives between it and the verb passed over).
        if (!v.plural) {
            std::size_t k = subject_at;
            while (k > 0 && k + 2 > subject_at && toks[k - 1]->kind == tok_kind::word &&
                   !toks[k - 1]->capitalised &&
                   (toks[k - 1]->country >= 0 || (toks[k - 1]->pos & grammar::pos_adj) != 0)) {
                --k;
            }
            // ("le syndicat de police annonce": the head is the union)
            if (k > 0 && eq(toks[k - 1]->key, "police") &&
                (k == 1 || ((toks[k - 2]->pos & grammar::pos_determiner) != 0 && !eq(toks[k - 2]->key, "de") &&
                            !eq(toks[k - 2]->key, "du") && !eq(toks[k - 2]->key, "des")))) {
                v.plural = true;
            }
        }
        // "8,2 milliards d'euros sont débloqués" -> "€8.2 billion is released": a sum of money
        // is singular in English.
        if (v.plural && (sum_of_money(toks, v.begin) || uncountable_subject(toks, v.begin))) v.plural = false;
        // "l'attentat a fait 20 morts" -> "the attack leaves 20 dead": "faire" before a toll
        // is "leave".
        if (v.entry != nullptr && v.entry->fr == "faire" && !v.passive && toll_at(toks, v.end)) {
            if (const form_hit* leave = lex.word("laisser", word_class::verb)) v.entry = &lex.entries[leave->entry];
        }
        verb_slot = english_verb(v, tr);
        // "se sont vus prescrire une mise à l'isolement", "s'est vu refuser l'entrée": "se
        // voir" before an infinitive is the infinitive's passive ("are prescribed", "is
        // refused").
        if (v.entry != nullptr && v.entry->fr == "voir" && !v.negated && v.end < toks.size() &&
            toks[v.end]->kind == tok_kind::word && (toks[v.end]->pos & grammar::pos_infinitive) != 0) {
            bool reflexive = false;
            for (std::size_t k = v.begin > 0 ? v.begin - 1 : 0; k < v.verb && k < toks.size(); ++k) {
                reflexive = reflexive || eq(toks[k]->key, "se") || eq(toks[k]->key, "s'");
            }
            const form_hit* h = reflexive ? lex.word(toks[v.end]->key, word_class::verb) : nullptr;
            if (h != nullptr) {
                verb_slot = std::string(v.plural ? "are " : "is ") +
                            tr.entry_form(lex.entries[h->entry], word_answers::form::participle);
                ++v.end;
            }
        }
        // "vient de signer" -> "has just signed", "tient à souligner" -> "is keen to stress"
        if (v.entry != nullptr && !v.negated && !v.passive && v.end + 1 < toks.size() && v.verb < toks.size() &&
            (v.when == grammar::tense::present || v.when == grammar::tense::imperfect ||
             v.when == grammar::tense::unknown)) {
            if (const infinitive_meaning* m = infinitive_meaning_of(v.entry->fr, toks, v.end)) {
                const bool past = v.when == grammar::tense::imperfect;
                std::string said = m->in(past, v.plural);
                if (!m->participle) {
                    // (the infinitive says its "to" itself, but after its pronoun: "s'exprimer")
                    const bool reflexive = eq(toks[v.end + 1]->key, "se") || eq(toks[v.end + 1]->key, "s'");
                    verb_slot = reflexive ? said + " to" : std::move(said);
                    ++v.end;
                } else if (const std::string participle = tr.infinitive_as_participle(*toks[v.end + 1]);
                           !participle.empty()) {
                    verb_slot = said + " " + participle;
                    v.end += 2;
                }
            }
        }
        // ("Je suis convaincu" -> "I am convinced")
        if ((eq(toks[0]->key, "je") || eq(toks[0]->key, "j'")) && v.plural && verb_slot.rfind("are", 0) == 0 &&
            (verb_slot.size() == 3 || verb_slot[3] == ' ')) {
            verb_slot.replace(0, 3, "am");
        }
        // A modal before the verb group: "devraient être vendues" -> "should be sold".
        // The grammar's verb group may hold the modal itself ("veut montrer").
        const bool inside = v.verb > v.begin && v.verb < toks.size();
        if ((v.begin >= 2 || inside) && v.entry != nullptr) {
            // "ne peut pas accepter": the modal after the negation
            std::size_t at = inside ? v.begin : v.begin - 1;
            if (inside && (eq(toks[at]->key, "ne") || eq(toks[at]->key, "n'")) && at + 1 < v.verb) ++at;
            const tok& m = *toks[at];
            if (const std::string_view said_modal = modal_before_verb(m.key); !said_modal.empty()) {
                bool be = v.passive;
                for (std::size_t k = v.begin; k < v.verb && k < toks.size(); ++k) {
                    be = be || eq(toks[k]->key, "etre");
                }
                std::string modal(said_modal);
                // An imperfect the French headline says in the present ("allait signer" -> "va
                // signer") is said in the present too.
                static constexpr std::pair<std::string_view, std::string_view> now[] = {
                    {"allait", "will"},      {"allaient", "will"},   {"allais", "will"},
                    {"allions", "will"},     {"alliez", "will"},     {"pouvait", "can"},
                    {"pouvaient", "can"},    {"voulait", "wants to"}, {"voulaient", "want to"}};
                for (const auto& [fr, en] : now) {
                    if (fr != m.key) continue;
                    const bool rewritten = std::any_of(present.begin(), present.end(), [&](const grammar::span& p) {
                        return p.begin <= m.begin && m.end <= p.end;
                    });
                    if (rewritten) modal = en;
                }
                // ("va devoir dépenser": the group's verb is "devoir" itself, "will have to";
                // "veut pouvoir contrôler", "wants to be able to")
                const bool to = modal.size() > 3 && modal.compare(modal.size() - 3, 3, " to") == 0;
                const bool modal_verb = (modal == "will" || modal == "would" || to) && !be &&
                                        (v.entry->en == "must" || v.entry->en == "can");
                if (modal_verb) modal += v.entry->en == "must" ? " have to" : " be able to";
                if (v.negated) modal = negated_modal(modal, v.negation);
                verb_slot = modal_verb ? modal
                                       : modal + " " +
                                             (be ? "be " + tr.entry_form(*v.entry, word_answers::form::participle)
                                                 : v.entry->en);
                if (!inside) --v.begin;
            }
        }
        // "La Chine les accuse", "l'a condamné", "lui a demandé": an object pronoun before the
        // verb is said after it ("accuses them of", "condemns him", "asks him to").
        std::size_t subject_end = v.begin;
        const std::string_view pronoun = object_pronoun(lex, *s.source, toks, v, subject_end);
        english_run subj = tr.run(toks, 0, subject_end);
        if (subj.complete) {
            subject_slot = join_words(subj.words);
            // "Le ministre, qui vient de rentrer, a rencontré" -> "The minister, who has just
            // returned, meets": the comma that closes an apposition or a relative clause in the
            // subject stays.
            if (subject_end > 0 && toks[subject_end - 1]->kind == tok_kind::comma &&
                subject_slot.find(", ") != std::string::npos) {
                subject_slot += ',';
            }
        } else if (subj.said >= 2 && subj.said < subject_end) {
            // "La découverte du boson crée un émoi": a noun's complement whose head English
            // cannot say goes; the noun stays the subject ("The discovery creates a commotion").
            // (Not when a name would go with it: the headline that names it says more.)
            const std::size_t de = subj.said - 1;
            const bool names = std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(de),
                                           toks.begin() + static_cast<std::ptrdiff_t>(subject_end),
                                           [](const tok* t) { return t->capitalised; });
            if ((eq(toks[de]->key, "du") || eq(toks[de]->key, "des") || eq(toks[de]->key, "de") ||
                 eq(toks[de]->key, "d'")) &&
                toks[de - 1]->kind == tok_kind::word && !names) {
                const english_run head = tr.run(toks, 0, de);
                if (head.complete && !head.words.empty()) subject_slot = join_words(head.words);
            }
        }

        // A sentence said with no topic (a summary's) and whose subject could not be said fills
        // no template that names the subject or the topic; when no other template of the pack
        // names the object, the object is not made. (One opening on "il" may yet have a
        // subject: impersonal and existential, below.)
        if (topics != nullptr || !subject_slot.empty() || eq(toks[0]->key, "il") ||
            object_without_subject(rules.pack)) {
            const std::string& verb_said = verb_slot;
            // "discuter de la situation" -> "discuss the situation", "parler du climat" -> "speak
            // about the climate": the verb's entry says what its "de" is in English.
            std::size_t object_at = v.end;
            std::string object_opening;
            bool gerund_object = false;
            // ("demander au ministre" -> "ask the minister": "à" by the entry's en_a)
            if (v.entry != nullptr && object_at < toks.size()) {
                const tok& lead = *toks[object_at];
                const bool de = eq(lead.key, "de") || eq(lead.key, "d'") || eq(lead.key, "du") ||
                                eq(lead.key, "des");
                const bool a = eq(lead.text, "\xc3\xa0") || eq(lead.key, "au") || eq(lead.key, "aux");
                const std::optional<std::string>& said = de ? v.entry->en_de() : v.entry->en_a();
                if ((de || a) && said) {
                    object_opening = *said;
                    if (eq(lead.key, "du") || eq(lead.key, "des") || eq(lead.key, "au") || eq(lead.key, "aux")) {
                        object_opening += object_opening.empty() ? "the" : " the";
                    }
                    ++object_at;
                    // "se félicite d'avoir obtenu" -> "welcomes having obtained": the verb's
                    // direct object is an infinitive, said as the -ing form
                    gerund_object = de && said->empty() && object_at < toks.size() && infinitive(lex, *toks[object_at]);
                } else if (!a && !v.entry->en_object().empty() && determiner_word(lead) &&
                           (!de || eq(lead.key, "du") || eq(lead.key, "des"))) {
                    // "espère un assouplissement" -> "hopes for an easing", "demande des
                    // explications" -> "asks for explanations" (the entry's en_object)
                    object_opening = v.entry->en_object();
                }
            }
            if (v.contracted) object_opening += object_opening.empty() ? "the" : " the";
            const std::string object_lead = verb_said.substr(verb_said.rfind(' ') + 1);
            std::string object;
            // ", a déclaré M. Maas lors d'une visite" closing the sentence: English names the
            // speaker first, the verb in the past ("…, Mr Maas said during a visit").
            if (const attribution_at a = s.source == nullptr ? attribution_at{}
                                                              : closing_attribution(lex, *s.source, tr, toks, object_at);
                a.comma >= object_at) {
                // (with nothing between the verb and the comma: "discutent, a indiqué Moscou"
                // -> "discuss, Moscow said")
                if (a.comma == object_at) {
                    object = ", " + a.english;
                    comma_object = true;
                } else if (english_run said = tr.run(toks, object_at, a.comma, object_lead);
                           said.complete && !said.words.empty()) {
                    said.words.emplace_back(",");
                    said.words.push_back(a.english);
                    object = join_words(said.words);
                }
            }
            if (object.empty()) {
                object = join_words(sayable_prefix(tr, toks, object_at, toks.size(), object_lead).words);
            }
            if (gerund_object && !object.empty()) {
                const std::size_t space = object.find(' ');
                const std::string_view head = std::string_view(object).substr(0, space);
                const std::string rest = space == std::string::npos ? std::string() : object.substr(space);
                if (head == "have" || head == "be") {
                    object = (head == "have" ? "having" : "being") + rest;
                } else if (const form_hit* h = lex.word(toks[object_at]->key, word_class::verb); h != nullptr) {
                    // (the verb's English as the object opens, "take part", then a space or nothing)
                    const std::string& en = lex.entries[h->entry].en;
                    if (object.rfind(en, 0) == 0 && (object.size() == en.size() || object[en.size()] == ' ')) {
                        object = english_ing(lex.entries[h->entry]) + object.substr(en.size());
                    }
                }
            }
            if (!object.empty() && !object_opening.empty()) object = object_opening + " " + object;
            if (nothing) object = object.empty() ? "nothing" : "nothing " + object;
            object_slot = std::move(object);
            // "veut montrer" -> "wants to show": an infinitive complement takes "to", except
            // after the modals, which have no "to" in English.
            // (a reflexive one too: "tient à s'exprimer" -> "is keen to speak")
            if (!object_slot.empty() && infinitive_opens(lex, toks, v.end, toks.size())) {
                static const word_list bare{"must", "can", "should", "could", "will",
                                                        "may", "might", "would", "let", "make",
                                                        "see", "hear", "watch"};
                const std::string& verb = verb_slot;
                const std::string last = verb.substr(verb.rfind(' ') + 1);
                // (Nor before the -ing form of a verb that asks for it: "denies having been".)
                const std::string_view said = object_slot;
                const std::string_view first = said.substr(0, said.find(' '));
                const bool gerund = first.size() > 3 && ends_with_text(first, "ing") && gerund_verb(last);
                // (nor after an idiom that says it: "prévoit de signer", "plans to sign")
                if (bare.count(last) == 0 && bare.count(v.entry != nullptr ? v.entry->en : "") == 0 && !gerund &&
                    last != "to") {
                    // ("saura convaincre" -> "will know how to convince")
                    const bool how = v.entry != nullptr && v.entry->fr == "savoir";
                    object_slot = (how ? "how to " : "to ") + object_slot;
                }
            }
        }
        if (!pronoun.empty()) object_slot = object_slot.empty() ? std::string(pronoun) : std::string(pronoun) + " " + object_slot;
        copula_adjective(lex, toks, v, unlisted, verb_slot);
        adverb_in_verb_group(lex, toks, v, verb_slot);
        adverb_before_verb(verb_slot, object_slot);
        impersonal(toks, v, slots);
        existential(tr, toks, slots);
        // "C'est curieux comme …" with its complement unsayable is no "It is": a form of "be"
        // says nothing without what follows it, and neither does its subject alone.
        // Nor, in a summary's sentence, is "The union expresses." when "son ras-le-bol" cannot
        // be said: a verb whose object the sentence keeps says nothing true without it. (A
        // headline keeps its subject and verb, after its topic: "X: The union expresses" still
        // names who acted, where the topic alone would name no action.)
        if (object_slot.empty() &&
            (bare_be(verb_slot) || (topics == nullptr && !nothing && object_unsaid(s, toks, v)))) {
            verb_slot.clear();
            subject_slot.clear();
        }
    } else {
        // No verb: a noun phrase, as far as it can be said.
        english_run all = sayable_prefix(tr, toks, 0, toks.size());
        if (all.words.size() >= 2) subject_slot = join_words(all.words);
    }
    // Event templates speak for the key clause's own event, not for any event word nearby.
    const std::string event = main_event(rules, s);
    // The event's slots are dear and most sentences are said by a clause template before any
    // template asks for one: they are filled when the first template that names one is tried.
    bool event_slots = false;
    // So are the topic's and the country's, which the last templates name.
    bool topic_slots = topics == nullptr;
    for (const auto& t : rules.pack.templates) {
        if (t.en.empty()) continue;
        if (!eq(t.event, "*") && t.event != event) continue;
        // (Without a topic, a template that names the topic or the country stays unfilled:
        // the event's slots are not filled for it.)
        if (topics == nullptr && names_a_topic_slot(t.slots_en)) continue;
        if (!event_slots && names_an_event_slot(t.slots_en)) {
            fill_event_slots(rules, s, tr, slots, nullptr);
            event_slots = true;
        }
        if (!topic_slots && names_a_topic_slot(t.slots_en)) {
            topic_slots = true;
            std::vector<mention> list;
            (*topics)(list);
            if (!list.empty()) {
                slots["topic"] = list.front().en;
                for (const auto& m : list) {
                    if (m.country) {
                        slots["country"] = m.en;
                        break;
                    }
                }
            }
        }
        std::string text = fill_template(t.en, slots);
        if (text.empty()) continue;
        if (comma_object) {
            if (const std::size_t at = text.find(" , "); at != std::string::npos) text.erase(at, 1);
        }
        rule = t.name;
        capitalise_first_in_place(text);
        return text;
    }
    rule.clear();
    return {};
}

std::string english_sentence(const rule_set::impl& rules, const sentence_view& s,
                             const compressed& c) {
    std::string rule;
    std::string en = realise_english(rules, s, c, nullptr, rule);
    if (!en.empty()) en += '.';
    return en;
}

}  // namespace precis::rules
