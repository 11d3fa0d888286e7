#include "closed_class.hpp"

#include <deque>
#include <string>
#include <unordered_map>

namespace precis::grammar {
namespace {

constexpr uint32_t det = pos_determiner;
constexpr uint32_t prep = pos_preposition;
constexpr uint32_t pron = pos_pronoun;
constexpr uint32_t conj = pos_conjunction;
constexpr uint32_t adv = pos_adverb;

// Elided forms appear with both apostrophes; entries are written with the typographic one and
// the typewriter one is derived at start-up.
constexpr closed_word words[] = {
    {"le", det, "le"},
    {"la", det, "le"},
    {"les", det, "le"},
    {"l’", det | pron, "le"},
    {"un", det | pos_number, "un"},
    {"une", det, "un"},
    {"des", det, "des"},
    {"du", det | prep, "du"},
    {"au", det | prep, "au"},
    {"aux", det | prep, "au"},
    {"ce", det | pron, "ce"},
    {"cet", det, "ce"},
    {"cette", det, "ce"},
    {"ces", det, "ce"},
    {"son", det, "son"},
    {"sa", det, "son"},
    {"ses", det, "son"},
    {"leur", det | pron, "leur"},
    {"leurs", det, "leur"},
    {"mon", det, "mon"},
    {"ma", det, "mon"},
    {"mes", det, "mon"},
    {"notre", det, "notre"},
    {"nos", det, "notre"},
    {"votre", det, "votre"},
    {"vos", det, "votre"},
    {"quelques", det, "quelque"},
    {"plusieurs", det, "plusieurs"},
    {"chaque", det, "chaque"},
    {"aucun", det | pron, "aucun"},
    {"aucune", det | pron, "aucun"},
    {"à", prep, "à"},
    {"de", prep | det, "de"},
    {"d’", prep | det, "de"},
    {"en", prep | pron, "en"},
    {"dans", prep, "dans"},
    {"par", prep, "par"},
    {"pour", prep, "pour"},
    {"sur", prep, "sur"},
    {"sous", prep, "sous"},
    {"avec", prep, "avec"},
    {"sans", prep, "sans"},
    {"entre", prep, "entre"},
    {"contre", prep, "contre"},
    {"vers", prep, "vers"},
    {"chez", prep, "chez"},
    {"depuis", prep, "depuis"},
    {"pendant", prep, "pendant"},
    {"selon", prep, "selon"},
    {"après", prep, "après"},
    {"avant", prep, "avant"},
    {"malgré", prep, "malgré"},
    {"lors", adv, "lors"},
    {"parmi", prep, "parmi"},
    {"jusqu’", prep, "jusque"},
    {"envers", prep, "envers"},
    {"via", prep, "via"},
    {"il", pron, "il"},
    {"elle", pron, "elle"},
    {"ils", pron, "il"},
    {"elles", pron, "elle"},
    {"on", pron, "on"},
    {"nous", pron, "nous"},
    {"vous", pron, "vous"},
    {"je", pron, "je"},
    {"j’", pron, "je"},
    {"me", pron, "me"},
    {"m’", pron, "me"},
    {"te", pron, "te"},
    {"se", pron, "se"},
    {"s’", pron | conj, "se"},
    {"lui", pron, "lui"},
    {"y", pron, "y"},
    {"qui", pron, "qui"},
    {"que", pron | conj, "que"},
    {"qu’", pron | conj, "que"},
    {"dont", pron, "dont"},
    {"où", pron, "où"},
    {"c’", pron, "ce"},
    {"cela", pron, "cela"},
    {"ça", pron, "cela"},
    {"celui", pron, "celui"},
    {"celle", pron, "celui"},
    {"ceux", pron, "celui"},
    {"celles", pron, "celui"},
    {"lequel", pron, "lequel"},
    {"laquelle", pron, "lequel"},
    {"lesquels", pron, "lequel"},
    {"lesquelles", pron, "lequel"},
    {"et", conj, "et"},
    {"ou", conj, "ou"},
    {"mais", conj, "mais"},
    {"donc", conj, "donc"},
    {"ni", conj, "ni"},
    {"car", conj, "car"},
    {"si", conj | adv, "si"},
    {"lorsque", conj, "lorsque"},
    {"lorsqu’", conj, "lorsque"},
    {"quand", conj, "quand"},
    {"comme", conj, "comme"},
    {"puisque", conj, "puisque"},
    {"puisqu’", conj, "puisque"},
    {"ne", adv, "ne"},
    {"n’", adv, "ne"},
};

const std::unordered_map<std::string_view, const closed_word*>& closed_words() {
    // The typewriter-apostrophe variants need storage that never moves.
    static std::deque<std::string> variants;
    static const auto table = [] {
        std::unordered_map<std::string_view, const closed_word*> t;
        for (const auto& w : words) {
            t.emplace(w.form, &w);
            if (auto p = w.form.find("’"); p != std::string_view::npos) {
                variants.push_back(std::string(w.form.substr(0, p)) + "'");
                t.emplace(variants.back(), &w);
            }
        }
        return t;
    }();
    return table;
}

}  // namespace

const closed_word* find_closed_word(std::string_view word) {
    const auto& table = closed_words();
    if (auto it = table.find(word); it != table.end()) return it->second;
    if (word.size() > 16) return nullptr;  // no closed word is that long
    std::string key(word);
    // Sentence-initial capital: "Les", "À", "C’est".
    if (!key.empty() && key[0] >= 'A' && key[0] <= 'Z') {
        key[0] = static_cast<char>(key[0] - 'A' + 'a');
    } else if (key.rfind("À", 0) == 0) {
        key.replace(0, std::string("À").size(), "à");
    } else {
        return nullptr;
    }
    if (auto it = table.find(key); it != table.end()) return it->second;
    return nullptr;
}

}  // namespace precis::grammar
