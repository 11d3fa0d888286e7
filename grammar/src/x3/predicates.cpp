#include "x3/predicates.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "vocab_lookup.hpp"

namespace precis::grammar::parser {
namespace {

const token& tok(const sentence_state& st, int32_t i) {
    return (*st.tokens)[static_cast<std::size_t>(i)];
}
std::string_view form(const sentence_state& st, int32_t i) {
    const token& t = tok(st, i);
    return std::string_view(st.text + t.where.begin, t.where.size());
}
bool valid(const sentence_state& st, int32_t i) {
    return i >= 0 && static_cast<std::size_t>(i) < st.tokens->size();
}
bool is_word(const sentence_state& st, int32_t i) {
    return valid(st, i) && tok(st, i).kind == token_kind::word;
}
// The token equals one of `forms`, its first ASCII letter compared without case.
bool one_of(const sentence_state& st, int32_t i, std::initializer_list<std::string_view> forms) {
    if (!valid(st, i)) return false;
    std::string_view f = form(st, i);
    char first = f.empty() ? '\0' : f[0];
    if (first >= 'A' && first <= 'Z') first = static_cast<char>(first - 'A' + 'a');
    for (std::string_view candidate : forms) {
        if (candidate.size() != f.size() || candidate.empty()) continue;
        if (candidate[0] == first && candidate.substr(1) == f.substr(1)) return true;
        if (candidate == f) return true;
    }
    return false;
}
bool sentence_initial(const sentence_state& st, int32_t i) {
    if (i == 0) return true;
    const token& prev = tok(st, i - 1);
    return prev.kind == token_kind::quote_open || prev.kind == token_kind::paren_open ||
           (prev.kind == token_kind::punct && form(st, i - 1) != ",");
}
constexpr uint32_t finite_bits = pos_present | pos_past | pos_future | pos_conditional;

bool first_or_second_person_subject(const sentence_state& st, int32_t i) {
    for (int32_t k = i - 1; k >= 0 && k >= i - 3; --k) {
        if (one_of(st, k, {"je", "j’", "j'", "nous", "vous", "tu"})) return true;
        if (!(tok(st, k).pos & pos_pronoun) && !one_of(st, k, {"ne", "n’", "n'"})) break;
    }
    return false;
}

}  // namespace

bool any_token::operator()(const sentence_state& st, int32_t i) const { return valid(st, i); }

bool is_determiner::operator()(const sentence_state& st, int32_t i) const {
    return is_word(st, i) && (tok(st, i).pos & pos_determiner) &&
           !one_of(st, i, {"de", "d’", "d'", "en", "un"});
}

bool is_number::operator()(const sentence_state& st, int32_t i) const {
    return valid(st, i) && tok(st, i).kind == token_kind::number;
}

bool is_day::operator()(const sentence_state& st, int32_t i) const {
    if (!is_number{}(st, i)) return false;
    std::string_view f = form(st, i);
    if (f == "1er") return true;
    if (f.size() > 2 || !std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    const int day = std::stoi(std::string(f));
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

bool is_name_word::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i)) return false;
    const token& t = tok(st, i);
    const std::string_view f = form(st, i);
    if (!t.capitalised) {
        // Arabic and other particles written joined: "al-Sissi", "ben-Gourion".
        for (std::string_view p : {"al-", "el-", "ben-", "bin-", "ibn-", "abu-", "abou-"}) {
            if (f.substr(0, p.size()) == p && f.size() > p.size()) return true;
        }
        return false;
    }
    if (t.pos & (pos_determiner | pos_pronoun | pos_preposition | pos_conjunction | pos_adverb))
        return false;
    if (f.size() < 2 || f[0] == '-') return false;
    if (sentence_initial(st, i) && !(t.pos & (pos_proper | pos_unknown))) return false;
    return st.vocabulary_word[static_cast<std::size_t>(i)] == 0;
}

bool is_name_particle::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"de", "du", "van", "von", "ben", "bin", "ibn", "al", "el", "da", "di",
                          "der", "den", "dos", "do", "la", "le"}) &&
           !tok(st, i).capitalised &&
           (is_name_word{}(st, i + 1) || one_of(st, i + 1, {"der", "den", "la", "de"}));
}

bool is_initial_letter::operator()(const sentence_state& st, int32_t i) const {
    return is_word(st, i) && tok(st, i).capitalised && tok(st, i).where.size() == 1 &&
           valid(st, i + 1) && form(st, i + 1) == "." && is_name_word{}(st, i + 2);
}

bool is_civility::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i)) return false;
    std::string_view f = form(st, i);
    for (std::string_view c : {"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr"}) {
        if (f == c) return true;
    }
    return false;
}

bool is_subject_pronoun::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"il", "elle", "ils", "elles", "on", "nous", "je", "j’", "j'"});
}

bool is_neg_ne::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"ne", "n’", "n'"});
}

bool is_neg_pas::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"pas", "plus", "jamais", "rien", "guère", "point", "aucunement"});
}

bool is_clitic::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"se", "s’", "s'", "y", "en", "lui", "leur", "me", "m’", "m'", "te",
                          "t’", "t'", "nous", "vous"});
}

bool is_object_clitic::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"le", "la", "les", "l’", "l'"}) || is_clitic{}(st, i);
}

bool is_finite::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i)) return false;
    const token& t = tok(st, i);
    if (!(t.pos & finite_bits) || (t.pos & (pos_determiner | pos_preposition))) return false;
    // A capital "A" is the preposition "À" written without its accent.
    if (form(st, i) == "A") return false;
    if (t.capitalised && !sentence_initial(st, i)) return false;
    if (!(t.pos & (pos_3sg | pos_3pl)) && !first_or_second_person_subject(st, i)) return false;
    if (i > 0) {
        const token& prev = tok(st, i - 1);
        // "En revanche", "en effet": after "en", a form that can be a noun is one.
        if (one_of(st, i - 1, {"en", "y"}) && (t.pos & pos_noun) && !(t.pos & pos_aux))
            return false;
        // "l’a condamné", "l’avait dit": an elided object pronoun before a verb.
        if (one_of(st, i - 1, {"l’", "l'"}) && (!(t.pos & pos_noun) || (t.pos & pos_aux)))
            return true;
        const bool after_clitic = is_object_clitic{}(st, i - 1) && i >= 2 &&
                                  (is_neg_ne{}(st, i - 2) ||
                                   is_subject_pronoun{}(st, i - 2) || is_clitic{}(st, i - 2));
        if (prev.kind == token_kind::word && (prev.pos & (pos_determiner | pos_preposition)) &&
            !after_clitic && !is_clitic{}(st, i - 1))
            return false;
    }
    return true;
}

bool is_finite_aux::operator()(const sentence_state& st, int32_t i) const {
    return is_finite{}(st, i) && (tok(st, i).pos & pos_aux);
}

bool is_modal::operator()(const sentence_state& st, int32_t i) const {
    if (!is_finite{}(st, i)) return false;
    const std::string& v = (*st.verb_lemmas)[static_cast<std::size_t>(i)];
    return v == "pouvoir" || v == "devoir" || v == "vouloir" || v == "aller" || v == "falloir" ||
           v == "sembler" || v == "compter" || v == "entendre";
}

bool is_participle::operator()(const sentence_state& st, int32_t i) const {
    return is_word(st, i) && (tok(st, i).pos & pos_past_participle) && !tok(st, i).capitalised;
}

bool is_ete::operator()(const sentence_state& st, int32_t i) const {
    return valid(st, i) && form(st, i) == "été";
}

bool is_infinitive::operator()(const sentence_state& st, int32_t i) const {
    return is_word(st, i) && (tok(st, i).pos & pos_infinitive) && !tok(st, i).capitalised;
}

bool is_nonfinite::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i) || tok(st, i).capitalised) return false;
    const uint32_t p = tok(st, i).pos;
    return (p & pos_infinitive) || ((p & pos_present_participle) && !(p & pos_noun));
}

bool is_plain_adverb::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i)) return false;
    const uint32_t p = tok(st, i).pos;
    return (p & pos_adverb) &&
           !(p & (pos_verb | pos_noun | pos_determiner | pos_preposition | pos_pronoun |
                  pos_conjunction | pos_adj)) &&
           !is_neg_pas{}(st, i);
}

bool is_inversion::operator()(const sentence_state& st, int32_t i) const {
    return is_word(st, i) && form(st, i)[0] == '-';
}

bool is_relative::operator()(const sentence_state& st, int32_t i) const {
    // "ainsi que", "plus que", "autant que": a comparison, not a relative pronoun.
    if (one_of(st, i, {"que", "qu’", "qu'"}) &&
        one_of(st, i - 1, {"ainsi", "plus", "moins", "autant", "aussi", "si", "tant", "davantage",
                           "mieux", "même", "autre", "autres", "tel", "telle", "ne", "n’", "n'"}))
        return false;
    return one_of(st, i, {"qui", "dont", "où", "que", "qu’", "qu'", "lequel", "laquelle",
                          "lesquels", "lesquelles", "auquel", "auxquels", "duquel"});
}

bool is_unit::operator()(const sentence_state& st, int32_t i) const {
    if (!is_word(st, i)) return false;
    const uint32_t p = tok(st, i).pos;
    return (p & pos_noun) &&
           !(p & (pos_determiner | pos_preposition | pos_pronoun | pos_conjunction));
}

bool is_time_preposition::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"en", "depuis", "dès", "avant", "après", "jusqu’en", "jusqu'en", "fin",
                          "début", "mi", "courant", "d’ici", "d'ici", "de", "à", "entre"});
}

// Lower case only: "Du" in "Du Wei" is a name.
bool is_de::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"de", "d’", "d'"}) && !tok(st, i).capitalised;
}

bool is_de_article::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"du", "des"}) && !tok(st, i).capitalised;
}

bool is_le::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"le", "la", "l’", "l'"});
}

bool is_et::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"et"});
}

bool is_percent_sign::operator()(const sentence_state& st, int32_t i) const {
    return valid(st, i) && form(st, i) == "%";
}

bool is_pour::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"pour"});
}

bool is_cent::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"cent"});
}

bool is_stop::operator()(const sentence_state& st, int32_t i) const {
    if (!valid(st, i)) return true;  // the end of the sentence
    const token& t = tok(st, i);
    return t.kind == token_kind::punct || t.kind == token_kind::paren_close ||
           t.kind == token_kind::quote_close || t.kind == token_kind::paren_open;
}

bool is_comma::operator()(const sentence_state& st, int32_t i) const {
    return valid(st, i) && form(st, i) == ",";
}

bool is_day_part::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"matin", "soir", "après-midi", "midi", "dernier", "prochain", "soir-là"});
}

std::size_t adverbial_length(const sentence_state& st, int32_t i) {
    // Phrases news copy puts between an auxiliary and its participle ("a par ailleurs
    // affiché", "ont pour leur part fustigé"); single adverbs are read by is_plain_adverb.
    static const std::vector<std::vector<std::string_view>> phrases = {
        {"par", "ailleurs"}, {"pour", "sa", "part"}, {"pour", "leur", "part"},
        {"pour", "son", "compte"}, {"de", "son", "côté"}, {"de", "leur", "côté"},
        {"une", "nouvelle", "fois"}, {"une", "fois", "de", "plus"}, {"à", "nouveau"},
        {"en", "effet"}, {"en", "outre"}, {"en", "particulier"}, {"lui-même"}, {"elle-même"},
        {"eux-mêmes"}, {"elles-mêmes"}, {"même"}, {"bien"}, {"ainsi"}, {"aussi"}, {"encore"},
        {"déjà"}, {"toujours"}, {"notamment"}, {"finalement"}, {"enfin"}, {"alors"}, {"donc"},
        {"d’ores", "et", "déjà"}, {"d'ores", "et", "déjà"}, {"à", "plusieurs", "reprises"},
        {"tout", "de", "même"}, {"en", "vain"}, {"sans", "doute"}, {"peut-être"}};
    for (const auto& phrase : phrases) {
        std::size_t k = 0;
        while (k < phrase.size() && valid(st, i + static_cast<int32_t>(k)) &&
               form(st, i + static_cast<int32_t>(k)) == phrase[k])
            ++k;
        if (k == phrase.size()) return k;
    }
    return 0;
}

bool names_a_vocabulary_word(const sentence_state& st, int32_t i) {
    if (!is_word(st, i) || !tok(st, i).capitalised) return false;
    const std::string key = lower_first(form(st, i));
    for (term_class cls : {term_class::country, term_class::nationality, term_class::title,
                           term_class::month, term_class::weekday, term_class::institution}) {
        if (st.vocab->exact[static_cast<std::size_t>(cls)].count(key) > 0) return true;
    }
    return false;
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

bool is_title_adjective::operator()(const sentence_state& st, int32_t i) const {
    return one_of(st, i, {"nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "futur", "future",
                          "actuel", "actuelle", "influent", "influente", "puissant", "puissante",
                          "jeune", "éphémère", "défunt", "défunte", "haut", "haute", "ex"});
}

}  // namespace precis::grammar::parser
