// What precis keeps of hunspell-fr's morphological analyses: part-of-speech bits and lemmas.
#include "hunspell_reading.hpp"

#include <algorithm>
#include <unordered_map>

namespace precis::grammar {
namespace {

// Maps one hunspell `po:` tag to part-of-speech bits.
uint32_t bits_of_tag(std::string_view tag) {
    static const std::unordered_map<std::string_view, uint32_t> table = {
        {"nom", pos_noun},
        {"adj", pos_adj},
        {"infi", pos_verb | pos_infinitive},
        {"ppas", pos_verb | pos_past_participle},
        {"ppre", pos_verb | pos_present_participle},
        {"npr", pos_proper | pos_place_name},
        {"prn", pos_proper | pos_first_name},
        {"patr", pos_proper | pos_surname},
        {"adv", pos_adverb},
        {"negadv", pos_adverb},
        {"det", pos_determiner},
        {"prep", pos_preposition},
        {"cjco", pos_conjunction},
        {"cjsub", pos_conjunction},
        {"nb", pos_number},
        {"ipre", pos_verb | pos_present},
        {"ipsi", pos_verb | pos_past},
        {"iimp", pos_verb | pos_past | pos_imperfect},
        {"ifut", pos_verb | pos_future},
        {"cond", pos_verb | pos_conditional},
        {"spre", pos_verb | pos_subjunctive},
        {"simp", pos_verb | pos_subjunctive},
        {"3sg", pos_3sg},
        {"3pl", pos_3pl},
        {"3pl!", pos_3pl},
    };
    if (auto it = table.find(tag); it != table.end()) return it->second;
    if (tag.size() > 1 && tag[0] == 'v' && tag[1] >= '0' && tag[1] <= '3') {
        // "v3_i____e_": the ninth letter says the verb takes être in compound tenses.
        return pos_verb | (tag.size() > 8 && tag[8] == 'e' ? pos_etre_verb : 0u);
    }
    if (tag.substr(0, 3) == "pro") return pos_pronoun;
    return pos_none;
}

}  // namespace

// Reads hunspell's analyses ("st:signer po:v1_it_q__a po:ppas", one per reading).
lexicon::analysis read_analyses(const std::vector<std::string>& readings, const known_lemma& known) {
    lexicon::analysis out;
    if (readings.empty()) return out;
    out.pos = pos_none;
    constexpr uint32_t tenses = pos_infinitive | pos_past_participle | pos_present_participle | pos_present |
                                pos_past | pos_imperfect | pos_future | pos_conditional | pos_subjunctive;
    // Each verb lemma met, with the best rank of its readings under the preferences above.
    std::vector<std::pair<std::string, int>> verbs;
    for (const auto& reading : readings) {
        std::string stem;
        uint32_t bits = 0, gender = 0;
        std::size_t i = 0;
        while (i < reading.size()) {
            while (i < reading.size() && reading[i] == ' ') ++i;
            std::size_t j = reading.find(' ', i);
            if (j == std::string::npos) j = reading.size();
            std::string_view field(reading.data() + i, j - i);
            if (field.substr(0, 3) == "st:") stem = std::string(field.substr(3));
            if (field.substr(0, 3) == "po:") bits |= bits_of_tag(field.substr(3));
            if (field == "is:mas") gender = pos_male_name;
            if (field == "is:fem") gender = pos_female_name;
            i = j;
        }
        // The gender of a first name ("po:prn is:fem"): English says "his" or "her".
        if (bits & pos_first_name) bits |= gender;
        if (out.lemma.empty()) out.lemma = stem;
        if ((bits & pos_verb) && !stem.empty()) {
            // "étaient" is être before it is étayer: the auxiliaries come first.
            const bool common_tense = (bits & tenses) != 0 && (bits & tenses) != pos_past;
            const int rank = stem == "être" || stem == "avoir"
                                 ? 4
                                 : (known && known(stem) ? 2 : 0) + (common_tense ? 1 : 0);
            auto met = std::find_if(verbs.begin(), verbs.end(), [&](const auto& v) { return v.first == stem; });
            if (met == verbs.end()) {
                verbs.emplace_back(stem, rank);
            } else {
                met->second = std::max(met->second, rank);
            }
        }
        out.pos |= bits;
    }
    int best = -1;  // (ties go to the first verb met)
    for (auto& [lemma, rank] : verbs) {
        if (rank > best) {
            best = rank;
            out.verb_lemma = std::move(lemma);
        }
    }
    if (out.pos == pos_none) out.pos = pos_unknown;
    if (out.verb_lemma == "avoir" || out.verb_lemma == "être") out.pos |= pos_aux;
    return out;
}

}  // namespace precis::grammar
