// Selection (Topiary in spirit): score every body sentence with the pack's features, take the
// best as the key statement, compress it, and put the document's topic in front when the
// statement does not name it. Summaries are the best sentences, lightly trimmed, in order.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <map>
#include <optional>

#include "pipeline.hpp"
#include "precis/grammar/short_hash.hpp"

namespace precis::rules {

// The country, the flags after it and the markers of a word's index entry onto its token,
// where both lay them out alike: one copy of 16 bytes, where member by member the compiler
// loads and stores each flag on its own. (The byte after the flags, the entry's `trimmed`,
// lands on forms_known, which the caller sets after.)
static void copy_word_flags(tok& t, const lexicon::word_info& info) {
    using info_type = lexicon::word_info;
    constexpr std::size_t at = offsetof(tok, country), from = offsetof(info_type, country);
    static_assert(offsetof(tok, country_phrase) - at == offsetof(info_type, country_phrase) - from);
    static_assert(offsetof(tok, function_word) - at == offsetof(info_type, function_word) - from);
    static_assert(offsetof(tok, title_word) - at == offsetof(info_type, title_word) - from);
    static_assert(offsetof(tok, names_event) - at == offsetof(info_type, names_event) - from);
    static_assert(offsetof(tok, opens_phrase) - at == offsetof(info_type, opens_phrase) - from);
    static_assert(offsetof(tok, forms_known) - at == 7 && offsetof(info_type, opens_phrase) - from == 6);
    static_assert(offsetof(tok, markers) - at == 8 && offsetof(info_type, markers) - from == 8);
    static_assert(sizeof(t.markers) == 8 && sizeof(info.markers) == 8);
    std::memcpy(reinterpret_cast<char*>(&t) + at, reinterpret_cast<const char*>(&info) + from, 16);
}

// The word index's answers for keys of three to eight bytes, remembered by a thread from
// sentence to sentence and document to document: such a key's bytes fit in one word, found
// again by one multiply and compared at once, where the index hashes the key, probes and
// compares its bytes. Most of a text's words recur (of the dev articles' keys of that size, 85 k
// tokens are 9.5 k words, and seven in ten tokens find theirs here). One place per key, a
// newcomer taking over the place; the answers are those of the table whose serial() the memo
// holds, and all go when another table is asked.
struct index_memo final {
    struct place {
        uint64_t word = 0;  // the key's bytes (see packed())
        const lexicon::word_info* info = nullptr;
        uint64_t hash = 0;  // word_table::hash(key), which the token keeps
        uint32_t size = 0;  // the key's, 0 when the place is empty
    };
    static constexpr std::size_t places = 2048;  // (64 KB)
    uint64_t serial = 0;
    place at[places];

    // Ready for the answers of `table`: those of another table forgotten.
    void answer_for(const word_table& table) {
        if (serial == table.serial()) return;
        for (place& p : at) p = place{};
        serial = table.serial();
    }
    // The bytes of a key of three to eight bytes in one word: two loads of four that overlap
    // within it (its size, compared too, tells which bytes are whose), or three bytes.
    static uint64_t packed(std::string_view key) {
        const auto* p = reinterpret_cast<const unsigned char*>(key.data());
        const std::size_t n = key.size();
        if (n < 4) return uint64_t{p[0]} | (uint64_t{p[1]} << 8) | (uint64_t{p[2]} << 16);
        uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        return (uint64_t{b} << 32) | a;
    }
    place& place_of(uint64_t word, std::size_t size) {
        return at[((word + size) * 0x9E3779B97F4A7C15ull) >> (64 - 11)];
    }
};
static_assert(index_memo::places == std::size_t{1} << 11);

namespace {

// look_up_forms(), through `memo` when Remembering (never null then).
// (Flattened: the hash and the table's probe inline into the loop, asked once per token.)
template <bool Remembering>
[[gnu::flatten]] uint64_t look_up_forms_with(const lexicon& lex, std::vector<tok>& toks, uint64_t& mention_starts,
                                             bool& event_words, bool& numbers, index_memo* memo) {
    mention_starts = ~uint64_t{0};
    event_words = true;
    numbers = true;
    if (lex.word_index.empty() && !(lex.hit_pool.empty() && lex.phrases.empty() && lex.country_by_form.empty())) {
        return ~uint64_t{0};  // a lexicon built without its word index: tokens look up as they go
    }
    // And the tokens a mention may start at (see scan_mentions()): capitalised words, and
    // words that name a country or open a country's name.
    uint64_t mentions = 0;
    const word_table::reader index(lex.word_index);
    // The tokens a scoring feature's phrase may stand at (see holds_phrase()): those whose
    // key may open one, and numbers (a phrase may follow a space within one). (A token's key
    // is never empty: every code point folds to one or more bytes.)
    uint64_t starts = 0;
    uint64_t bit = 1;  // token k's, 0 after the first 64
    bool events = false, number = false;
    for (auto& t : toks) {
        const lexicon::word_info* info = nullptr;
        if (const std::size_t k = word_table::short_slot(t.key); k != 0) {
            info = index.short_entry(k);
        } else if (const std::size_t n = t.key.size(); Remembering && n - 3 <= 5) {
            const uint64_t word = index_memo::packed(t.key);
            index_memo::place& p = memo->place_of(word, n);
            if (p.size == n && p.word == word) {
                info = p.info;
                t.key_hash = p.hash;
            } else {
                t.key_hash = word_table::hash(t.key);
                info = index.find(t.key, t.key_hash);
                p = {word, info, t.key_hash, static_cast<uint32_t>(n)};
            }
        } else {
            t.key_hash = word_table::hash(t.key);
            info = index.find(t.key, t.key_hash);
        }
        if (info != nullptr) {
            t.forms = info->forms.empty() ? nullptr : &info->forms;
            t.phrases = info->phrases;
            copy_word_flags(t, *info);
            if (info->opens_phrase) starts |= bit;
            if (info->country_phrase || info->country >= 0) mentions |= bit;
            events |= info->names_event;
        }
        t.trimmed = info != nullptr ? info->trimmed : 0;
        if (t.kind == tok_kind::number) {
            starts |= bit;
            number = true;
        }
        if (t.capitalised) mentions |= bit;
        t.forms_known = true;
        bit <<= 1;
    }
    mention_starts = mentions;
    event_words = events;
    numbers = number;
    return starts;
}

}  // namespace

uint64_t look_up_forms(const lexicon& lex, std::vector<tok>& toks, uint64_t& mention_starts, bool& event_words,
                       bool& numbers, index_memo* memo) {
    if (memo != nullptr) return look_up_forms_with<true>(lex, toks, mention_starts, event_words, numbers, memo);
    return look_up_forms_with<false>(lex, toks, mention_starts, event_words, numbers, nullptr);
}

uint64_t look_up_forms(const lexicon& lex, std::vector<tok>& toks) {
    uint64_t mention_starts = 0;
    bool event_words = true, numbers = true;
    return look_up_forms(lex, toks, mention_starts, event_words, numbers);
}

bool is_function_word_looked_up(const lexicon& lex, const tok& t) {
    const form_hits* hits = forms_of(lex, t);
    if (hits == nullptr) return t.elided;
    return std::any_of(hits->begin(), hits->end(), [&](const form_hit& h) {
        return function_class(lex.entries[h.entry].pos);
    });
}

bool is_title_word(const lexicon& lex, const tok& t) {
    if (t.kind != tok_kind::word) return false;
    if (t.forms_known) return t.title_word;  // as the word index found it
    if (const form_hits* hits = forms_of(lex, t)) {
        for (const auto& h : *hits) {
            if (lex.entries[h.entry].pos == word_class::title) return true;
        }
    }
    // "Premier ministre", "secrétaire d'Etat": titles written as phrases start here
    const std::vector<std::pair<std::vector<std::string>, uint32_t>>* list = t.phrases;
    if (!t.forms_known) {
        auto it = find_word(lex.phrases, t.key);
        list = it == lex.phrases.end() ? nullptr : &it->second;
    }
    if (list == nullptr) return false;
    return std::any_of(list->begin(), list->end(), [&](const auto& p) {
        return p.second < lex.entries.size() && lex.entries[p.second].pos == word_class::title;
    });
}

bool is_auxiliary_looked_up(const tok& t) {
    const std::string_view k = t.key;
    if (k.empty() || k.size() > 7) return false;
    // Every form below opens with one of these letters: most words are turned away here.
    const char first = k[0];
    if (first != 'a' && first != 'e' && first != 's' && first != 'o' && first != 'f') return false;
    if (eq(t.text, "à") || eq(t.text, "À")) return false;
    return std::find(std::begin(auxiliary_keys), std::end(auxiliary_keys), k) != std::end(auxiliary_keys);
}

namespace {

const char* const regular_er_endings[] = {"e", "es", "ent", "ee", "ees", "ait", "aient", "era",
                                          "eront", "ant"};

}  // namespace

bool is_form_of_any_verb(const lexicon& lex, const tok& t, const std::vector<std::string>& lemmas) {
    // (Byte order, as the list is sorted; most comparisons are settled by the first bytes,
    // without comparing the rest.)
    auto before = [](std::string_view a, std::string_view b) {
        if (!a.empty() && !b.empty() && a[0] != b[0]) {
            return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
        }
        return a < b;
    };
    auto listed = [&](std::string_view lemma) {
        return std::binary_search(lemmas.begin(), lemmas.end(), lemma, before);
    };
    if (!t.lemma.empty()) return listed(t.lemma);
    if (const form_hits* hits = forms_of(lex, t)) {
        for (const auto& h : *hits) {
            if (lex.entries[h.entry].pos == word_class::verb && listed(lex.entries[h.entry].fr_key)) {
                return true;
            }
        }
    }
    // Regular -er verbs outside the lexicon: "déclaré", "déclare", "déclarent"
    std::string lemma;
    for (const char* ending : regular_er_endings) {
        const std::size_t n = std::char_traits<char>::length(ending);
        if (t.key.size() < n + 2 || t.key.compare(t.key.size() - n, n, ending) != 0) continue;
        lemma.assign(t.key, 0, t.key.size() - n);  // the stem, of two letters or more
        lemma += "er";
        if (listed(lemma)) return true;
    }
    return false;
}


namespace {


// lexicon::any_word(t.key), read from the token once the word index was read.
const form_hit* any_word_of(const lexicon& lex, const tok& t) {
    if (t.forms_known) return t.forms == nullptr ? nullptr : &t.forms->front();
    return lex.any_word(t.key);
}

// is_title_word(), answered in line from the token once the word index was read (as it is
// for most tokens scan_mentions asks).
inline bool title_word(const lexicon& lex, const tok& t) {
    return t.forms_known && t.kind == tok_kind::word ? t.title_word : is_title_word(lex, t);
}

// Mentions in n tokens, token k being at(k); names are skipped over but only recorded when
// `names` is set (callers after countries need no names built).
// Only the tokens set in `starts` (bit k: token k, for the first 64) may start one: the others
// are passed over (the tokens after the first 64 are all looked at).
template <typename At>
void scan_mentions(const lexicon& lex, std::size_t n, At at, bool names, std::vector<mention>& out,
                   uint64_t starts = ~uint64_t{0}) {
    auto key_at = [&](std::size_t k) -> std::string_view { return at(k).key; };
    // A mention made in place (its strings written, not moved from a temporary). (Its strings
    // are new, empty: they are appended to, which is a shorter call than assign()'s general
    // replace.)
    auto add = [&](std::string_view key, std::size_t first, std::size_t last, bool country) -> mention& {
        // (Mentions come a few a sentence. The room is tested here: a vector lent by the spares
        // has it, and reserve() is a call.)
        if (out.capacity() < 4) out.reserve(4);
        mention& m = out.emplace_back();
        m.key.append(key);
        m.first = static_cast<uint32_t>(first);
        m.last = static_cast<uint32_t>(last);
        m.country = country;
        return m;
    };
    for (std::size_t i = 0; i < n;) {
        if (i < 64) {
            const uint64_t ahead = starts >> i;
            if (ahead == 0) {
                i = 64;
                continue;
            }
            i += static_cast<std::size_t>(__builtin_ctzll(ahead));
            if (i >= n) break;
        }
        const tok& t = at(i);
        if (t.kind != tok_kind::word) {
            ++i;
            continue;
        }
        // Countries: phrases ("Corée du Nord", "Etats-Unis") and single names or adjectives.
        // (Only the longest phrase counts, and only when a country: a word that opens no
        // country phrase needs no matching.)
        if (const auto* p = t.forms_known && !t.country_phrase ? nullptr : phrase_at_token(lex, t, n, i, key_at);
            p != nullptr && p->second >= (1u << 24)) {
            const auto& c = lex.countries[p->second - (1u << 24)];
            mention& m = add(c.mention_key, i, i + p->first.size(), true);
            m.fr.append(c.fr_bare);
            m.en.append(c.en);
            i += p->first.size();
            continue;
        }
        if (const int32_t country = country_of(lex, t); country >= 0) {
            const auto& c = lex.countries[static_cast<uint32_t>(country)];
            mention& m = add(c.mention_key, i, i + 1, true);
            m.fr.append(c.fr_bare);
            m.en.append(c.en);
            ++i;
            continue;
        }
        // Names: runs of capitalised words ("Jean-Yves Le Drian", "Maison Blanche").
        if (!t.capitalised || is_function_word(lex, t) || title_word(lex, t)) {
            ++i;
            continue;
        }
        std::size_t e = i + 1;
        while (e < n && at(e).kind == tok_kind::word && at(e).capitalised &&
               !title_word(lex, at(e)) &&
               (!is_function_word(lex, at(e)) ||
                (e + 1 < n && at(e + 1).capitalised && !at(e + 1).elided))) {
            ++e;
        }
        if (!names) {
            i = e;
            continue;
        }
        // A capitalised common word opening the sentence is no name ("Masque sanitaire …").
        // (asked only of a name long enough to be kept)
        const bool long_enough = e > i + 1 || t.text.size() > 2;
        const bool opening_common = long_enough && i == 0 && e == i + 1 &&
                                    (any_word_of(lex, t) != nullptr || lex.has_french_ending(t.key));
        if (!opening_common && long_enough) {
            mention& m = add(at(e - 1).key, i, e, false);
            // (Said in English as written: `en` stays empty.) Names are recorded only by
            // find_mentions_into(), whose tokens stand in a row: the run from token i.
            join_token_run(m.fr, &at(i), e - i);
        }
        i = e;
    }
}

}  // namespace

std::vector<mention> find_mentions(const lexicon& lex, const std::vector<tok>& toks) {
    std::vector<mention> out;
    find_mentions_into(lex, toks, out);
    return out;
}

void find_mentions_into(const lexicon& lex, const std::vector<tok>& toks, std::vector<mention>& out,
                        uint64_t starts) {
    out.clear();
    // (The tokens by a pointer held in the lambda: the strings the mentions write could alias
    // the vector, whose data() would then be read again at every token.)
    const tok* const first = toks.data();
    scan_mentions(lex, toks.size(), [first](std::size_t k) -> const tok& { return first[k]; }, true, out,
                  starts);
}

std::vector<mention> find_countries(const lexicon& lex, const std::vector<const tok*>& toks,
                                    std::size_t b, std::size_t e) {
    e = std::min(e, toks.size());
    if (b >= e) return {};
    std::vector<mention> out;
    scan_mentions(lex, e - b, [&](std::size_t k) -> const tok& { return *toks[b + k]; }, false, out);
    return out;
}

namespace {

// Surfaces (as written) and how often each was written, in the order first written: an
// entity has one or two, a list beats a tree. (Views of the mentions' surfaces, which stay
// put while the document is summarised.)
using surface_counts = std::vector<std::pair<std::string_view, int>>;

void count_surface(surface_counts& counts, std::string_view surface) {
    for (auto& [s, n] : counts) {
        if (same_bytes(s, surface)) {
            ++n;
            return;
        }
    }
    counts.emplace_back(surface, 1);
}

int count_of(const surface_counts& counts, std::string_view surface) {
    for (const auto& [s, n] : counts) {
        if (same_bytes(s, surface)) return n;
    }
    return 0;
}

struct entity_stat {
    std::string key;
    surface_counts surfaces;   // French forms and how often each was written
    std::string_view en;  // as the last mention says it (a view of that mention's)
    uint32_t sentence_count = 0;  // sentences that name it
    uint32_t last_sentence = 0;   // the last of them
    uint32_t first = 0;
    bool country = false;
    // Surfaces that are one common word ("Banque", "Etat") or a piece of a longer name
    // ("Union" of "Union européenne"): no topic on their own.
    surface_counts partial_surfaces;  // surface -> how often written so
};

bool content_word(const lexicon& lex, const tok& t) {
    if (t.kind == tok_kind::number) return true;
    if (t.kind != tok_kind::word || t.key.size() < 3) return false;
    // A word looked up answers from its token: its flags say whether it is a function word
    // (see is_function_word()) and an auxiliary's form (the word index marks their keys),
    // with no test of its letters first.
    if (t.forms_known) return !(t.forms == nullptr ? t.elided : t.function_word) && !is_auxiliary(t);
    if (is_function_word(lex, t)) return false;
    // (is_auxiliary() turns most words away by their size and first letter: asked here, in
    // line, before the call)
    const char first = t.key[0];
    const bool may_be_auxiliary = t.key.size() <= 7 && (first == 'a' || first == 'e' || first == 's' ||
                                                         first == 'o' || first == 'f');
    return !may_be_auxiliary || !is_auxiliary(t);
}

// Whether one of f's phrases occurs in the sentence's keys joined as " key key … " (no space
// after an elided key): from the start of a word, and followed by a space. The joined text
// is read in place from the tokens (piece k: toks[k].key, then a space unless toks[k] is
// elided), not copied. Words start after each space: at a token after one not elided, and
// after the spaces inside number keys ("800 000").
// Only the tokens set in `starts` (bit k: token k, for the first 64) may open a phrase or hold
// one after a space; the tokens after the first 64 are all looked at.
bool holds_phrase(const scoring_feature& f, const std::vector<tok>& toks, uint64_t starts) {
    const std::size_t n = toks.size();
    auto piece_size = [&](std::size_t k) { return toks[k].key.size() + (toks[k].elided ? 0 : 1); };
    // (k, o) moved past the pieces it has run over: false when no byte stands there.
    auto settle = [&](std::size_t& k, std::size_t& o) {
        while (k < n && o >= piece_size(k)) {
            o -= piece_size(k);
            ++k;
        }
        return k < n;
    };
    auto byte_at = [&](std::size_t k, std::size_t o) {
        const std::string_view key = toks[k].key;
        return o < key.size() ? key[o] : ' ';
    };
    // Whether p stands at (k, o), followed by a space.
    auto matches_at = [&](std::string_view p, std::size_t k, std::size_t o) {
        while (settle(k, o)) {
            if (p.empty()) return byte_at(k, o) == ' ';
            const std::string_view key = toks[k].key;
            if (o < key.size()) {
                const std::size_t m = std::min(key.size() - o, p.size());
                if (!same_bytes(key.substr(o, m), p.substr(0, m))) return false;
                p.remove_prefix(m);
                o += m;
            } else {
                if (p[0] != ' ') return false;
                p.remove_prefix(1);
                ++o;
            }
        }
        return false;
    };
    auto found_at = [&](std::size_t k, std::size_t o) {
        if (!settle(k, o)) return false;
        const auto b = static_cast<unsigned char>(byte_at(k, o));
        for (uint32_t i = f.phrase_from[b]; i < f.phrase_from[b + 1u]; ++i) {
            if (matches_at(f.phrases[i], k, o)) return true;
        }
        return false;
    };
    // At the start of a token's key (most words open no phrase: their first byte opens none,
    // and most phrases that open with it differ within the key).
    auto found_at_key = [&](std::size_t k) {
        const std::string_view key = toks[k].key;
        const auto b = static_cast<unsigned char>(key[0]);
        for (uint32_t i = f.phrase_from[b]; i < f.phrase_from[b + 1u]; ++i) {
            const std::string_view p = f.phrases[i];
            if (p.size() < key.size()) {
                if (key[p.size()] == ' ' && same_bytes(key.substr(0, p.size()), p)) return true;
            } else if (same_bytes(key, p.substr(0, key.size()))) {
                // (Most phrases that open with the key are turned away by what follows it, as
                // matches_at() would find: a space, then the next token's first byte.)
                if (p.size() > key.size() && !toks[k].elided) {
                    if (p[key.size()] != ' ' || k + 1 >= n) continue;
                    const std::string_view next = toks[k + 1].key;
                    if (p.size() > key.size() + 1 && !next.empty() && next[0] != p[key.size() + 1]) continue;
                }
                if (matches_at(p.substr(key.size()), k, key.size())) return true;
            }
        }
        return false;
    };
    const uint32_t* const from = f.phrase_from.data();
    // Whether a phrase stands at token k or after a space within it (after_space: the token
    // before is not elided). (Where the tokens are looked at in no matter which order: any
    // one found will do.)
    auto found_in = [&](std::size_t k, bool after_space) {
        const tok& t = toks[k];
        if (after_space) {
            if (t.key.empty()) {
                if (found_at(k, 0)) return true;
            } else if (const auto b = static_cast<unsigned char>(t.key[0]);
                       (t.forms_known ? t.opens_phrase : from[b] != from[b + 1u]) && found_at_key(k)) {
                // (The word index says which keys a phrase may open with: most do not.)
                return true;
            }
        }
        if (t.kind == tok_kind::number) {
            for (std::size_t j = 0; j < t.key.size(); ++j) {
                if (t.key[j] == ' ' && found_at(k, j + 1)) return true;
            }
        }
        return false;
    };
    const std::size_t marked = std::min<std::size_t>(n, 64);
    if (marked < 64) starts &= (uint64_t{1} << marked) - 1;
    for (; starts != 0; starts &= starts - 1) {
        const auto k = static_cast<std::size_t>(__builtin_ctzll(starts));
        if (found_in(k, k == 0 || !toks[k - 1].elided)) return true;
    }
    for (std::size_t k = marked; k < n; ++k) {
        if (found_in(k, !toks[k - 1].elided)) return true;
    }
    return false;
}

// Whether the words kept open with one of f's phrases, as whole words ("cette" opens
// "Cette tentative échoue", not "Cettes"; "c'est" opens "C'est un document"): the first words'
// keys, an elided one glued to the next, as the phrases are written.
bool opens_with(const scoring_feature& f, const std::vector<const tok*>& kept) {
    char head[48];
    std::size_t n = 0;
    for (const tok* t : kept) {
        if (t->kind != tok_kind::word && t->kind != tok_kind::number) {
            if (n == 0) continue;  // (an opening quote)
            break;
        }
        if (n + t->key.size() + 1 > sizeof head) break;
        std::memcpy(head + n, t->key.data(), t->key.size());
        n += t->key.size();
        if (!t->elided) head[n++] = ' ';
    }
    const std::string_view words(head, n);
    for (const std::string& p : f.phrases) {
        if (words.size() > p.size() && words.compare(0, p.size(), p) == 0 && words[p.size()] == ' ') return true;
    }
    return false;
}

// (Always in line: asked of every sentence for each cheap feature, where the call costs about
// what most features do.)
[[gnu::always_inline]] inline double feature_value(
    const rule_set::impl& rules, const scoring_feature& f, const sentence_view& s, double salience,
    double compressed_salience, bool fragment, const std::vector<uint32_t>& top_entities,
    const pack_rules& pack) {
    const auto& toks = s.toks;
    const int words = s.words;
    auto has_phrase = [&]() { return holds_phrase(f, toks, s.phrase_starts); };
    switch (f.kind) {
        case feature_kind::position: return 1.0 / (1.0 + f.decay * s.rank);
        case feature_kind::salience: return salience;
        case feature_kind::template_fit: {
            // (No template for the sentence's event, as most: none to fill.)
            if (s.main_event_known && !has_french_template(pack, s.main_event)) return 0.0;
            std::string rule;
            return realise_french(rules, s, rule).empty() ? 0.0 : 1.0;
        }
        case feature_kind::compressed_salience: return compressed_salience;
        case feature_kind::fragment: return fragment ? 1.0 : 0.0;
        case feature_kind::opening: return 0.0;  // (of the compression: see opens_with)
        case feature_kind::event: {
            if (s.events.empty()) return 0.0;  // (most sentences)
            // distinct keys: a mention counts unless an earlier one has its key (a sentence
            // has a few) (its entity, which the key numbers)
            int actors = 0, countries = 0;
            const auto& ms = s.mentions;
            for (std::size_t i = 0; i < ms.size(); ++i) {
                bool actor_before = false, country_before = false;
                for (std::size_t j = 0; j < i; ++j) {
                    if (ms[j].entity != ms[i].entity) continue;
                    actor_before = true;
                    country_before = country_before || ms[j].country;
                }
                actors += actor_before ? 0 : 1;
                countries += ms[i].country && !country_before ? 1 : 0;
            }
            if (actors < f.min_actors || countries < f.min_countries) return 0.0;
            for (uint32_t e : s.events) {
                if (f.events.empty() ||
                    std::find(f.events.begin(), f.events.end(), pack.events[e].name) != f.events.end()) {
                    return 1.0;
                }
            }
            return 0.0;
        }
        case feature_kind::actors: {
            // distinct top entities named (a mention counts unless an earlier one has its key)
            // (by their entities' numbers, which stand for their keys)
            int named = 0;
            const auto& ms = s.mentions;
            for (std::size_t i = 0; i < ms.size(); ++i) {
                const uint32_t entity = ms[i].entity;
                bool top = false;  // (of three at most)
                for (const uint32_t e : top_entities) top = top || e == entity;
                if (!top) continue;
                bool before = false;
                for (std::size_t j = 0; j < i && !before; ++j) before = ms[j].entity == entity;
                named += before ? 0 : 1;
            }
            return std::min(1.0, static_cast<double>(named) / 2.0);
        }
        case feature_kind::values:
            if (s.no_numbers) return 0.0;  // (most sentences, as look_up_forms found)
            return std::any_of(toks.begin(), toks.end(),
                               [](const tok& t) { return t.kind == tok_kind::number; }) ? 1.0 : 0.0;
        case feature_kind::cue: return has_phrase() ? 1.0 : 0.0;
        case feature_kind::attribution: return words < 16 && has_phrase() ? 1.0 : 0.0;
        case feature_kind::quote:
            return !toks.empty() && toks.front().kind == tok_kind::quote_open ? 1.0 : 0.0;
        case feature_kind::heading: return s.heading ? 1.0 : 0.0;
        case feature_kind::question:
            return !toks.empty() && eq(toks.back().text, "?") ? 1.0 : 0.0;
        case feature_kind::length:
            return (f.min_words > 0 && words < f.min_words) || (f.max_words > 0 && words > f.max_words)
                       ? 1.0 : 0.0;
    }
    return 0.0;
}

// "Il faut", "Il y a", "Il est difficile de …": no person behind the pronoun.
bool impersonal(const std::string& text) {
    const std::string rest = fold_key(text.substr(text.find(' ') + 1));
    static const char* const openings[] = {"y ", "n'y ", "faut", "fallait", "faudra", "aura fallu",
                                           "a fallu", "s'agit", "agit", "semble", "reste ",
                                           "suffit", "est ", "etait ", "sera ", "serait ",
                                           "vaut", "convient", "importe", "parait"};
    return std::any_of(std::begin(openings), std::end(openings),
                       [&](const char* o) { return rest.rfind(o, 0) == 0; });
}

// After the topic's colon a statement goes on in lower case, as French writes it ("Europe :
// la démocratie est …"), unless it opens on a name: a word the dictionary does not know or
// knows as a name, an article before a capitalised word ("Le Drian", "La Haye"), an acronym.
std::string after_colon(const compressed& c) {
    const tok* first = nullptr;
    const tok* second = nullptr;
    for (const tok* t : c.kept) {
        if (t->kind != tok_kind::word && t->kind != tok_kind::number) continue;
        if (first == nullptr) {
            first = t;
        } else {
            second = t;
            break;
        }
    }
    if (first == nullptr || first->kind != tok_kind::word) return c.text;
    if (first->capitalised) {
        if ((first->pos & (grammar::pos_proper | grammar::pos_unknown)) != 0 || first->pos == 0) return c.text;
        // ("Le Pen", "La Haye" keep it; a country's article does not: "la Grande-Bretagne")
        if (!first->elided && second != nullptr && second->capitalised && second->country < 0 &&
            !second->country_phrase && !first->country_phrase) {
            return c.text;
        }
    }
    return lower_first(c.text);
}

// A single capitalised word that the lexicon knows as a common word ("Conseil", "Etat").
bool common_word(const lexicon& lex, const std::string& text) {
    if (text.find(' ') != std::string::npos) return false;
    const form_hit* h = lex.any_word(fold_key(text));
    return h != nullptr && lex.entries[h->entry].pos != word_class::name;
}

// common_word(lex, m.fr) for a mention in v: read from its token when it is one word token
// written as m.fr (whose key is then the fold of m.fr), with no fold or lookup.
bool common_mention(const lexicon& lex, const sentence_view& v, const mention& m) {
    if (m.last == m.first + 1 && m.first < v.toks.size()) {
        const tok& t = v.toks[m.first];
        if (t.kind == tok_kind::word && t.forms_known && t.text == m.fr) {
            const form_hit* h = any_word_of(lex, t);
            return h != nullptr && lex.entries[h->entry].pos != word_class::name;
        }
    }
    return common_word(lex, m.fr);
}

// A one-word name that the dictionaries know as a common word ("Banque", "Société"), or that
// a lower-case adjective or "de" + name continues ("Union européenne", "Affaires étrangères",
// "Corée du Nord"): the word alone names nothing a headline could lead with.
bool partial_name(const lexicon& lex, const std::vector<tok>& toks, const mention& m) {
    if (m.last != m.first + 1) return false;
    const tok& t = toks[m.first];
    const bool proper = (t.pos & grammar::pos_proper) != 0;
    const bool common_fr =
        (t.pos & (grammar::pos_noun | grammar::pos_adj)) != 0 && !proper && t.common_lemma;
    const form_hit* known = any_word_of(lex, t);
    const bool common_pack = known != nullptr && lex.entries[known->entry].pos != word_class::name &&
                             lex.entries[known->entry].pos != word_class::title;
    if (common_fr || common_pack) return true;
    if (m.last < toks.size()) {
        const tok& next = toks[m.last];
        if (next.kind == tok_kind::word && !next.capitalised && !next.elided &&
            (next.pos & grammar::pos_adj) != 0 && (next.pos & grammar::pos_verb) == 0) {
            return true;
        }
    }
    if (m.first >= 2) {
        const tok& de = toks[m.first - 1];
        const tok& before = toks[m.first - 2];
        if ((eq(de.key, "du") || eq(de.key, "de") || eq(de.key, "des")) && before.capitalised) {
            return true;
        }
    }
    return false;
}

// The surface written most often; of those, the shortest, then the first in byte order.
std::string most_written(const entity_stat& e) {
    const std::string_view* best = nullptr;
    int n = -1;
    for (const auto& [surface, count] : e.surfaces) {
        if (best == nullptr || count > n ||
            (count == n && (surface.size() < best->size() ||
                            (surface.size() == best->size() && surface < *best)))) {
            best = &surface;
            n = count;
        }
    }
    return best == nullptr ? std::string() : std::string(*best);
}

// A name in English: the pack's name or country for the whole name ("Pékin" -> "Beijing",
// "Maison Blanche" -> "White House"); a name the lexicon does not hold is kept as written
// unless one of its words is a French common word that English does not have, which an
// English headline cannot keep (empty then).
std::string english_name(const lexicon& lex, const std::string& fr) {
    std::vector<std::string> words;
    std::string part;
    for (char c : fr + " ") {
        if (c != ' ') {
            part += c;
            continue;
        }
        if (part.empty()) continue;
        words.push_back(fold_key(part));
        part.clear();
    }
    if (words.empty()) return {};
    const auto* p = words.size() > 1 ? lex.phrase_at(words, 0) : nullptr;
    if (p != nullptr && p->first.size() == words.size()) {
        if (p->second >= (1u << 24)) return lex.countries[p->second - (1u << 24)].en;
        if (p->second < lex.entries.size()) return lex.entries[p->second].en;
    }
    if (words.size() == 1) {
        if (const form_hit* h = lex.word(words[0], word_class::name)) return lex.entries[h->entry].en;
        if (auto it = lex.country_by_form.find(words[0]); it != lex.country_by_form.end()) {
            return lex.countries[it->second].en;
        }
    }
    for (const auto& w : words) {
        const form_hit* h = lex.any_word(w);
        // "Camp", "Festival", "Grand": a word English writes alike, or that English also has,
        // may stay.
        if (h != nullptr && lex.entries[h->entry].pos != word_class::name &&
            lex.entries[h->entry].pos != word_class::title &&
            fold_key(lex.entries[h->entry].en) != w && !is_english_word(w)) {
            return {};
        }
    }
    return fr;
}

// The person named as the speaker of the sentence's attribution (", a dit Heiko Maas") when
// the compression took the speaker away, else null.
const grammar::actor* dropped_speaker(const sentence_view& v, const compressed& c) {
    if (v.source == nullptr) return nullptr;
    const grammar::sentence& s = *v.source;
    for (const auto& cl : s.clauses) {
        if (cl.role != grammar::clause_role::attribution || cl.speaker < 0 ||
            static_cast<std::size_t>(cl.speaker) >= s.actors.size()) {
            continue;
        }
        const grammar::actor& a = s.actors[static_cast<std::size_t>(cl.speaker)];
        if (a.kind != grammar::actor_kind::person || a.name.empty()) continue;
        const bool kept = std::any_of(c.kept.begin(), c.kept.end(), [&](const tok* t) {
            return t->begin >= a.where.begin && t->end <= a.where.end;
        });
        return kept ? nullptr : &a;
    }
    return nullptr;
}

// A statement that speaks for its speaker: a quote, or one in the first person ("Nous
// pensons que …"), which a headline cannot leave unattributed.
bool speaks_in_person(const std::string& text) {
    for (const std::string_view opening : {"\xc2\xab", "\"", "\xe2\x80\x9c", "Nous ", "Je ", "J'", "J\xe2\x80\x99"}) {
        if (text.rfind(opening, 0) == 0) return true;
    }
    return false;
}

// Whether what compression kept of v holds a word of a mention of `key`.
bool keeps_mention_of(const sentence_view& v, const compressed& c, std::string_view key) {
    for (const auto& m : v.mentions) {
        if (m.key != key) continue;
        for (uint32_t k = m.first; k < m.last && k < v.toks.size(); ++k) {
            if (std::find(c.kept.begin(), c.kept.end(), &v.toks[k]) != c.kept.end()) return true;
        }
    }
    return false;
}

// The entity's usual surface is, most times it is written, a common word or a piece of a
// longer name.
bool partial_topic(const entity_stat& e) {
    const std::string surface = most_written(e);
    const int partial = count_of(e.partial_surfaces, surface);
    return partial > 0 && 2 * partial > count_of(e.surfaces, surface);
}

}  // namespace

namespace {

// How many sentences hold each content word: open addressing over views of the sentences'
// keys, each key numbered as first met so that the counts after it are read by number, not
// hashed again. One table per thread serves every document, so a document allocates nothing
// here.
class word_counts final {
  public:
    static constexpr uint32_t none = UINT32_MAX;
    // No slot is reset: the slots the last document filled hold an earlier stamp, and are
    // free (all are reset once the stamps have gone round).
    void clear() {
        if (slots_.size() > 8 * initial_slots) {
            std::vector<slot>(initial_slots).swap(slots_);  // a huge document's table is let go
        } else if (slots_.size() != initial_slots) {
            slots_.assign(initial_slots, slot{});
        }
        if (++stamp_ == 0) {
            slots_.assign(slots_.size(), slot{});
            stamp_ = 1;
        }
        mask_ = slots_.size() - 1;
        if (words_.size() > 4 * initial_slots) std::vector<word>().swap(words_);
        words_room_ = words_.size();
        size_ = 0;
        if (repeated_.capacity() > 4 * initial_slots) std::vector<std::pair<uint32_t, const tok*>>().swap(repeated_);
        repeated_.clear();
    }
    // The number of `key` (whose grammar::short_hash is `hash`), a new one when first met.
    // (In line: asked once per content word.)
    [[gnu::always_inline]] uint32_t id(std::string_view key, uint64_t hash) {
        const std::size_t i = find(key, hash);
        const slot& s = slots_[i];
        return s.stamp == stamp_ ? s.id : add(key, i);
    }
    // Counts word `id`, token t's key, once per sentence: false when `sentence` counted it
    // already.
    bool count_once(uint32_t id, uint32_t sentence, const tok& t) {
        word& w = words_[id];
        if (w.last_sentence == sentence) return false;
        w.last_sentence = sentence;
        if (++w.count == 2) repeated_.emplace_back(id, &t);
        return true;
    }
    int count(uint32_t id) const { return words_[id].count; }
    // Once the counting is done: whether word `id` is met for the first time under `mark`
    // (the mark of the sentence that counted it last is reused: a number above every
    // sentence's tells a later pass apart), marking it.
    bool first_under(uint32_t id, uint32_t mark) {
        word& w = words_[id];
        if (w.last_sentence == mark) return false;
        w.last_sentence = mark;
        return true;
    }
    // f(key, count, a token of the key) for each word counted more than once (in no particular
    // order: most words are counted once, and the keywords want the others).
    template <typename F>
    void for_each_repeated(F f) const {
        for (const auto& [id, t] : repeated_) f(words_[id].key, words_[id].count, *t);
    }

  private:
    static constexpr std::size_t initial_slots = 2048;
    struct slot {
        std::string_view key;
        uint32_t id = 0;
        uint32_t stamp = 0;  // in use when the table's stamp_
    };
    // A word by number: its key, its count, the sentence that counted it last (then the last
    // mark first_under() set).
    // (words_ keeps its elements from document to document: the first size_ are this one's.)
    struct word {
        std::string_view key;
        int count = 0;
        uint32_t last_sentence = none;
    };
    // Numbers `key`, not in the table, at its free slot i. (The table grows past half full;
    // sizes are compared as the counts and mask kept, not as the vectors' sizes.)
    // (Always in line, as find(): asked of most words of a document, in summarize_document(),
    // whose size may otherwise leave either out of line, each call costing what it does.)
    [[gnu::always_inline]] uint32_t add(std::string_view key, std::size_t i) {
        if (2 * (size_ + 1) > mask_ + 1) {
            grow();
            i = find(key, grammar::short_hash(key));
        }
        if (size_ == words_room_) more_words();
        const auto id = static_cast<uint32_t>(size_++);
        word& w = words_[id];
        w.key = key;
        w.count = 0;
        w.last_sentence = none;
        slots_[i] = slot{key, id, stamp_};
        return id;
    }
    [[gnu::always_inline]] std::size_t find(std::string_view key, uint64_t hash) const {
        for (std::size_t i = static_cast<std::size_t>(hash) & mask_;; i = (i + 1) & mask_) {
            if (slots_[i].stamp != stamp_ || same_bytes(slots_[i].key, key)) return i;
        }
    }
    [[gnu::noinline]] void more_words() {
        words_.resize(std::max<std::size_t>(256, 2 * size_));
        words_room_ = words_.size();
    }
    [[gnu::noinline]] void grow() {
        slots_.assign(std::max<std::size_t>(initial_slots, 2 * slots_.size()), slot{});
        mask_ = slots_.size() - 1;
        for (std::size_t k = 0; k < size_; ++k) {
            word& w = words_[k];
            const std::size_t i = find(w.key, grammar::short_hash(w.key));
            slots_[i] = slot{w.key, static_cast<uint32_t>(k), stamp_};
        }
    }
    std::vector<slot> slots_;
    std::vector<word> words_;  // by number
    std::vector<std::pair<uint32_t, const tok*>> repeated_;  // counted more than once, and a token
    std::size_t size_ = 0;     // words numbered
    std::size_t words_room_ = 0;  // words_.size()
    std::size_t mask_ = 0;        // slots_.size() - 1 (after clear())
    uint32_t stamp_ = 0;          // the slots in use hold it (clear() moves it on)
};

// log(n) of a word's count: counts are small, and their logs are read from a table made when
// the library loads (the same values std::log gives).
const std::array<double, 256> count_logs = [] {
    std::array<double, 256> t{};
    for (std::size_t i = 0; i < t.size(); ++i) t[i] = std::log(static_cast<double>(i));
    return t;
}();
inline double log_count(int n) {
    return n >= 0 && n < static_cast<int>(count_logs.size()) ? count_logs[static_cast<std::size_t>(n)]
                                                             : std::log(static_cast<double>(n));
}

// The thread's tables. Out of line, so that the caller holds their address: GCC looks an
// inlined thread_local up again at each use, a call (__tls_get_addr) in a shared library.
[[gnu::noinline]] word_counts& thread_word_counts() {
    thread_local word_counts df;
    return df;
}
// The document's entities by key, numbered as first mentioned (the counts go unused).
[[gnu::noinline]] word_counts& thread_entity_numbers() {
    thread_local word_counts numbers;
    return numbers;
}
// Per-document lists, kept by the thread with their room (each document assigns them
// afresh).
struct document_lists {
    std::vector<uint32_t> token_ids, content_ids;
    std::vector<std::size_t> token_from, content_from, by_bound, order;
    std::vector<double> salience, kept_bound, kept_salience, values, bound, scores, logs, body_full;
    std::vector<char> fragment, scored, phrases_known;  // (flags by view)
    std::vector<const entity_stat*> ranked;
    std::vector<uint32_t> top_entities;  // their numbers (mention::entity)
    std::vector<compressed> headline_cut;  // (see summarize_document)
    compressed summary_cut;
    std::vector<char> has_cut;
};
[[gnu::noinline]] document_lists& thread_document_lists() {
    thread_local document_lists lists;
    if (lists.token_ids.capacity() > (std::size_t{1} << 16)) lists = document_lists{};  // a huge one's go
    return lists;
}
// The document's entities (and their lists' room, kept from document to document).
[[gnu::noinline]] std::vector<entity_stat>& thread_entities() {
    thread_local std::vector<entity_stat> entities;
    return entities;
}
// The list of the sentence views, empty between documents, kept by the thread for its room.
[[gnu::noinline]] std::vector<sentence_view>& thread_views() {
    thread_local std::vector<sentence_view> views;
    return views;
}
[[gnu::noinline]] index_memo& thread_index_memo() {
    thread_local std::unique_ptr<index_memo> memo;
    if (memo == nullptr) memo = std::make_unique<index_memo>();
    return *memo;
}
[[gnu::noinline]] key_store& thread_key_store() {
    thread_local key_store keys{key_store::remember_folds};
    return keys;
}

// The vectors the sentence views of the thread's last document held, cleared but with their
// room: the next document's views take them instead of growing fresh ones (a view holds
// four, and a document some tens of views).
class view_spares final {
  public:
    // Hands v the spare vectors there are.
    void lend(sentence_view& v) {
        take(toks_, v.toks);
        take(mentions_, v.mentions);
        take(events_, v.events);
        take(trims_, v.summary_trim);
    }
    // Takes back the vectors of a view about to go (but the largest, which are let go).
    void keep_one(sentence_view& v) {
        // (Bounds of a common sentence: a spare that has grown past them would keep its
        // room whatever the next sentence needs.)
        give(toks_, v.toks, 128);
        give(mentions_, v.mentions, 16);
        give(events_, v.events, 16);
        give(trims_, v.summary_trim, 192);
    }
    void keep(std::vector<sentence_view>& views) {
        for (sentence_view& v : views) keep_one(v);
    }

  private:
    // Vectors of each kind: about a document's sentences, and the most a thread keeps (peak
    // resident memory over a batch grows with it: 32 spares of each kind cost some 0.5 MB).
    static constexpr std::size_t most_kept = 32;
    template <typename V>
    static void take(std::vector<V>& spares, V& into) {
        if (spares.empty()) return;
        into = std::move(spares.back());
        spares.pop_back();
    }
    // (`largest`: the most elements a vector kept has room for)
    template <typename V>
    static void give(std::vector<V>& spares, V& from, std::size_t largest) {
        if (spares.size() >= most_kept || from.capacity() == 0 || from.capacity() > largest) return;
        from.clear();
        spares.push_back(std::move(from));
    }
    std::vector<std::vector<tok>> toks_;
    std::vector<std::vector<mention>> mentions_;
    std::vector<std::vector<uint32_t>> events_;
    std::vector<std::vector<uint16_t>> trims_;
};
[[gnu::noinline]] view_spares& thread_view_spares() {
    thread_local view_spares spares;
    return spares;
}

// The event a lexicon entry names (its folded lemma among the events' verbs or nouns), -1
// when none.
int32_t event_of_entry(const pack_rules& pack, uint32_t entry) {
    if (entry < pack.entry_event.size()) return pack.entry_event[entry];
    const lexicon_entry& e = pack.lex.entries[entry];
    const auto& table = e.pos == word_class::verb ? pack.event_by_verb : pack.event_by_noun;
    auto it = table.find(e.fr_key);
    return it == table.end() ? -1 : static_cast<int32_t>(it->second);
}

}  // namespace

summary summarize_document(const rule_set::impl& rules, const grammar::document& doc,
                           const summarize_options& options) {
    const pack_rules& pack = rules.pack;
    const lexicon& lex = pack.lex;
    summary out;

    // 1. Sentences as token lists, with mentions and events.
    // (The thread's list of views, kept with its room: an array of some tens of views is a
    // large allocation, and one a document was most of the cost of making the views.)
    std::vector<sentence_view>& views = thread_views();
    views.clear();  // (empty already: see on_exit)
    views.reserve(doc.sentences.size());
    view_spares& spares = thread_view_spares();
    // (At the end: the views' vectors go back to the spares, and what the spares do not take
    // goes with the views, whose list alone is kept.)
    struct give_back final {
        view_spares& spares;
        std::vector<sentence_view>& views;
        ~give_back() {
            spares.keep(views);
            views.clear();
            if (views.capacity() > 256) std::vector<sentence_view>().swap(views);  // a huge document's go
        }
    } const on_exit{spares, views};
    // The tokens' folded keys, for this document (the store's blocks serve the next one).
    key_store& keys = thread_key_store();
    keys.clear();
    const bool unnamed_event = std::any_of(pack.events.begin(), pack.events.end(),
                                           [](const event_def& e) { return e.name.empty(); });
    document_lists& lists = thread_document_lists();
    const word_table::reader index(lex.word_index);  // (for the lemmas' events below)
    index_memo& memo = thread_index_memo();
    memo.answer_for(lex.word_index);
    int rank = 0;
    for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
        const auto& s = doc.sentences[i];
        sentence_view& v = views.emplace_back();  // (taken back below when it has no tokens)
        v.source = &s;
        v.index = i;
        spares.lend(v);
        // (The words and numbers, which the tokenizer counts as it goes; the grammar's lemmas
        // are attached as it makes the tokens.)
        const std::size_t words = tokenize_into(doc.slice(s.where), s.where.begin, keys, v.toks, s);
        if (v.toks.empty()) {
            spares.keep_one(v);
            views.pop_back();
            continue;
        }
        uint64_t mention_starts = 0;
        bool event_words = true, numbers = true;
        v.phrase_starts = look_up_forms(lex, v.toks, mention_starts, event_words, numbers, &memo);
        v.names_no_event = !event_words;
        v.no_numbers = !numbers;
        const bool ends = v.toks.back().kind == tok_kind::stop ||
                          v.toks.back().kind == tok_kind::quote_close;
        // A date standing alone ("22 mai 2012.") is a dateline, not a statement.
        const bool date_only = std::all_of(v.toks.begin(), v.toks.end(), [](const tok& t) {
            return t.kind != tok_kind::word || is_month_key(t.key) || is_weekday_key(t.key) ||
                   eq(t.key, "er");
        });
        v.heading = s.heading || (!ends && v.toks.size() < 14) || date_only;
        v.rank = v.heading ? rank : rank++;
        find_mentions_into(lex, v.toks, v.mentions, mention_starts);
        for (const auto& t : v.toks) {
            // (Most words name no event: their index entry says so.)
            const form_hits* hits = nullptr;
            // (attach_one set lemma_is_key whenever the lemma it gave is the key)
            if (t.lemma_is_key || t.lemma.empty()) {
                if (t.forms_known && !t.names_event) continue;
                hits = t.forms;
            } else if (!pack.event_words.may_hold(t.lemma)) {
                continue;  // (no word of its first byte and size does)
            } else if (const lexicon::word_info* info = index.find(t.lemma)) {
                if (!info->names_event) continue;
                hits = info->forms.empty() ? nullptr : &info->forms;
            }
            if (hits == nullptr) continue;
            for (const auto& h : *hits) {
                const int32_t ev = event_of_entry(pack, h.entry);
                if (ev >= 0 && std::find(v.events.begin(), v.events.end(), static_cast<uint32_t>(ev)) ==
                                   v.events.end()) {
                    v.events.push_back(static_cast<uint32_t>(ev));
                }
            }
        }
        v.words = static_cast<int>(words);
        for (const auto& c : s.clauses) {
            if (c.event.empty() && !unnamed_event) continue;  // most clauses name none
            for (uint32_t e = 0; e < pack.events.size(); ++e) {
                if (c.event == pack.events[e].name &&
                    std::find(v.events.begin(), v.events.end(), e) == v.events.end()) {
                    v.events.push_back(e);
                }
            }
        }
        v.main_event = main_event(rules, v);
        v.main_event_known = true;
    }

    // 2. Document-wide counts: content words and entities.
    // Each sentence's content words: the number of each token's key (none for a token that is
    // not a content word), and the distinct numbers in order of first occurrence (the order
    // the salience sums take); both flat, sentence i from token_from[i] / content_from[i].
    word_counts& df = thread_word_counts();
    df.clear();
    std::vector<uint32_t>& token_ids = lists.token_ids;
    std::vector<uint32_t>& content_ids = lists.content_ids;
    token_ids.clear();
    content_ids.clear();
    std::size_t all_tokens = 0;
    for (const auto& v : views) all_tokens += v.toks.size();
    token_ids.reserve(all_tokens);
    content_ids.reserve(all_tokens);
    std::vector<std::size_t>& token_from = lists.token_from;
    std::vector<std::size_t>& content_from = lists.content_from;
    token_from.assign(views.size() + 1, 0);
    content_from.assign(views.size() + 1, 0);
    // Entities by key (views of the mentions' keys, which stay put from here on).
    // (Kept by the thread from document to document, each with the room of its lists: the
    // first entity_count are this document's.)
    std::vector<entity_stat>& entities = thread_entities();
    if (entities.size() > 1024) std::vector<entity_stat>().swap(entities);  // a huge one's go
    std::size_t entity_count = 0;
    word_counts& entity_of = thread_entity_numbers();
    entity_of.clear();
    for (std::size_t i = 0; i < views.size(); ++i) {
        const auto& v = views[i];
        token_from[i] = token_ids.size();
        content_from[i] = content_ids.size();
        for (const tok& t : v.toks) {
            uint32_t id = word_counts::none;
            if (content_word(lex, t)) {
                // (the hash the word index lookup took, when it took one)
                id = df.id(t.key, t.key_hash != 0 ? t.key_hash : grammar::short_hash(t.key));
                if (df.count_once(id, static_cast<uint32_t>(i), t)) content_ids.push_back(id);
            }
            token_ids.push_back(id);
        }
        for (auto& m : views[i].mentions) {
            const uint32_t number = entity_of.id(m.key, grammar::short_hash(m.key));
            m.entity = number;
            const bool added = number == entity_count;
            if (added) {
                if (entity_count == entities.size()) entities.emplace_back();
                entity_stat& e = entities[entity_count++];
                e.key = m.key;
                e.surfaces.clear();
                e.en = {};
                e.sentence_count = 0;
                e.first = v.index;
                e.last_sentence = v.index;
                e.country = false;
                e.partial_surfaces.clear();
            }
            entity_stat& e = entities[number];
            if (added || e.last_sentence != v.index) ++e.sentence_count;
            e.last_sentence = v.index;
            e.country = m.country;
            e.en = m.country ? m.en : m.fr;
            // Countries are named, not their adjectives: count the noun form.
            count_surface(e.surfaces, m.fr);
            if (!m.country && partial_name(lex, v.toks, m)) count_surface(e.partial_surfaces, m.fr);
        }
    }
    std::vector<const entity_stat*>& ranked = lists.ranked;
    ranked.clear();
    token_from[views.size()] = token_ids.size();
    content_from[views.size()] = content_ids.size();
    ranked.reserve(entity_count);
    for (std::size_t k = 0; k < entity_count; ++k) ranked.push_back(&entities[k]);
    // Headlines name people more often than countries: the pack weighs country mentions.
    auto weight = [&](const entity_stat* e) {
        return static_cast<double>(e->sentence_count) * (e->country ? pack.topic_country_weight : 1.0);
    };
    // (Ties go to the first named, then to the key in byte order.)
    std::sort(ranked.begin(), ranked.end(), [&](const entity_stat* a, const entity_stat* b) {
        if (weight(a) != weight(b)) return weight(a) > weight(b);
        if (a->first != b->first) return a->first < b->first;
        return a->key < b->key;
    });
    // (By their numbers, distinct as their keys.)
    std::vector<uint32_t>& top_entities = lists.top_entities;
    top_entities.clear();
    for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) {
        top_entities.push_back(static_cast<uint32_t>(ranked[i] - entities.data()));
    }

    // 3. Score body sentences.
    // Smoothing per kind: a larger one favours sentences holding more salient words over
    // short sentences holding a few.
    auto smoothing_of = [&](feature_kind kind) {
        for (const auto& f : pack.features) {
            if (f.kind == kind) return f.smoothing;
        }
        return 4.0;
    };
    std::vector<double>& salience = lists.salience;
    salience.assign(views.size(), 0.0);
    double max_salience = 0.0;
    // What compression keeps of a sentence is a subset of its words, so its kept salience is
    // at most the best mean over a subset: the k most frequent words over (k + smoothing),
    // for the best k. The bound lets compression run only where it can matter.
    const double kept_smoothing = smoothing_of(feature_kind::compressed_salience);
    const double salience_smoothing = smoothing_of(feature_kind::salience);
    std::vector<double>& kept_bound = lists.kept_bound;
    kept_bound.assign(views.size(), 0.0);
    std::vector<double>& logs = lists.logs;
    {
        std::size_t most = 0;  // content words of a sentence
        for (std::size_t i = 0; i < views.size(); ++i) most = std::max(most, content_from[i + 1] - content_from[i]);
        logs.reserve(most);
    }
    for (std::size_t i = 0; i < views.size(); ++i) {
        double sum = 0.0;
        logs.clear();
        for (std::size_t c = content_from[i]; c < content_from[i + 1]; ++c) {
            const double l = log_count(df.count(content_ids[c]));
            sum += l;
            // (Words written in one sentence only, most of them, have a log of 0: after the
            // others in the order below, they add nothing to a prefix and only lower its
            // mean, so the bound is found among the others.)
            if (l > 0.0) logs.push_back(l);
        }
        salience[i] = sum / (static_cast<double>(content_from[i + 1] - content_from[i]) +
                             salience_smoothing);
        max_salience = std::max(max_salience, salience[i]);
        if (views[i].heading) continue;  // not compressed: no kept salience
        std::sort(logs.begin(), logs.end(), std::greater<double>());
        double prefix = 0.0;
        for (std::size_t k = 0; k < logs.size(); ++k) {
            prefix += logs[k];
            kept_bound[i] = std::max(kept_bound[i], prefix / (static_cast<double>(k + 1) + kept_smoothing));
        }
    }
    const bool wants_kept = std::any_of(pack.features.begin(), pack.features.end(), [](const auto& f) {
        return f.kind == feature_kind::compressed_salience || f.kind == feature_kind::fragment ||
               f.kind == feature_kind::opening;
    });
    const bool wants_fragment = std::any_of(pack.features.begin(), pack.features.end(), [](const auto& f) {
        return f.kind == feature_kind::fragment;
    });
    // The headline compression of a body sentence, with its kept salience; computed on
    // demand and kept (the key sentence reuses it). Whether it lost its verb is asked only
    // of the sentences scored in full (see score_fully).
    // (The thread's, with their lists' room: headline_cut[i] holds sentence i's when
    // has_cut[i].)
    std::vector<compressed>& headline_cut = lists.headline_cut;
    if (headline_cut.size() > 256) std::vector<compressed>().swap(headline_cut);  // a huge one's go
    if (headline_cut.size() < views.size()) headline_cut.resize(views.size());
    std::vector<char>& has_cut = lists.has_cut;
    has_cut.assign(views.size(), 0);
    std::vector<double>& kept_salience = lists.kept_salience;
    kept_salience.assign(views.size(), 0.0);
    std::vector<char>& fragment = lists.fragment;
    fragment.assign(views.size(), 0);
    auto cut_headline = [&](std::size_t i) {
        if (has_cut[i] || !wants_kept || views[i].heading) return;
        has_cut[i] = 1;
        const compressed& c = headline_cut[i];
        compress_kept(rules, views[i], rules.options.headline_max_words, headline_cut[i].kept);
        // The distinct content words kept, in the order first kept (each sentence is cut
        // once: its mark, above the sentences' numbers the counting took, is its own).
        const auto mark = static_cast<uint32_t>(views.size() + i);
        const uint32_t* const ids = token_ids.data() + token_from[i];
        const tok* const toks = views[i].toks.data();
        double sum = 0.0;
        std::size_t distinct = 0;
        for (const tok* t : c.kept) {
            const uint32_t id = ids[t - toks];
            if (id == word_counts::none || !df.first_under(id, mark)) continue;
            ++distinct;
            sum += log_count(df.count(id));
        }
        kept_salience[i] = sum / (static_cast<double>(distinct) + kept_smoothing);
    };
    // Rounding between sums taken in different orders stays far below this.
    const double margin = 1e-9;
    // Kept salience is normalised by its document maximum: find it exactly, compressing
    // sentences by decreasing bound until no bound can exceed the maximum found.
    double max_kept = 0.0;
    // (Orders by decreasing value, ties in document order: sorted by index first, as a stable
    // sort would keep them, with no buffer of its own.)
    auto by_decreasing = [](const std::vector<double>& value) {
        return [&value](std::size_t a, std::size_t b) {
            return value[a] != value[b] ? value[a] > value[b] : a < b;
        };
    };
    if (wants_kept) {
        std::vector<std::size_t>& by_bound = lists.by_bound;
        by_bound.clear();
        for (std::size_t i = 0; i < views.size(); ++i) {
            if (!views[i].heading) by_bound.push_back(i);
        }
        std::sort(by_bound.begin(), by_bound.end(), by_decreasing(kept_bound));
        for (std::size_t i : by_bound) {
            if (kept_bound[i] + margin < max_kept) break;
            cut_headline(i);
            max_kept = std::max(max_kept, kept_salience[i]);
        }
    }
    // Features that need compression or realisation are dear; the others are computed for
    // every sentence first. A sentence is scored fully only while its cheap score plus the
    // most its dear features can add (each lies in [0, 1]) can still make it the key sentence
    // or a summary sentence.
    auto dear = [](feature_kind k) {
        return k == feature_kind::compressed_salience || k == feature_kind::fragment ||
               k == feature_kind::template_fit || k == feature_kind::opening;
    };
    const std::size_t nf = pack.features.size();
    std::vector<double>& values = lists.values;
    std::vector<double>& bound = lists.bound;
    values.assign(views.size() * nf, 0.0);
    bound.assign(views.size(), 0.0);
    // Of the cheap features, those that look for a phrase (a cue, an attribution) cost the
    // most: a sentence's first bound counts them at their most, and they are looked for when
    // the sentence comes up in the order below, which then takes its bound as it is.
    auto phrase_feature = [&](const scoring_feature& f, const sentence_view& v) {
        return f.kind == feature_kind::cue || (f.kind == feature_kind::attribution && v.words < 16);
    };
    const bool cues = std::any_of(pack.features.begin(), pack.features.end(),
                                  [](const auto& f) { return f.kind == feature_kind::cue; });
    const bool attributions = std::any_of(pack.features.begin(), pack.features.end(), [](const auto& f) {
        return f.kind == feature_kind::attribution;
    });
    std::vector<char>& phrases_known = lists.phrases_known;
    phrases_known.assign(views.size(), 0);
    auto salience_of = [&](std::size_t i) { return max_salience > 0 ? salience[i] / max_salience : 0.0; };
    // The sentence's bound: its cheap features' values (computed below, into values), plus
    // the most its dear ones can add; phrase features at their most until known.
    auto bound_of = [&](std::size_t i) {
        const bool known = phrases_known[i] != 0;
        double most = 0.0;
        for (std::size_t k = 0; k < nf; ++k) {
            const auto& f = pack.features[k];
            if (!dear(f.kind)) {
                if (!known && phrase_feature(f, views[i])) {
                    most += std::max(0.0, f.weight);  // (a value of 0 or 1)
                    continue;
                }
                most += f.weight * values[i * nf + k];
            } else if (f.weight > 0 && f.kind == feature_kind::compressed_salience) {
                if (has_cut[i]) {
                    most += f.weight * (max_kept > 0 ? kept_salience[i] / max_kept : 0.0);
                } else if (max_kept > 0) {
                    most += f.weight * std::min(1.0, kept_bound[i] / max_kept);
                }
            } else if (f.weight > 0 && f.kind == feature_kind::template_fit) {
                if (has_french_template(pack, views[i].main_event)) most += f.weight;
            } else if (f.weight > 0) {
                most += f.weight;
            }
        }
        return most;
    };
    // The phrase features' values of sentence i, when not known yet (feature_value's: 1 when
    // the phrase is found).
    auto know_phrases = [&](std::size_t i) {
        if (phrases_known[i] != 0) return;
        phrases_known[i] = 1;
        for (std::size_t k = 0; k < nf; ++k) {
            const auto& f = pack.features[k];
            if (phrase_feature(f, views[i])) values[i * nf + k] = holds_phrase(f, views[i].toks, views[i].phrase_starts) ? 1.0 : 0.0;
        }
    };
    // (A sentence with no phrase feature to look for has its bound as it is at once.)
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (!cues && !(attributions && views[i].words < 16)) phrases_known[i] = 1;
    }
    // The first bounds, as bound_of() takes them but feature by feature (each sentence's sum
    // in the order of the features all the same), computing the cheap features' values.
    for (std::size_t k = 0; k < nf; ++k) {
        const auto& f = pack.features[k];
        if (!dear(f.kind)) {
            const bool phrases = f.kind == feature_kind::cue || f.kind == feature_kind::attribution;
            const bool salient = f.kind == feature_kind::salience;  // (the only one reading it)
            for (std::size_t i = 0; i < views.size(); ++i) {
                if (phrases && phrases_known[i] == 0 && phrase_feature(f, views[i])) {
                    bound[i] += std::max(0.0, f.weight);  // (a value of 0 or 1)
                    continue;
                }
                const double v = feature_value(rules, f, views[i], salient ? salience_of(i) : 0.0, 0.0, false,
                                               top_entities, pack);
                values[i * nf + k] = v;
                bound[i] += f.weight * v;
            }
        } else if (f.weight > 0 && f.kind == feature_kind::compressed_salience) {
            for (std::size_t i = 0; i < views.size(); ++i) {
                if (has_cut[i]) {
                    bound[i] += f.weight * (max_kept > 0 ? kept_salience[i] / max_kept : 0.0);
                } else if (max_kept > 0) {
                    bound[i] += f.weight * std::min(1.0, kept_bound[i] / max_kept);
                }
            }
        } else if (f.weight > 0 && f.kind == feature_kind::template_fit) {
            for (std::size_t i = 0; i < views.size(); ++i) {
                if (has_french_template(pack, views[i].main_event)) bound[i] += f.weight;
            }
        } else if (f.weight > 0) {
            for (std::size_t i = 0; i < views.size(); ++i) bound[i] += f.weight;
        }
    }
    // Unscored sentences keep their bound as score: below every sentence that can be chosen.
    std::vector<double>& scores = lists.scores;
    scores.assign(bound.begin(), bound.end());
    std::vector<char>& scored = lists.scored;
    scored.assign(views.size(), 0);
    auto score_fully = [&](std::size_t i) {
        if (scored[i] != 0) return;
        scored[i] = 1;
        cut_headline(i);
        if (wants_fragment && has_cut[i]) fragment[i] = keeps_a_verb(rules, views[i], headline_cut[i]) ? 0 : 1;
        know_phrases(i);
        const double kept = max_kept > 0 ? kept_salience[i] / max_kept : 0.0;
        double score = 0.0;
        for (std::size_t k = 0; k < nf; ++k) {
            const auto& f = pack.features[k];
            double& v = values[i * nf + k];
            if (f.kind == feature_kind::opening) {
                v = has_cut[i] && opens_with(f, headline_cut[i].kept) ? 1.0 : 0.0;
            } else if (dear(f.kind)) {
                v = feature_value(rules, f, views[i], 0.0, kept, fragment[i], top_entities, pack);
            }
            if (v != 0.0) score += f.weight * v;
        }
        scores[i] = score;
    };
    const std::size_t summary_n = static_cast<std::size_t>(std::max(0, rules.options.summary_sentences));
    {
        // By decreasing bound, ties in document order, from position p on. A sentence whose
        // phrases are not known yet moves on with its bound as it is (no higher) to where it
        // now stands, so that sentences come up in the order of their bounds as they are.
        std::vector<std::size_t>& by_bound = lists.by_bound;
        by_bound.resize(views.size());
        for (std::size_t i = 0; i < by_bound.size(); ++i) by_bound[i] = i;
        const auto before = by_decreasing(bound);
        std::sort(by_bound.begin(), by_bound.end(), before);
        double best_full = -1e300;
        // The summary_n best full scores of the body sentences scored so far, a heap with the
        // lowest on top (the lowest score a summary sentence has now, once there are as many).
        std::vector<double>& body_full = lists.body_full;
        body_full.clear();
        for (std::size_t p = 0; p < by_bound.size();) {
            const std::size_t i = by_bound[p];
            double last_summary = -1e300;  // the lowest score a summary sentence has now
            if (summary_n == 0) {
                last_summary = 1e300;
            } else if (body_full.size() >= summary_n) {
                last_summary = body_full.front();
            }
            const bool can_lead = bound[i] + margin >= best_full;
            const bool can_summarise = !views[i].heading && bound[i] + margin >= last_summary;
            if (!can_lead && !can_summarise) {
                if (last_summary > bound[i] + margin) break;  // nor can any sentence after it
                ++p;
                continue;
            }
            if (phrases_known[i] == 0) {
                know_phrases(i);
                bound[i] = bound_of(i);
                scores[i] = bound[i];
                std::size_t q = p;  // (p then holds the next sentence)
                for (; q + 1 < by_bound.size() && before(by_bound[q + 1], i); ++q) by_bound[q] = by_bound[q + 1];
                by_bound[q] = i;
                continue;
            }
            ++p;
            score_fully(i);
            best_full = std::max(best_full, scores[i]);
            if (!views[i].heading && summary_n > 0) {
                if (body_full.size() < summary_n) {
                    body_full.push_back(scores[i]);
                    std::push_heap(body_full.begin(), body_full.end(), std::greater<double>());
                } else if (scores[i] > body_full.front()) {
                    std::pop_heap(body_full.begin(), body_full.end(), std::greater<double>());
                    body_full.back() = scores[i];
                    std::push_heap(body_full.begin(), body_full.end(), std::greater<double>());
                }
            }
        }
    }
    std::size_t best = views.size();
    double best_score = -1e9;
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (scored[i] != 0 && scores[i] > best_score) {
            best_score = scores[i];
            best = i;
        }
    }

    // 4. Topic: the entity most sentences name, when the statement does not name it.
    const entity_stat* topic = nullptr;
    if (pack.topic_enabled && !ranked.empty() &&
        static_cast<int>(ranked[0]->sentence_count) >= pack.topic_min_mentions &&
        static_cast<double>(ranked[0]->sentence_count) >=
            pack.topic_min_share * static_cast<double>(views.size()) &&
        !partial_topic(*ranked[0])) {
        topic = ranked[0];
    }

    const int max_words = rules.options.headline_max_words;
    if (best < views.size()) {
        const sentence_view& key = views[best];
        bool names_topic = false;
        if (topic != nullptr) {
            for (const auto& m : key.mentions) names_topic = names_topic || m.key == topic->key;
        }
        std::string topic_fr = topic != nullptr ? most_written(*topic) : "";
        bool prefix = topic != nullptr && !names_topic;
        int budget = prefix ? std::max(6, max_words - count_words(topic_fr)) : max_words;
        compressed c = compress(rules, key, true, budget, true);
        // A statement whose cut took the topic's mentions away names it no more: the topic
        // goes in front, and the cut is made again to leave it room.
        if (names_topic && !keeps_mention_of(key, c, topic->key)) {
            prefix = true;
            budget = std::max(6, max_words - count_words(topic_fr));
            if (budget != max_words) c = compress_again(rules, key, budget, c);
        }
        // "« Nous pensons que … », a dit Heiko Maas": a statement that speaks for its speaker,
        // whose attribution the cut took away, takes the speaker in front instead of the
        // topic, as headlines attribute quotes ("Heiko Maas : Nous pensons que …").
        const grammar::actor* speaker = speaks_in_person(c.text) ? dropped_speaker(key, c) : nullptr;
        if (speaker != nullptr) {
            const int speaker_budget = std::max(6, max_words - count_words(speaker->name));
            compressed shorter = speaker_budget == budget ? compressed{}
                                                           : compress_again(rules, key, speaker_budget, c);
            if (speaker_budget == budget || speaks_in_person(shorter.text)) {
                if (speaker_budget != budget) c = std::move(shorter);
                topic_fr = speaker->name;
                prefix = true;
            } else {
                speaker = nullptr;  // (the shorter cut says no quote: the statement as it was)
            }
        }
        // "Il s'est déchaîné contre …": a pronoun opening the statement stands for the main
        // person of the document, whom a headline names.
        const entity_stat* person = nullptr;
        for (const auto* e : ranked) {
            if (!e->country) {
                person = e;
                break;
            }
        }
        std::string pronoun_en;
        std::string named;  // who the pronoun stands for
        if ((c.text.rfind("Il ", 0) == 0 || c.text.rfind("Elle ", 0) == 0) && !impersonal(c.text)) {
            if (person != nullptr && static_cast<int>(person->sentence_count) >= pack.topic_min_mentions) {
                named = most_written(*person);
                if (person == topic) prefix = false;  // named already
            } else {
                // With no main person, the pronoun stands for the person named last before
                // it, in the four sentences before the statement (a mention with no name, "le
                // ministre", is passed over: it names the same person, most often).
                for (std::size_t k = best; k-- > 0 && k + 4 >= best && named.empty();) {
                    const auto& actors = views[k].source->actors;
                    for (auto a = actors.rbegin(); a != actors.rend(); ++a) {
                        if (a->kind == grammar::actor_kind::person && a->name.find(' ') != std::string::npos) {
                            named = a->name;
                            break;
                        }
                    }
                }
            }
            if (!named.empty()) {
                pronoun_en = c.text.rfind("Il ", 0) == 0 ? "He " : "She ";
                c.text = named + c.text.substr(c.text.find(' '));
                if (options.trace) out.trace.push_back({"resolve_pronoun", key.source->where, 0.0, "named"});
            }
        }
        std::string template_fr;
        const std::string by_template = realise_french(rules, key, template_fr);
        if (options.trace) {
            // (Room for the entries a trace mostly has: the selection, the features that fired,
            // the trimming rules and the templates, made at once.)
            out.trace.reserve(out.trace.size() + nf + c.rules.size() + 8);
            out.trace.push_back({"select_key_sentence", key.source->where, scores[best], "selected"});
            // The features that fired for it.
            for (std::size_t k = 0; k < nf; ++k) {
                if (values[best * nf + k] != 0.0) {
                    out.trace.push_back({pack.features[k].name, key.source->where, scores[best], "feature"});
                }
            }
        }
        if (!by_template.empty() && count_words(by_template) <= max_words) {
            out.headline_fr = by_template;
            if (options.trace) out.trace.push_back({template_fr, key.source->where, 0.0, "french"});
        } else if (!c.text.empty()) {
            out.headline_fr = prefix ? topic_fr + " : " + (named.empty() && speaker == nullptr ? after_colon(c) : c.text) : c.text;
            if (options.trace) {
                // Each trimming rule points at what it took away or rewrote.
                for (const auto& r : c.rules) {
                    if (r.where.empty()) out.trace.push_back({std::string(r.name), key.source->where, 0.0, "trimmed"});
                    for (const auto& w : r.where) out.trace.push_back({std::string(r.name), w, 0.0, "trimmed"});
                }
                if (prefix) out.trace.push_back({pack.topic_rule, key.source->where, 0.0, "topic prefix"});
            }
        }
        // (Made only when a template that names the topic is tried: the last ones.)
        const topic_maker topics = [&](std::vector<mention>& list) {
            list.reserve(3);
            for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) {
                mention m;
                m.key = ranked[i]->key;
                m.fr = most_written(*ranked[i]);
                m.country = ranked[i]->country;
                m.en = m.country ? std::string(ranked[i]->en) : english_name(lex, m.fr);
                if (m.en.empty()) continue;  // no French word in an English template
                list.push_back(std::move(m));
            }
        };
        std::string template_rule;
        out.headline_en = realise_english(rules, key, c, &topics, template_rule);
        if (!pronoun_en.empty() && out.headline_en.rfind(pronoun_en, 0) == 0) {
            out.headline_en = named + out.headline_en.substr(pronoun_en.size() - 1);
        }
        // The English headline takes the same topic as the French one, in English; a topic
        // the lexicon cannot say is left out rather than written in French. (Said in English
        // only when the headline is to take it.)
        if (prefix && by_template.empty() && !out.headline_en.empty() && template_rule.rfind("clause_", 0) == 0) {
            const std::string topic_en = speaker != nullptr ? english_name(lex, topic_fr)
                                         : topic == nullptr ? ""
                                         : topic->country   ? std::string(topic->en)
                                                            : english_name(lex, topic_fr);
            if (!topic_en.empty() && out.headline_en.find(topic_en) == std::string::npos) {
                out.headline_en = topic_en + ": " + out.headline_en;
                if (options.trace) out.trace.push_back({pack.topic_rule, key.source->where, 0.0, "topic prefix en"});
            }
        }
        if (options.trace && !template_rule.empty()) {
            out.trace.push_back({template_rule, key.source->where, 0.0, "english"});
        }
    }
    // Never an empty headline: the lead sentence, cut.
    if (out.headline_fr.empty()) {
        for (const auto& v : views) {
            std::vector<const tok*> ptrs;
            int words = 0;
            for (const auto& t : v.toks) {
                if (t.kind == tok_kind::word || t.kind == tok_kind::number) ++words;
                if (words > max_words) break;
                ptrs.push_back(&t);
            }
            out.headline_fr = join_tokens(ptrs);
            if (!out.headline_fr.empty()) {
                if (options.trace) out.trace.push_back({"lead_fallback", v.source->where, 0.0, "fallback"});
                break;
            }
        }
    }

    // Never an empty English headline: the next best sentences as far as the lexicon can say
    // them, then the main entity.
    if (out.headline_en.empty()) {
        for (std::size_t i = 0; i < views.size(); ++i) score_fully(i);  // all in order now
        std::vector<std::size_t>& order = lists.order;
        order.resize(views.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), by_decreasing(scores));
        for (std::size_t i : order) {
            if (views[i].heading) continue;
            std::string rule;
            const compressed c = has_cut[i]
                                     ? headline_cut[i]
                                     : compress(rules, views[i], true, max_words, false, true);
            out.headline_en = realise_english(rules, views[i], c, nullptr, rule);
            if (!out.headline_en.empty()) {
                if (options.trace) out.trace.push_back({rule, views[i].source->where, 0.0, "english"});
                break;
            }
        }
        // The first entity English can name, else the main one as written.
        for (std::size_t i = 0; out.headline_en.empty() && i < ranked.size(); ++i) {
            out.headline_en = ranked[i]->country ? std::string(ranked[i]->en)
                                                 : english_name(lex, most_written(*ranked[i]));
        }
        if (out.headline_en.empty() && !ranked.empty()) out.headline_en = most_written(*ranked.front());
        // A text of figures only: the figures, in English format.
        for (std::size_t i = 0; out.headline_en.empty() && i < views.size(); ++i) {
            std::string figures;
            for (const auto& t : views[i].toks) {
                if (t.kind == tok_kind::number) figures += (figures.empty() ? "" : " ") + english_number(t.text);
            }
            out.headline_en = figures;
        }
    }

    // 5. Summary: the best sentences in document order, lightly trimmed.
    std::vector<std::size_t>& order = lists.order;
    order.clear();
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (!views[i].heading) order.push_back(i);
    }
    // (Only the best few are wanted: sorted as far as they go, the order being total, its ties
    // in document order.)
    const std::size_t lines =
        std::min<std::size_t>(order.size(), static_cast<std::size_t>(rules.options.summary_sentences));
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(lines), order.end(),
                      by_decreasing(scores));
    order.resize(lines);
    std::sort(order.begin(), order.end());
    out.summary_fr.reserve(order.size());
    out.summary_en.reserve(order.size());
    // summary_en[k] says summary_fr[k]: the sentence as the summary trims it, else as a
    // headline trims it (shorter, so more often sayable), else nothing (an empty string).
    compressed& c = lists.summary_cut;  // (the thread's: its lists' room serves each sentence)
    for (std::size_t i : order) {
        compress_summary(rules, views[i], 60, c);
        if (c.text.empty()) continue;
        if (c.text.back() != '.' && c.text.back() != '?' && c.text.back() != '!') c.text += '.';
        std::string en = english_sentence(rules, views[i], c);
        if (en.empty()) {
            // (Only a cut that keeps the verb says the sentence: "Face au net reflux …, | le
            // Premier ministre devrait annoncer" cut before its subject says nothing of it.)
            const compressed shorter = compress(rules, views[i], true, rules.options.headline_max_words, false);
            if (!shorter.text.empty() && keeps_a_verb(rules, views[i], shorter)) {
                en = english_sentence(rules, views[i], shorter);
            }
        }
        out.summary_fr.push_back(std::move(c.text));  // (c is done with)
        out.summary_en.push_back(std::move(en));
    }

    // 6. Keywords: the main entities, then the words most sentences share.
    // Folded, so "Etat" and "état" count once (a few: a list, not a tree).
    std::vector<std::string> said;
    said.reserve(8);  // (as many as there are keywords, at most)
    out.keywords.reserve(8);
    auto first_said = [&](std::string folded) {
        if (std::find(said.begin(), said.end(), folded) != said.end()) return false;
        said.push_back(std::move(folded));
        return true;
    };
    for (std::size_t i = 0; i < ranked.size() && out.keywords.size() < 4; ++i) {
        std::string k = most_written(*ranked[i]);
        if (ranked[i]->sentence_count >= 2 && (ranked[i]->country || !common_word(lex, k)) &&
            first_said(fold_key(k))) {
            out.keywords.push_back(std::move(k));
        }
    }
    struct keyword_word {
        int count = 0;
        std::string_view key;  // (a view of the counted key)
        const form_hit* hit = nullptr;  // lexicon::any_word(key)
    };
    std::vector<keyword_word> words;
    words.reserve(64);  // (a document has some tens)
    // (Sorted below in full: the order they come in does not matter. The lexicon's reading is
    // the token's, which the word index gave.)
    df.for_each_repeated([&](std::string_view key, int n, const tok& t) {
        if (key.size() < 4) return;
        const form_hit* h = any_word_of(lex, t);
        if (h != nullptr && lex.entries[h->entry].pos == word_class::noun) words.push_back({n, key, h});
    });
    std::sort(words.begin(), words.end(), [](const keyword_word& a, const keyword_word& b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    for (const keyword_word& k : words) {
        if (out.keywords.size() >= 8) break;
        const std::string& w = lex.entries[k.hit->entry].fr;
        if (first_said(fold_key(w))) out.keywords.push_back(w);
    }

    // 7. Events: each predicate once, from the sentence that states it best: its main verb
    // over a mere noun, then the sentence naming most actors, then the earliest. Countries
    // stand for their people when a sentence names two or more.
    struct candidate {
        const sentence_view* view = nullptr;
        bool by_verb = false;
        std::vector<std::string_view> actors;  // (views of the mentions' names)
    };
    std::map<uint32_t, candidate> chosen;
    std::vector<std::string_view> countries, names, actors;  // (one sentence's at a time)
    for (const auto& v : views) {
        if (v.events.empty()) continue;  // (most sentences: no actors to gather)
        const std::string& main = v.main_event;
        countries.clear();
        names.clear();
        for (const auto& m : v.mentions) {
            if (!m.country && common_mention(lex, v, m)) continue;  // "Conseil", "Affaires"
            auto& list = m.country ? countries : names;
            if (std::find(list.begin(), list.end(), m.fr) == list.end()) list.push_back(m.fr);
        }
        actors = countries.size() >= 2 ? countries : names;
        if (countries.size() < 2) actors.insert(actors.end(), countries.begin(), countries.end());
        for (uint32_t e : v.events) {
            // (The candidate, and its copy of the actors, made only when it is better.)
            const bool by_verb = pack.events[e].name == main;
            auto it = chosen.find(e);
            const bool better =
                it == chosen.end() || (by_verb && !it->second.by_verb) ||
                (by_verb == it->second.by_verb && actors.size() > it->second.actors.size());
            if (better) chosen[e] = candidate{&v, by_verb, actors};
        }
    }
    // In sentence order: found first on the candidates' sentences alone, then each event made
    // in its place (the same sort of the same sentences in the same order on the events
    // themselves gives the same order, and moves their strings and lists about).
    struct placed {
        uint32_t sentence;
        uint32_t e;
        const candidate* c;
    };
    std::vector<placed> in_order;
    in_order.reserve(chosen.size());
    for (const auto& [e, chosen_one] : chosen) in_order.push_back({chosen_one.view->index, e, &chosen_one});
    std::sort(in_order.begin(), in_order.end(),
              [](const placed& x, const placed& y) { return x.sentence < y.sentence; });
    out.events.reserve(chosen.size());
    for (const placed& p : in_order) {
        const uint32_t e = p.e;
        const candidate& pick = *p.c;
        event ev;
        ev.predicate = pack.events[e].name;
        ev.actors.assign(pick.actors.begin(), pick.actors.end());
        // The first of the event's nouns the sentence holds, where it first stands: the tokens
        // are read once, each compared with the nouns before the best found so far.
        const std::vector<std::string>& nouns = pack.events[e].nouns;
        std::size_t first_noun = nouns.size();
        const tok* object = nullptr;
        // (A key of a length no noun has matches none: bit n for the nouns of n bytes, the
        // last bit for all the longer ones.)
        uint64_t lengths = 0;
        for (const auto& w : nouns) lengths |= uint64_t{1} << std::min<std::size_t>(w.size(), 63);
        for (const auto& t : pick.view->toks) {
            if (((lengths >> std::min<std::size_t>(t.key.size(), 63)) & 1) == 0) continue;
            for (std::size_t k = 0; k < first_noun; ++k) {
                if (same_bytes(t.key, nouns[k])) {
                    first_noun = k;
                    object = &t;
                    break;
                }
            }
            if (first_noun == 0) break;
        }
        if (object != nullptr) ev.object = object->text;
        ev.where = pick.view->source->where;
        ev.sentence = pick.view->index;
        out.events.push_back(std::move(ev));
    }
    return out;
}

}  // namespace precis::rules
