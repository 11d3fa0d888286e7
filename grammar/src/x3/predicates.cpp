#include "x3/predicates.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "form_cache.hpp"
#include "precis/grammar/parser.hpp"
#include "vocab_impl.hpp"
#include "vocab_lookup.hpp"

namespace precis::grammar::parser {
namespace {

using tests::in_list;
using tests::is_word;
using tests::tok;
using tests::valid;

std::string_view form(const sentence_state& st, int32_t i) {
    const token& t = tok(st, i);
    return std::string_view(st.text + t.where.begin, t.where.size());
}

// The form cache keeps the list bits in 32.
static_assert(wl_stressed_pronouns < 32);

// Closed word lists the tests below ask about, in word_list order: a token's memberships are looked
// up once per sentence (word_lists) instead of comparing strings at every question.
const std::vector<std::vector<std::string_view>>& closed_lists() {
    static const std::vector<std::vector<std::string_view>> lists = {
        // wl_first_second_person
        {"je", "j’", "j'", "nous", "vous", "tu"},
        // wl_ne
        {"ne", "n’", "n'"},
        // wl_not_determiners
        {"de", "d’", "d'", "en", "un"},
        // wl_name_particles
        {"de", "du", "van", "von", "ben", "bin", "ibn", "al", "el", "da", "di", "der", "den", "dos",
         "do", "la", "le"},
        // wl_particle_followers
        {"der", "den", "la", "de"},
        // wl_subject_pronouns
        {"il", "elle", "ils", "elles", "on", "nous", "je", "j’", "j'"},
        // wl_negative_words
        {"pas", "plus", "jamais", "rien", "guère", "point", "aucunement"},
        // wl_clitics
        {"se", "s’", "s'", "y", "en", "lui", "leur", "me", "m’", "m'", "te", "t’", "t'", "nous",
         "vous"},
        // wl_object_articles
        {"le", "la", "les", "l’", "l'"},
        // wl_en_y
        {"en", "y"},
        // wl_elided_le
        {"l’", "l'"},
        // wl_que
        {"que", "qu’", "qu'"},
        // wl_comparatives
        {"ainsi", "plus", "moins", "autant", "aussi", "si", "tant", "davantage", "mieux", "même",
         "autre", "autres", "tel", "telle", "ne", "n’", "n'"},
        // wl_relatives
        {"qui", "dont", "où", "que", "qu’", "qu'", "lequel", "laquelle", "lesquels", "lesquelles",
         "auquel", "auxquels", "duquel"},
        // wl_time_prepositions
        {"en", "depuis", "dès", "avant", "après", "jusqu’en", "jusqu'en", "fin", "début", "mi",
         "courant", "d’ici", "d'ici", "de", "à", "entre"},
        // wl_de
        {"de", "d’", "d'"},
        // wl_du_des
        {"du", "des"},
        // wl_le_la
        {"le", "la", "l’", "l'"},
        // wl_et
        {"et"},
        // wl_pour
        {"pour"},
        // wl_cent
        {"cent"},
        // wl_day_parts
        {"matin", "soir", "après-midi", "midi", "dernier", "prochain", "soir-là"},
        // wl_title_adjectives
        {"nouveau",  "nouvel",   "nouvelle", "ancien",    "ancienne", "futur",     "future",
         "actuel",   "actuelle", "influent", "influente", "puissant", "puissante", "jeune",
         "éphémère", "défunt",   "défunte",  "haut",      "haute",    "ex"},
        // wl_ce
        {"ce"},
        // wl_adverbial_heads: first words of the phrases adverbial_length knows
        {"par",       "pour",      "de",          "une",       "un",         "à",        "en",       "lui-même",
         "elle-même", "eux-mêmes", "elles-mêmes", "même",      "bien",       "ainsi",    "aussi",
         "encore",    "déjà",      "toujours",    "notamment", "finalement", "enfin",    "alors",
         "donc",      "d’ores",    "d'ores",      "tout",      "sans",       "peut-être", "bel"},
        // wl_count_words
        {"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
         "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
         "cinquante", "soixante", "cent", "quelques", "plusieurs"},
        // wl_time_units
        {"an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "heure",
         "heures", "minute", "minutes", "décennie", "décennies", "siècle", "siècles"},
        // wl_si
        {"si"},
        // wl_si_heads
        {"même", "sauf", "comme"},
        // wl_stressed_pronouns
        {"lui", "elle", "eux", "elles", "nous", "vous", "moi", "toi"}};
    return lists;
}

// "M", "Mme", "Dr" …: the form of a civility (is_civility on a word).
bool civility_form(std::string_view f) {
    if (f.empty() || (f[0] != 'M' && f[0] != 'D' && f[0] != 'P')) return false;
    for (std::string_view c :
         {"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr"}) {
        if (f == c) return true;
    }
    return false;
}

bool sentence_initial(const sentence_state& st, int32_t i) {
    if (i == 0) return true;
    const token& prev = tok(st, i - 1);
    // (The stop of an abbreviated civility opens nothing: "M. Blanc", "Mme Petit".)
    if (prev.kind == token_kind::punct && i >= 2 && form(st, i - 1) == "." && is_word(st, i - 2) &&
        civility_form(form(st, i - 2))) {
        return false;
    }
    return prev.kind == token_kind::quote_open || prev.kind == token_kind::paren_open ||
           (prev.kind == token_kind::punct && form(st, i - 1) != ",");
}

bool first_or_second_person_subject(const sentence_state& st, int32_t i) {
    for (int32_t k = i - 1; k >= 0 && k >= i - 3; --k) {
        if (in_list(st, k, wl_first_second_person)) return true;
        if (!(tok(st, k).pos & pos_pronoun) && !in_list(st, k, wl_ne)) break;
    }
    return false;
}

// Arabic and other particles written joined: "al-Sissi", "ben-Gourion" (the one lower-case
// name word).
bool joined_particle_name(std::string_view f) {
    if (f.size() < 4 || !hyphen_in_first_five(f)) return false;
    for (std::string_view p : {"al-", "el-", "ben-", "bin-", "ibn-", "abu-", "abou-"}) {
        if (f.substr(0, p.size()) == p && f.size() > p.size()) return true;
    }
    return false;
}

// Bit per closed word list that holds `form` (first letter in either case).
uint64_t word_lists_of(std::string_view form) {
    static const auto table = [] {
        std::unordered_map<std::string_view, uint64_t, short_key_hash> t;
        const auto& lists = closed_lists();
        for (std::size_t l = 0; l < lists.size(); ++l) {
            for (std::string_view w : lists[l]) t[w] |= uint64_t{1} << l;
        }
        return t;
    }();
    if (form.empty() || form.size() > 32) return 0;
    char key[32];
    form.copy(key, form.size());
    if (key[0] >= 'A' && key[0] <= 'Z') key[0] = static_cast<char>(key[0] - 'A' + 'a');
    auto it = table.find(std::string_view(key, form.size()));
    return it == table.end() ? 0 : it->second;
}

}  // namespace

bool is_determiner::operator()(const sentence_state& st, int32_t i) const {
    return is_word(st, i) && (tok(st, i).pos & pos_determiner) &&
           !in_list(st, i, wl_not_determiners);
}

bool is_day::operator()(const sentence_state& st, int32_t i) const {
    if (!is_number{}(st, i)) return false;
    std::string_view f = form(st, i);
    if (f == "1er") return true;
    if (f.empty() || f.size() > 2 ||
        !std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    const int day = f.size() == 1 ? f[0] - '0' : (f[0] - '0') * 10 + (f[1] - '0');
    return day >= 1 && day <= 31;
}

bool is_year::operator()(const sentence_state& st, int32_t i) const {
    if (!is_number{}(st, i)) return false;
    std::string_view f = form(st, i);
    return f.size() == 4 && (f[0] == '1' || f[0] == '2') &&
           std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_capitalised_content::operator()(const sentence_state& st, int32_t i) const {
    return is_word(st, i) && tok(st, i).capitalised &&
           !(tok(st, i).pos & (pos_determiner | pos_pronoun | pos_preposition | pos_conjunction));
}

bool is_lower_adjective::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i) || tok(st, i).capitalised) return false;
    const uint32_t p = tok(st, i).pos;
    return (p & pos_adj) && !(p & (pos_determiner | pos_preposition | pos_pronoun |
                                   pos_conjunction | pos_past_participle | finite_bits));
}

// "de la junte", "du gouvernement", "de la commission": a common noun heading the complement of
// a title, written in lower case.
bool is_lower_noun::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i) || tok(st, i).capitalised) return false;
    const uint32_t p = tok(st, i).pos;
    return (p & pos_noun) && !(p & (pos_determiner | pos_preposition | pos_pronoun | pos_conjunction |
                                    pos_unknown | finite_bits));
}

// "2000 personnes", "1500 habitants": a common noun in the plural that a number counts, so that
// the number is no year ("de 2000 personnes"); not a participle ("l'accord de 2015 encadrant").
bool is_counted_noun::operator()(const sentence_state& st, int32_t i) const {
    if (!is_lower_noun{}(st, i)) return false;
    if ((tok(st, i).pos & (pos_past_participle | pos_present_participle)) != 0) return false;
    const std::string_view f = form(st, i);
    return f.size() > 2 && (f.back() == 's' || f.back() == 'x');
}

bool name_word_uncached(const sentence_state& st, int32_t i) {
    if (!is_word(st, i)) return false;
    const token& t = tok(st, i);
    // A lower-case word is one only with a joined particle, which the form's named_actor start
    // records (form_base): no need to read the form again.
    if (!t.capitalised)
        return (st.facts[static_cast<std::size_t>(i)].starts &
                (1u << static_cast<unsigned>(ast::element_kind::named_actor))) != 0;
    if (t.pos & (pos_determiner | pos_pronoun | pos_preposition | pos_conjunction | pos_adverb))
        return false;
    const std::string_view f = form(st, i);
    if (f.size() < 2 || f[0] == '-') return false;
    if (sentence_initial(st, i) && !(t.pos & (pos_proper | pos_unknown))) return false;
    return !st.facts[static_cast<std::size_t>(i)].naming;
}

bool is_name_particle::operator()(const sentence_state& st, int32_t i) const {
    // "von der Leyen", "al-Sissi"; capitalised only right before the name ("Le Drian").
    if (!in_list(st, i, wl_name_particles)) return false;
    if (tok(st, i).capitalised) return is_name_word{}(st, i + 1);
    return is_name_word{}(st, i + 1) || in_list(st, i + 1, wl_particle_followers);
}

bool is_initial_letter::operator()(const sentence_state& st, int32_t i) const {
    return is_word(st, i) && tok(st, i).capitalised && tok(st, i).where.size() == 1 &&
           valid(st, i + 1) && form(st, i + 1) == "." && is_name_word{}(st, i + 2);
}

bool is_civility::operator()(const sentence_state& st, int32_t i) const {
    return is_word(st, i) && civility_form(form(st, i));
}

bool finite_uncached(const sentence_state& st, int32_t i) {
    if (!is_word(st, i)) return false;
    const token& t = tok(st, i);
    if (!(t.pos & finite_bits) || (t.pos & (pos_determiner | pos_preposition))) return false;
    // A capital "A" is the preposition "À" written without its accent; "a priori", "a
    // fortiori", "a posteriori" are adverbs.
    if (form(st, i) == "A") return false;
    if (form(st, i) == "a" && valid(st, i + 1) &&
        (form(st, i + 1) == "priori" || form(st, i + 1) == "fortiori" || form(st, i + 1) == "posteriori"))
        return false;
    if (t.capitalised && !sentence_initial(st, i)) return false;
    // "La crise politique s'aggrave": a form of a verb the pack calls rare ("politiquer")
    // that can be a noun or an adjective is one.
    if ((t.pos & (pos_noun | pos_adj)) && (st.facts[static_cast<std::size_t>(i)].lemma_classes & lc_rare_verb))
        return false;
    if (!(t.pos & (pos_3sg | pos_3pl)) && !first_or_second_person_subject(st, i)) return false;
    if (i > 0) {
        const token& prev = tok(st, i - 1);
        // "En revanche", "en effet": after "en", a form that can be a noun is one.
        if (in_list(st, i - 1, wl_en_y) && (t.pos & pos_noun) && !(t.pos & pos_aux)) return false;
        // "Ce fut", "ce sera": the pronoun "ce" before être.
        if (in_list(st, i - 1, wl_ce) && (*st.verb_lemmas)[static_cast<std::size_t>(i)] == "être")
            return true;
        // "l’a condamné", "l’avait dit": an elided object pronoun before a verb.
        if (in_list(st, i - 1, wl_elided_le) && (!(t.pos & pos_noun) || (t.pos & pos_aux)))
            return true;
        // ("La Chine les accuse": after a name, too, when the form can be no noun nor
        // adjective; "En Chine le président" stays a noun phrase.)
        // (Read only after a determiner or a preposition, where it decides.)
        auto after_clitic = [&] {
            return is_object_clitic{}(st, i - 1) && i >= 2 &&
                   (is_neg_ne{}(st, i - 2) || is_subject_pronoun{}(st, i - 2) ||
                    is_clitic{}(st, i - 2) ||
                    (tok(st, i - 2).kind == token_kind::word && tok(st, i - 2).capitalised &&
                     (tok(st, i - 2).pos &
                      (pos_determiner | pos_preposition | pos_adverb | pos_conjunction)) == 0 &&
                     !(t.pos & (pos_noun | pos_adj))));
        };
        if (prev.kind == token_kind::word && (prev.pos & (pos_determiner | pos_preposition)) &&
            !after_clitic() && !is_clitic{}(st, i - 1))
            return false;
        // "Cette troisième visite", "le premier débat": after a determiner and an adjective
        // that stands before its noun (an ordinal, "premier", "nouvelle" …), a form that can be
        // a noun is one.
        if (i >= 2 && (t.pos & pos_noun) && !(t.pos & pos_aux) && prenominal_adjective(form(st, i - 1))) {
            const token& before = tok(st, i - 2);
            if (before.kind == token_kind::word && (before.pos & pos_determiner) && !is_clitic{}(st, i - 2))
                return false;
        }
    }
    return true;
}


bool is_nonfinite::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i) || tok(st, i).capitalised) return false;
    const uint32_t p = tok(st, i).pos;
    return (p & pos_infinitive) || ((p & pos_present_participle) && !(p & pos_noun));
}

bool is_plain_adverb::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i)) return false;
    const uint32_t p = tok(st, i).pos;
    // "Le Kosovo a lui accepté", "ils ont eux aussi signé": a stressed pronoun between the
    // auxiliary and its participle only insists, as an adverb would.
    if (i > 0 && is_finite_aux{}(st, i - 1) && (form(st, i) == "lui" || form(st, i) == "eux") &&
        (is_participle{}(st, i + 1) || is_plain_adverb{}(st, i + 1)))
        return true;
    return (p & pos_adverb) &&
           !(p & (pos_verb | pos_noun | pos_determiner | pos_preposition | pos_pronoun |
                  pos_conjunction | pos_adj)) &&
           !is_neg_pas{}(st, i);
}

bool is_relative::operator()(const sentence_state& st, int32_t i) const {
    // "ainsi que", "plus que", "autant que": a comparison, not a relative pronoun.
    if (in_list(st, i, wl_que) && in_list(st, i - 1, wl_comparatives)) return false;
    return in_list(st, i, wl_relatives);
}

bool is_unit::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i)) return false;
    const uint32_t p = tok(st, i).pos;
    return (p & pos_noun) &&
           !(p & (pos_determiner | pos_preposition | pos_pronoun | pos_conjunction));
}

std::size_t adverbial_length(const sentence_state& st, int32_t i) {
    if (!in_list(st, i, wl_adverbial_heads)) return 0;
    // Phrases news copy puts between an auxiliary and its participle ("a par ailleurs
    // affiché", "ont pour leur part fustigé"); single adverbs are read by is_plain_adverb.
    static const std::vector<std::vector<std::string_view>> phrases = {
        {"par", "ailleurs"},
        {"pour", "sa", "part"},
        {"pour", "leur", "part"},
        {"pour", "son", "compte"},
        {"de", "son", "côté"},
        {"de", "leur", "côté"},
        {"une", "nouvelle", "fois"},
        {"une", "fois", "de", "plus"},
        {"un", "peu"},
        {"à", "son", "tour"},
        {"à", "leur", "tour"},
        {"pour", "la", "première", "fois"},
        {"à", "nouveau"},
        {"en", "effet"},
        {"en", "outre"},
        {"en", "particulier"},
        {"lui-même"},
        {"elle-même"},
        {"eux-mêmes"},
        {"elles-mêmes"},
        {"même"},
        {"bel", "et", "bien"},
        {"bien", "sûr"},
        {"bien"},
        {"tout", "juste"},
        {"ainsi"},
        {"aussi"},
        {"encore"},
        {"déjà"},
        {"toujours"},
        {"notamment"},
        {"finalement"},
        {"enfin"},
        {"alors"},
        {"donc"},
        {"d’ores", "et", "déjà"},
        {"d'ores", "et", "déjà"},
        {"à", "plusieurs", "reprises"},
        {"tout", "de", "même"},
        {"en", "vain"},
        {"sans", "doute"},
        {"peut-être"}};
    // The phrases by first word, in list order: only those of the token's form are tried.
    static const auto by_head = [] {
        std::unordered_map<std::string_view, std::vector<std::size_t>, short_key_hash> m;
        for (std::size_t p = 0; p < phrases.size(); ++p) m[phrases[p][0]].push_back(p);
        return m;
    }();
    const auto found = by_head.find(form(st, i));
    if (found == by_head.end()) return 0;
    for (const std::size_t p : found->second) {
        const auto& phrase = phrases[p];
        std::size_t k = 1;  // the first word is the token's form
        while (k < phrase.size() && valid(st, i + static_cast<int32_t>(k)) &&
               form(st, i + static_cast<int32_t>(k)) == phrase[k])
            ++k;
        if (k == phrase.size()) return k;
    }
    return 0;
}

namespace {

// ", elle,", ", eux,": a stressed pronoun between commas after a finite verb, before the
// participle or infinitive it leads to ("s’est, elle, entretenue", "a, lui, refusé"), insists
// as an adverb would.
bool stressed_aside(const sentence_state& st, int32_t i) {
    return is_comma{}(st, i) && is_finite{}(st, i - 1) &&
           in_list(st, i + 1, wl_stressed_pronouns) && is_comma{}(st, i + 2) &&
           (is_participle{}(st, i + 3) || is_infinitive{}(st, i + 3));
}

}  // namespace

std::size_t adverbial_uncached(const sentence_state& st, int32_t i) {
    if (const std::size_t n = adverbial_length(st, i)) return n;
    if (stressed_aside(st, i)) return 3;
    return is_plain_adverb{}(st, i) ? 1 : 0;
}

std::size_t il_y_a_length(const sentence_state& st, int32_t i) {
    if (!valid(st, i + 2)) return 0;
    const std::string_view il = form(st, i);
    return (il == "il" || il == "Il") && form(st, i + 1) == "y" && form(st, i + 2) == "a" ? 3 : 0;
}

bool is_si_conjunction::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i)) return false;
    if (in_list(st, i, wl_si)) {
        return is_subject_pronoun{}(st, i + 1) || is_determiner{}(st, i + 1) ||
               is_name_word{}(st, i + 1);
    }
    // "s’il", "s’ils": the elided "si" (never the reflexive "se", which no subject follows).
    const std::string_view f = form(st, i);
    if (f != "s’" && f != "s'" && f != "S’" && f != "S'") return false;
    if (!valid(st, i + 1)) return false;
    const std::string_view next = form(st, i + 1);
    return next == "il" || next == "ils";
}

bool is_punctuation::operator()(const sentence_state& st, int32_t i) const {
    if (!valid(st, i)) return false;
    const token& t = tok(st, i);
    if (t.kind == token_kind::word || t.kind == token_kind::number) return false;
    // Currency signs start amounts ("$ 700"), the rest is read as itself.
    const std::string_view f = form(st, i);
    return f != "$" && f != "€" && f != "£";
}

// "des Affaires étrangères", "de l’Otan"; not the first name in "d’Angela Merkel".
bool is_complement_head::operator()(const sentence_state& st, int32_t i) const {
    return is_capitalised_content{}(st, i) && !(is_name_word{}(st, i) && is_name_word{}(st, i + 1));
}

namespace {

// Whether a verb group starting with "ne" or a clitic at `at` can reach its verb: both rules
// read a run of clitics, object pronouns and "ne", then a finite form (which every core
// alternative requires), so some token of the run, or the first one after it, has finite bits.
bool finite_after_clitics(const sentence_state& st, std::size_t at) {
    constexpr uint64_t run = (uint64_t{1} << wl_ne) | (uint64_t{1} << wl_clitics) |
                             (uint64_t{1} << wl_object_articles);
    for (std::size_t j = at; j < st.token_count; ++j) {
        const token& t = st.token_data[j];
        if (t.kind == token_kind::word && (t.pos & finite_bits)) return true;
        if ((st.facts[j].lists & run) == 0) return false;
    }
    return false;
}

// Whether *tok<is_object_clitic> >> tok<is_infinitive> reads from token `at`, the one after
// the token before it (purpose_body).
bool infinitive_after_clitics(const sentence_state& st, std::size_t at) {
    auto k = static_cast<int32_t>(at);
    while (is_object_clitic{}(st, k)) ++k;
    return is_infinitive{}(st, k);
}

}  // namespace

namespace {

using ast::element_kind;
constexpr uint32_t kind_bit(element_kind k) { return 1u << static_cast<unsigned>(k); }
constexpr uint32_t class_bit(term_class c) { return 1u << static_cast<unsigned>(c); }
static_assert(static_cast<unsigned>(element_kind::relative) < 27);

// The classes whose keys open an element (opened_starts reads no other).
constexpr uint32_t opening_mask =
    class_bit(term_class::weekday) | class_bit(term_class::month) |
    class_bit(term_class::time_word) | class_bit(term_class::approximation) |
    class_bit(term_class::currency) | class_bit(term_class::attribution) |
    class_bit(term_class::purpose_marker) | class_bit(term_class::subordinator) |
    class_bit(term_class::collective) | class_bit(term_class::title) |
    class_bit(term_class::institution) | class_bit(term_class::country);

// The classes among `classes` (and opening_mask) a key of which may start at `p` (and end by
// `last`).
uint32_t opening_classes(const vocabulary::impl& vocab, uint32_t classes, const char* p,
                         const char* last) {
    uint32_t out = 0;
    for (uint32_t bits = classes & opening_mask; bits != 0; bits &= bits - 1) {
        const auto c = static_cast<unsigned>(__builtin_ctz(bits));
        if (vocab.may_start_key(c, p, last)) out |= 1u << c;
    }
    return out;
}

// The element kinds (and opens_title, opens_institution) that a key of the `opens` classes
// starting at the token opens; `base` is the token's form_base.
uint32_t opened_starts(uint32_t opens, uint32_t base) {
    uint32_t starts = 0;
    for (uint32_t bits = opens; bits != 0; bits &= bits - 1) {
        switch (static_cast<term_class>(__builtin_ctz(bits))) {
            case term_class::weekday:
            case term_class::month:
            case term_class::time_word:
                starts |= kind_bit(element_kind::date);
                break;
            case term_class::approximation:
            case term_class::currency:
                starts |= kind_bit(element_kind::money) | kind_bit(element_kind::percent) |
                          kind_bit(element_kind::quantity);
                break;
            case term_class::attribution:
                starts |= kind_bit(element_kind::attribution_marker);
                break;
            case term_class::purpose_marker:
                starts |= kind_bit(element_kind::purpose_marker);
                break;
            case term_class::subordinator:
                starts |= kind_bit(element_kind::subordinator);
                break;
            case term_class::collective:
                starts |= kind_bit(element_kind::collective);
                break;
            case term_class::title:
                // A titled actor's head is the token itself unless it is a determiner or a
                // title adjective.
                starts |= opens_title;
                if (!(base & head_further)) starts |= kind_bit(element_kind::titled_actor);
                break;
            case term_class::institution:
                starts |= kind_bit(element_kind::institution) | opens_institution;
                break;
            case term_class::country:
                starts |= kind_bit(element_kind::country);
                break;
            default:
                break;
        }
    }
    return starts;
}

// The part of element_starts_other that a token's own form decides, but for the keys that may
// start there (opened_starts): every element kind whose start test reads no other token, and
// head_further.
// The lists of the start tests ("et", "pas", "plus" are in others, which no element start
// asks about for a plain word).
constexpr uint64_t start_lists =
    (uint64_t{1} << wl_le_la) | (uint64_t{1} << wl_time_prepositions) |
    (uint64_t{1} << wl_pour) | (uint64_t{1} << wl_title_adjectives) |
    (uint64_t{1} << wl_subject_pronouns) | (uint64_t{1} << wl_ne) |
    (uint64_t{1} << wl_clitics) | (uint64_t{1} << wl_relatives) | (uint64_t{1} << wl_si) |
    (uint64_t{1} << wl_si_heads);

// A word in none of the start tests' lists and without a determiner reading: of
// element_starts_other's tests, only the name and the verb ones hold for it, besides what its
// form and the keys starting at it say.
bool plain_form(token_kind kind, uint32_t pos, uint64_t lists) {
    return kind == token_kind::word && (lists & start_lists) == 0 && !(pos & pos_determiner);
}

uint32_t form_base(std::string_view f, token_kind kind, bool capitalised, uint32_t pos,
                   uint64_t lists, uint32_t classes) {
    auto listed = [lists](word_list l) { return (lists & (uint64_t{1} << l)) != 0; };
    const bool word = kind == token_kind::word;
    const bool number = kind == token_kind::number;
    uint32_t starts = kind_bit(element_kind::token);
    if (classes == 0 && plain_form(kind, pos, lists)) starts |= capitalised ? plain_capital : plain_word;
    // is_punctuation: currency signs start amounts ("$ 700"), the rest is read as itself.
    if (kind == token_kind::punct || (!word && !number && f != "$" && f != "€" && f != "£"))
        starts |= punctuation_start;
    if (number) {
        starts |= kind_bit(element_kind::money) | kind_bit(element_kind::percent) |
                  kind_bit(element_kind::quantity);
    }
    if (listed(wl_pour)) starts |= kind_bit(element_kind::purpose_marker);
    if ((word && (pos & pos_determiner) && !listed(wl_not_determiners)) ||
        listed(wl_title_adjectives))
        starts |= head_further;
    if (word && civility_form(f)) starts |= kind_bit(element_kind::civil_actor);
    // A lower-case word is a name word only with a joined particle ("al-Sissi"): is_name_word
    // reads nothing but the form then.
    if (word && !capitalised && joined_particle_name(f))
        starts |= kind_bit(element_kind::named_actor);
    if (listed(wl_subject_pronouns)) starts |= kind_bit(element_kind::pronoun);
    if (word && !capitalised &&
        ((pos & pos_infinitive) || ((pos & pos_present_participle) && !(pos & pos_noun))))
        starts |= kind_bit(element_kind::nonfinite);
    // The lists of element_starts_other's tests but for "le", "la" (article_starts reads them).
    constexpr uint64_t other_lists = start_lists & ~(uint64_t{1} << wl_le_la);
    if (word && !capitalised &&
        (lists & other_lists & ~(uint64_t{1} << wl_time_prepositions)) == 0) {
        const bool determiner = (pos & pos_determiner) && !listed(wl_not_determiners);
        if (determiner && !listed(wl_time_prepositions)) starts |= plain_determiner;
        if (!determiner && listed(wl_time_prepositions) && !listed(wl_le_la))
            starts |= plain_preposition;
    }
    return starts;
}

// Whether the keys that may start at a token follow from its form alone: a key's first four
// bytes lie within a form of four bytes or more, and a form that is no phrase's first word
// opens no key.
bool opens_from_form(std::size_t size, uint32_t first_classes) {
    return size >= 4 || first_classes == 0;
}

// form_starts_at() read on the text, for a form `f` at `p`.
// The keys that may start there are read in their tables on the same bytes as the filter
// (may_start_key): the filter lets through some windows no key starts with ("le n", where a
// country's key is "le Caire"), and the answer is kept for the window (form_starts_at).
[[gnu::noinline]] uint32_t form_starts_read(const sentence_state& st, const form_facts& f,
                                            const char* p, const char* sentence_end) {
    uint32_t opens = opening_classes(*st.vocab, f.first_classes, p, sentence_end);
    const auto n = std::min<std::size_t>(4, static_cast<std::size_t>(sentence_end - p));
    for (uint32_t bits = opens; bits != 0; bits &= bits - 1) {
        const auto c = static_cast<unsigned>(__builtin_ctz(bits));
        if (!st.vocab->tables[c].may_start_with(p, n)) opens &= ~(1u << c);
    }
    return f.starts | opened_starts(opens, f.starts);
}

// form_base | opened_starts of token `k`: the form cache's answer (form_facts::starts) when
// exact, else completed on the text, where a key may run past a short form. Inlined into
// element_starts_other, which asks it of most tokens it is called for, but for the reading.
[[gnu::always_inline]] inline uint32_t form_starts_at(const sentence_state& st, std::size_t k) {
    const token& t = st.token_data[k];
    const form_facts& f = st.facts[k];
    if (opens_from_form(t.where.size(), f.first_classes)) return f.starts;
    const char* const p = st.text + t.where.begin;
    const char* const sentence_end = st.start + (st.table_size - 1);
    auto read = [&] { return form_starts_read(st, f, p, sentence_end); };
    // The keys that may start here depend on four bytes from the token's start (the form is
    // their first `length`), when the sentence has as many.
    if (sentence_end - p < 4) return read();
    uint32_t window;
    std::memcpy(&window, p, sizeof window);
    const auto length = static_cast<uint8_t>(t.where.size());
    sentence_state::short_start& slot = st.short_slot(window, length);
    if (slot.length != length || slot.window != window) slot = {window, read(), length};
    return slot.starts;
}

constexpr uint32_t amount_kinds =
    kind_bit(element_kind::money) | kind_bit(element_kind::percent) | kind_bit(element_kind::quantity);

// Where a key of class `cls` starting at token `k` ends, read as the grammar's term_parser
// reads it (the longest key, ending on a token's end), or null when none does.
const char* key_end(const sentence_state& st, term_class cls, std::size_t k) {
    if (k >= st.token_count) return nullptr;
    const char* const p = st.text + st.token_data[k].where.begin;
    const char* const last = st.start + (st.table_size - 1);
    const auto c = static_cast<std::size_t>(cls);
    // Most calls ask of a number for a class whose keys are words ("environ", "dollars"):
    // the table's first byte answers before the filter's hashing.
    if (!st.vocab->tables[c].has_first(*p) || !st.vocab->may_start_key(c, p, last)) return nullptr;
    const char* it = p;
    uint32_t id = 0;
    if (!st.vocab->tables[c].parse(it, last, boost::spirit::x3::unused,
                                   boost::spirit::x3::unused, id) ||
        !st.ends_token(it))
        return nullptr;
    return it;
}

// The token after the one ending at `end` (a token's end), as the grammar finds it next.
std::size_t token_after(const sentence_state& st, const char* end) {
    return static_cast<std::size_t>(st.ending_at[end - st.start]) + 1;
}

// Of the amount kinds (money, percent, quantity), those whose rule reads at token `i`: each
// reads an optional approximation, greedily (after one, it reads on there only), then a number
// and what the kind needs after it, or (money) a currency and then a number. The same reading
// as the rules', a few table walks where the rules would make three attempts.
uint32_t amounts_at(const sentence_state& st, int32_t i) {
    std::size_t k = static_cast<std::size_t>(i);
    if (const char* const e = key_end(st, term_class::approximation, k)) k = token_after(st, e);
    if (k >= st.token_count) return 0;
    uint32_t kinds = 0;
    if (st.token_data[k].kind == token_kind::number) {
        kinds |= kind_bit(element_kind::quantity);
        // A percent: "%" or "pour cent" after the number.
        const auto after = static_cast<int32_t>(k + 1);
        if ((valid(st, after) && form(st, after) == "%") ||
            (in_list(st, after, wl_pour) && in_list(st, after + 1, wl_cent)))
            kinds |= kind_bit(element_kind::percent);
        // Money: an optional magnitude, an optional "de", a currency.
        std::size_t m = k + 1;
        if (const char* const e = key_end(st, term_class::magnitude, m)) m = token_after(st, e);
        if (is_de{}(st, static_cast<int32_t>(m))) ++m;
        if (key_end(st, term_class::currency, m) != nullptr) kinds |= kind_bit(element_kind::money);
    }
    // Money written currency first: "$ 700".
    if (const char* const e = key_end(st, term_class::currency, k)) {
        if (is_number{}(st, static_cast<int32_t>(token_after(st, e))))
            kinds |= kind_bit(element_kind::money);
    }
    return kinds;
}

}  // namespace

namespace {

// The element kinds whose rules open on a key of these classes only (but for "pour" and
// the conjunction "si", which element_starts_other tests itself).
constexpr uint32_t long_key_kinds =
    kind_bit(element_kind::attribution_marker) | kind_bit(element_kind::purpose_marker) |
    kind_bit(element_kind::subordinator) | kind_bit(element_kind::collective);

// `starts` without the kinds of long_key_kinds (and `kinds`) whose key does not read at token
// `at` (key_end), where their rules' term_parser would fail. Most keys of these classes open
// on a common word ("de source", "les deux pays", "pour que"): the four bytes all the token's
// starts hold do not tell them apart.
[[gnu::noinline]] uint32_t drop_unread_keys(const sentence_state& st, uint32_t starts,
                                            std::size_t at, uint32_t kinds) {
    const char* const p = st.text + st.token_data[at].where.begin;
    const char* const last = st.start + (st.table_size - 1);
    // (Where fewer than eight bytes are left, the rules read the key themselves.)
    if (last - p < 8) return starts;
    // The first eight bytes stop most ("les autres"), the key is read where they pass ("les
    // deux " opens "les deux pays", and most often another noun).
    auto drop = [&](element_kind kind, term_class cls) {
        if ((starts & kinds & kind_bit(kind)) != 0 &&
            (!st.vocab->may_start_long_key(static_cast<std::size_t>(cls), p, last) ||
             key_end(st, cls, at) == nullptr))
            starts &= ~kind_bit(kind);
    };
    drop(element_kind::attribution_marker, term_class::attribution);
    drop(element_kind::purpose_marker, term_class::purpose_marker);
    drop(element_kind::subordinator, term_class::subordinator);
    drop(element_kind::collective, term_class::collective);
    return starts;
}

// article_starts past its common cases: a short form whose starts are not held yet, a title
// or an institution that may follow, a year, a verb reading not asked yet.
[[gnu::noinline]] uint32_t article_rest(const sentence_state& st, int32_t i) {
    const auto at = static_cast<std::size_t>(i);
    uint32_t starts = form_starts_at(st, at);
    const token& t = tok(st, i);
    const form_facts* const facts = st.facts.data();
    const bool determiner = (starts & plain_determiner) != 0;
    // A key opening a date or an amount here, or a token whose reading differs from its
    // form's, takes all the tests.
    if ((starts & (kind_bit(element_kind::date) | amount_kinds)) != 0 ||
        determiner != ((t.pos & pos_determiner) != 0 &&
                       (facts[at].lists & (uint64_t{1} << wl_not_determiners)) == 0))
        return element_starts_other(st, i);
    const std::size_t next = at + 1;
    if (next < st.token_count) {
        const uint32_t next_classes = facts[next].first_classes;
        const token& n = st.token_data[next];
        if (determiner) {
            // "le 3 mars", "le lundi 3 mars": a date.
            if ((facts[at].lists & (uint64_t{1} << wl_le_la)) != 0 &&
                (n.kind == token_kind::number ||
                 (next_classes & class_bit(term_class::weekday)) != 0))
                starts |= kind_bit(element_kind::date);
            // The title or institution after the determiner (and title adjectives).
            std::size_t head = next;
            while (head < st.token_count &&
                   (facts[head].lists & (uint64_t{1} << wl_title_adjectives)) != 0)
                ++head;
            if (head < st.token_count &&
                (facts[head].first_classes & class_bit(term_class::title)) != 0 &&
                (form_starts_at(st, head) & opens_title))
                starts |= kind_bit(element_kind::titled_actor);
            if ((next_classes & class_bit(term_class::institution)) != 0 &&
                (form_starts_at(st, next) & opens_institution))
                starts |= kind_bit(element_kind::institution);
        } else if (n.where.size() == 4 && is_year{}(st, static_cast<int32_t>(next))) {
            // "en 2009": a date.
            starts |= kind_bit(element_kind::date);
        }
    }
    if ((t.pos & finite_bits) && is_finite{}(st, i)) starts |= kind_bit(element_kind::verb_group);
    // (A determiner or a preposition is neither "pour" nor "si": only keys open these kinds.)
    if (starts & long_key_kinds) starts = drop_unread_keys(st, starts, at, long_key_kinds);
    return starts & kind_bits;
}

}  // namespace

// The common cases make no call, so that nothing but scratch registers is used: any other
// goes on in article_rest (or element_starts_other), where the call is the last thing done.
uint32_t article_starts(const sentence_state& st, int32_t i) {
    const auto at = static_cast<std::size_t>(i);
    const token& t = tok(st, i);
    const form_facts* const facts = st.facts.data();
    const form_facts& f = facts[at];
    uint32_t starts = f.starts;
    if (!opens_from_form(t.where.size(), f.first_classes)) {
        // form_starts_at's look-up, without the reading on a miss.
        const char* const p = st.text + t.where.begin;
        if (st.start + (st.table_size - 1) - p < 4) return article_rest(st, i);
        uint32_t window;
        std::memcpy(&window, p, sizeof window);
        const auto length = static_cast<uint8_t>(t.where.size());
        const sentence_state::short_start& slot = st.short_slot(window, length);
        if (slot.length != length || slot.window != window) return article_rest(st, i);
        starts = slot.starts;
    }
    const bool determiner = (starts & plain_determiner) != 0;
    if ((starts & (kind_bit(element_kind::date) | amount_kinds)) != 0 ||
        determiner !=
            ((t.pos & pos_determiner) != 0 && (f.lists & (uint64_t{1} << wl_not_determiners)) == 0))
        return element_starts_other(st, i);
    const std::size_t next = at + 1;
    if (next < st.token_count) {
        const uint32_t next_classes = facts[next].first_classes;
        const token& n = st.token_data[next];
        if (determiner) {
            if ((f.lists & (uint64_t{1} << wl_le_la)) != 0 &&
                (n.kind == token_kind::number ||
                 (next_classes & class_bit(term_class::weekday)) != 0))
                starts |= kind_bit(element_kind::date);
            std::size_t head = next;
            while (head < st.token_count &&
                   (facts[head].lists & (uint64_t{1} << wl_title_adjectives)) != 0)
                ++head;
            if ((head < st.token_count &&
                 (facts[head].first_classes & class_bit(term_class::title)) != 0) ||
                (next_classes & class_bit(term_class::institution)) != 0)
                return article_rest(st, i);
        } else if (n.where.size() == 4 && n.kind == token_kind::number) {
            return article_rest(st, i);
        }
    }
    if (t.pos & finite_bits) {
        const int8_t finite = st.finite_memo[at];
        if (finite < 0) return article_rest(st, i);
        if (finite != 0) starts |= kind_bit(element_kind::verb_group);
    }
    if (starts & long_key_kinds) starts = drop_unread_keys(st, starts, at, long_key_kinds);
    return starts & kind_bits;
}

// Out of line, so that the common cases do not pay for saving the many registers this part
// uses. What the token's form decides comes from form_starts; the tests below read the
// neighbouring tokens.
uint32_t element_starts_other(const sentence_state& st, int32_t i) {
    const auto at = static_cast<std::size_t>(i);
    const token& t = tok(st, i);
    // Read through one pointer: the calls below would otherwise make it reach through the
    // vector again.
    const form_facts* const facts = st.facts.data();
    uint32_t starts = form_starts_at(st, at);
    const bool word = t.kind == token_kind::word;
    const bool number = t.kind == token_kind::number;
    if (!word && !number && facts[at].first_classes == 0) return starts & kind_bits;
    const uint64_t lists = facts[at].lists;
    auto listed = [lists](word_list l) { return (lists & (uint64_t{1} << l)) != 0; };
    auto bit = [](word_list l) { return uint64_t{1} << l; };
    auto has = [](uint32_t classes, term_class c) { return (classes & class_bit(c)) != 0; };
    // Dates: each alternative of date_body needs, besides its first token, the next one.
    const int32_t next = i + 1;
    const uint32_t next_classes = valid(st, next) ? facts[at + 1].first_classes : 0;
    constexpr uint32_t date_bit = kind_bit(element_kind::date);
    // (Only a number or a word of these lists may be one's first token.)
    const bool date_near =
        (number || (lists & (bit(wl_le_la) | bit(wl_time_prepositions) |
                             bit(wl_subject_pronouns))) != 0) &&
        ((number && is_day{}(st, i) && has(next_classes, term_class::month)) ||
         (listed(wl_le_la) && (is_number{}(st, next) || has(next_classes, term_class::weekday))) ||
         (listed(wl_time_prepositions) && valid(st, next) && tok(st, next).where.size() == 4 &&
          is_year{}(st, next)) ||  // a year has four digits: most next tokens fail at once
         // "il y a deux ans": a date (date_body checks the count and the unit).
         (listed(wl_subject_pronouns) && il_y_a_length(st, i) != 0));
    // Else a date starts at a weekday or a month, or is a time word ("la semaine dernière"):
    // one that may only start here (many start with "le", "la", "cette") is read whole.
    if (date_near) {
        starts |= date_bit;
    } else if ((starts & date_bit) &&
               opening_classes(*st.vocab,
                               facts[at].first_classes & (class_bit(term_class::weekday) |
                                                          class_bit(term_class::month)),
                               st.text + t.where.begin, st.start + (st.table_size - 1)) == 0 &&
               key_end(st, term_class::time_word, at) == nullptr) {
        starts &= ~date_bit;
    }
    // Titled actors and institutions: an optional determiner (and title adjectives) must be
    // followed by the title or institution itself.
    const bool determiner = word && (t.pos & pos_determiner) && !listed(wl_not_determiners);
    if (determiner || listed(wl_title_adjectives)) {
        std::size_t head = determiner ? at + 1 : at;
        while (head < st.token_count && (facts[head].lists & bit(wl_title_adjectives)) != 0)
            ++head;
        if (head < st.token_count && has(facts[head].first_classes, term_class::title) &&
            (form_starts_at(st, head) & opens_title))
            starts |= kind_bit(element_kind::titled_actor);
        if (determiner && has(next_classes, term_class::institution) &&
            (form_starts_at(st, at + 1) & opens_institution))
            starts |= kind_bit(element_kind::institution);
    }
    // Initials are capitals: most capitalised words are not asked is_initial_letter.
    if (word && t.capitalised &&
        (is_name_word{}(st, i) || (t.where.size() == 1 && is_initial_letter{}(st, i))))
        starts |= kind_bit(element_kind::named_actor);
    // Without a clitic or "ne" first, every core alternative reads the token itself as finite
    // (is_finite, memoised: the rule would ask it anyway).
    if (word && (t.pos & finite_bits) && is_finite{}(st, i)) starts |= kind_bit(element_kind::verb_group);
    // Keys that cannot start here, by their first eight bytes; "pour" and the conjunction
    // "si" open purposes and subordinate clauses by the rules' other alternatives.
    if (starts & long_key_kinds) {
        uint32_t kinds = long_key_kinds;
        // "pour" before an infinitive (after object pronouns: "pour le faire") is read by
        // purpose_body's other alternative; before anything else, only a key can open it
        // ("pour que"), and most "pour" open a noun phrase ("pour la paix").
        if (listed(wl_pour) &&
            (!st.tokens_inside || infinitive_after_clitics(st, at + 1)))
            kinds &= ~kind_bit(element_kind::purpose_marker);
        if ((lists & (bit(wl_si) | bit(wl_clitics) | bit(wl_si_heads))) != 0)
            kinds &= ~kind_bit(element_kind::subordinator);
        starts = drop_unread_keys(st, starts, at, kinds);
    }
    // The tests of clitics, "ne", relatives and "si", for a word of none of their lists at once.
    if ((lists & (bit(wl_ne) | bit(wl_clitics) | bit(wl_relatives) | bit(wl_si) |
                  bit(wl_si_heads))) != 0) {
        if ((listed(wl_ne) || listed(wl_clitics)) && finite_after_clitics(st, at))
            starts |= kind_bit(element_kind::verb_group);
        if (listed(wl_relatives) && is_relative{}(st, i)) starts |= kind_bit(element_kind::relative);
        if (((listed(wl_si) || listed(wl_clitics)) && is_si_conjunction{}(st, i)) ||
            (listed(wl_si_heads) && is_si_head{}(st, i)))
            starts |= kind_bit(element_kind::subordinator);
    }
    if (starts & amount_kinds) starts &= amounts_at(st, i) | ~amount_kinds;
    return starts & kind_bits;
}

namespace {

// x3::skip_over with space_parser, to the sentence's end (its tables' last entry, where
// read_sentence ends the parse), then the token starting there (-1 when none).
[[gnu::noinline]] int32_t token_after_skip(const sentence_state& st, const char*& first) {
    const char* const last = st.start + (st.table_size - 1);
    while (first != last) {
        const auto lead = static_cast<unsigned char>(*first);
        if (lead > ' ' && lead < 0x80) break;
        const std::size_t n =
            space_length(std::string_view(first, static_cast<std::size_t>(last - first)), 0);
        if (n == 0) break;
        first += n;
    }
    return st.starting(first);
}

// primitives.hpp's token_here() without the parser's context: the token starting at the
// cursor, else the one after the token ending there (the cursor moves to its start), else the
// token after the white space the skipper passes (-1 when none).
[[gnu::always_inline]] inline int32_t cursor_token(const sentence_state& st,
                                                   const char*& first) {
    if (const int32_t at = st.token_from_tables(first); at >= 0) return at;
    return token_after_skip(st, first);
}

// Token `index` captured in `slot`, as cap<Slot>[tok<…>] captures it.
void capture_token(sentence_state& st, ast::slot slot, int32_t index) {
    const span w = tok(st, index).where;
    auto& c = st.capture(slot);
    c.begin = w.begin;
    c.end = w.end;
    c.payload = index;
}

// The cursor past token `index`, and the token there (cursor_token).
[[gnu::always_inline]] inline int32_t past(const sentence_state& st, const char*& first,
                                           int32_t index) {
    first = st.text + tok(st, index).where.end;
    return cursor_token(st, first);
}

// *adverbial from the cursor, whose token is `index`: returns the token at the cursor after
// them, the first that is none (a second *adverbial there reads nothing). Inlined: most verb
// groups have no adverb, and the loop's first test is all they need.
[[gnu::always_inline]] inline int32_t pass_adverbials(const sentence_state& st,
                                                      const char*& first, int32_t index) {
    while (index >= 0) {
        const std::size_t n = adverbial_run{}(st, index);
        if (n == 0) break;
        index = past(st, first, index + static_cast<int32_t>(n) - 1);
    }
    return index;
}

// cap<Slot>[tok<Pred>] at the cursor, whose token is `index`: on a match the token is
// captured and the cursor passes it; returns the token at the cursor.
template <typename Pred>
[[gnu::always_inline]] inline int32_t take(sentence_state& st, ast::slot slot,
                                           const char*& first, int32_t index, bool& taken) {
    taken = index >= 0 && Pred{}(st, index);
    if (!taken) return index;
    capture_token(st, slot, index);
    return past(st, first, index);
}

// *cap<s_clitic>[tok<Pred>].
template <typename Pred>
int32_t take_clitics(sentence_state& st, const char*& first, int32_t index) {
    bool taken = true;
    while (taken) index = take<Pred>(st, ast::s_clitic, first, index, taken);
    return index;
}

// -inversion: an inverted subject ("-t-il") right after the verb, which ends at `first`. The
// tokenizer makes one only where the word before it ends, so only a token starting at the
// cursor may be one: no white space is skipped to find the next token.
[[gnu::always_inline]] inline void take_inversion(sentence_state& st, const char*& first) {
    const int32_t index = st.starting(first);
    if (index < 0 || !is_inversion{}(st, index)) return;
    capture_token(st, ast::s_inversion, index);
    first = st.text + tok(st, index).where.end;
}

// The core of a verb group (sentence_def.hpp) at token `index`, where the cursor stands, with
// "ne" before it (`negated`) or without:
//   aux[finite auxiliary] -inversion *adverbial (-neg2[pas] *adverbial)? -been[été] *adverbial
//       main[participle]
// | aux[modal] -inversion *adverbial (-neg2[pas] *adverbial)? *clitic[object clitic]
//       main[infinitive]
// | main[finite] -inversion (*adverbial -neg2[pas])?
// (the parenthesised parts only when negated). After "ne", the second negative word ("pas",
// "plus", "jamais"); without "ne", "plus" is a comparison ("couvre plus de 15.000 mètres
// carrés") and is left to the values. An adverbial is a phrase of several tokens ("par
// ailleurs") or a plain adverb (adverbial_run). The alternatives start with the same finite
// token, tested once; a failed one leaves its captures, as the X3 alternatives did (the element
// keeps those within its span), and the cursor where it was.
// Inlined at both calls, each with its own `negated`: the call and its register saves cost
// more than most verb groups' tests.
template <bool negated>
[[gnu::always_inline]] inline bool read_core(sentence_state& st, const char*& first,
                                             int32_t index) {
    if (index < 0 || !is_finite{}(st, index)) return false;
    const char* const verb_end = st.text + tok(st, index).where.end;
    // -inversion *adverbial (-neg2 *adverbial), the same after an auxiliary or a modal:
    // returns the token at the cursor after them.
    auto lead = [&](const char*& it) {
        it = verb_end;
        take_inversion(st, it);
        int32_t next = pass_adverbials(st, it, cursor_token(st, it));
        if constexpr (negated) {
            bool taken = false;
            next = take<is_neg_pas>(st, ast::s_neg2, it, next, taken);
            if (taken) next = pass_adverbials(st, it, next);
        }
        return next;
    };
    const char* it = first;
    if ((tok(st, index).pos & pos_aux) != 0) {
        capture_token(st, ast::s_aux, index);
        int32_t next = lead(it);
        bool taken = false;
        next = take<is_ete>(st, ast::s_been, it, next, taken);
        if (taken) next = pass_adverbials(st, it, next);
        if (next >= 0 && is_participle{}(st, next)) {
            capture_token(st, ast::s_main, next);
            first = st.text + tok(st, next).where.end;
            return true;
        }
    }
    if ((st.facts[static_cast<std::size_t>(index)].lemma_classes & lc_modal) != 0) {
        capture_token(st, ast::s_aux, index);
        const int32_t next = take_clitics<is_object_clitic>(st, it, lead(it));
        if (next >= 0 && is_infinitive{}(st, next)) {
            capture_token(st, ast::s_main, next);
            first = st.text + tok(st, next).where.end;
            return true;
        }
    }
    capture_token(st, ast::s_main, index);
    it = verb_end;
    take_inversion(st, it);
    if constexpr (negated) {
        const int32_t next = pass_adverbials(st, it, cursor_token(st, it));
        if (next >= 0 && is_neg_pas{}(st, next)) {
            capture_token(st, ast::s_neg2, next);
            it = st.text + tok(st, next).where.end;
        }
    }
    first = it;
    return true;
}

}  // namespace

bool read_verb_group(sentence_state& st, const char*& first) {
    const char* const start = first;
    const int32_t index = cursor_token(st, first);
    if (index < 0) {
        first = start;
        return false;
    }
    // Most verb groups start at their verb: neither "ne" nor a clitic, one test for both.
    constexpr uint32_t ne_or_clitic = (1u << wl_ne) | (1u << wl_clitics);
    const bool plain_start = (st.facts[static_cast<std::size_t>(index)].lists & ne_or_clitic) == 0;
    // neg[ne] *clitic[object clitic] negated core
    if (!plain_start && is_neg_ne{}(st, index)) {
        capture_token(st, ast::s_neg, index);
        const char* it = start;
        const int32_t next = take_clitics<is_object_clitic>(st, it, past(st, it, index));
        if (read_core<true>(st, it, next)) {
            first = it;
            return true;
        }
    }
    // | *clitic[clitic] core
    const char* it = first;
    const int32_t verb = plain_start ? index : take_clitics<is_clitic>(st, it, index);
    if (!read_core<false>(st, it, verb)) {
        first = start;
        return false;
    }
    first = it;
    return true;
}

}  // namespace precis::grammar::parser

namespace precis::grammar {

bool modal_lemma(std::string_view v) {
    using namespace std::string_view_literals;
    return v == "pouvoir"sv || v == "devoir"sv || v == "vouloir"sv || v == "aller"sv ||
           v == "falloir"sv || v == "sembler"sv || v == "compter"sv || v == "entendre"sv;
}

bool prenominal_adjective(std::string_view w) {
    using namespace std::string_view_literals;
    for (const std::string_view end : {"ième"sv, "ièmes"sv}) {
        if (w.size() > end.size() && w.compare(w.size() - end.size(), end.size(), end) == 0) return true;
    }
    static constexpr std::string_view list[] = {
        "premier", "première", "premiers", "premières", "dernier", "dernière", "derniers",
        "dernières", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "prochain",
        "prochaine", "prochains", "prochaines", "seul", "seule", "seuls", "seules", "grand",
        "grande", "grands", "grandes", "petit", "petite", "petits", "petites", "bon", "bonne",
        "bons", "bonnes", "mauvais", "mauvaise", "mauvaises", "long", "longue", "longues",
        "précédent", "précédente", "éventuel", "éventuelle", "futur", "future",
        "futurs", "futures", "ancien", "ancienne", "anciens", "anciennes", "tel", "telle",
        "tels", "telles", "autre", "autres", "même", "mêmes", "véritable", "véritables",
        "vaste", "vastes", "nombreux", "nombreuses"};
    // One hashed look-up rather than a comparison with each word.
    static const std::unordered_set<std::string_view, short_key_hash> words(std::begin(list),
                                                                            std::end(list));
    return words.count(w) != 0;
}

uint32_t starts_of_form(std::string_view form, token_kind kind, bool capitalised, uint32_t pos,
                        const form_facts& facts, const vocabulary& vocab) {
    const uint32_t base =
        parser::form_base(form, kind, capitalised, pos, facts.lists, facts.first_classes);
    if (!parser::opens_from_form(form.size(), facts.first_classes)) return base;
    uint32_t starts =
        base | parser::opened_starts(parser::opening_classes(vocab.get(), facts.first_classes,
                                                             form.data(),
                                                             form.data() + form.size()),
                                     base);
    // A plain word that is some phrase's first word ("dans", "accord", "France"): when the
    // keys it may open (exact here) start neither a date nor an amount, whose tests read the
    // next tokens, it is as plain as a word of no phrase (element_starts answers it inline).
    using parser::kind_bit;
    constexpr uint32_t read_further = kind_bit(ast::element_kind::date) | parser::amount_kinds;
    if (facts.first_classes != 0 && parser::plain_form(kind, pos, facts.lists) &&
        (starts & read_further) == 0)
        starts |= capitalised ? parser::plain_capital : parser::plain_word;
    return starts;
}

form_facts facts_of_form(std::string_view form, token_kind kind, bool capitalised,
                         const vocabulary& vocab) {
    form_facts f;
    f.clause_forms = clause_form_bits(form);
    if (ast::nests(kind)) f.clause_forms |= cf_nests;
    if (kind == token_kind::punct) return f;
    // Fewer than 32 lists (wl_adverbial_heads < 32).
    if (kind == token_kind::word) f.lists = static_cast<uint32_t>(parser::word_lists_of(form));
    char buffer[64];
    std::string storage;
    const std::string_view key = fold_first(form, buffer, storage);
    const auto& firsts = vocab.get().first_words;
    if (auto it = firsts.find(key); it != firsts.end()) f.first_classes = it->second;
    if (kind != token_kind::word || !capitalised) return f;
    constexpr uint32_t naming = (1u << static_cast<unsigned>(term_class::country)) |
                                (1u << static_cast<unsigned>(term_class::nationality)) |
                                (1u << static_cast<unsigned>(term_class::title)) |
                                (1u << static_cast<unsigned>(term_class::month)) |
                                (1u << static_cast<unsigned>(term_class::weekday)) |
                                (1u << static_cast<unsigned>(term_class::institution));
    const auto& phrases = vocab.get().phrase_classes;
    if (auto it = phrases.find(key); it != phrases.end() && (it->second & naming)) f.naming = true;
    return f;
}

}  // namespace precis::grammar
