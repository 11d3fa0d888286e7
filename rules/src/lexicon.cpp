// lexicon/*.yaml: the bilingual lexicon (countries, titles, institutions, domain words), with
// the French inflected forms derived at load time, and FreeDict's French-English dictionary
// as the fallback (fallback_tables.hpp).

#include <algorithm>
#include <cstring>
#include <atomic>
#include <mutex>
#include <set>
#include <type_traits>

#include "fallback_tables.hpp"
#include "image_io.hpp"
#include "pack_limits.hpp"
#include "pack_model.hpp"
#include "precis/grammar/prefault.hpp"
#include "text_tokens.hpp"
#include "yaml_doc.hpp"

namespace precis::rules {

namespace {

constexpr uint32_t country_flag = 1u << 24;  // phrase ids at or above: countries

// (Looked for in order: a handful of short names, the most used first.)
constexpr std::pair<std::string_view, word_class> class_names[] = {
    {"noun", word_class::noun}, {"verb", word_class::verb}, {"adj", word_class::adj},
    {"name", word_class::name}, {"title", word_class::title}, {"adv", word_class::adv},
    {"prep", word_class::prep}, {"det", word_class::det}, {"conj", word_class::conj},
    {"pron", word_class::pron}, {"other", word_class::other}};

inline bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && same_bytes(s.substr(s.size() - suffix.size()), suffix);
}

// "la Belgique" -> "Belgique", "les Etats-Unis" -> "Etats-Unis", "l'Iran" -> "Iran".
std::string bare_country(const std::string& fr) {
    static constexpr std::string_view articles[] = {"la ", "le ", "les ", "l'", "l\xe2\x80\x99"};
    for (const std::string_view a : articles) {
        if (fr.compare(0, a.size(), a) == 0) {
            return capitalise_first(std::string_view(fr).substr(a.size()));
        }
    }
    return fr;
}

// Splits phrases into their tokens' keys ("la Cour des comptes" -> "la", "cour", "des",
// "comptes"), one key store and token list kept for all the phrases of a load (made per
// phrase, they were most of the cost of a split).
class word_splitter final {
  public:
    std::vector<std::string> operator()(std::string_view phrase) {
        keys_.clear();
        tokenize_into(phrase, 0, keys_, toks_);
        std::vector<std::string> out;
        out.reserve(toks_.size());
        for (const auto& t : toks_) out.emplace_back(t.key);
        return out;
    }

  private:
    key_store keys_;
    std::vector<tok> toks_;
};

// French inflected forms of a lemma (already folded), by class. Regular patterns only; the
// pack lists irregular present forms (fr_3sg, fr_3pl) and extra forms where needed. Each is
// passed as emit(form, kind), the form a view valid for the call.
template <typename Emit>
void each_french_form(std::string_view w, word_class pos, Emit emit) {
    using sv = std::string_view;
    emit(w, form_kind::base);
    // (Put together in a buffer on the stack when it fits: a string's appends, each a call,
    // were most of the cost.)
    auto put = [&](form_kind k, sv a, sv b, sv c = sv(), sv d = sv()) {
        char small[96];
        const std::size_t n = a.size() + b.size() + c.size() + d.size();
        if (n > sizeof small) {
            const std::string long_form = std::string(a).append(b).append(c).append(d);
            emit(sv(long_form), k);
            return;
        }
        char* at = small;
        for (const sv part : {a, b, c, d}) {
            if (!part.empty()) std::memcpy(at, part.data(), part.size());
            at += part.size();
        }
        emit(sv(small, n), k);
    };
    auto cut = [&](std::size_t n) { return w.substr(0, w.size() - n); };
    if (pos == word_class::noun || pos == word_class::title) {
        if (ends_with(w, "al")) put(form_kind::plural, cut(2), "aux");
        else if (ends_with(w, "eau") || ends_with(w, "eu")) put(form_kind::plural, w, "x");
        else if (!ends_with(w, "s") && !ends_with(w, "x") && !ends_with(w, "z")) put(form_kind::plural, w, "s");
        if (pos == word_class::title && !ends_with(w, "e")) {
            put(form_kind::feminine, w, "e");
            put(form_kind::plural, w, "es");
        }
    } else if (pos == word_class::adj) {
        // The feminine as a stem and up to two endings.
        sv stem = w, end1, end2;
        if (ends_with(w, "e")) {
        } else if (ends_with(w, "if")) {
            stem = cut(2), end1 = "ive";
        } else if (ends_with(w, "eux")) {
            stem = cut(3), end1 = "euse";
        } else if (ends_with(w, "el") || ends_with(w, "en") || ends_with(w, "on")) {
            end1 = w.substr(w.size() - 1), end2 = "e";
        } else if (ends_with(w, "er")) {
            stem = cut(2), end1 = "ere";
        } else {
            end1 = "e";
        }
        if (!end1.empty()) put(form_kind::feminine, stem, end1, end2);
        put(form_kind::plural, stem, end1, end2, "s");
        if (ends_with(w, "al")) put(form_kind::plural, cut(2), "aux");
        else if (!ends_with(w, "s") && !ends_with(w, "x")) put(form_kind::plural, w, "s");
    } else if (pos == word_class::verb && w.find(' ') == sv::npos) {
        if (ends_with(w, "er")) {
            const sv st = cut(2);
            // "commencer" -> "commençons" is folded to "commencons": c stays c.
            const sv soft = ends_with(st, "g") ? "e" : "";
            put(form_kind::present3s, st, "e");
            put(form_kind::present3p, st, "ent");
            for (const sv p : {"e", "ee", "es", "ees"}) put(form_kind::participle, st, p);
            for (const sv f : {"es", "ons", "ez", "ait", "aient", "era", "eront", "erait",
                               "eraient", "ant", "a", "erent", "ai", "erai"}) {
                put(form_kind::other, st, f[0] == 'a' || f[0] == 'o' ? soft : sv(), f);
            }
            // "appeler" -> "appelle", "jeter" -> "jette", "lever" -> "lève" (folded "leve")
            if (ends_with(st, "l") || ends_with(st, "t")) {
                const sv last = st.substr(st.size() - 1);
                put(form_kind::present3s, st, last, "e");
                put(form_kind::present3p, st, last, "ent");
            }
        } else if (ends_with(w, "dre") && !ends_with(w, "indre") && !ends_with(w, "oudre")) {
            const sv st = cut(3);  // and "d"
            put(form_kind::present3s, st, "d");
            put(form_kind::present3p, st, "d", "ent");
            for (const sv p : {"u", "ue", "us", "ues"}) put(form_kind::participle, st, "d", p);
            for (const sv f : {"ait", "aient", "ra", "ront", "rait", "raient", "ant"}) {
                put(form_kind::other, st, "d", f);
            }
        } else if (ends_with(w, "ir")) {
            const sv st = cut(2);
            put(form_kind::present3s, st, "it");
            put(form_kind::present3p, st, "issent");
            for (const sv p : {"i", "ie", "is", "ies"}) put(form_kind::participle, st, p);
            for (const sv f : {"issait", "issaient", "ira", "iront", "irait", "iraient",
                               "issant", "irent"}) {
                put(form_kind::other, st, f);
            }
        }
    }
}

std::vector<std::pair<std::string, form_kind>> french_forms(const std::string& w, word_class pos) {
    std::vector<std::pair<std::string, form_kind>> out;
    each_french_form(w, pos, [&](std::string_view f, form_kind k) { out.emplace_back(f, k); });
    return out;
}

// Whether the tokenizer reads `fr` as one word whose key is `key` (its fold_key): letters only,
// every one folding to an ASCII letter. (Splitting it, a key store and two vectors, was a
// tenth of a load.)
bool one_plain_word(std::string_view fr, std::string_view key) {
    auto letter = [](unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    return !key.empty() &&
           std::all_of(fr.begin(), fr.end(), [&](char c) { return letter(static_cast<unsigned char>(c)) || (c & 0x80) != 0; }) &&
           std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The entries' French forms while the lexicon is read, before they are frozen into the word
// index: their bytes one after another in one string, and per form where it starts and its
// hit (12 bytes; a std::string and a hit in a deque, 40 bytes and more a form, were the
// largest temporary of a reload, which holds the previous pack beside the new one).
class form_list final {
  public:
    void reserve(std::size_t forms, std::size_t bytes) {
        forms_.reserve(forms);
        text_.reserve(bytes);
    }
    void add(std::string_view key, form_hit hit) {
        forms_.push_back({static_cast<uint32_t>(text_.size()), hit.entry, hit.form, hit.words});
        text_ += key;
    }
    std::size_t size() const { return forms_.size(); }
    // A form ends where the next one starts.
    std::string_view key(std::size_t i) const {
        const std::size_t end = i + 1 < forms_.size() ? forms_[i + 1].at : text_.size();
        return std::string_view(text_.data() + forms_[i].at, end - forms_[i].at);
    }
    form_hit hit(std::size_t i) const { return {forms_[i].entry, forms_[i].kind, forms_[i].words}; }
    void clear() {
        decltype(forms_)().swap(forms_);
        std::string().swap(text_);
    }

  private:
    struct form {
        uint32_t at;  // in text_
        uint32_t entry;
        form_kind kind;
        uint8_t words;
    };
    // (Grown by doubling: its spare room is gone before the word index, the peak of a load,
    // is made.)
    std::vector<form> forms_;
    std::string text_;
};

// Lists the forms of entry `id` in `pending`, or files it under its first word when it is a
// phrase. With no list (the forms read from the library's image) only phrases are filed.
void index_entry(lexicon& lex, uint32_t id, form_list* pending, word_splitter& split_words) {
    const lexicon_entry& e = lex.entries[id];
    std::vector<std::string> words;
    std::string_view single;
    if (one_plain_word(e.fr, e.fr_key)) {
        single = e.fr_key;
    } else {
        words = split_words(e.fr);
        if (words.empty()) return;
        if (words.size() == 1) single = words[0];
    }
    if (!single.empty()) {
        if (pending == nullptr) return;
        each_french_form(single, e.pos, [&](std::string_view form, form_kind kind) {
            pending->add(form, {id, kind, 1});
        });
        if (!e.fr_3sg().empty()) pending->add(fold_key(e.fr_3sg()), {id, form_kind::present3s, 1});
        if (!e.fr_3pl().empty()) pending->add(fold_key(e.fr_3pl()), {id, form_kind::present3p, 1});
        if (!e.fr_pp().empty()) {
            const std::string pp = fold_key(e.fr_pp());
            for (const char* end : {"", "e", "s", "es"}) {
                if (*end == 's' && pp.back() == 's') continue;
                pending->add(pp + end, {id, form_kind::participle, 1});
            }
        }
        return;
    }
    // Phrases: the lemma as written, and the plural of the head word for nouns and titles.
    lex.phrases[words[0]].push_back({words, id});
    if (e.pos == word_class::noun || e.pos == word_class::title) {
        auto plural = words;
        const auto forms = french_forms(words[0], e.pos);
        for (const auto& [form, kind] : forms) {
            if (kind != form_kind::plural) continue;
            plural[0] = form;
            lex.phrases[plural[0]].push_back({plural, id});
        }
    }
}

void index_country(lexicon& lex, uint32_t id, word_splitter& split_words) {
    const country_entry& c = lex.countries[id];
    lex.country_by_key.emplace(c.key, id);
    std::vector<std::string> names{c.fr};
    for (const auto& a : c.fr_adj) names.push_back(a);
    for (const auto& n : names) {
        std::vector<std::string> words = split_words(n);
        // "la Belgique" is looked up without its article.
        static const word_list articles{"le", "la", "les", "l'"};
        if (words.size() > 1 && articles.count(words[0]) != 0) words.erase(words.begin());
        if (words.empty()) continue;
        if (words.size() == 1) {
            lex.country_by_form.emplace(words[0], id);
            for (const auto& [form, kind] : french_forms(words[0], word_class::adj)) {
                if (&n != &names[0]) lex.country_by_form.emplace(form, id);
            }
        } else {
            lex.phrases[words[0]].push_back({words, country_flag + id});
        }
    }
}

// Where an entry or country was first defined, for the message about a second definition.
// The path is the pack source's, which outlives the load.
struct definition {
    const std::string* file;
    int line;
    std::string at() const { return *file + ":" + std::to_string(line); }
};
using definitions = std::unordered_map<std::string, definition>;

std::optional<word_class> read_class(const yaml_node& n, const file_problems& where) {
    const auto name = as_text_view(n, where, "pos");
    if (!name) return std::nullopt;
    const auto* const it = std::find_if(std::begin(class_names), std::end(class_names),
                                        [&](const auto& c) { return c.first == *name; });
    if (it == std::end(class_names)) {
        where.at(n, "unknown pos '" + std::string(*name) + "' (noun, verb, adj, adv, prep, det, conj, pron, "
                    "title, name, other)");
        return std::nullopt;
    }
    return it->second;
}

void read_entries(const yaml_node& list, const file_problems& where, const std::string& path,
                  lexicon& out, definitions& seen) {
    if (!list.is_sequence()) {
        where.at(list, "'entries' must be a list");
        return;
    }
    // An entry's keys, each value found by one walk over its pairs (the first of two equal
    // keys, as a look-up finds it): looking each key up walked the pairs once a key.
    enum field : uint8_t { fr, en, pos, en_3sg, en_pp, en_plural, fr_3sg, fr_3pl, fr_pp, en_de, en_a,
                           en_object, en_article, field_count };
    static constexpr std::string_view names[field_count] = {
        "fr", "en", "pos", "en_3sg", "en_pp", "en_plural", "fr_3sg", "fr_3pl", "fr_pp", "en_de", "en_a",
        "en_object", "en_article"};
    std::string fr_id;
    for (const auto& item : list) {
        if (!item.is_map()) {
            where.at(item, "a lexicon entry is a map with fr, en and pos");
            continue;
        }
        yaml_node value[field_count];
        bool unknown = false;
        for (const auto& kv : item) {
            const std::string_view key = kv.first.scalar();
            const auto* const name = std::find(std::begin(names), std::end(names), key);
            if (name == std::end(names)) {
                unknown = true;
            } else if (yaml_node& v = value[name - std::begin(names)]; !v.is_defined()) {
                v = kv.second;
            }
        }
        if (unknown) check_keys(item, std::begin(names), std::end(names), where);
        if (!value[fr].is_defined()) where.at(item, "lexicon entry without 'fr' (French)");
        if (!value[en].is_defined()) where.at(item, "lexicon entry without 'en' (English)");
        if (!value[fr].is_defined() || !value[en].is_defined()) continue;
        const auto fr_text = as_text_view(value[fr], where, "fr");
        const auto en_text = as_text_view(value[en], where, "en");
        auto pos_class = value[pos].is_defined() ? read_class(value[pos], where)
                                                 : std::optional<word_class>(word_class::other);
        if (!fr_text || !en_text || !pos_class) continue;
        // Function words may have no English ("ne", "se"); content words must have one.
        const bool function = *pos_class == word_class::det || *pos_class == word_class::prep ||
                              *pos_class == word_class::conj || *pos_class == word_class::pron ||
                              *pos_class == word_class::other;
        if (fr_text->empty() || (en_text->empty() && !function)) {
            where.at(item, "lexicon entry with an empty language");
            continue;
        }
        // (Made in place: the entries' room is reserved, and one given up is the last.)
        lexicon_entry& e = out.entries.emplace_back();
        e.fr = *fr_text;
        e.en = *en_text;
        e.pos = *pos_class;
        using rare = lexicon_entry::rare_fields;
        for (auto [f, member] : {std::pair{en_3sg, &rare::en_3sg}, std::pair{en_pp, &rare::en_pp},
                                 std::pair{en_plural, &rare::en_plural}, std::pair{fr_3sg, &rare::fr_3sg},
                                 std::pair{fr_3pl, &rare::fr_3pl}, std::pair{fr_pp, &rare::fr_pp},
                                 std::pair{en_object, &rare::en_object}}) {
            if (!value[f].is_defined()) continue;
            if (const auto v = as_text_view(value[f], where, names[f].data())) e.rare().*member = *v;
        }
        if (value[en_de].is_defined()) e.rare().en_de = as_text(value[en_de], where, "en_de");
        if (value[en_a].is_defined()) e.rare().en_a = as_text(value[en_a], where, "en_a");
        if (const yaml_node article = value[en_article]; article.is_defined()) {
            const auto a = as_text_view(article, where, "en_article");
            if (a && *a != "the") {
                where.at(article, "en_article must be \"the\"");
            } else if (a) {
                e.en_the = *pos_class == word_class::name;
                if (!e.en_the) where.at(article, "en_article is for names (pos: name)");
            }
        }
        // (The folded lemma kept: the index reads it.)
        e.fr_key = fold_key(e.fr);
        fr_id.assign(e.fr_key).append(1, '/').append(std::to_string(static_cast<int>(e.pos)));
        auto [it, fresh] = seen.emplace(fr_id, definition{&path, item.mark().line + 1});
        if (!fresh) {
            where.at(item,
                     "duplicate lexicon entry '" + e.fr + "' (first at " + it->second.at() + ")");
            out.entries.pop_back();
        }
    }
}

void read_countries(const yaml_node& list, const file_problems& where, const std::string& path,
                    lexicon& out, definitions& seen) {
    if (!list.is_sequence()) {
        where.at(list, "'countries' must be a list");
        return;
    }
    for (const auto& item : list) {
        if (!item.is_map()) {
            where.at(item, "a country is a map with key, fr, en, en_adj");
            continue;
        }
        if (out.countries.size() >= limits::max_countries) {
            where.at(item, "more than " + std::to_string(limits::max_countries) + " countries");
            return;
        }
        check_keys(item, {"key", "fr", "en", "en_adj", "fr_adj", "en_article"}, where);
        bool complete = true;
        for (const char* k : {"key", "fr", "en", "en_adj"}) {
            if (!item[k].is_defined()) {
                where.at(item, std::string("country without '") + k + "'");
                complete = false;
            }
        }
        if (!complete) continue;
        country_entry c;
        auto key = as_text(item["key"], where, "key");
        auto fr = as_text(item["fr"], where, "fr");
        auto en = as_text(item["en"], where, "en");
        auto adj = as_text(item["en_adj"], where, "en_adj");
        if (!key || !fr || !en || !adj) continue;
        c.key = *key;
        c.fr = *fr;
        c.en = *en;
        c.en_adj = *adj;
        if (const yaml_node art = item["en_article"]; art.is_defined()) {
            if (auto a = as_text(art, where, "en_article")) c.en_article = *a;
        }
        const yaml_node fa = item["fr_adj"];
        if (fa.is_defined()) {
            if (fa.is_sequence()) {
                for (const auto& a : fa) {
                    if (auto v = as_text(a, where, "fr_adj")) c.fr_adj.push_back(*v);
                }
            } else if (auto v = as_text(fa, where, "fr_adj")) {
                c.fr_adj.push_back(*v);
            }
        }
        auto [it, fresh] = seen.emplace("country:" + c.key, definition{&path, item.mark().line + 1});
        if (!fresh) {
            where.at(item["key"],
                     "duplicate country key '" + c.key + "' (first at " + it->second.at() + ")");
            continue;
        }
        c.mention_key = "country:" + c.key;
        c.fr_bare = bare_country(c.fr);
        out.countries.push_back(std::move(c));
    }
}

void read_cognates(const yaml_node& list, const file_problems& where, lexicon& out) {
    if (!list.is_sequence()) {
        where.at(list, "'cognates' must be a list");
        return;
    }
    for (const auto& item : list) {
        if (!item.is_map()) {
            where.at(item, "a cognate ending is a map with fr, en, pos");
            continue;
        }
        check_keys(item, {"fr", "en", "pos", "min_length"}, where);
        if (!item["fr"].is_defined() || !item["en"].is_defined()) {
            where.at(item, !item["fr"].is_defined() ? "cognate ending without 'fr' (French)"
                                                   : "cognate ending without 'en' (English)");
            continue;
        }
        auto fr = as_text(item["fr"], where, "fr");
        auto en = as_text(item["en"], where, "en");
        auto pos = item["pos"].is_defined() ? read_class(item["pos"], where)
                                           : std::optional<word_class>(word_class::noun);
        if (!fr || !en || !pos || fr->empty()) continue;
        cognate_rule c{*fr, fold_key(*fr), *en, *pos, 6};
        if (item["min_length"].is_defined()) {
            try {
                c.min_length = item["min_length"].as<std::size_t>();
            } catch (const yaml_conversion_error&) {
                where.at(item["min_length"], "min_length must be a whole number");
            }
        }
        out.cognates.push_back(std::move(c));
    }
}

}  // namespace

// True when the word list is missing or holds the word, or its singular for an "-s" plural.
bool is_english_word(const std::string& en) {
    const fallback_tables& tables = fallback_tables::get();
    if (!tables.has_english_words()) return true;
    std::string w;
    for (char c : en) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (tables.english_word(w)) return true;
    if (ends_with(w, "ies") && tables.english_word(w.substr(0, w.size() - 3) + "y")) return true;
    return ends_with(w, "s") && tables.english_word(w.substr(0, w.size() - 1));
}

const form_hit* lexicon::word(std::string_view lower, word_class want) const {
    const form_hits* hits = hits_of(lower);
    if (hits == nullptr) return nullptr;
    for (const auto& h : *hits) {
        if (entries[h.entry].pos == want) return &h;
    }
    return nullptr;
}

const form_hit* lexicon::any_word(std::string_view lower) const {
    const form_hits* hits = hits_of(lower);
    return hits == nullptr ? nullptr : &hits->front();
}

namespace {

// (Endings as string views: their lengths are known here, not measured at each word.)
using ending_pair = std::pair<std::string_view, std::string_view>;
constexpr ending_pair feminine_endings[] = {
    {"ive", "if"}, {"euse", "eux"}, {"elle", "el"}, {"enne", "en"}, {"ere", "er"},
    {"ee", "e"}, {"e", ""}};
constexpr ending_pair verb_endings[] = {
    {"eraient", "er"}, {"erait", "er"}, {"eront", "er"}, {"era", "er"}, {"aient", "er"},
    {"ait", "er"}, {"ant", "er"}, {"ent", "er"}, {"ons", "er"}, {"ez", "er"},
    {"ees", "er"}, {"ee", "er"}, {"es", "er"}, {"e", "er"}, {"issent", "ir"},
    {"issait", "ir"}, {"ies", "ir"}, {"ie", "ir"}, {"is", "ir"}, {"it", "ir"}, {"i", "ir"},
    {"ues", "re"}, {"ue", "re"}, {"us", "re"}, {"u", "re"}};

// The regular French endings form k may be undone by: plural, feminine, then verb endings
// (most words outside the pack are regular, and the dictionary lists lemmas only). Each is
// passed as f(stem, ending), in that order, until f returns true; returns whether one did.
template <typename F>
bool each_undone_ending(std::string_view k, F f) {
    std::string_view sg = k;
    if (ends_with(k, "aux") && f(k.substr(0, k.size() - 3), std::string_view("al"))) return true;
    if (ends_with(k, "s") || ends_with(k, "x")) {
        sg = k.substr(0, k.size() - 1);
        if (f(sg, std::string_view())) return true;
    }
    for (const auto& [fe, m] : feminine_endings) {
        if (ends_with(sg, fe)) {
            if (f(sg.substr(0, sg.size() - fe.size()), m)) return true;
            break;
        }
    }
    for (const auto& [ve, inf] : verb_endings) {
        if (ends_with(k, ve) && k.size() > ve.size() + 2) {
            if (f(k.substr(0, k.size() - ve.size()), inf)) return true;
            break;
        }
    }
    return false;
}

}  // namespace

std::vector<std::string> lemma_guesses(std::string_view key) {
    using sv = std::string_view;
    std::vector<std::string> out;
    out.reserve(5);
    out.emplace_back(key);
    // stem + ending, unless shorter than two letters or a guess already made
    each_undone_ending(key, [&](sv stem, sv ending) {
        const std::size_t n = stem.size() + ending.size();
        if (n < 2) return false;
        for (const auto& o : out) {
            if (o.size() == n && sv(o).substr(0, stem.size()) == stem &&
                sv(o).substr(stem.size()) == ending) {
                return false;
            }
        }
        std::string& w = out.emplace_back();
        w.reserve(n);
        w.append(stem).append(ending);
        return false;
    });
    return out;
}

const form_hit* lexicon::guess(std::string_view lower) const {
    // lemma_guesses(lower) in order, each looked up as it is made (in a buffer on the stack
    // when it fits): the first found wins, so a guess made twice changes nothing.
    if (const form_hits* hits = hits_of(lower)) return &hits->front();
    const form_hit* found = nullptr;
    each_undone_ending(lower, [&](std::string_view stem, std::string_view ending) {
        const std::size_t n = stem.size() + ending.size();
        if (n < 2) return false;
        char buf[64];
        std::string long_guess;
        std::string_view g;
        if (n <= sizeof buf) {
            std::memcpy(buf, stem.data(), stem.size());
            if (!ending.empty()) std::memcpy(buf + stem.size(), ending.data(), ending.size());
            g = std::string_view(buf, n);
        } else {
            long_guess.append(stem).append(ending);
            g = long_guess;
        }
        if (const form_hits* hits = hits_of(g)) found = &hits->front();
        return found != nullptr;
    });
    return found;
}

std::string lexicon::fallback(std::string_view lower, std::string_view written) const {
    return fallback_word(lower, written).en;
}

lexicon::fallback_hit lexicon::fallback_word(std::string_view lower,
                                             std::string_view written) const {
    if (memo_id == 0) return fallback_uncached(lower, written);
    // The same words come back in every document: answers are remembered per thread (no
    // lock), under the lexicon's id so that a reloaded pack never sees another's answers.
    thread_local std::unordered_map<std::string, fallback_hit> memo;
    std::string key(reinterpret_cast<const char*>(&memo_id), sizeof memo_id);
    key += lower;
    key += '\0';
    key += written;
    if (auto it = memo.find(key); it != memo.end()) return it->second;
    fallback_hit hit = fallback_uncached(lower, written);
    if (memo.size() >= 16384) memo.clear();  // bounded (a few MB): an endless stream of new words
    memo.emplace(std::move(key), hit);
    return hit;
}

bool lexicon::has_french_ending(std::string_view lower) const {
    // The guesses of lemma_guesses(lower), each made in a buffer on the stack when it fits and
    // asked as it is made (the question is whether any has a cognate ending: their order and a
    // guess made twice change nothing), with no list of strings to allocate.
    // (The last bytes compared first, in line: most endings differ there.)
    auto cognate_ending = [&](std::string_view g) {
        for (const auto& c : cognates) {
            if (g.size() < c.min_length) continue;
            if (c.fr_key.empty() || (!g.empty() && g.back() == c.fr_key.back() && ends_with(g, c.fr_key))) {
                return true;
            }
        }
        return false;
    };
    if (cognate_ending(lower)) return true;
    const bool found = each_undone_ending(lower, [&](std::string_view stem, std::string_view ending) {
        const std::size_t n = stem.size() + ending.size();
        if (n < 2) return false;
        char buf[64];
        if (n > sizeof buf) return cognate_ending(std::string(stem).append(ending));
        std::memcpy(buf, stem.data(), stem.size());
        if (!ending.empty()) std::memcpy(buf + stem.size(), ending.data(), ending.size());
        return cognate_ending(std::string_view(buf, n));
    });
    return found || (use_freedict && !fallback(lower).empty());
}

lexicon::fallback_hit lexicon::fallback_uncached(std::string_view lower,
                                                 std::string_view written) const {
    for (const auto& g : lemma_guesses(lower)) {
        for (const auto& c : cognates) {
            if (g.size() < c.min_length || !ends_with(g, c.fr_key)) continue;
            // An accented ending must be written so: "-ité" is no "-ite" ("limite").
            if (c.fr != c.fr_key && !written.empty() &&
                written.find(c.fr) == std::string::npos) {
                continue;
            }
            std::string en = g.substr(0, g.size() - c.fr_key.size()) + c.en;
            if (!is_english_word(en)) continue;
            if (c.pos == word_class::noun && g != lower && ends_with(lower, "s")) {
                en += ends_with(en, "y") ? "" : "s";
                if (ends_with(en, "y")) en = en.substr(0, en.size() - 1) + "ies";
            }
            return {en, c.pos};
        }
    }
    if (!use_freedict) return {};
    for (const auto& g : lemma_guesses(lower)) {
        const fallback_tables::translation t = fallback_tables::get().freedict(g);
        if (t.en.empty()) continue;
        fallback_hit hit{std::string(t.en), t.pos};
        // The dictionary lists singulars: a French plural noun stays plural. Some of its
        // English is plural already ("dépense": "expenses").
        const bool english_plural_already = ends_with(hit.en, "s") && !ends_with(hit.en, "ss");
        if (hit.pos == word_class::noun && g != lower && !english_plural_already &&
            (ends_with(lower, "s") || ends_with(lower, "x"))) {
            lexicon_entry n;
            n.en = hit.en;
            hit.en = english_plural(n);
        }
        return hit;
    }
    return {};
}

namespace {

// "take part" -> "take", " part": an English verb phrase inflects its first word only.
std::pair<std::string, std::string> head_and_rest(const std::string& v) {
    const auto space = v.find(' ');
    return {v.substr(0, space), space == std::string::npos ? "" : v.substr(space)};
}

}  // namespace

std::string english_3sg(const lexicon_entry& e) {
    if (!e.en_3sg().empty()) return e.en_3sg();
    const auto [head, tail] = head_and_rest(e.en);
    std::string out;
    if (head == "be") out = "is";
    else if (head == "have") out = "has";
    else if (ends_with(head, "s") || ends_with(head, "sh") || ends_with(head, "ch") ||
             ends_with(head, "x") || ends_with(head, "z") || ends_with(head, "o"))
        out = head + "es";
    else if (head.size() > 1 && head.back() == 'y' &&
             std::string("aeiou").find(head[head.size() - 2]) == std::string::npos)
        out = head.substr(0, head.size() - 1) + "ies";
    else out = head + "s";
    return out + tail;
}

std::string english_pp(const lexicon_entry& e) {
    if (!e.en_pp().empty()) return e.en_pp();
    const auto [head, tail] = head_and_rest(e.en);
    std::string out;
    if (ends_with(head, "e")) out = head + "d";
    else if (head.size() > 1 && head.back() == 'y' &&
             std::string("aeiou").find(head[head.size() - 2]) == std::string::npos)
        out = head.substr(0, head.size() - 1) + "ied";
    else out = head + "ed";
    return out + tail;
}

std::string english_ing(const lexicon_entry& e) {
    const auto [head, tail] = head_and_rest(e.en);
    if (head == "be" || head == "see" || head == "agree" || ends_with(head, "ee") ||
        ends_with(head, "ye") || ends_with(head, "oe")) {
        return head + "ing" + tail;
    }
    if (ends_with(head, "ie")) return head.substr(0, head.size() - 2) + "ying" + tail;
    // A final consonant the past doubles, the -ing form doubles too ("stopped", "stopping").
    if (!e.en_pp().empty() && !head.empty() && e.en_pp() == head + head.back() + "ed" + tail) {
        return head + head.back() + "ing" + tail;
    }
    // So does a short verb whose past is irregular, ending in one vowel and one consonant
    // ("put", "putting"; "set", "get", "cut", "win"), and "begin", "forget".
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    if ((head.size() == 3 && !vowel(head[0]) && vowel(head[1]) && !vowel(head[2]) &&
         std::string_view("wxy").find(head[2]) == std::string_view::npos) ||
        head == "begin" || head == "forget") {
        return head + head.back() + "ing" + tail;
    }
    if (head.size() > 2 && ends_with(head, "e")) return head.substr(0, head.size() - 1) + "ing" + tail;
    return head + "ing" + tail;
}

std::string english_plural(const lexicon_entry& e) {
    if (!e.en_plural().empty()) return e.en_plural();
    const std::string& n = e.en;
    // "Englishman", "spokesman", "chairwoman": -men ("human", "German" are no compounds of man)
    if (ends_with(n, "man") && n.size() > 4 && !ends_with(n, "human") && !ends_with(n, "German") &&
        !ends_with(n, "Roman") && !ends_with(n, "Norman") && !ends_with(n, "Ottoman") &&
        !ends_with(n, "shaman") && !ends_with(n, "talisman")) {
        return n.substr(0, n.size() - 3) + "men";
    }
    if (ends_with(n, "s") || ends_with(n, "sh") || ends_with(n, "ch") || ends_with(n, "x")) return n + "es";
    if (n.size() > 1 && n.back() == 'y' &&
        std::string("aeiou").find(n[n.size() - 2]) == std::string::npos) {
        return n.substr(0, n.size() - 1) + "ies";
    }
    return n + "s";
}

namespace {

// Sorts values whose low 32 bits are their place in `v` (so already in order) as plain
// integers: a stable radix sort of their high 32 bits, 11 bits a pass, which leaves equal
// high halves in the order of their low ones. (std::sort took three times as long.)
void sort_by_high_half(std::vector<uint64_t>& v) {
    std::vector<uint64_t> other(v.size());
    for (const int shift : {32, 43, 54}) {
        std::size_t start[2049] = {};
        for (const uint64_t x : v) ++start[((x >> shift) & 2047) + 1];
        for (std::size_t b = 1; b <= 2048; ++b) start[b] += start[b - 1];
        for (const uint64_t x : v) other[start[(x >> shift) & 2047]++] = x;
        v.swap(other);
    }
}

// Reads what the lexicon files say into `out`: entries, countries, cognates, prefixes and
// word classes.
void read_lexicon(const yaml_pack& pack, lexicon& out, std::vector<diagnostic>& problems) {
    definitions seen;  // entry id -> its first definition
    // Entries and countries reserved at their number: grown by doubling, the entries' vector
    // (112 bytes an entry) kept up to twice the room it needed for the pack's lifetime.
    std::size_t entries = 0, countries = 0;
    for (const auto& f : pack.files()) {
        if (f.source->path.rfind("lexicon/", 0) != 0 || !f.doc->parsed()) continue;
        const yaml_node doc = f.doc->root();
        if (!doc.is_map()) continue;
        if (const yaml_node e = doc["entries"]; e.is_sequence()) entries += e.size();
        if (const yaml_node c = doc["countries"]; c.is_sequence()) countries += c.size();
    }
    out.entries.reserve(out.entries.size() + entries);
    grammar::prefault_room(out.entries);
    out.countries.reserve(out.countries.size() + countries);
    for (const auto& f : pack.files()) {
        if (f.source->path.rfind("lexicon/", 0) != 0 || !f.doc->parsed()) continue;
        const file_problems where(f.source->path, problems);
        const yaml_node doc = f.doc->root();
        if (!doc.is_map()) {
            where.at(doc, "a lexicon file is a map with 'entries' and/or 'countries'");
            continue;
        }
        // The word classes the English realisation asks of French words.
        const std::pair<const char*, folded_words*> classes[] = {
            {"keeps_of", &out.keeps_of},
            {"hearing_bodies", &out.hearing_bodies},
            {"venues", &out.venues},
            {"periods", &out.periods},
            {"named_kinds", &out.named_kinds},
            {"person_verbs", &out.person_verbs},
            {"agentive_participles", &out.agentive_participles},
            {"measure_verbs", &out.measure_verbs},
            {"person_nouns", &out.person_nouns},
            {"mass_nouns", &out.mass_nouns}};
        check_keys(doc, {"description", "entries", "countries", "cognates", "prefixes", "keeps_of",
                          "hearing_bodies", "venues", "periods", "named_kinds", "person_verbs", "agentive_participles",
                          "measure_verbs", "person_nouns", "mass_nouns", "freedict_fallback"},
                   where);
        for (const auto& [name, words] : classes) {
            const yaml_node list = doc[name];
            if (!list.is_defined()) continue;
            if (!list.is_sequence()) {
                where.at(list, std::string("'") + name + "' must be a list of words");
                continue;
            }
            for (const auto& item : list) {
                if (auto w = as_text(item, where, name)) words->add(fold_key(*w));
            }
        }
        if (const yaml_node px = doc["prefixes"]; px.is_defined()) {
            if (!px.is_sequence()) where.at(px, "'prefixes' must be a list");
            for (const auto& item : px) {
                if (!item.is_map() || !item["fr"].is_defined() || !item["en"].is_defined()) {
                    where.at(item, "a prefix is a map with fr and en");
                    continue;
                }
                check_keys(item, {"fr", "en"}, where);
                auto fr = as_text(item["fr"], where, "fr");
                auto en = as_text(item["en"], where, "en");
                if (fr && en) out.prefixes.emplace_back(fold_key(*fr), *en);
            }
        }
        if (const yaml_node cg = doc["cognates"]; cg.is_defined()) read_cognates(cg, where, out);
        const std::string& path = f.source->path;
        if (doc["entries"].is_defined()) read_entries(doc["entries"], where, path, out, seen);
        if (doc["countries"].is_defined()) read_countries(doc["countries"], where, path, out, seen);
        if (const yaml_node fb = doc["freedict_fallback"]; fb.is_defined()) {
            try {
                out.use_freedict = fb.as<bool>();
            } catch (const yaml_conversion_error&) {
                where.at(fb, "freedict_fallback must be true or false");
            }
        }
    }
}

// Forms of one hash that differ (a few pairs a pack) put in order by their bytes within the
// run of that hash: `order` holds each form's number in `pending` in its low half.
void order_forms(std::vector<uint64_t>& order, const form_list& pending) {
    // (Their order is sorted, not the forms: moving some 25,000 strings about cost more than
    // comparing them, and a stable sort's buffer of them was the peak of a reload.) They are
    // grouped by 32 bits of their hash above their number, sorted as plain integers: sorting
    // by the forms' bytes was a quarter of a reload.
    for (uint32_t i = 0; i < order.size(); ++i) {
        order[i] = (word_table::hash(pending.key(i)) >> 32) << 32 | i;
    }
    sort_by_high_half(order);
    auto number = [](uint64_t o) { return static_cast<uint32_t>(o); };
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i + 1;
        bool mixed = false;
        for (; j < order.size() && order[j] >> 32 == order[i] >> 32; ++j) {
            mixed = mixed || pending.key(number(order[j])) != pending.key(number(order[i]));
        }
        if (mixed) {
            std::sort(order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(j),
                      [&](uint64_t a, uint64_t b) {
                          const int c = pending.key(number(a)).compare(pending.key(number(b)));
                          return c < 0 || (c == 0 && a < b);
                      });
        }
        i = j;
    }
}

// The forms frozen: grouped by form (a form's hits in the order they were defined), their
// hits into `hits`, their keys one after another into `keys`, and what the word index needs of
// the k-th form into runs[k]: its key's size in the high half, its number of hits in the low.
// Returns the number of forms.
std::size_t freeze_forms(const form_list& pending, std::vector<form_hit>& hits, std::string& keys,
                         std::vector<uint64_t>& runs) {
    std::vector<uint64_t>& order = runs;  // (made over in place: a form's run follows its hits)
    order.assign(pending.size(), 0);
    order_forms(order, pending);
    auto number = [](uint64_t o) { return static_cast<uint32_t>(o); };
    auto key_at = [&](std::size_t i) { return pending.key(number(order[i])); };
    std::size_t key_bytes = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || key_at(i) != key_at(i - 1)) key_bytes += key_at(i).size();
    }
    hits.clear();
    hits.reserve(pending.size());
    keys.clear();
    keys.reserve(key_bytes);
    std::size_t forms = 0;
    for (std::size_t i = 0; i < order.size(); ++forms) {
        const std::string_view form = key_at(i);
        const std::size_t at = hits.size();
        for (; i < order.size() && key_at(i) == form; ++i) hits.push_back(pending.hit(number(order[i])));
        keys += form;
        order[forms] = uint64_t{form.size()} << 32 | (hits.size() - at);
    }
    order.resize(forms);
    return forms;
}

// Frozen forms, the lexicon's own or the image's: `count` forms, runs[k] the k-th form's key
// size and number of hits (see freeze_forms), their keys one after another and their hits.
struct frozen_forms {
    const uint64_t* runs = nullptr;
    std::size_t count = 0;
    std::string_view keys;
    const form_hit* hits = nullptr;
    std::size_t hit_count = 0;
};

// Each form into the word index, with its hits and what they say of it.
void index_forms(lexicon& out, const frozen_forms& forms) {
    std::size_t key_from = 0;
    const form_hit* hits = forms.hits;
    for (std::size_t k = 0; k < forms.count; ++k) {
        const std::size_t size = forms.runs[k] >> 32;
        const std::size_t count = static_cast<uint32_t>(forms.runs[k]);
        lexicon::word_info& info = out.word_index[forms.keys.substr(key_from, size)];
        key_from += size;
        info.forms = form_hits(hits, hits + count);
        hits += count;
        info.function_word = std::any_of(info.forms.begin(), info.forms.end(), [&](const form_hit& h) {
            return function_class(out.entries[h.entry].pos);
        });
        info.title_word = std::any_of(info.forms.begin(), info.forms.end(), [&](const form_hit& h) {
            return out.entries[h.entry].pos == word_class::title;
        });
    }
}

// The image of the embedded pack's forms (lexicon_forms_image()): what it was made of (the
// numbers of entries and countries read, which a load checks), then the frozen forms, each
// array at a multiple of eight bytes from the start, read in place.
// (01: runs, hits member by member with zeroed padding, keys.)
constexpr std::string_view forms_image_magic = "PRFORM01";

class forms_image final {
public:
    explicit forms_image(std::string_view bytes) {
        static_assert(std::is_trivially_copyable_v<form_hit> && sizeof(form_hit) == 8);
        image_reader r(bytes);
        if (r.bytes(forms_image_magic.size()) != forms_image_magic) return;
        const uint64_t entries = r.get<uint64_t>(), countries = r.get<uint64_t>();
        const uint64_t count = r.get<uint64_t>(), hit_count = r.get<uint64_t>(), key_bytes = r.get<uint64_t>();
        r.align(8);
        struct run_view {
            const uint64_t* items;
            std::size_t count;
        } runs{};
        struct hit_view {
            const form_hit* items;
            std::size_t count;
        } hits{};
        if (!read_array(r, count, run_store_, runs) || !read_array(r, hit_count, hit_store_, hits)) return;
        const std::string_view keys = r.bytes(static_cast<std::size_t>(key_bytes));
        if (r.failed() || !r.rest().empty()) return;
        // Runs that do not add up to the hits and keys are a broken image.
        uint64_t sizes = 0, counted = 0;
        for (std::size_t k = 0; k < runs.count; ++k) {
            sizes += runs.items[k] >> 32;
            counted += static_cast<uint32_t>(runs.items[k]);
        }
        if (sizes != keys.size() || counted != hits.count) return;
        for (std::size_t h = 0; h < hits.count; ++h) {
            if (hits.items[h].entry >= entries) return;
        }
        entries_ = entries;
        countries_ = countries;
        forms_ = {runs.items, runs.count, keys, hits.items, hits.count};
        whole_ = true;
    }
    static const forms_image& embedded();
    bool whole() const { return whole_; }
    // The image's forms, for a lexicon that read as many entries and countries as the image
    // was made of; else nullptr.
    const frozen_forms* for_lexicon(const lexicon& lex) const {
        return whole_ && lex.entries.size() == entries_ && lex.countries.size() == countries_ ? &forms_ : nullptr;
    }

    static std::string write(const lexicon& lex, const std::vector<form_hit>& hits, std::string_view keys,
                             const std::vector<uint64_t>& runs) {
        image_writer w;
        w.put_bytes(forms_image_magic);
        w.put(uint64_t{lex.entries.size()});
        w.put(uint64_t{lex.countries.size()});
        w.put(uint64_t{runs.size()});
        w.put(uint64_t{hits.size()});
        w.put(uint64_t{keys.size()});
        w.align(8);
        for (const uint64_t run : runs) w.put(run);
        for (const form_hit& h : hits) {
            form_hit copy;
            std::memset(static_cast<void*>(&copy), 0, sizeof copy);
            copy.entry = h.entry;
            copy.form = h.form;
            copy.words = h.words;
            w.put(copy);
        }
        w.put_bytes(keys);
        return w.take();
    }

private:
    bool whole_ = false;
    uint64_t entries_ = 0, countries_ = 0;
    frozen_forms forms_;
    std::vector<uint64_t> run_store_;  // (where the bytes do not lie aligned)
    std::vector<form_hit> hit_store_;
};

// The image made at build time (cmake/build_data.S.in). The tool that makes it is built without
// one, and so is any build that makes none.
#if PRECIS_LEXICON_FORMS
PRECIS_BUILD_DATA_SYMBOLS(lexicon_forms)
#endif

const forms_image& forms_image::embedded() {
#if PRECIS_LEXICON_FORMS
    static const forms_image image(PRECIS_BUILD_DATA(lexicon_forms));
#else
    static const forms_image image{std::string_view()};
#endif
    return image;
}

// The forms of every entry listed, phrases and countries filed.
void list_forms(lexicon& out, form_list* pending) {
    if (pending != nullptr) {
        // (Room made once for the forms of the entries: a regular verb has 23 of them, most
        // words two to four, some 6 an entry and 9 bytes a form in the default pack. Grown by
        // doubling, the lists were written over twice, their pages faulted in each time; room
        // not used is not touched.)
        pending->reserve(out.entries.size() * 8, out.entries.size() * 80);
    }
    word_splitter split;
    for (uint32_t i = 0; i < out.entries.size(); ++i) index_entry(out, i, pending, split);
    for (uint32_t i = 0; i < out.countries.size(); ++i) index_country(out, i, split);
    for (auto& [first, list] : out.phrases) {
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
            return a.first.size() > b.first.size();
        });
    }
}

}  // namespace

void load_lexicon(yaml_pack& pack, lexicon& out, std::vector<diagnostic>& problems) {
    read_lexicon(pack, out, problems);
    // What the files said is read: their trees go before the forms are indexed, the biggest
    // part of a pack.
    pack.release("lexicon/");
    static std::atomic<uint64_t> loads{0};
    out.memo_id = ++loads;
    // The embedded pack's forms were frozen at build time, by this code over the same files:
    // only its phrases are filed here.
    const frozen_forms* imaged = pack.embedded() ? forms_image::embedded().for_lexicon(out) : nullptr;
    out.forms_imaged = imaged != nullptr;
    std::size_t forms = 0;
    std::vector<uint64_t> runs;
    if (imaged != nullptr) {
        list_forms(out, nullptr);
        forms = imaged->count;
    } else {
        form_list pending;
        list_forms(out, &pending);
        // Each form's hits and key copied out, the list goes before the word index is made:
        // the largest part of a pack, built while a reload still holds the previous one.
        forms = freeze_forms(pending, out.hit_pool, out.form_keys, runs);
    }
    out.word_index.clear();
    // Sized once for all it will hold (forms, phrases' first words, country forms, and some
    // room for the trimming markers' first words, added later): its slots are not made
    // again as words come.
    out.word_index.reserve(forms + out.phrases.size() + out.country_by_form.size() + 256);
    index_forms(out, imaged != nullptr ? *imaged
                                       : frozen_forms{runs.data(), runs.size(), out.form_keys,
                                                      out.hit_pool.data(), out.hit_pool.size()});
    std::vector<uint64_t>().swap(runs);
    for (const auto& [key, list] : out.phrases) {
        lexicon::word_info& info = out.word_index[key];
        info.phrases = &list;
        info.country_phrase = std::any_of(list.begin(), list.end(),
                                          [](const auto& p) { return p.second >= (1u << 24); });
        info.title_word = info.title_word || std::any_of(list.begin(), list.end(), [&](const auto& p) {
            return p.second < out.entries.size() && out.entries[p.second].pos == word_class::title;
        });
    }
    for (const auto& [key, id] : out.country_by_form) out.word_index[key].country = static_cast<int16_t>(id);
}

std::string lexicon_forms_image(const pack_source& source) {
    std::vector<diagnostic> problems;
    const yaml_pack pack(source, problems);
    lexicon lex;
    read_lexicon(pack, lex, problems);
    if (!problems.empty()) return {};
    form_list pending;
    list_forms(lex, &pending);
    std::vector<form_hit> hits;
    std::string keys;
    std::vector<uint64_t> runs;
    freeze_forms(pending, hits, keys, runs);
    return forms_image::write(lex, hits, keys, runs);
}

bool lexicon_forms_image_reads(std::string_view bytes) { return forms_image(bytes).whole(); }

bool has_lexicon_forms_image() { return forms_image::embedded().whole(); }

}  // namespace precis::rules
