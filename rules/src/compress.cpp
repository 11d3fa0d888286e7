// Sentence compression in the spirit of Hedge Trimmer: drop what a headline does without
// (datelines, opening adverbials, time phrases, attributions, parentheticals, appositions,
// relative and subordinate clauses), shorten actors, put the verb in the present, then cut
// at a phrase boundary. Each step is a named rule of trimming.yaml, applied in pack order.
#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "pipeline.hpp"
#include "word_set.hpp"

namespace precis::rules {

namespace {

// The trim kinds that rewrite words, not only drop them: their rules keep the text before them
// (see trimmer::apply) and end the rules a summary trim shares with a headline trim.
bool rewrites_words(trim_kind k) {
    return k == trim_kind::present_tense || k == trim_kind::reported_statement;
}

// The tokens whose flag is set, in order, into `out`, sized to their number: written first
// with no branch (each in place, counted when kept) into a buffer of the thread's, then copied
// once, where the vector sized to every token had each of its pointers zeroed first.
// (Four flags at a time, each 1 or 0 (see trimmer::keep_flags_into): four kept, as most of a
// text is, are written at once, and four gone are passed over.)
void kept_tokens(const tok* t, std::size_t n, const uint16_t* keep, std::vector<const tok*>& out,
                 std::vector<const tok*>& buffer) {
    if (buffer.size() < n) buffer.resize(n);
    const tok** const b = buffer.data();
    std::size_t k = 0, i = 0;
    constexpr uint64_t all_kept = 0x0001000100010001ull;
    for (; i + 4 <= n; i += 4) {
        uint64_t four;
        std::memcpy(&four, keep + i, sizeof four);
        if (four == all_kept) {
            b[k] = t + i;
            b[k + 1] = t + i + 1;
            b[k + 2] = t + i + 2;
            b[k + 3] = t + i + 3;
            k += 4;
        } else if (four != 0) {
            for (std::size_t j = i; j < i + 4; ++j) {
                b[k] = t + j;
                k += keep[j] != 0;
            }
        }
    }
    for (; i < n; ++i) {
        b[k] = t + i;
        k += keep[i] != 0;
    }
    out.assign(b, b + k);
}

// The trim rules' markers by their first word (trim_rule::markers_by_first of every rule, and
// pack_rules::marker_first_words), per thread for the pack in use: open addressing over the
// words' short hashes, which a token mostly carries already (tok::key_hash), where the pack's
// maps copy the key and hash it again at each lookup.
class marker_index final {
public:
    // The index of this pack (built on the thread's first use of the pack).
    static const marker_index& of(const rule_set::impl& rules, marker_index& index) {
        const auto& trims = rules.pack.trims;
        if (index.memo_id_ != rules.pack.lex.memo_id || index.trims_ != &trims ||
            index.rules_ != trims.size()) {
            index.build(rules);
        }
        return index;
    }
    // The rules (bit r, r < 64) whose steps walk the tokens where their markers may open
    // (trimmer::openings(), trimmer::idle()): the others need no list of them.
    uint64_t walked() const { return walked_; }
    // Their number (a count kept: the bits' count is a call, with no popcnt instruction).
    std::size_t walked_count() const { return walked_count_; }
    // The rules (bit r, r < 64) of kind k.
    uint64_t of_kind(trim_kind k) const { return of_kind_[static_cast<std::size_t>(k)]; }
    // The rules (bit r, r < 64) a marker of which opens with `word`, and its bit as a
    // markers' second word (pack_rules::marker_second_words), as a token's `markers` has
    // them; `hash` is its short hash when known (a token's key_hash), else 0.
    uint64_t rules_starting(std::string_view word, uint64_t hash) const {
        const word_entry* w = find(word, hash);
        return w == nullptr ? 0 : w->rules | w->second;
    }
    // The rules a marker of which opens with the word `elided` `next` glued ("d'" "apres":
    // the marker "d'apres" is one word), as rules_starting() would find them of the glued
    // word, but its bits as a second word. (The markers' words split at an apostrophe, looked
    // up by their two parts: few, and no glued copy to make and hash.)
    uint64_t rules_starting_glued(std::string_view elided, std::string_view next) const {
        for (const glued_words& g : glued_) {
            if (!same_bytes(g.elided, elided)) continue;
            for (const auto& [rest, rules] : g.rests) {
                if (same_bytes(rest, next)) return rules;
            }
            return 0;
        }
        return 0;
    }
    // The bits of pack_rules::marker_second_words.
    uint64_t second_words() const { return second_words_; }
    // Of `rules`, those a marker of which opening with the word of entry `w` (see entry())
    // may match in a sentence that holds the second words `present` (bits of
    // second_words()): those with a marker of one word or not checked (marker_list::any,
    // all_numbered), and those with a second word in the sentence. (All of them when the
    // word has no entry.)
    struct word_entry;
    uint64_t rules_matching(const word_entry* w, uint64_t rules, uint64_t present) const {
        if (w == nullptr) return rules;
        uint64_t matching = rules & w->open_any;
        // (Most words have no second word of theirs in the sentence: no list to walk.)
        if ((w->numbered & present) != 0) {
            for (uint32_t k = w->first; k < w->first + w->count; ++k) {
                const marker_list& l = lists_[k];
                if (l.rule < 64 && (l.numbered & present) != 0) matching |= rules & (uint64_t{1} << l.rule);
            }
        }
        return matching;
    }
    // The first bytes and sizes of rule `rule`'s verb markers (trim_rule::verb_markers), or
    // null when it has none: a lemma they do not hold is none of them.
    const word_shapes* verb_shapes(std::size_t rule) const {
        for (const auto& [r, shapes] : verb_shapes_) {
            if (r == rule) return &shapes;
        }
        return nullptr;
    }
    // The markers of one rule that open with one word (a list of r.markers_by_first), and what
    // the word after the first must be for one of them to match.
    struct marker_list {
        std::size_t rule = 0;
        const std::vector<uint32_t>* list = nullptr;
        // The markers' second words, each once.
        std::vector<std::string_view> seconds;
        // A marker may match whatever follows the first word: one of a single word.
        bool any = false;
        // The bits of `seconds` (pack_rules::marker_second_words); all_numbered: each of
        // them has one. (A second word with an apostrophe or a byte past ASCII has none: an
        // elided token, whose key ends with an apostrophe, may begin it and the next one go
        // on, so that its presence in the sentence says nothing.)
        uint64_t numbered = 0;
        bool all_numbered = true;
        // Whether a marker of the list may match when `key` is the word after the first
        // (`past_end`: there is none; `elided`: it ends with an apostrophe, see match_from).
        bool may_match(std::string_view key, bool past_end, bool elided) const {
            if (any) return true;
            if (past_end) return false;
            if (elided) return true;
            for (const std::string_view w : seconds) {
                if (same_bytes(w, key)) return true;
            }
            return false;
        }
    };
    // The markers of rule `rule` that open with `word`, or null.
    const marker_list* markers(std::size_t rule, std::string_view word, uint64_t hash) const {
        return markers(rule, find(word, hash));
    }
    // ... that open with the word of entry `w` (null: none).
    const marker_list* markers(std::size_t rule, const word_entry* w) const {
        if (w == nullptr) return nullptr;
        for (uint32_t k = w->first; k < w->first + w->count; ++k) {
            if (lists_[k].rule == rule) return &lists_[k];
        }
        return nullptr;
    }
    // The entry of `word` (a marker's first or second word), or null; `hash` as for
    // rules_starting().
    const word_entry* entry(std::string_view word, uint64_t hash) const { return find(word, hash); }
    // An entry by its number (0: null), and the number of one.
    const word_entry* entry(uint32_t number) const { return number == 0 ? nullptr : &words_[number - 1]; }
    uint32_t number(const word_entry* w) const {
        return w == nullptr ? 0 : static_cast<uint32_t>(w - words_.data()) + 1;
    }

    struct word_entry {
        std::string_view word;  // a marker's first or second word (nodes and strings never move)
        uint64_t hash = 0;
        uint64_t rules = 0;
        uint64_t second = 0;  // its bit in pack_rules::marker_second_words, or 0
        // Of its lists (as first word): the rules of those any of whose markers may match
        // (marker_list::any, or not all_numbered), and the bits of the others' second words.
        uint64_t open_any = 0, numbered = 0;
        uint32_t first = 0, count = 0;  // its (rule, list) pairs in lists_
    };

private:
    // (Keys of one or two bytes, which carry no key_hash, are found by their short slot, with
    // no hash to take: "le", "la", "de", "en", "a" open markers of several rules. In line:
    // asked once per token that opens a marker, mostly of such a key, where a call costs
    // about what the lookup does.)
    [[gnu::always_inline]] const word_entry* find(std::string_view word, uint64_t hash) const {
        if (slots_.empty()) return nullptr;
        if (const std::size_t k = word_table::short_slot(word); k != 0) {
            return short_[k] == 0 ? nullptr : &words_[short_[k] - 1];
        }
        if (hash == 0) hash = grammar::short_hash(word);
        for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
            const uint32_t e = slots_[at];
            if (e == 0) return nullptr;
            const word_entry& w = words_[e - 1];
            if (w.hash == hash && same_bytes(w.word, word)) return &w;
        }
    }
    void build(const rule_set::impl& rules) {
        const auto& trims = rules.pack.trims;
        words_.clear();
        lists_.clear();
        slots_.clear();
        // Each word's pairs, in rule order: gathered word by word.
        std::vector<std::pair<std::string_view, std::pair<std::size_t, const std::vector<uint32_t>*>>> all;
        for (std::size_t r = 0; r < trims.size(); ++r) {
            for (const auto& [word, list] : trims[r].markers_by_first) {
                all.push_back({word, {r, &list}});
            }
        }
        std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t k = 0; k < all.size(); ++k) {
            if (k == 0 || all[k].first != all[k - 1].first) {
                word_entry w;
                w.word = all[k].first;
                w.hash = grammar::short_hash(w.word);
                w.first = static_cast<uint32_t>(lists_.size());
                words_.push_back(w);
            }
            word_entry& w = words_.back();
            marker_list l;
            l.rule = all[k].second.first;
            l.list = all[k].second.second;
            lists_.push_back(l);
            ++w.count;
            if (all[k].second.first < 64) w.rules |= uint64_t{1} << all[k].second.first;
        }
        // Each list's second words, and their bits; each second word has an entry.
        const auto& second_words = rules.pack.marker_second_words;
        std::map<std::string_view, std::size_t> entry_of;
        for (std::size_t e = 0; e < words_.size(); ++e) entry_of[words_[e].word] = e;
        second_words_ = 0;
        for (const auto& [word, bit] : second_words) {
            auto [at, added] = entry_of.try_emplace(word, words_.size());
            if (added) {
                word_entry w;
                w.word = word;
                w.hash = grammar::short_hash(w.word);
                w.first = static_cast<uint32_t>(lists_.size());
                words_.push_back(w);
            }
            words_[at->second].second = bit;
            second_words_ |= bit;
        }
        for (marker_list& l : lists_) {
            for (const uint32_t m : *l.list) {
                const std::vector<std::string>& words = trims[l.rule].marker_words[m];
                if (words.empty()) continue;  // (matches nothing)
                if (words.size() == 1) {
                    l.any = true;
                    continue;
                }
                if (std::find(l.seconds.begin(), l.seconds.end(), words[1]) == l.seconds.end()) {
                    l.seconds.push_back(words[1]);
                }
                const auto it = second_words.find(words[1]);
                if (it == second_words.end()) {
                    l.all_numbered = false;
                } else {
                    l.numbered |= it->second;
                }
            }
        }
        for (word_entry& w : words_) {
            for (uint32_t k = w.first; k < w.first + w.count; ++k) {
                const marker_list& l = lists_[k];
                if (l.rule >= 64) continue;
                if (l.any || !l.all_numbered) {
                    w.open_any |= uint64_t{1} << l.rule;
                } else {
                    w.numbered |= l.numbered;
                }
            }
        }
        std::size_t size = 16;
        while (size < 2 * words_.size()) size *= 2;
        slots_.assign(size, 0);
        mask_ = size - 1;
        short_.fill(0);
        for (std::size_t e = 0; e < words_.size(); ++e) {
            if (const std::size_t k = word_table::short_slot(words_[e].word); k != 0) {
                short_[k] = static_cast<uint32_t>(e + 1);
                continue;
            }
            std::size_t at = words_[e].hash & mask_;
            while (slots_[at] != 0) at = (at + 1) & mask_;
            slots_[at] = static_cast<uint32_t>(e + 1);
        }
        glued_.clear();
        for (const word_entry& w : words_) {
            if (w.rules == 0) continue;  // (a second word only: none to find)
            for (std::size_t at = w.word.find('\''); at != std::string_view::npos && at + 1 < w.word.size();
                 at = w.word.find('\'', at + 1)) {
                const std::string_view elided = w.word.substr(0, at + 1);
                auto g = std::find_if(glued_.begin(), glued_.end(),
                                      [&](const glued_words& x) { return x.elided == elided; });
                if (g == glued_.end()) g = glued_.insert(glued_.end(), glued_words{elided, {}});
                g->rests.emplace_back(w.word.substr(at + 1), w.rules);
            }
        }
        verb_shapes_.clear();
        for (std::size_t r = 0; r < trims.size(); ++r) {
            if (trims[r].verb_markers.empty()) continue;
            word_shapes& shapes = verb_shapes_.emplace_back(r, word_shapes{}).second;
            for (const std::string& lemma : trims[r].verb_markers) shapes.add(lemma);
        }
        walked_ = 0;
        walked_count_ = 0;
        of_kind_.fill(0);
        for (std::size_t r = 0; r < trims.size() && r < 64; ++r) {
            const trim_kind k = trims[r].kind;
            of_kind_[static_cast<std::size_t>(k)] |= uint64_t{1} << r;
            if (k == trim_kind::time || k == trim_kind::relative || k == trim_kind::subordinate ||
                k == trim_kind::purpose || k == trim_kind::connective || k == trim_kind::source ||
                k == trim_kind::manner) {
                walked_ |= uint64_t{1} << r;
                ++walked_count_;
            }
        }
        memo_id_ = rules.pack.lex.memo_id;
        trims_ = &trims;
        rules_ = trims.size();
    }

    uint64_t memo_id_ = 0;
    const std::vector<trim_rule>* trims_ = nullptr;
    std::size_t rules_ = 0;
    uint64_t walked_ = 0;
    std::size_t walked_count_ = 0;
    std::array<uint64_t, static_cast<std::size_t>(trim_kind::cut) + 1> of_kind_{};  // see of_kind()
    std::vector<word_entry> words_;
    std::vector<marker_list> lists_;
    std::vector<uint32_t> slots_;  // index in words_ + 1; 0: empty
    std::size_t mask_ = 0;
    std::array<uint32_t, 1 + 128 + 27 * 27> short_{};  // by word_table::short_slot(): as slots_
    uint64_t second_words_ = 0;  // see second_words()
    // The words of words_ with an apostrophe before their end, by what it ends ("d'") and
    // what follows ("apres"), with the rules they open (see rules_starting_glued()).
    struct glued_words {
        std::string_view elided;
        std::vector<std::pair<std::string_view, uint64_t>> rests;
    };
    std::vector<glued_words> glued_;
    std::vector<std::pair<std::size_t, word_shapes>> verb_shapes_;  // see verb_shapes() (few rules)
};

// Words that never end a headline (see trimmer::dangling).
constexpr std::string_view dangling_words[] = {
    "de", "d'", "du", "des", "la", "le", "l'", "les", "et", "ou", "a", "au", "aux",
    "en", "pour", "par", "sur", "avec", "un", "une", "que", "qu'", "qui", "dans",
    "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "mais", "dont", "entre",
    "contre", "sans", "vers", "selon", "apres", "avant", "depuis", "plus", "tres",
    "ne", "n'", "se", "s'", "est", "sont", "a-t-il", "notamment", "lors", "chez",
    "comme", "afin", "deja", "aussi", "ont", "etre", "avoir", "ete", "c'",
    // conjunctions, prepositions and determiners that never end a sentence
    "si", "sous", "lorsque", "lorsqu'", "quand", "puisque", "puisqu'", "car", "ni",
    "parmi", "malgre", "pendant", "durant", "jusqu'", "jusque", "aupres", "envers",
    "tandis", "notre", "votre", "nos", "vos", "mon", "ma", "mes", "cet", "chaque",
    "quelques", "plusieurs", "aucun", "aucune", "devant", "derriere", "via", "hors", "sauf",
    // auxiliaries and modals, whose verb would be cut away ("la guerre d'Irak avait |")
    "avait", "avaient", "etait", "etaient", "sera", "seront", "serait", "seraient", "aura", "auront",
    "aurait", "auraient", "allait", "allaient", "va", "vont", "doit", "doivent", "devait", "devaient",
    "pourrait", "pourraient", "devrait", "devraient"};
// Words a headline may be cut before, but "et", "en" and "au" (see trimmer::is_boundary).
constexpr std::string_view boundary_words[] = {"mais", "qui", "que", "alors", "dans", "pour", "apres",
                                               "avec", "lors", "selon", "sur", "contre", "depuis", "par"};
// Determiners, after which a noun reading wins (see trimmer::verb_like).
constexpr std::string_view determiner_words[] = {
    "le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "au", "aux", "ce",
    "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "votre"};

// A list of token indices, each at most once, in room of the thread's for one per token
// (see trimmer::scratch): written with no test of its room, made once for all the lists (a
// vector's push_back tests it, and may call out, after which the compiler reads again what it
// kept in registers).
class token_list final {
public:
    token_list() = default;
    // An empty list over the room from `at` on.
    explicit token_list(uint32_t* at) : begin_(at), end_(at) {}
    void push_back(uint32_t i) { *end_++ = i; }
    const uint32_t* begin() const { return begin_; }
    const uint32_t* end() const { return end_; }
    bool empty() const { return begin_ == end_; }

private:
    uint32_t* begin_ = nullptr;
    uint32_t* end_ = nullptr;
};

// A run of token indices (a token_list's, or a vector's) as read.
struct token_span {
    const uint32_t* b = nullptr;
    const uint32_t* e = nullptr;
    const uint32_t* begin() const { return b; }
    const uint32_t* end() const { return e; }
};

class trimmer final {
    // Per-token flags in 16 bits, not bytes: a store through a byte type may alias anything,
    // and after each one the compiler would reload every vector's bounds.
    using keep_flags = std::vector<uint16_t>;

public:
    // (Not in line: in compress() its loop over the tokens would share the registers with
    // the caller's state, and keep its own on the stack.)
    // (`markers` and `room`: the thread's, found by the caller with its other state, as a
    // thread_local read in a shared library is a call.)
    struct scratch;
    [[gnu::noinline]] trimmer(const rule_set::impl& rules, const sentence_view& s, bool final_cut,
                              marker_index& markers, scratch& room)
        : final_cut_(final_cut), lex_(rules.pack.lex), trims_(rules.pack.trims), source_(s.source), toks_(s.toks.data()),
          n_(s.toks.size()), markers_(marker_index::of(rules, markers)), scratch_(room),
          keep_(all_kept(scratch_.keep, n_)), before_(room_for(scratch_.before, n_)),
          starts_(room_for(scratch_.starts, n_)),
          list_room_(room_for(scratch_.list_room, (token_lists + markers_.walked_count()) * n_)), finite_(list_room_),
          quotes_(list_room_ + n_), punct_(list_room_ + 2 * n_), commas_at_(list_room_ + 3 * n_),
          marks_(list_room_ + 4 * n_), selon_(list_room_ + 5 * n_), ques_(list_room_ + 6 * n_),
          avoir_(list_room_ + 7 * n_), civilities_(list_room_ + 8 * n_), definite_(list_room_ + 9 * n_),
          parens_(list_room_ + 10 * n_), numbers_(list_room_ + 11 * n_),
          times_(scratch_.times), all_(scratch_.all),
          opened_(list_room_ + 12 * n_), marker_lists_(room_for(scratch_.lists, n_)) {
        all_.clear();
        uint64_t filled = 0;
        // One lookup per token for all rules' markers, instead of one per token and rule.
        // (Through pointers read once: after each list's push_back the vectors' own would be
        // read again.)
        const tok* const toks = toks_;
        uint64_t* const starts = starts_;  // (each set below)
        std::size_t words = 0;
        uint64_t present = 0;  // the bits of the markers' second words the sentence holds
        const uint64_t walked = markers_.walked();
        const std::size_t indexed = std::min<std::size_t>(trims_.size(), 64);
        // Each walked rule's list of openers in the room after the token lists', n_ each.
        {
            openers_.set = walked;
            uint32_t* list = list_room_ + token_lists * n_;
            for (uint64_t bits = walked; bits != 0; bits &= bits - 1) {
                const auto rule = static_cast<std::size_t>(__builtin_ctzll(bits));
                openers_.begin[rule] = list;
                openers_.end[rule] = list;
                list += n_;
            }
        }
        // (The size read once too: each list's push_back may call out, after which a member
        // would be read again.)
        const std::size_t n = n_;
        for (std::size_t j = 0; j < n; ++j) {
            const tok& t = toks[j];
            // (What the token's lookup gave, in one test of forms_known; for a word, the kind
            // of word it is, if any: no other kind of token has one of their keys.)
            uint64_t opening;
            trim_word noted;
            if (t.forms_known) {
                opening = t.markers;
                noted = static_cast<trim_word>(t.trimmed & trim_word_mask);
            } else {
                opening = markers_.rules_starting(t.key, t.key_hash);
                noted = trim_word_of(t.key);
            }
            // "d'après" is two tokens here ("d'", "après"); the marker "d'apres" is one word.
            if (t.elided && j + 1 < n) {
                opening |= markers_.rules_starting_glued(t.key, toks[j + 1].key);
            }
            starts[j] = opening;
            present |= opening;
            const auto i = static_cast<uint32_t>(j);
            if ((opening & walked) != 0) opened_.push_back(i);
            // The tokens each whole-sentence check looks at, so that it skips the others.
            // (Words first, most tokens: no jump through the other kinds' table.)
            const tok_kind kind = t.kind;
            if (kind == tok_kind::word) {
                ++words;
                if (noted != trim_word::none) note_word(noted, t, i);
                if (finite_word(t)) finite_.push_back(i);
                continue;
            }
            switch (kind) {
                case tok_kind::number:
                    ++words;
                    numbers_.push_back(i);
                    break;
                case tok_kind::quote_close: marks_.push_back(i); [[fallthrough]];
                case tok_kind::quote_open: quotes_.push_back(i); break;
                case tok_kind::paren_open: parens_.push_back(i); break;
                case tok_kind::comma:
                    marks_.push_back(i);
                    commas_at_.push_back(i);
                    ++commas_;
                    // ", elle,": a stressed pronoun after a comma may open an incise (asked
                    // here, of the few commas, rather than of each word)
                    if (j + 1 < n && toks[j + 1].kind == tok_kind::word) {
                        const std::string_view key = toks[j + 1].key;
                        if (eq(key, "elle") || eq(key, "lui") || eq(key, "eux") || eq(key, "elles")) incise_ = true;
                    }
                    [[fallthrough]];
                case tok_kind::colon:
                case tok_kind::stop: punct_.push_back(i); break;
                case tok_kind::dash:
                    punct_.push_back(i);
                    if (j < dateline_reach) early_dash_ = true;
                    break;
                default: break;
            }
        }
        kept_words_ = words;
        // A marker of two words or more matches only where its second word follows the first:
        // a token where no marker of a rule can match, none of their second words being in
        // the sentence, opens none of that rule's (its steps then skip it, and a rule left with
        // no such token may be idle).
        // (After an elided token the two glued may open a marker too: not checked.)
        present &= markers_.second_words();
        for (const uint32_t j : opened_) {
            const tok& t = toks[j];
            uint64_t bits = starts[j] & walked;
            // (An elided token's openings may be the glued word's: no entry of its own.)
            const marker_index::word_entry* w = nullptr;
            if (!t.elided) {
                w = markers_.entry(t.key, t.key_hash);
                const uint64_t matching = markers_.rules_matching(w, bits, present);
                starts[j] &= ~(bits & ~matching);
                bits = matching;
            }
            marker_lists_[j].entry = markers_.number(w);
            // (The walked rules are all indexed: under 64.)
            filled |= bits;
            for (; bits != 0; bits &= bits - 1) {
                const auto rule = static_cast<std::size_t>(__builtin_ctzll(bits));
                *openers_.end[rule]++ = j;
            }
        }
        openers_filled_ = filled;
        indexed_ = indexed;
        if (source_ != nullptr) {
            for (const auto& c : source_->clauses) {
                if (c.role == grammar::clause_role::main) {
                    for (const auto& p : c.parts) {
                        main_parts_ |= 1u << static_cast<unsigned>(p.kind);
                    }
                } else if (c.parent >= 0) {
                    sub_roles_ |= 1u << static_cast<unsigned>(c.role);
                }
            }
        }
        idle_ = idle_rules();
        // The sentence tidied before any rule (its final stop goes), so that the first rule
        // to change something is not also credited with that.
        clean_ = !tidy(true) || only_final_stop_went();
    }

    // (In line: about one rule in four is idle, and is settled here without the call.)
    // (`rule`: its index in the pack's `rules`, and `kind` its kind, which the caller has: the
    // rule itself is read only when it runs.)
    bool apply(const trim_rule* rules, trim_kind kind, std::size_t rule, int max_words) {
        // A rule with nothing to act on, on a sentence tidy() left alone, changes nothing.
        // (The first 64 rules by the bits idle_rules() found once, but present_tense's, whose
        // test reads the flags as they are.)
        if (clean_) {
            if (rule < 64 && kind != trim_kind::present_tense) {
                if ((idle_ >> rule) & 1) return false;
            } else if (idle(kind, rule)) {
                return false;
            }
        }
        return apply_rule(rules[rule], rule, max_words);
    }

private:
    [[gnu::noinline]] bool apply_rule(const trim_rule& r, std::size_t rule, int max_words) {
        // before_ is filled when a flag first goes (see clear()): most rules drop nothing.
        saved_ = false;
        drops_ = 0;
        rule_bit_ = rule < 64 ? uint64_t{1} << rule : 0;
        rule_ = rule;
        // Marker lists found for this rule, by token (see match()): none looked up yet.
        // (A generation of 32 bits may come round again after billions of rules: no entry may
        // then look current.)
        if (++scratch_.generation == 0) {
            for (marker_lists& l : scratch_.lists) l.generation = 0;
            scratch_.generation = 1;
        }
        generation_ = scratch_.generation;
        // Only present_tense rewrites words: the others need no copy of them.
        const bool rewrites = rewrites_words(r.kind);
        if (rewrites) before_text_ = text_;
        last_rewrites_ = rewrites;
        if (grammar_has(r.kind)) grammar_parts(r.kind);
        switch (r.kind) {
            case trim_kind::dateline: dateline(r); break;
            case trim_kind::leading: leading(r); break;
            case trim_kind::time: time(r); break;
            case trim_kind::attribution: attribution(r); break;
            case trim_kind::parenthetical: parenthetical(); break;
            case trim_kind::apposition: apposition(r); break;
            case trim_kind::relative: clause_from_marker(r, false); break;
            case trim_kind::subordinate: clause_from_marker(r, false); break;
            case trim_kind::purpose: clause_from_marker(r, true); break;
            case trim_kind::enumeration: enumeration(); break;
            case trim_kind::shorten_actor: shorten_actor(); break;
            case trim_kind::present_tense:
                present_tense();
                imperfect_main_verb();
                etre_compound();
                break;
            case trim_kind::reported_statement: reported_statement(r); break;
            case trim_kind::connective: connective(r); break;
            case trim_kind::source: source(r); break;
            case trim_kind::manner: manner(r); break;
            case trim_kind::cut: cut(max_words); break;
        }
        // (Flags only go from kept to gone within a rule: a drop counted is a change.)
        const bool changed = drops_ != 0 || (rewrites && text_ != before_text_);
        // tidy() on a state it already left alone does nothing, and then nothing below acts.
        if (!changed && clean_) {
            saved_ = true;
            return false;
        }
        const bool was_clean = clean_;
        clean_ = !tidy();
        // The flags before the rule: keep_ itself while nothing went.
        const uint16_t* const before = saved_ ? before_ : keep_;
        // A trim that leaves too little is undone: a headline needs a statement, and four
        // words are too few for one ("Donald Trump fait pression"). So is a trim
        // that takes a verb's complement away ("Le Pakistan annonce", "…, conclu") or the
        // statement's last finite verb (a subject with no verb left).
        const bool broken = r.kind != trim_kind::cut &&
                            (kept_words_at_most(4) || verb_lost_its_complement(before) ||
                             (has_finite_verb(before) && !has_finite_verb(keep_)));
        if (broken) {
            if (saved_) {
                if (n_ != 0) std::memcpy(keep_, before_, n_ * sizeof(uint16_t));
                kept_words_ = kept_words_before_;
                words_counted_ = words_counted_before_;
            }
            saved_ = true;
            tail_ = size();  // (tokens past it may be back)
            if (rewrites) text_ = before_text_;
            clean_ = was_clean;
            return false;
        }
        const bool acted = drops_ != 0 || (rewrites && text_ != before_text_);
        if (acted) save();  // (last_change() reads before_)
        saved_ = true;
        return acted;
    }

public:
    compressed result() const {
        compressed c;
        kept_into(c.kept);
        return c;
    }
    // The tokens kept, into `kept` (whose room is reused).
    void kept_into(std::vector<const tok*>& kept) const {
        // (None is kept from tail_ on: a cut leaves a long run of tokens gone there.)
        kept_tokens(toks_, tail_, keep_, kept, scratch_.kept);
    }
    // What the last apply() that returned true changed: runs of tokens it dropped or rewrote,
    // as document spans. A run goes on over tokens that were already gone.
    std::vector<grammar::span> last_change() const {
        // (Gathered in the trimmer's room, then copied once at their number: pushed one by
        // one into the list returned, it grew by reallocations, a call each.)
        std::vector<grammar::span>& runs = scratch_.runs;
        runs.clear();
        bool open = false;
        auto step = [&](idx i) {
            if (!before_[i]) return;  // gone before this rule: neither part nor end of a run
            const bool changed = !keep_[i] || rewritten_by_last(i);
            if (changed && open) {
                runs.back().end = toks_[i].end;
            } else if (changed) {
                const grammar::span run{toks_[i].begin, toks_[i].end};
                runs.push_back(run);
            }
            open = changed;
        };
        idx i = 0;
        if (!last_rewrites_) {
            // A rule that rewrote nothing changed only flags: four at a time where none did
            // (most of them), each a 1 or a 0. There a token kept before is kept still, and
            // ends a run; those gone before are passed over.
            for (; i + 4 <= size(); i += 4) {
                uint64_t then, now;
                std::memcpy(&then, before_ + i, sizeof then);
                std::memcpy(&now, keep_ + i, sizeof now);
                if (then == now) {
                    if (then != 0) open = false;
                    continue;
                }
                // All four gone now (as a cut's tail): those kept before make one run with
                // the run before, or open one, from the first of them to the last.
                if (now == 0) {
                    const idx first = i + static_cast<idx>(__builtin_ctzll(then)) / 16;
                    const idx last = i + static_cast<idx>(63 - __builtin_clzll(then)) / 16;
                    if (open) {
                        runs.back().end = toks_[last].end;
                    } else {
                        runs.push_back(grammar::span{toks_[first].begin, toks_[last].end});
                    }
                    open = true;
                    continue;
                }
                for (idx j = i; j < i + 4; ++j) step(j);
            }
        }
        for (; i < size(); ++i) step(i);
        return std::vector<grammar::span>(runs.begin(), runs.end());
    }
    // tidy() ran on keep_ as it is and found nothing to do.
    bool clean() const { return clean_; }
    // keep_, one flag per token, in place of out's. (A flag is 1 or 0: set to 1 for all,
    // cleared to 0, or copied back from before_.)
    void keep_flags_into(std::vector<uint16_t>& out) const { out.assign(keep_, keep_ + n_); }
    // keep_ into `out` (its room grown only, as for a copy of the flags kept per thread), and
    // set back from it, in this trimmer or a copy of it (whose room it shares).
    void copy_flags(std::vector<uint16_t>& out) const {
        if (out.size() < n_) out.resize(n_);
        if (n_ != 0) std::memcpy(out.data(), keep_, n_ * sizeof(uint16_t));
    }
    void restore_flags(const std::vector<uint16_t>& flags) {
        if (n_ != 0) std::memcpy(keep_, flags.data(), n_ * sizeof(uint16_t));
    }
    // Words present_tense rewrote (an empty text: the word goes), by token index.
    const std::vector<std::pair<std::size_t, std::string>>& rewritten() const { return text_; }

private:
    using idx = std::size_t;

    // Token i's text was rewritten by the last apply() (its rewrite differs from before it).
    bool rewritten_by_last(idx i) const {
        auto text_at = [&](const std::vector<std::pair<std::size_t, std::string>>& list) -> const std::string* {
            for (const auto& [at, t] : list) {
                if (at == i) return &t;
            }
            return nullptr;
        };
        if (!last_rewrites_) return false;  // before_text_ is another rule's
        const std::string* now = text_at(text_);
        if (now == nullptr) return false;
        const std::string* then = text_at(before_text_);
        return then == nullptr || *then != *now;
    }

    void set_text(idx i, std::string text) {
        for (auto& [at, t] : text_) {
            if (at == i) {
                t = std::move(text);
                return;
            }
        }
        if (text != toks_[i].text) text_.emplace_back(i, std::move(text));
    }

    idx size() const { return n_; }

    // The tokens some rules look for (see the lists they fill), by their kind of word.
    void note_word(trim_word noted, const tok& t, uint32_t i) {
        switch (noted) {
            case trim_word::a:
                if (eq(t.text, "a")) avoir_.push_back(i);
                break;
            case trim_word::m:
                if (eq(t.text, "M")) civilities_.push_back(i);
                break;
            case trim_word::definite: definite_.push_back(i); break;
            case trim_word::ont: avoir_.push_back(i); break;
            case trim_word::que: ques_.push_back(i); break;
            case trim_word::mme:
                if (eq(t.text, "Mme")) civilities_.push_back(i);
                break;
            case trim_word::mlle:
                if (eq(t.text, "Mlle")) civilities_.push_back(i);
                break;
            case trim_word::selon: selon_.push_back(i); break;
            default: break;
        }
    }
    const tok& at(idx i) const { return toks_[i]; }
    bool word(idx i) const { return i < size() && toks_[i].kind == tok_kind::word; }
    // (Always in line: a call, as the compiler left it, costs more than the comparison, most
    // often settled by the key's size.)
    template <std::size_t N>
    [[gnu::always_inline]] bool is(idx i, const char (&key)[N]) const {
        return i < size() && eq(toks_[i].key, key);
    }

    // Next kept token at or after i. (The flag past the last token is set: the walk stops
    // there with no test of the end at each token.)
    idx next(idx i) const {
        if (i >= size()) return i;
        while (!keep_[i]) ++i;
        return i;
    }
    idx first() const { return next(0); }
    idx prev(idx i) const {
        while (i > 0) {
            --i;
            if (keep_[i]) return i;
        }
        return size();
    }
    static bool counts_as_word(const tok& t) { return t.kind == tok_kind::word || t.kind == tok_kind::number; }
    // Whether at most n words and numbers are kept.
    bool kept_words_at_most(int n) {
        if (!words_counted_) {
            kept_words_ = 0;
            for (idx i = 0; i < tail_; ++i) kept_words_ += keep_[i] != 0 && counts_as_word(toks_[i]);
            words_counted_ = true;
        }
        return static_cast<long long>(kept_words_) <= n;
    }
    // A verb form, as the grammar read it: finite, or a participle standing after a comma.
    bool verb_like(idx i) const {
        const uint32_t p = toks_[i].pos;
        if (toks_[i].kind != tok_kind::word || toks_[i].capitalised || (p & grammar::pos_unknown) != 0) {
            return false;
        }
        if ((p & grammar::pos_verb) == 0 && (p & grammar::pos_past_participle) == 0) return false;
        const idx b = prev(i);
        // "la presse", "l'annonce": after a determiner a noun reading wins ("d'engager", an
        // infinitive with none, is the verb after "de")
        if (b < size() && determiner(toks_[b]) &&
            !((p & grammar::pos_infinitive) != 0 && (p & (grammar::pos_noun | grammar::pos_adj)) == 0)) {
            return false;
        }
        if (finite(i) && !is_auxiliary(toks_[i])) return true;
        // "est convoqué", "sont arrivés": a participle after "être" closes a statement ("a
        // annoncé" still wants its object)
        if (b < size() && (p & grammar::pos_past_participle) != 0 && is_auxiliary(toks_[b]) &&
            !eq(toks_[b].text, "a") && !is(b, "ont") && !is(b, "avait") && !is(b, "avaient") &&
            !is(b, "aura") && !is(b, "auront") && !is(b, "aurait")) {
            return false;
        }
        if (b < size() && (p & grammar::pos_past_participle) != 0 && is_auxiliary(toks_[b])) return true;
        if ((p & (grammar::pos_noun | grammar::pos_adj)) == 0) return true;
        return b < size() && toks_[b].kind == tok_kind::comma;
    }
    static bool determiner(const tok& t) {
        static const word_set words(determiner_words);
        return t.forms_known ? (t.trimmed & trim_determiner) != 0 : words.has_key(t);
    }
    bool finite(idx i) const { return toks_[i].kind == tok_kind::word && finite_word(toks_[i]); }
    // finite() of a word.
    static bool finite_word(const tok& t) {
        const uint32_t p = t.pos;
        const uint32_t tense = grammar::pos_aux | grammar::pos_present | grammar::pos_past |
                               grammar::pos_future | grammar::pos_conditional;
        return !t.capitalised && (p & tense) != 0 && (p & grammar::pos_unknown) == 0;
    }
    bool has_finite_verb(const uint16_t* keep) const {
        for (const uint32_t i : finite_) {
            if (keep[i]) return true;
        }
        return false;
    }
    // The last word kept is a verb, and words that followed it (its complement) went.
    bool verb_lost_its_complement(const uint16_t* before) const {
        idx last = size();
        for (idx i = tail_; i-- > 0;) {
            if (keep_[i] != 0 && (toks_[i].kind == tok_kind::word || toks_[i].kind == tok_kind::number)) {
                last = i;
                break;
            }
        }
        if (last >= size() || !verb_like(last)) return false;
        for (idx j = last + 1; j < size() && toks_[j].kind != tok_kind::stop; ++j) {
            const bool w = toks_[j].kind == tok_kind::word || toks_[j].kind == tok_kind::number ||
                           toks_[j].kind == tok_kind::quote_open;
            if (!before[j]) continue;  // gone in an earlier step ("a annoncé mercredi qu'…")
            if (w) return !keep_[j];
        }
        return false;
    }
    // Tokens b to e go. (`count`: the words kept are counted as they go; else they are
    // counted again when next asked: the cut drops a long tail, and asks no more.)
    void drop(idx b, idx e, bool count = true) {
        e = std::min(e, size());
        if (b >= e) return;
        // (before_ copied once for the range, whether or not a flag in it changes: the loop
        // then counts the changes without a branch.)
        save();
        uint16_t* const keep = keep_;
        const tok* const toks = toks_;
        std::size_t drops = 0, words = 0;
        if (count) {
            for (idx i = b; i < e; ++i) {
                drops += keep[i];
                words += keep[i] != 0 && counts_as_word(toks[i]);
                keep[i] = 0;
            }
        } else {
            for (idx i = b; i < e; ++i) {
                drops += keep[i];
                keep[i] = 0;
            }
            words_counted_ = false;
        }
        drops_ += drops;
        kept_words_ -= words;
        // Nothing is kept from b on when the range reaches the tail (the cut's): tidy() then
        // looks back from b, not over the tokens that went.
        if (e >= tail_ && b < tail_) tail_ = b;
    }
    // Token i goes. The first flag a rule changes first copies keep_ into before_, and each
    // change is counted, so that apply() knows whether the rule acted without comparing.
    [[gnu::always_inline]] void clear(idx i) {
        if (keep_[i] == 0) return;
        save();
        keep_[i] = 0;
        ++drops_;
        kept_words_ -= counts_as_word(toks_[i]);
    }
    // keep_ as the rule being applied found it, into before_ (once per rule).
    void save() {
        if (saved_) return;
        saved_ = true;
        kept_words_before_ = kept_words_;
        words_counted_before_ = words_counted_;
        // (The same size: a copy of the flags, with none of the assignment's checks.)
        if (n_ != 0) std::memcpy(before_, keep_, n_ * sizeof(uint16_t));
    }
    // Length in tokens of the marker phrase matching at i (kept tokens only), or 0.
    // Tries only the markers whose first word can start at i (see trim_rule::markers_by_first).
    // A marker of the rule being applied may open at token j (rules past the 64th are not
    // indexed: any token may).
    bool may_open(idx j) const { return rule_bit_ == 0 || (starts_[j] & rule_bit_) != 0; }
    // The tokens where a marker of the rule being applied may open, in order.
    token_span openings() {
        if (rule_bit_ != 0) {
            // (A rule that walks none has no list: none of its markers is looked for so.)
            if ((markers_.walked() & rule_bit_) == 0) return {};
            const auto rule = static_cast<std::size_t>(__builtin_ctzll(rule_bit_));
            return {openers_.begin[rule], openers_.end[rule]};
        }
        if (all_.empty()) {
            for (idx i = 0; i < size(); ++i) all_.push_back(static_cast<uint32_t>(i));
        }
        return {all_.data(), all_.data() + all_.size()};
    }
    // Whether a marker of the rule being applied may match at kept token i of openings(),
    // as match_at() decides it from the kept token after i before it walks the markers: when
    // not, match(r, i) is 0, and it is not asked. The rule's markers that open with i's word
    // are found from the entry the constructor noted, and left for match_at(). (Not after an
    // elided token i, whose word and the next one's, glued, may open markers of their own;
    // nor for a rule past the 64th, whose openings are every token.)
    bool may_match_at(idx i) const {
        if (rule_bit_ == 0 || toks_[i].elided) return true;
        marker_lists& lists = marker_lists_[i];
        const marker_index::marker_list* list = markers_.markers(rule_, markers_.entry(lists.entry));
        if (list == nullptr) return true;
        lists.generation = generation_;
        lists.one = list;
        lists.two = nullptr;
        if (list->any) return true;
        const idx j1 = next(i + 1);
        const bool past_end = j1 >= size();
        const bool elided = !past_end && toks_[j1].elided && j1 + 1 < size();
        return list->may_match(past_end ? std::string_view() : toks_[j1].key, past_end, elided);
    }
    // (Inline: at most tokens no marker of the rule starts, and the answer is 0 at once.)
    std::size_t match(const trim_rule& r, idx i) const {
        const idx j = next(i);
        if (j >= size() || !may_open(j) || r.markers_by_first.empty()) return 0;
        return match_at(r, i, j);
    }
    // match() where token j, the first kept at or after i, may open a marker of r.
    [[gnu::noinline]] std::size_t match_at(const trim_rule& r, idx i, idx j) const {
        // The rule's markers that open with token j's word (and, after an elided word, with
        // the two glued): looked up once per token while the rule runs.
        marker_lists& lists = marker_lists_[j];
        if (lists.generation != generation_) {
            lists.generation = generation_;
            lists.one = markers_.markers(rule_, toks_[j].key, toks_[j].key_hash);
            lists.two = nullptr;
            // "d'après" is two tokens here ("d'", "après"); the marker "d'apres" is one word.
            if (toks_[j].elided && j + 1 < size()) {
                auto it2 = r.markers_by_first.find(std::string(toks_[j].key).append(toks_[j + 1].key));
                if (it2 != r.markers_by_first.end()) lists.two = &it2->second;
            }
        }
        std::size_t best = 0;
        if (lists.one != nullptr) {
            // The kept token after j, which every marker of two words or more compares with
            // its second word: read once here, and a marker whose second word differs from it
            // (most of them) goes without a walk (match_from would answer 0 at once). After an
            // elided token ("d'", "l'") a marker's word may span two tokens: match_from decides.
            const idx j1 = next(j + 1);
            const bool past_end = j1 >= size();
            const bool elided = !past_end && toks_[j1].elided && j1 + 1 < size();
            const std::string_view key1 = past_end ? std::string_view() : toks_[j1].key;
            // Most lists hold markers of two words or more only, none of whose second words is
            // token j1's key: their few second words, each once, answer for all of them.
            const marker_index::marker_list& list = *lists.one;
            const bool may = list.may_match(key1, past_end, elided);
            // Filed under token j's key: their first word is j's key (the marker "" has none).
            for (uint32_t m : *list.list) {
                if (!may) break;
                const std::vector<std::string>& words = r.marker_words[m];
                if (words.empty()) continue;
                if (words.size() >= 2 && (past_end || (!elided && !same_bytes(words[1], key1)))) continue;
                best = std::max(best, match_from(words, 1, i, j + 1));
            }
        }
        if (lists.two != nullptr) {
            for (uint32_t m : *lists.two) best = std::max(best, match_from(r.marker_words[m], 0, i, i));
        }
        return best;
    }
    // The marker's words from word `w0` on, matched from token j on (the kept tokens only):
    // the match's length in tokens counted from i, or 0.
    std::size_t match_from(const std::vector<std::string>& marker_words, std::size_t w0, idx i,
                           idx j) const {
        // markers are folded phrases: compare word by word
        for (std::size_t k = w0; k < marker_words.size(); ++k) {
            const std::string_view w = marker_words[k];
            j = next(j);
            if (j >= size()) return 0;
            const std::string_view key = toks_[j].key;
            bool ok;
            if (toks_[j].elided && j + 1 < size() && w.size() > key.size() &&
                w.compare(0, key.size(), key) == 0) {
                ok = w.substr(key.size()) == std::string_view(toks_[j + 1].key);
                ++j;
            } else {
                ok = same_bytes(key, w);
            }
            if (!ok) return 0;
            ++j;
        }
        return j - i;
    }
    // End (exclusive) of the clause that starts at b: the next comma, stop or closing mark at
    // the same nesting level, or the end of the sentence.
    idx clause_end(idx b, bool to_end) const {
        int depth = 0;
        for (idx i = b; i < size(); ++i) {
            const tok_kind k = toks_[i].kind;
            if (k == tok_kind::paren_open || k == tok_kind::quote_open) ++depth;
            if (k == tok_kind::paren_close || k == tok_kind::quote_close) {
                if (depth == 0) return i;
                --depth;
            }
            if (depth == 0 && !to_end && (k == tok_kind::comma || k == tok_kind::colon)) return i;
            if (depth == 0 && k == tok_kind::stop) return i;
        }
        return size();
    }
    bool is_month(idx i) const { return i < size() && is_month_key(toks_[i].key); }
    bool is_day_or_year(idx i) const {
        if (i >= size() || toks_[i].kind != tok_kind::number) return false;
        const std::string_view t = toks_[i].key;
        // Digits, "e" and "r" only ("1er"); the value of the digits it opens with, as atoi()
        // reads them (strtol() held at LONG_MAX past it, then taken as an int), without the
        // copy that atoi() needs for its terminating zero.
        long v = 0;
        bool digits = true;
        for (const char c : t) {
            if (c >= '0' && c <= '9') {
                if (!digits) continue;
                const long d = c - '0';
                v = v > (LONG_MAX - d) / 10 ? LONG_MAX : v * 10 + d;
            } else if (c == 'e' || c == 'r') {
                digits = false;
            } else {
                return false;
            }
        }
        const int n = static_cast<int>(v);
        return (n >= 1 && n <= 31) || (n >= 1900 && n <= 2100);
    }

    // The first token starting at or after `offset` (tokenize() gives them in text order).
    // (Tokens stand about evenly through the sentence's bytes: a guess in proportion to the
    // offset lands a step or two from the token, where a binary search takes six or seven.)
    idx first_at(uint32_t offset) const {
        const tok* const toks = toks_;
        const std::size_t n = n_;
        if (n == 0 || toks[0].begin >= offset) return 0;
        if (toks[n - 1].begin < offset) return n;
        // toks[0].begin < offset <= toks[n - 1].begin: the guess is a token, and some token
        // from it on starts at or after offset.
        const uint64_t from = toks[0].begin;
        std::size_t i = static_cast<std::size_t>((offset - from) * (n - 1) / (toks[n - 1].begin - from));
        while (i > 0 && toks[i - 1].begin >= offset) --i;
        while (toks[i].begin < offset) ++i;
        return i;
    }

    // The grammar's part and clause role a trim kind drops; false for kinds that drop none.
    static bool grammar_kind(trim_kind kind, grammar::part_kind& part, grammar::clause_role& role) {
        switch (kind) {
            case trim_kind::time: part = grammar::part_kind::time; role = grammar::clause_role::chunk; break;
            case trim_kind::attribution: part = grammar::part_kind::attribution; role = grammar::clause_role::attribution; break;
            case trim_kind::relative: part = grammar::part_kind::relative; role = grammar::clause_role::relative; break;
            case trim_kind::subordinate: part = grammar::part_kind::subordinate; role = grammar::clause_role::subordinate; break;
            case trim_kind::purpose: part = grammar::part_kind::purpose; role = grammar::clause_role::purpose; break;
            case trim_kind::parenthetical: part = grammar::part_kind::parenthetical; role = grammar::clause_role::chunk; break;
            default: return false;
        }
        return true;
    }
    // The tree holds something grammar_parts() drops for this kind.
    bool grammar_has(trim_kind kind) const {
        grammar::part_kind part;
        grammar::clause_role role;
        if (!grammar_kind(kind, part, role)) return false;
        const bool has_part = (main_parts_ & (1u << static_cast<unsigned>(part))) != 0;
        const bool has_clause = role != grammar::clause_role::chunk &&
                                (sub_roles_ & (1u << static_cast<unsigned>(role))) != 0;
        return has_part || has_clause;
    }
    // Whether the rule of this kind (index `rule` in the pack) finds nothing to act on in the
    // sentence: no token its steps start from (see the lists they walk) and nothing of its
    // kind in the tree. Only kinds whose steps start from such tokens can be idle.
    bool idle(trim_kind kind, std::size_t rule) const {
        const bool no_openers = rule < indexed_ && (openers_filled_ & (uint64_t{1} << rule)) == 0;
        switch (kind) {
            case trim_kind::relative:
            case trim_kind::subordinate:
            case trim_kind::purpose: return no_openers && !grammar_has(kind);
            case trim_kind::connective:
            case trim_kind::source:
            case trim_kind::manner: return no_openers;
            case trim_kind::time: return no_openers && numbers_.empty() && !grammar_has(kind);
            case trim_kind::parenthetical: return parens_.empty() && !incise_ && !grammar_has(kind);
            case trim_kind::shorten_actor: return civilities_.empty() && definite_.empty();
            case trim_kind::present_tense: return avoir_.empty() && !imperfect_main() && !etre_main();
            case trim_kind::reported_statement: return ques_.empty();
            // (Each walks only the dashes, the commas or the marks and "selon" it names.)
            case trim_kind::dateline: return !early_dash_;
            // (An apposition stands between two commas; a conjunct added to the subject
            // follows one: see added_conjunct.)
            case trim_kind::apposition: return commas_ == 0;
            case trim_kind::attribution: return marks_.empty() && selon_.empty() && !grammar_has(kind);
            default: return false;
        }
    }

    // idle() of each of the first 64 rules (bit r), but present_tense's (0 there), found by kind
    // at once: what it reads is set by the constructor and stays.
    uint64_t idle_rules() const {
        auto of = [&](trim_kind k) { return markers_.of_kind(k); };
        const uint64_t no_openers = ~openers_filled_;  // (every rule under 64 is indexed)
        uint64_t idle = (of(trim_kind::connective) | of(trim_kind::source) | of(trim_kind::manner)) & no_openers;
        for (const trim_kind k : {trim_kind::relative, trim_kind::subordinate, trim_kind::purpose}) {
            if (!grammar_has(k)) idle |= of(k) & no_openers;
        }
        if (numbers_.empty() && !grammar_has(trim_kind::time)) idle |= of(trim_kind::time) & no_openers;
        if (parens_.empty() && !incise_ && !grammar_has(trim_kind::parenthetical)) idle |= of(trim_kind::parenthetical);
        if (civilities_.empty() && definite_.empty()) idle |= of(trim_kind::shorten_actor);
        if (ques_.empty()) idle |= of(trim_kind::reported_statement);
        if (!early_dash_) idle |= of(trim_kind::dateline);
        if (commas_ == 0) idle |= of(trim_kind::apposition);
        if (marks_.empty() && selon_.empty() && !grammar_has(trim_kind::attribution)) idle |= of(trim_kind::attribution);
        return idle;
    }

    // What the grammar read as a part of this kind (a time phrase, an attribution, a relative
    // or subordinate clause …) goes as a whole; the token-level steps then catch what a
    // sentence without a full tree still holds.
    void grammar_parts(trim_kind kind) {
        grammar::part_kind part;
        grammar::clause_role role;
        // Nothing of this kind in the tree: nothing to walk it for.
        if (!grammar_kind(kind, part, role) || !grammar_has(kind)) return;
        if (source_ == nullptr) return;
        // (Each step below starts from the first token at or after a part's beginning: found
        // once per part, `at`.)
        // "la réunion de jeudi": a date that completes a noun stays (as in `time`).
        auto completes_a_noun = [&](grammar::span w, idx at) {
            for (idx i = at; i < size(); ++i) {
                if (toks_[i].begin < w.begin) continue;
                const idx p = prev(i);
                return p < size() && (is(p, "de") || is(p, "du") || is(p, "d'") ||
                                      eq(toks_[p].text, "\xc3\xa0") || is(p, "au") || is(p, "entre"));
            }
            return false;
        };
        for (const auto& c : source_->clauses) {
            // The "que" clause reported_statement made the statement stays.
            if (c.where.begin == lifted_at_) continue;
            if (c.role == grammar::clause_role::main) {
                for (const auto& p : c.parts) {
                    if (p.kind != part || p.where.begin == lifted_at_) continue;
                    const idx at = first_at(p.where.begin);
                    // ("ont proclamé que …": a "que" after a verb is its object, which the
                    // grammar may read as a relative when a time phrase stood between.)
                    if ((part == grammar::part_kind::subordinate || part == grammar::part_kind::relative) &&
                        completes_verb(at)) {
                        continue;
                    }
                    if (part == grammar::part_kind::time &&
                        (completes_a_noun(p.where, at) || completes_main_verb(at, first_at(p.where.end)))) {
                        continue;
                    }
                    clear_inside(p.where, at);
                    // "ce lundi", "cette semaine": the demonstrative goes with its time word
                    if (part == grammar::part_kind::time) drop_time_determiner(p.where, at);
                    if (part == grammar::part_kind::relative) {
                        drop_orphan_apposition(first_at(p.where.end));
                        drop_relative_opening(at);
                    }
                    if (part == grammar::part_kind::subordinate) drop_orphan_complement(first_at(p.where.end));
                }
            } else if (c.role == role && role != grammar::clause_role::chunk && c.parent >= 0) {
                const idx at = first_at(c.where.begin);
                if ((role == grammar::clause_role::subordinate || role == grammar::clause_role::relative) &&
                    completes_verb(at)) {
                    continue;
                }
                clear_inside(c.where, at);
                if (role == grammar::clause_role::subordinate) drop_orphan_complement(first_at(c.where.end));
                // "à qui on a demandé …": the preposition goes with its relative pronoun.
                if (role == grammar::clause_role::relative) {
                    drop_relative_opening(at);
                    const idx i = at;
                    const idx p = i < size() ? prev(i) : size();
                    if (p < size() && relative_pronoun(i) && preposition(p)) clear(p);
                    drop_orphan_apposition(first_at(c.where.end));
                }
            }
        }
    }

    // The tokens inside w go, each as clear() does it; `at` is first_at(w.begin). (The flags
    // and tokens through pointers read once, and the counts kept in registers: clear() would
    // read them all again after save(), which may call out.)
    void clear_inside(grammar::span w, idx at) {
        const tok* const toks = toks_;
        uint16_t* const keep = keep_;
        const std::size_t n = n_;
        std::size_t drops = 0, words = 0;
        // Tokens stand in order, one after another: from the first that ends past w's end
        // on, none lies inside it.
        for (idx i = at; i < n && toks[i].end <= w.end; ++i) {
            if (keep[i] == 0) continue;
            save();  // (before the first flag changes: keep_ as the rule found it)
            keep[i] = 0;
            ++drops;
            words += counts_as_word(toks[i]);
        }
        drops_ += drops;
        kept_words_ -= words;
    }

    // (`at`: first_at(w.begin).)
    void drop_time_determiner(grammar::span w, idx at) {
        for (idx i = at; i < size(); ++i) {
            if (toks_[i].begin < w.begin) continue;
            const idx p = prev(i);
            // ... and so does the preposition that opens it: "dès lundi", "depuis mardi", "en 2019"
            if (p < size() &&
                (is(p, "ce") || is(p, "cette") || is(p, "le") || is(p, "depuis") || is(p, "en") ||
                 eq(toks_[p].text, "d\xc3\xa8s")) &&
                toks_[p].end <= w.begin) {
                clear(p);
            }
            return;
        }
    }

    void dateline(const trim_rule& r) {
        // "22 mai 2012. - Text", "PARIS (AFP) - Text", "Paris, 3 mars - Text"
        const idx limit = std::min<idx>(size(), dateline_reach);
        for (idx i = first(); i < limit; ++i) {
            if (toks_[i].kind != tok_kind::dash) continue;
            if (i + 1 < size() && toks_[i + 1].begin != toks_[i].end + 1 && toks_[i + 1].begin == toks_[i].end) {
                return;  // a hyphen glued to a word, not a dateline dash
            }
            bool dated = false;
            for (idx j = first(); j < i; ++j) {
                dated = dated || is_month(j) || match(r, j) > 0 ||
                        (toks_[j].kind == tok_kind::word && toks_[j].text.size() > 2 &&
                         fold_key(toks_[j].text) != toks_[j].text &&
                         std::none_of(toks_[j].text.begin(), toks_[j].text.end(),
                                      [](char c) { return c >= 'a' && c <= 'z'; }));
            }
            if (dated) drop(0, i + 1);
            return;
        }
    }

    // From b to the first comma: no finite verb, at most 8 words; after the comma a subject
    // (a name or a determiner) and, further on, a finite verb.
    // "par M. Darroch": the point of an abbreviated civility ends nothing.
    bool civility_point(idx i) const {
        return toks_[i].kind == tok_kind::stop && eq(toks_[i].text, ".") && i > 0 &&
               (is(i - 1, "m") || is(i - 1, "dr") || is(i - 1, "pr") || is(i - 1, "mgr"));
    }

    bool opening_description(idx b) const {
        int words = 0;
        idx i = b;
        for (; i < size() && toks_[i].kind != tok_kind::comma; i = next(i + 1)) {
            if (civility_point(i)) continue;
            if (toks_[i].kind == tok_kind::stop || finite(i) || ++words > 12) return false;
        }
        const idx s = next(i + 1);
        if (i >= size() || s >= size() || toks_[s].kind != tok_kind::word) return false;
        const bool subject = (toks_[s].capitalised && !is_function_word(lex_, toks_[s])) ||
                             is(s, "le") || is(s, "la") || is(s, "les") || is(s, "l'") ||
                             is(s, "ce") || is(s, "cette") || is(s, "ces");
        if (!subject) return false;
        for (idx j = s; j < size(); j = next(j + 1)) {
            if (finite(j)) return true;
        }
        return false;
    }

    void leading(const trim_rule& r) {
        const idx b = first();
        if (b >= size()) return;
        // An opening connector alone ("Mais", "Et", "Or") goes; so does an opening phrase up
        // to its comma when it starts with a marker, a preposition or a conjunction.
        const form_hits* hits = forms_of(lex_, toks_[b]);  // (as lexicon::any_word, looked up once)
        const form_hit* h = hits != nullptr ? &hits->front() : nullptr;
        const word_class c = h != nullptr ? lex_.entries[h->entry].pos : word_class::other;
        // "Devenu député, …", "Accusant Bolsonaro d'avoir menti, …": an opening participle
        // phrase sets the scene; the statement follows its comma.
        const uint32_t p = toks_[b].pos;
        // (A participle opening the sentence with no determiner is the participle, though the
        // dictionary knows a noun of it too: "Répondant aux accusations de Pékin, …",
        // "Invitée de Jean-Jacques Bourdin, …".)
        // ("Réunis à Bruxelles, …": a participle that is also a finite form only of the first
        // or second person, never a statement's verb in news.)
        const bool participle = toks_[b].kind == tok_kind::word && (p & grammar::pos_unknown) == 0 &&
                                (p & (grammar::pos_past_participle | grammar::pos_present_participle)) != 0 &&
                                ((p & (grammar::pos_present | grammar::pos_past)) == 0 ||
                                 (p & (grammar::pos_3sg | grammar::pos_3pl)) == 0);
        // "Visiblement furieux de …, Trump …", "Bête noire du Kremlin, Alexeï Navalny …": an
        // opening phrase with no determiner and no verb, before a subject, describes it.
        const bool describes = toks_[b].kind == tok_kind::word && (p & grammar::pos_unknown) == 0 &&
                               (p & (grammar::pos_adverb | grammar::pos_adj | grammar::pos_noun)) != 0 &&
                               (p & (grammar::pos_proper | grammar::pos_determiner | grammar::pos_pronoun |
                                     grammar::pos_verb)) == 0 &&
                               opening_description(b);
        const bool opener = (h != nullptr && (c == word_class::prep || c == word_class::conj)) ||
                            participle || describes;
        // "Ajoutant que « l'accord n'a pas protégé … »": an opening present participle with
        // its "que" announces what follows, which is the statement, when no comma closes the
        // participle's phrase before a subject ("Soulignant que son pays …, M. Araghchi a
        // indiqué" goes up to its comma, below).
        if (toks_[b].kind == tok_kind::word && (p & grammar::pos_present_participle) != 0 &&
            (p & grammar::pos_unknown) == 0) {
            const idx q = next(b + 1);
            bool comma = false;
            for (idx i = q; i < size() && !comma; i = next(i + 1)) comma = toks_[i].kind == tok_kind::comma;
            if (!comma && q < size() && (is(q, "que") || is(q, "qu'")) && next(q + 1) < size()) {
                drop(b, q + 1);
                return;
            }
        }
        if (match(r, b) == 0 && !opener) return;
        if (c == word_class::conj && h != nullptr && next(b + 1) < size() &&
            toks_[next(b + 1)].kind == tok_kind::word && !toks_[b].elided &&
            (eq(toks_[b].key, "mais") || eq(toks_[b].key, "et") || eq(toks_[b].key, "or") ||
             eq(toks_[b].key, "donc") || eq(toks_[b].key, "puis"))) {
            clear(b);
            return;
        }
        const int limit = r.max_words > 0 ? r.max_words : 12;
        int words = 0;
        for (idx i = b; i < size() && words <= limit; ++i) {
            if (!keep_[i]) continue;
            if (toks_[i].kind == tok_kind::comma) {
                drop(b, i + 1);
                return;
            }
            if (civility_point(i)) continue;
            if (toks_[i].kind != tok_kind::word && toks_[i].kind != tok_kind::number &&
                toks_[i].kind != tok_kind::symbol) {
                return;
            }
            ++words;
        }
    }

    void time(const trim_rule& r) {
        // A time phrase opens at a marker or a number: those tokens still kept, in order, from
        // `from` on.
        times_.clear();
        const token_span opening = openings();
        std::set_union(opening.begin(), opening.end(), numbers_.begin(), numbers_.end(),
                       std::back_inserter(times_));
        idx from = 0;
        for (const uint32_t i : times_) {
            if (i < from || !keep_[i]) continue;
            std::size_t n = match(r, i);
            const bool dated = is_day_or_year(i) && is_month(next(i + 1));
            const bool year = is_day_or_year(i) && toks_[i].key.size() == 4 &&
                              (is(prev(i), "en") || is(prev(i), "depuis"));
            if (n == 0 && !dated && !year) continue;
            // ("en dernière minute", "le prochain sommet": "dernier" or "prochain" before its
            // noun is no time of its own; after one it is, "mardi dernier")
            if (n == 1 && (is(i, "dernier") || is(i, "derniere") || is(i, "prochain") || is(i, "prochaine")) &&
                next(i + 1) < size() && toks_[next(i + 1)].kind == tok_kind::word &&
                (toks_[next(i + 1)].pos & grammar::pos_noun) != 0) {
                continue;
            }
            idx b = i;
            idx e = n > 0 ? i + n : i + 1;
            // The time phrase runs on over days, months, years and parts of the day, and over
            // "de" or "à" before one ("dans la nuit de samedi à dimanche").
            for (idx j = next(e); j < size(); j = next(j + 1)) {
                if (is_month(j) || is_day_or_year(j) || match(r, j) > 0) {
                    e = j + 1;
                } else if ((is(j, "de") || is(j, "du") || eq(toks_[j].text, "\xc3\xa0") || is(j, "au")) &&
                           next(j + 1) < size() &&
                           (is_weekday_key(toks_[next(j + 1)].key) || is_month(next(j + 1)) ||
                            is_day_or_year(next(j + 1)))) {
                    continue;  // (e moves past the day itself)
                } else {
                    break;
                }
            }
            const idx p = prev(b);
            // "la journée de mardi", "l'élection du 9 août": the date completes a noun and
            // cannot go alone.
            if (p < size() && (is(p, "de") || is(p, "du") || is(p, "d'") || eq(toks_[p].text, "à") ||
                               is(p, "au") || is(p, "entre"))) {
                from = e;
                continue;
            }
            if (p < size() && (opens_date(p) || is(p, "depuis"))) b = p;
            if (completes_main_verb(b, e)) {
                from = e;
                continue;
            }
            drop(b, e);
            from = e;
        }
    }

    // Calls f(i, e) for each marker of r that a kept token opens inside the sentence (not at
    // its first token: an opening phrase is the leading rule's), the marker's tokens being
    // [i, e).
    template <typename F>
    void each_inner_marker(const trim_rule& r, F&& f) {
        for (const uint32_t i : openings()) {
            if (!keep_[i] || !may_match_at(i)) continue;
            const std::size_t n = match(r, i);
            if (n == 0 || prev(i) >= size()) continue;
            f(static_cast<idx>(i), static_cast<idx>(i + n));
        }
    }

    // "Mike Pompeo évoque également un jour historique": a connective ties the sentence to
    // the text around it, which a headline has not. It goes inside the sentence (an opening
    // one is the leading rule's), with the commas around it ("a, toutefois, signé"); not
    // before "que" ("ainsi que", "alors que" join), nor at the sentence's end ("c'est ainsi").
    void connective(const trim_rule& r) {
        each_inner_marker(r, [&](idx i, idx e) {
            const idx p = prev(i);
            const idx after = next(e);
            if (after >= size()) return;
            const tok_kind k = toks_[after].kind;
            if (k == tok_kind::word && (is(after, "que") || is(after, "qu'"))) return;
            if (toks_[p].kind == tok_kind::comma && k == tok_kind::comma) {
                drop(p, after + 1);  // "Le président, toutefois, a signé" -> "Le président a signé"
            } else if (k == tok_kind::word || k == tok_kind::number || k == tok_kind::quote_open) {
                drop(i, e);
            }
        });
    }

    // "s'en est pris avec une extrême virulence à la Première ministre": how a thing was done
    // gives way to whom or what it was done to. The phrase runs from its marker over at most
    // three words ("une extrême virulence", "inattendue") and stops at punctuation, a
    // preposition or boundary ("à la Première ministre"), a capitalised word or a verb; it
    // goes only inside the sentence and when it ends there.
    void manner(const trim_rule& r) {
        each_inner_marker(r, [&](idx i, idx e) {
            int words = 0;
            for (idx j = next(e); j < size() && words < 3; j = next(j + 1)) {
                const tok& t = toks_[j];
                if (t.kind != tok_kind::word || t.capitalised || is_boundary(j) || is(j, "de") || is(j, "d'") ||
                    is(j, "du") || is(j, "des") || is(j, "aux") ||
                    (finite_word(t) && (t.pos & (grammar::pos_noun | grammar::pos_adj)) == 0)) {
                    break;
                }
                ++words;
                e = j + 1;
            }
            drop(i, e);
        });
    }

    // "a déclaré dans une interview à paraître dans le JDD dimanche que …", "a indiqué le
    // ministère dans un communiqué": where a statement was made is no part of it. The phrase
    // runs from its marker over what completes it ("à paraître dans le JDD", "commun",
    // "accordé au Monde") up to a comma, a stop, a quote, "que" or a verb, and goes when it
    // holds at most max_words words (10 when the rule sets none). (Inside the sentence: an
    // opening one is the leading rule's.)
    void source(const trim_rule& r) {
        const int most = r.max_words > 0 ? r.max_words : 10;
        each_inner_marker(r, [&](idx i, idx e) {
            int words = 0;
            for (idx j = next(e); j < size(); j = next(j + 1)) {
                const tok& t = toks_[j];
                if (t.kind != tok_kind::word && t.kind != tok_kind::number) break;
                if (is(j, "que") || is(j, "qu'") ||
                    (finite_word(t) && (t.pos & (grammar::pos_noun | grammar::pos_adj)) == 0)) {
                    break;
                }
                // The verb's own complement opens at a boundary ("a protesté dans un
                // communiqué | contre …"); the phrase goes on over "à", "au" ("interview au
                // Monde"), and over "dans" or "par" after a participle or infinitive ("à
                // paraître dans le JDD", "publié par Le Figaro").
                if (is_boundary(j) && !eq(t.text, "\xc3\xa0") && !is(j, "au") && !is(j, "aux")) {
                    const idx b = prev(j);
                    const bool verbal = b < size() && (toks_[b].pos & (grammar::pos_past_participle |
                                                                        grammar::pos_infinitive)) != 0;
                    if (!((is(j, "dans") || is(j, "par")) && verbal)) break;
                }
                ++words;
                e = j + 1;
            }
            if (words <= most) drop(i, e);
        });
    }

    // is_form_of_any_verb() of the rule's verb markers. (A token with a lemma is asked of its
    // lemma alone, which the markers' shapes mostly turn away without a search.)
    bool verb_form(const tok& t, const trim_rule& r) const {
        if (!t.lemma.empty()) {
            const word_shapes* shapes = markers_.verb_shapes(rule_);
            if (shapes != nullptr && !shapes->may_hold(t.lemma)) return false;
        }
        return is_form_of_any_verb(lex_, t, r.verb_markers);
    }

    // ", a déclaré X." / ", selon X" / "a-t-il ajouté": from the comma to the clause's end.
    void attribution(const trim_rule& r) {
        // Kept commas and closing quotes, in order, from `from` on.
        idx from = 0;
        for (const uint32_t i : marks_) {
            if (i < from || !keep_[i]) continue;
            const tok_kind k = toks_[i].kind;
            idx j = next(i + 1);
            if (j < size() && k == tok_kind::quote_close && toks_[j].kind == tok_kind::comma) {
                j = next(j + 1);
            }
            // "Le président américain, Donald Trump, a annoncé la fin …": the verb the grammar
            // reads as the main clause's, after its subject, is the statement, not a source.
            if (j < size() && main_verb_at(toks_[j].begin)) continue;
            // optional auxiliary ("a", "ont", "a-t-il")
            if (j < size() && (eq(toks_[j].text, "a") || is(j, "ont") || is(j, "avait") ||
                               is(j, "avaient") || is(j, "aurait"))) {
                j = next(j + 1);
            }
            const std::size_t n = match(r, j);
            bool speech = n > 0;
            if (!speech && j < size() && !r.verb_markers.empty()) {
                // "a-t-il déclaré": the inverted pronoun is glued to the auxiliary
                const std::string_view key = toks_[j].key;
                speech = key.rfind("a-t-", 0) == 0 || key.rfind("ont-", 0) == 0 ||
                         verb_form(toks_[j], r);
            }
            if (!speech) continue;
            const bool selon = is(j, "selon") || is(j, "d'");
            const idx end = clause_end(next(j + 1), !selon);
            drop(k == tok_kind::comma ? i : next(i + 1), end);
            // (A closing quote stays: the drop starts past it.)
            from = end > 0 ? end : 1;
        }
        // Opening "Selon X, …" is a leading adverbial; a trailing "selon X" has no comma.
        for (const uint32_t i : selon_) {
            if (!keep_[i]) continue;
            const idx p = prev(i);
            if (p < size() && toks_[p].kind == tok_kind::word) drop(i, clause_end(i + 1, false));
        }
    }

    // The subject part of the main clause whose verb group starts at `verb`, as the grammar
    // read it; nullptr when there is no such clause or it has no subject.
    const grammar::part* main_subject_before(uint32_t verb) const {
        if (source_ == nullptr) return nullptr;
        for (const auto& c : source_->clauses) {
            if (c.role != grammar::clause_role::main || !c.verb || c.verb->where.begin != verb) continue;
            for (const auto& p : c.parts) {
                if (p.kind == grammar::part_kind::subject && p.where.end <= verb) return &p;
            }
            return nullptr;
        }
        return nullptr;
    }
    // Whether the grammar reads a main clause whose verb group starts at `offset`, with a
    // subject before it.
    bool main_verb_at(uint32_t offset) const { return main_subject_before(offset) != nullptr; }
    // ... and whose subject ends at `subject_end`.
    bool subject_ends_at(uint32_t subject_end, uint32_t verb) const {
        const grammar::part* subject = main_subject_before(verb);
        return subject != nullptr && subject->where.end == subject_end;
    }

    void parenthetical() {
        idx from = 0;  // opening brackets from here on (kept or not)
        for (const uint32_t i : parens_) {
            if (i < from) continue;
            idx j = i + 1;
            while (j < size() && toks_[j].kind != tok_kind::paren_close) ++j;
            if (j < size()) drop(i, j + 1);
            from = j + 1;
        }
        // "Theresa May s'est, elle, entretenue": a stressed pronoun between commas is an
        // incise too.
        if (!incise_) return;
        for (const uint32_t i : marks_) {
            if (!keep_[i] || toks_[i].kind != tok_kind::comma) continue;
            const idx pronoun = next(i + 1);
            if (pronoun >= size() || !(is(pronoun, "elle") || is(pronoun, "lui") || is(pronoun, "eux") ||
                                       is(pronoun, "elles"))) {
                continue;
            }
            idx close = next(pronoun + 1);
            if (close < size() && is(close, "aussi")) close = next(close + 1);
            if (close < size() && toks_[close].kind == tok_kind::comma) drop(i, close + 1);
        }
        // "- Sous-titre -" style dashes in the middle: ", - X -" is rare; leave them.
    }

    // "le défi qu'a relevé Jean Jouzel, vice-président du GIEC": the title after the comma at
    // `i` said who the relative clause just dropped named; it goes too (to its clause's end,
    // when it holds no verb).
    void drop_orphan_apposition(idx i) {
        if (i >= size() || toks_[i].kind != tok_kind::comma || !keep_[i]) return;
        const idx b = next(i + 1);
        if (b >= size() || !title_word(toks_[b])) return;
        const idx e = clause_end(b, false);
        for (idx j = b; j < e; ++j) {
            // (a finite verb that is no noun: "président" is one too)
            const uint32_t pos = toks_[j].pos;
            if (keep_[j] && (is_auxiliary(toks_[j]) || is(j, "qui") ||
                             ((pos & (grammar::pos_present | grammar::pos_past | grammar::pos_future)) != 0 &&
                              (pos & (grammar::pos_noun | grammar::pos_adj)) == 0))) {
                return;
            }
        }
        drop(i, e);
    }

    // ", au cours de laquelle il doit signer …": a relative clause the grammar opens at "de
    // laquelle" (or "duquel") has the phrase before it, back to its comma, for its opening
    // ("au cours", "à l'issue", "lors"), which goes with the clause (a comma left last goes
    // in the tidying). i: the clause's first token.
    void drop_relative_opening(idx i) {
        if (i >= size()) return;
        // (The clause may open at the pronoun, its "de" before it.)
        if ((is(i, "laquelle") || is(i, "lequel") || is(i, "lesquels") || is(i, "lesquelles")) && i > 0 &&
            (is(i - 1, "de") || is(i - 1, "d'"))) {
            --i;
        }
        const idx w = i + 1;  // (the pronoun, which the clause took away with it)
        const bool of_which = is(i, "duquel") || is(i, "desquels") || is(i, "desquelles") ||
                              ((is(i, "de") || is(i, "d'")) && w < size() &&
                               (is(w, "laquelle") || is(w, "lequel") || is(w, "lesquels") || is(w, "lesquelles")));
        if (!of_which) return;
        int words = 0;
        for (idx j = prev(i); j < size() && words <= 3; j = prev(j)) {
            if (toks_[j].kind == tok_kind::comma) {
                if (words > 0) drop(j + 1, i);
                return;
            }
            if (toks_[j].kind != tok_kind::word) return;
            ++words;
        }
    }

    // "depuis que Trump a claqué la porte, en 2018, de l'accord …": a clause the grammar
    // ended at an incise that went before goes on after it, when what follows the incise is
    // a complement ("de l'accord …", which nothing before the clause can take); the
    // complement goes with the clause, up to its comma. i: the first token at or after the
    // clause's end.
    void drop_orphan_complement(idx i) {
        bool incise = false;
        for (; i < size() && !keep_[i]; ++i) incise = incise || toks_[i].kind == tok_kind::comma;
        if (!incise || i >= size() || !(is(i, "de") || is(i, "d'") || is(i, "du") || is(i, "des"))) return;
        drop(i, clause_end(i, false));
    }

    // is_title_word(), answered in line from a token whose forms were looked up.
    bool title_word(const tok& t) const {
        if (t.forms_known) return t.kind == tok_kind::word && t.title_word;
        return is_title_word(lex_, t);
    }

    bool name_word(idx i) const {
        return i < size() && toks_[i].kind == tok_kind::word && toks_[i].capitalised &&
               !is_function_word(lex_, toks_[i]);
    }

    // "X, le ministre des Affaires étrangères, a dit" -> "X a dit" (after a name), and
    // ", qui …," handled by `relative`.
    // "16 pays de l'Union européenne, ainsi que les États-Unis, le Canada et l'Ukraine ont
    // annoncé": a conjunct the subject adds after a comma ("ainsi que", "de même que", "tout
    // comme") goes, up to the main verb, when what is left of the subject agrees with the verb
    // (a singular verb, or a plural one after a plural determiner or a number).
    void added_conjunct(int limit) {
        const auto [verb, verb_last] = main_verb();
        if (verb >= size() || !keep_[verb]) return;
        // (The kept commas before the verb, in order: the sentence's commas walked, not its
        // words.)
        for (const uint32_t i : commas_at_) {
            if (i >= verb) break;
            if (!keep_[i]) continue;
            const idx b = next(i + 1);
            const idx b2 = b < size() ? next(b + 1) : size();
            const idx b3 = b2 < size() ? next(b2 + 1) : size();
            const bool opens = (is(b, "ainsi") && is(b2, "que")) || (is(b, "tout") && is(b2, "comme")) ||
                               (is(b, "de") && is(b2, "meme") && is(b3, "que"));
            if (!opens || i == first()) continue;
            idx e = verb;  // the conjunct ends at the verb, or at a comma right before it
            if (prev(verb) < size() && prev(verb) > i && toks_[prev(verb)].kind == tok_kind::comma) e = prev(verb) + 1;
            int words = 0;
            for (idx j = b; j < e; j = next(j + 1)) {
                if (toks_[j].kind == tok_kind::word && (is_auxiliary(toks_[j]) || is(j, "qui") || is(j, "que")) &&
                    j != b2 && j != b3) {
                    return;  // a clause of its own
                }
                if (toks_[j].kind == tok_kind::word || toks_[j].kind == tok_kind::number) ++words;
            }
            if (words > limit) return;
            bool plural_verb = false;
            for (idx j = verb; j <= verb_last && j < size(); ++j) {
                if (keep_[j] && (toks_[j].pos & grammar::pos_verb) != 0) {
                    plural_verb = (toks_[j].pos & grammar::pos_3pl) != 0 && (toks_[j].pos & grammar::pos_3sg) == 0;
                    break;
                }
            }
            if (plural_verb) {
                static const word_set plural{"les", "des", "ces", "leurs", "nos", "vos", "plusieurs", "quelques",
                                             "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"};
                const idx s0 = first();
                if (!(toks_[s0].kind == tok_kind::number || plural.has_key(toks_[s0]))) return;
            }
            drop(i, e);
            return;
        }
    }

    void apposition(const trim_rule& r) {
        const int limit = r.max_words > 0 ? r.max_words : 10;
        added_conjunct(limit);
        if (commas_ < 2) return;
        idx from = 0;  // kept commas, in order, from here on
        for (const uint32_t i : marks_) {
            if (i < from || !keep_[i] || toks_[i].kind != tok_kind::comma) continue;
            const idx p = prev(i);
            if (p >= size() || !name_word(p)) continue;
            const idx b = next(i + 1);
            if (b >= size()) continue;
            const bool opens = is(b, "le") || is(b, "la") || is(b, "l'") || is(b, "les") ||
                               is(b, "un") || is(b, "une") || is(b, "ancien") ||
                               is(b, "ancienne") || title_word(toks_[b]) ||
                               match(r, b) > 0;
            // "Gabi Ashkenazi, entré en fonction au lendemain …, a offert": a participle phrase
            // between commas after a name says more of the person too.
            // (A participle that is a noun too, "médaillé", "élu", is one before a
            // preposition: "Frédérick Bousquet, médaillé aux Mondiaux, a décroché".)
            const uint32_t pos = toks_[b].pos;
            const idx after_b = next(b + 1);
            const bool participle = toks_[b].kind == tok_kind::word && !toks_[b].capitalised &&
                                    (pos & grammar::pos_past_participle) != 0 && (pos & grammar::pos_unknown) == 0 &&
                                    ((pos & grammar::pos_noun) == 0 ||
                                     (after_b < size() && (preposition(after_b) || is(after_b, "au") || is(after_b, "aux") ||
                                                           is(after_b, "de") || is(after_b, "du") || is(after_b, "d'") ||
                                                           is(after_b, "en") || is(after_b, "dans"))));
            if (!opens && !participle) continue;
            const idx e = clause_end(b, false);
            if (e >= size() || toks_[e].kind != tok_kind::comma) continue;
            int words = 0;
            bool verb = false;
            for (idx j = b; j < e; ++j) {
                if (!keep_[j]) continue;
                ++words;
                verb = verb || is_auxiliary(toks_[j]) || is(j, "qui");
            }
            if (words > limit || verb) continue;
            drop(i, e + 1);
            from = e + 1;
        }
    }

    // Relative, subordinate and purpose clauses, from their marker to the clause's end; a
    // comma before the marker goes too.
    void clause_from_marker(const trim_rule& r, bool needs_infinitive) {
        // Only where a marker may open can one match (match() is 0 elsewhere): those tokens
        // still kept, in order, from `from` on (past the first word).
        idx from = next(first() + 1);
        for (const uint32_t i : openings()) {
            if (i < from || !keep_[i] || !may_match_at(i)) continue;
            const std::size_t n = match(r, i);
            if (n == 0) continue;
            idx p = prev(i);
            if (p >= size()) continue;
            if (is(p, "ce") || is(p, "celui") || is(p, "celle") || is(p, "ceux")) continue;
            // "Le gouvernement, à qui on a demandé …, accepte": a preposition before a relative
            // pronoun opens the clause with it.
            idx start = i;
            if (!needs_infinitive && relative_pronoun(i) && preposition(p) &&
                !(next(i + 1) < size() && is(next(i + 1), "que"))) {  // "avec qui que ce soit"
                start = p;
                p = prev(p);
                if (p >= size()) continue;
            }
            if (needs_infinitive) {
                const idx v = next(i + n);
                if (v >= size() || toks_[v].kind != tok_kind::word) continue;
                const std::string_view k = toks_[v].key;
                const bool infinitive = (k.size() > 3 && (k.compare(k.size() - 2, 2, "er") == 0 ||
                                                          k.compare(k.size() - 2, 2, "ir") == 0 ||
                                                          k.compare(k.size() - 2, 2, "re") == 0)) ||
                                        is(v, "l'") || is(v, "les") || is(v, "se") || is(v, "s'");
                if (!infinitive) continue;
            }
            const bool after_comma = toks_[p].kind == tok_kind::comma;
            // A clause in the middle between commas goes alone; one at the end runs to the
            // end of the sentence.
            const idx e = clause_end(i + n, false);
            const bool closes = e < size() && toks_[e].kind == tok_kind::comma;
            const idx b = after_comma ? p : start;
            if (r.max_words > 0) {
                int words = 0;
                for (idx j = start; j < e; ++j) words += keep_[j] && toks_[j].kind == tok_kind::word;
                if (words > r.max_words && closes) continue;
            }
            // between commas, both go: "Le musée, qui …, a dû" -> "Le musée a dû"
            drop(b, closes && after_comma ? e + 1 : e);
            if (!needs_infinitive) drop_relative_opening(start);
            from = e > 0 ? e : 1;
            // "… qui remplacerait le traité New Start, conclu en 2010": a participle after the
            // comma closing the clause says more of the clause's last noun, and goes with it.
            if (closes && !after_comma) {
                const idx pp = next(e + 1);
                if (pp < size() && toks_[pp].kind == tok_kind::word && !toks_[pp].capitalised &&
                    (toks_[pp].pos & grammar::pos_past_participle) != 0 &&
                    (toks_[pp].pos & (grammar::pos_noun | grammar::pos_unknown | grammar::pos_aux)) == 0) {
                    const idx pe = clause_end(pp + 1, false);
                    drop(e, pe);
                    from = pe > 0 ? pe : 1;
                }
            }
        }
    }

    // "réclame que les gouvernements …": a "que" clause right after its verb is the verb's
    // object, which the verb cannot lose.
    // (`i`: the first token at or after the clause's beginning, first_at().)
    bool completes_verb(idx i) const {
        if (i >= size() || !(is(i, "que") || is(i, "qu'"))) return false;
        const idx v = prev(i);
        if (v >= size() || toks_[v].kind != tok_kind::word || (toks_[v].pos & grammar::pos_verb) == 0) {
            return false;
        }
        // A participle completes a tense after its auxiliary ("a estimé que").
        if ((toks_[v].pos & grammar::pos_past_participle) == 0) return true;
        const idx aux = prev(v);
        return aux < size() && is_auxiliary(toks_[aux]);
    }

    bool relative_pronoun(idx i) const {
        return is(i, "qui") || is(i, "lequel") || is(i, "laquelle") || is(i, "lesquels") ||
               is(i, "lesquelles") || is(i, "quoi");
    }
    bool preposition(idx i) const {
        return eq(toks_[i].text, "\xc3\xa0") || is(i, "avec") || is(i, "pour") || is(i, "par") ||
               is(i, "sur") || is(i, "chez") || is(i, "contre") || is(i, "envers") ||
               is(i, "entre") || is(i, "sans") || is(i, "selon") || is(i, "vers");
    }

    // "la sécurité, la justice, la migration et le développement" -> "la sécurité": a list of
    // three or more determined items keeps its first.
    void enumeration() {
        auto determiner = [&](idx i) {
            return is(i, "le") || is(i, "la") || is(i, "l'") || is(i, "les") || is(i, "des") ||
                   is(i, "du") || is(i, "un") || is(i, "une");
        };
        for (idx i = first(); i < size(); i = next(i + 1)) {
            if (toks_[i].kind != tok_kind::comma || !determiner(next(i + 1))) continue;
            // the items after the first: ", det …" repeated, closed by "et det …"
            idx j = i;
            int items = 1;
            bool closed = false;
            while (j < size()) {
                const idx e = clause_end(next(j + 1), false);
                const idx d = next(j + 1);
                if (!determiner(d) && !(is(d, "et") && determiner(next(d + 1)))) break;
                for (idx k = d; k < e; k = next(k + 1)) {
                    if (is(k, "et") && determiner(next(k + 1))) closed = true;
                }
                ++items;
                j = e;
                if (closed || j >= size() || toks_[j].kind != tok_kind::comma) break;
            }
            if (!closed || items < 3) continue;
            drop(i, j);
            i = j > 0 ? j - 1 : 0;
        }
    }

    // Whether a name the grammar read as a person's, or as no institution, country nor group,
    // opens at token t.
    bool person_opens_at(const tok& t) const {
        if (source_ == nullptr) return false;
        return std::any_of(source_->actors.begin(), source_->actors.end(), [&](const grammar::actor& a) {
            return (a.kind == grammar::actor_kind::person || a.kind == grammar::actor_kind::other) &&
                   a.where.begin == t.begin;
        });
    }

    // "le vice-Premier ministre belge, Maxime Prévot," -> "Maxime Prévot";
    // "le président américain Donald Trump" -> "Donald Trump".
    void shorten_actor() {
        // "M. Macron" -> "Macron": headlines name people without civilities.
        for (const uint32_t i : civilities_) {
            if (!keep_[i]) continue;
            idx j = next(i + 1);
            if (j < size() && eq(toks_[j].text, ".")) j = next(j + 1);
            if (name_word(j)) drop(i, j);
        }
        // "le", "la", "l'" still kept, in order, from `from` on
        idx from = 0;
        for (const uint32_t i : definite_) {
            if (i < from || !keep_[i]) continue;
            idx j = next(i + 1);
            if (j >= size() || !title_word(toks_[j])) continue;
            // title words, nationality adjectives, "des Affaires étrangères"
            idx k = j;
            int span = 0;
            // Past a "de", the complement of a title may be written in lower case ("le porte-
            // parole de la junte, Ismaël Wagué"): its articles, nouns and adjectives are the
            // title's too, when a name follows the phrase after a comma (tested below).
            bool complement = false;
            bool lowered = false;  // a word of the phrase is such a lower-case word
            while (k < size() && span < 9) {
                const tok& t = toks_[k];
                // a title written as a phrase ("ministre des Affaires étrangères") goes whole
                if (const auto* p = phrase_at_token(lex_, t, size(), k, [&](idx x) -> std::string_view { return toks_[x].key; });
                    p != nullptr && p->second < lex_.entries.size() &&
                    (lex_.entries[p->second].pos == word_class::title ||
                     lex_.entries[p->second].pos == word_class::name)) {
                    k = next(k + p->first.size());
                    span += static_cast<int>(p->first.size());
                    continue;
                }
                const bool part = title_word(t) || country_of(lex_, t) >= 0 ||
                                  eq(t.key, "de") || eq(t.key, "des") || eq(t.key, "du") ||
                                  eq(t.key, "d'") || eq(t.key, "et") ||
                                  (t.capitalised && k + 1 < size() &&
                                   (toks_[k + 1].kind == tok_kind::word) &&
                                   !name_word(k + 1) && false) ||
                                  (t.capitalised && is_function_word(lex_, t) == false &&
                                   lex_.any_word(t.key) != nullptr) ||
                                  eq(t.key, "vice") || eq(t.key, "premier") || eq(t.key, "premiere");
                const bool lower_complement =
                    complement && t.kind == tok_kind::word && !t.capitalised &&
                    (eq(t.key, "la") || eq(t.key, "le") || eq(t.key, "l'") || eq(t.key, "les") ||
                     ((t.pos & (grammar::pos_noun | grammar::pos_adj)) != 0 &&
                      (t.pos & (grammar::pos_unknown | grammar::pos_present | grammar::pos_past)) == 0));
                if ((!part && !lower_complement) || !keep_[k]) break;
                // (A name the grammar read opens there: "L'avocat de Roman Polanski", whose
                // "Roman" the lexicon holds as a word too, is no title of Polanski's.)
                if (t.capitalised && person_opens_at(t)) break;
                // (An adjective after a capitalised complement is the title's: "de l'Education
                // nationale Luc Chatel"; a noun in lower case may head a phrase of its own.)
                lowered = lowered || (lower_complement && !part && (t.pos & grammar::pos_noun) != 0);
                complement = complement || eq(t.key, "de") || eq(t.key, "des") || eq(t.key, "du") || eq(t.key, "d'");
                k = next(k + 1);
                ++span;
            }
            idx name = k;
            bool comma = false;
            if (name < size() && toks_[name].kind == tok_kind::comma) {
                comma = true;
                name = next(name + 1);
            }
            // ("L'avocat du cinéaste franco-polonais Roman Polanski": with no comma, the name
            // is the complement's.)
            if (!name_word(name) || (lowered && !comma)) continue;
            // ("L'avocat de Roman Polanski": a name right after the title's "de" is its
            // complement, whom the title is not.)
            if (const idx before = prev(name);
                !comma && before < size() && (is(before, "de") || is(before, "d'") || is(before, "du") || is(before, "des"))) {
                continue;
            }
            idx name_end = name;
            while (name_end < size() && name_word(name_end)) name_end = next(name_end + 1);
            if (name_end - name > 4) continue;
            drop(i, name);
            if (comma && name_end < size() && toks_[name_end].kind == tok_kind::comma) {
                clear(name_end);
            }
            from = name_end > 0 ? name_end : 1;
        }
    }

    // "a signé" -> "signe", "ont signé" -> "signent", "a été élu" -> "est élu".
    void present_tense() {
        idx from = 0;  // kept "a" and "ont", in order, from here on
        for (const uint32_t i : avoir_) {
            if (i < from || !keep_[i]) continue;
            const bool sg = eq(toks_[i].text, "a");
            const bool pl = is(i, "ont");
            const idx v = next(i + 1);
            if (v >= size() || toks_[v].kind != tok_kind::word) continue;
            // Only the French text changes: the English realiser reads the original verb group.
            if (is(v, "ete")) {
                set_text(i, sg ? "est" : "sont");
                set_text(v, {});
                from = v + 1;
                continue;
            }
            // "il l'a signé": "le" or "la" before the present, which its elision hides.
            if (const idx before = prev(i); before < size() && is(before, "l'")) continue;
            // "a du mal" is "avoir du mal", no "a dû".
            if (eq(toks_[v].text, "du")) continue;
            // "a également évoqué" -> "évoque également": one adverb between the auxiliary
            // and its participle follows the present (the adverb's token takes the verb, the
            // participle's the adverb). Not a negation ("n'a pas signé").
            const idx participle = next(v + 1);
            if (participle < size() && adverb_between(v) && toks_[participle].kind == tok_kind::word &&
                (toks_[participle].pos & grammar::pos_past_participle) != 0) {
                std::string present = present_of(toks_[participle], pl);
                if (present.empty()) continue;
                say_present(i, participle, std::move(present));
                break;
            }
            const std::string present = present_of(toks_[v], pl);
            if (present.empty()) continue;
            set_text(i, {});
            set_text(v, present);
            joined_participles(v, pl);
            break;  // only the main verb: the first one
        }
    }

    // "ont fait irruption et vandalisé un lycée" -> "font irruption et vandalisent": a
    // participle joined by "et" to the verb just said in the present shares its auxiliary, and
    // goes to the present too (up to the clause's next comma or stop).
    void joined_participles(idx v, bool plural) {
        int words = 0;
        for (idx k = next(v + 1); k < size() && words < 8; k = next(k + 1)) {
            const tok_kind kind = toks_[k].kind;
            if (kind == tok_kind::comma || kind == tok_kind::stop || kind == tok_kind::colon) return;
            ++words;
            if (!is(k, "et")) continue;
            const idx p = next(k + 1);
            if (p >= size() || toks_[p].kind != tok_kind::word || (toks_[p].pos & grammar::pos_past_participle) == 0 ||
                (toks_[p].pos & grammar::pos_unknown) != 0) {
                return;
            }
            if (const std::string present = present_of(toks_[p], plural); !present.empty()) set_text(p, present);
            return;
        }
    }

    // An adverb that may stand between an auxiliary and its participle and follow the present
    // ("également", "déjà", "finalement"): no negation, no verb form, no word of another kind.
    bool adverb_between(idx i) const {
        const tok& t = toks_[i];
        if (t.kind != tok_kind::word || t.capitalised || (t.pos & grammar::pos_adverb) == 0 ||
            (t.pos & (grammar::pos_verb | grammar::pos_noun | grammar::pos_adj | grammar::pos_unknown)) != 0) {
            return false;
        }
        return !(is(i, "pas") || is(i, "plus") || is(i, "jamais") || is(i, "rien") || is(i, "guere") ||
                 is(i, "point") || is(i, "aussi") || is(i, "ainsi") || is(i, "bien"));
    }

    // Whether the main clause's verb is a single word in the imperfect (imperfect_main_verb's
    // to say in the present).
    bool imperfect_main() const {
        const auto [verb, verb_last] = main_verb();
        return verb < size() && (toks_[verb].pos & grammar::pos_imperfect) != 0 &&
               (verb == verb_last || modal_imperfect(toks_[verb]));
    }

    // Whether the main clause's verb group opens on "est" or "sont" (etre_compound's to say in
    // the present).
    bool etre_main() const {
        const auto [verb, verb_last] = main_verb();
        for (idx k = verb; k <= verb_last && k < size(); ++k) {
            if (compound_auxiliary(k)) return true;
        }
        return false;
    }

    // The auxiliaries compound_main() reads: "est", "sont", "était", "étaient" (être), and
    // "avait", "avaient" (the pluperfect; "a" and "ont" are present_tense's).
    bool compound_auxiliary(idx k) const {
        return is(k, "est") || is(k, "sont") || is(k, "etait") || is(k, "etaient") || is(k, "avait") ||
               is(k, "avaient");
    }

    // "s'est adressé" -> "s'adresse", "se sont retrouvés" -> "se retrouvent", "est arrivé" ->
    // "arrive", "avait jugé" -> "juge", "s'est un peu détendue" -> "se détend un peu": the main
    // verb's compound past with être (a reflexive verb, or one of the verbs that take être) or
    // its pluperfect, in the present, the adverbs between after it; a passive ("est accueilli")
    // and a negation stay.
    void etre_compound() {
        const auto [verb, verb_last] = main_verb();
        if (verb >= size() || verb_last >= size()) return;
        idx aux = size();
        for (idx k = verb; k <= verb_last; ++k) {
            if (keep_[k] && compound_auxiliary(k)) {
                aux = k;
                break;
            }
        }
        if (aux >= size()) return;
        // (Up to two adverbs between: "un peu", "de nouveau".)
        idx participle = next(aux + 1);
        int adverbs = 0;
        // (The grammar may end the group at the auxiliary when the adverb is a phrase: the
        // participle is then looked for just past it.)
        while (participle < size() && participle <= aux + 4 && adverbs < 2) {
            const idx after = next(participle + 1);
            if (adverb_between(participle)) {
                participle = after;
                ++adverbs;
            } else if (after < size() && adverbs == 0 &&
                       ((is(participle, "un") && is(after, "peu")) ||
                        ((is(participle, "de") || eq(toks_[participle].text, "\xc3\xa0")) && is(after, "nouveau")))) {
                participle = next(after + 1);
                adverbs = 2;
            } else {
                break;
            }
        }
        if (participle > std::max<idx>(verb_last, aux + 4) || participle >= size() ||
            toks_[participle].kind != tok_kind::word || (toks_[participle].pos & grammar::pos_past_participle) == 0) {
            return;
        }
        const bool avoir = is(aux, "avait") || is(aux, "avaient");
        const idx before = prev(aux);
        const bool reflexive = before < size() && (is(before, "s'") || is(before, "se"));
        if (!avoir && !reflexive && (toks_[participle].pos & grammar::pos_etre_verb) == 0) return;
        for (idx k = verb; k < aux; ++k) {
            if (is(k, "ne") || is(k, "n'")) return;
        }
        // (The participle agrees with the subject after être: "retrouvés", "arrivée" are read
        // as "retrouvé", "arrivé".)
        const tok& p = toks_[participle];
        std::string_view text = p.text, key = p.key;
        for (int n = 0; n < 2 && !avoir; ++n) {
            const bool s_end = text.size() > 2 && text.back() == 's';
            const bool e_end = !s_end && text.size() > 3 && text.back() == 'e' &&
                               (text.substr(text.size() - 3) == "\xc3\xa9" "e" || text.substr(text.size() - 2) == "ue");
            if (!s_end && !e_end) break;
            text.remove_suffix(1);
            if (key.size() > 1) key.remove_suffix(1);
        }
        tok agreed = p;
        agreed.text = text;
        agreed.key = key;
        const bool plural = is(aux, "sont") || is(aux, "etaient") || is(aux, "avaient");
        const std::string present = present_of(agreed, plural);
        if (present.empty()) return;
        say_present(aux, participle, present);
    }

    // The compound verb from `aux` to `participle` said in the present: the auxiliary goes, the
    // verb takes the first place after it and the adverbs between follow ("a également évoqué"
    // -> "évoque également").
    void say_present(idx aux, idx participle, std::string present) {
        set_text(aux, {});
        std::string carried = std::move(present);
        for (idx k = next(aux + 1); k <= participle && k < size(); k = next(k + 1)) {
            std::string here(toks_[k].text);
            set_text(k, std::move(carried));
            carried = std::move(here);
        }
    }

    // "allait", "pouvait", "voulait" (and their plurals), which open a verb group before an
    // infinitive ("allait signer" -> "va signer"). ("devait signer" says what was planned,
    // which "doit signer" does not.)
    static bool modal_imperfect(const tok& t) {
        static const word_list modals{"allait", "allaient", "pouvait", "pouvaient", "voulait", "voulaient"};
        return modals.contains(t.key);
    }

    // "Donald Trump vantait les relations" -> "vante", "allait signer" -> "va signer": the main
    // clause's verb, a single finite word in the imperfect or a modal one before its
    // infinitive, in the present (as a headline says it).
    void imperfect_main_verb() {
        const auto [verb, verb_last] = main_verb();
        if (verb >= size() || !keep_[verb] || toks_[verb].kind != tok_kind::word) return;
        const tok& t = toks_[verb];
        if (verb != verb_last && !modal_imperfect(t)) return;
        if ((t.pos & grammar::pos_imperfect) == 0 || (t.pos & grammar::pos_aux) != 0) return;
        const idx before = prev(verb);
        // (Not after "ne" or a clitic: "ne signait", "les signait" keep their form.)
        if (before < size() && toks_[before].kind == tok_kind::word &&
            (is(before, "ne") || is(before, "n'") || is(before, "se") || is(before, "s'") || is(before, "le") ||
             is(before, "la") || is(before, "l'") || is(before, "les") || is(before, "lui") || is(before, "leur") ||
             is(before, "y") || is(before, "en") || is(before, "qui"))) {
            return;
        }
        const bool plural = t.key.size() > 5 && t.key.substr(t.key.size() - 5) == "aient";
        const std::string present = present_of_imperfect(t, plural);
        if (!present.empty()) set_text(verb, present);
    }

    // "Le Pakistan a annoncé qu'il expulsait l'ambassadeur" -> "Le Pakistan expulse
    // l'ambassadeur": what the subject announces of itself (its pronoun subject of the "que"
    // clause right after the verb) becomes the statement, the announcer its subject and the
    // verb, in the imperfect of reported speech, the present. Verbs are the rule's markers
    // (lemmas); a negated announcement stays as it is.
    void reported_statement(const trim_rule& r) {
        if (r.verb_markers.empty()) return;
        // The verbs a kept "que" follows, in order: a word is such a verb when the kept token
        // after it is a "que" (few sentences have one: their list is walked, not the words).
        for (const uint32_t que : ques_) {
            if (!keep_[que]) continue;
            const idx v = prev(que);
            if (v >= size() || (toks_[v].kind != tok_kind::word && toks_[v].kind != tok_kind::number) ||
                (toks_[v].pos & grammar::pos_verb) == 0 || !verb_form(toks_[v], r)) {
                continue;
            }
            idx group = v;  // the verb group's first token: the auxiliary, if any
            const idx aux = prev(v);
            if (aux < size() && (eq(toks_[aux].text, "a") || is(aux, "ont") || is(aux, "avait") ||
                                 is(aux, "avaient"))) {
                group = aux;
            }
            const idx before = prev(group);
            if (before >= size() || toks_[before].kind != tok_kind::word || is(before, "ne") ||
                is(before, "n'") || is(before, "pas") || is(before, "plus") || is(before, "jamais") ||
                is(before, "qui") || is(before, "que") || is(before, "qu'")) {
                continue;  // no subject of its own, a negation, or a relative clause's verb
            }
            const idx pronoun = next(que + 1);
            if (pronoun >= size()) continue;
            const bool plural = is(pronoun, "ils") || is(pronoun, "elles");
            if (!plural && !is(pronoun, "il") && !is(pronoun, "elle")) continue;
            // The statement's verb: after clitics ("qu'il ne les signait pas")
            idx verb = next(pronoun + 1);
            while (verb < size() && toks_[verb].kind == tok_kind::word &&
                   (is(verb, "ne") || is(verb, "n'") || is(verb, "se") || is(verb, "s'") ||
                    is(verb, "y") || is(verb, "en") || is(verb, "lui") || is(verb, "leur") ||
                    is(verb, "les") || is(verb, "le") || is(verb, "la") || is(verb, "l'"))) {
                verb = next(verb + 1);
            }
            if (verb >= size() || (toks_[verb].pos & grammar::pos_verb) == 0) continue;
            for (idx k = group; k <= pronoun; ++k) clear(k);
            lifted_at_ = toks_[que].begin;
            // The statement's verb, and those joined to it by "et" ("expulsait … et
            // suspendait …"), up to the clause's end.
            for (idx k = verb; k < size() && toks_[k].kind != tok_kind::comma &&
                               toks_[k].kind != tok_kind::stop;
                 k = next(k + 1)) {
                const bool joined = k == verb || (prev(k) < size() && is(prev(k), "et"));
                if (!joined || (toks_[k].pos & grammar::pos_imperfect) == 0) continue;
                const std::string present = present_of_imperfect(toks_[k], plural);
                if (!present.empty()) set_text(k, present);
            }
            return;  // one statement per sentence
        }
    }

    // "expulsait" -> "expulse", "allaient" -> "vont", "avait" -> "a": the present of an
    // imperfect, from the lexicon's forms, a few irregular verbs, or the regular -er stem
    // when its present is the same stem ("appelait" -> "appelle" is not: left as it is).
    std::string present_of_imperfect(const tok& t, bool plural) const {
        static const std::pair<std::string_view, std::pair<std::string_view, std::string_view>> irregular[] = {
            {"avait", {"a", "ont"}},       {"avaient", {"a", "ont"}},
            {"etait", {"est", "sont"}},    {"etaient", {"est", "sont"}},
            {"allait", {"va", "vont"}},    {"allaient", {"va", "vont"}},
            {"pouvait", {"peut", "peuvent"}}, {"pouvaient", {"peut", "peuvent"}},
            {"devait", {"doit", "doivent"}},  {"devaient", {"doit", "doivent"}},
            {"voulait", {"veut", "veulent"}}, {"voulaient", {"veut", "veulent"}},
            {"faisait", {"fait", "font"}},    {"faisaient", {"fait", "font"}}};
        for (const auto& [form, present] : irregular) {
            if (t.key == form) return std::string(plural ? present.second : present.first);
        }
        // Families by their ending: "reprenait" -> "reprend", "obtenait" -> "obtient",
        // "permettait" -> "permet", "devenait" -> "devient".
        static const std::pair<std::string_view, std::string_view> endings[] = {
            {"prenait", "prend"},  {"prenaient", "prennent"}, {"mettait", "met"},
            {"mettaient", "mettent"}, {"tenait", "tient"},    {"tenaient", "tiennent"},
            {"venait", "vient"},   {"venaient", "viennent"}};
        for (const auto& [ending, present] : endings) {
            if (t.key.size() < ending.size() || t.text.size() < ending.size() ||
                t.key.compare(t.key.size() - ending.size(), ending.size(), ending) != 0) {
                continue;
            }
            const bool plural_form = ending.size() > 2 && ending.substr(ending.size() - 3) == "ent";
            if (plural_form != plural) continue;
            return std::string(t.text.substr(0, t.text.size() - ending.size())) + std::string(present);
        }
        if (std::string listed = listed_present(t, plural, false); !listed.empty()) return listed;
        const std::string_view ending = plural ? "aient" : "ait";
        const std::string_view w = t.text;
        if (t.lemma.size() < 4 || w.size() <= ending.size() + 2 ||
            w.substr(w.size() - ending.size()) != ending) {
            return {};
        }
        std::string stem(w.substr(0, w.size() - ending.size()));
        const std::string stem_key = fold_key(stem);
        // "suspendait" -> "suspend" (-dre), "finissait" -> "finit" (-ir)
        if (stem_key.empty()) return {};
        if (t.lemma == stem_key + "re" && stem_key.back() == 'd') return plural ? stem + "ent" : stem;
        if (stem_key.size() > 4 && stem_key.compare(stem_key.size() - 3, 3, "iss") == 0 &&
            t.lemma == stem_key.substr(0, stem_key.size() - 2) + "r") {
            return plural ? stem + "ent" : stem.substr(0, stem.size() - 2) + "t";
        }
        if (t.lemma.compare(t.lemma.size() - 2, 2, "er") != 0) return {};
        if (stem.size() >= 2 && stem.compare(stem.size() - 2, 2, "\xc3\xa7") == 0) {
            stem.replace(stem.size() - 2, 2, "c");  // "annonçait" -> "annonce"
        } else if (stem.back() == 'e' && stem.size() >= 2 && stem[stem.size() - 2] == 'g') {
            stem.pop_back();  // "mangeait" -> "mange"
        }
        // Stems whose present changes: "appel-" "jet-" "lev-" (e before one consonant),
        // "céd-" "célébr-" (é before consonants), "employ-" "essay-" (y).
        std::size_t at = stem.size();
        while (at > 0 && std::strchr("bcdfghjklmnpqrstvwxz", stem[at - 1]) != nullptr) --at;
        const std::size_t consonants = stem.size() - at;
        if (consonants == 0 && !stem.empty() && stem.back() == 'y') return {};
        if (consonants > 0 && at >= 2 && stem.compare(at - 2, 2, "\xc3\xa9") == 0) return {};
        if (consonants == 1 && at >= 1 && stem[at - 1] == 'e') return {};
        return stem + (plural ? "ent" : "e");
    }

    // The present the lexicon lists for a verb form of t (of its participle form only, when
    // asked), or empty.
    std::string listed_present(const tok& t, bool plural, bool participle_only) const {
        if (const form_hits* hits = forms_of(lex_, t)) {
            for (const auto& h : *hits) {
                const lexicon_entry& e = lex_.entries[h.entry];
                if (e.pos != word_class::verb || (participle_only && h.form != form_kind::participle)) {
                    continue;
                }
                if (plural && !e.fr_3pl().empty()) return e.fr_3pl();
                if (!plural && !e.fr_3sg().empty()) return e.fr_3sg();
            }
        }
        return {};
    }

    std::string present_of(const tok& t, bool plural) const {
        // Lexicon verbs with irregular forms say them; regular -er/-ir participles are rebuilt.
        if (std::string listed = listed_present(t, plural, true); !listed.empty()) return listed;
        const std::string_view w = t.text;
        // "signé" (UTF-8 é is 2 bytes)
        if (w.size() >= 4 && w.compare(w.size() - 2, 2, "\xc3\xa9") == 0) {
            std::string stem(w.substr(0, w.size() - 2));
            if (stem.size() >= 2 && fold_key(stem).find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos) {
                // "-ger": "mangé" -> "mange"; "-cer" keeps "c". "-eler" and "-eter" double their
                // consonant ("appelé" -> "appelle", "rejeté" -> "rejette"), except a few that open
                // the e ("acheté" -> "achète", "démantelé" -> "démantèle").
                if (stem.size() >= 2 && stem[stem.size() - 2] == 'e' && (stem.back() == 'l' || stem.back() == 't')) {
                    static constexpr std::string_view opening[] = {"achet", "gel", "harcel", "model",
                                                                   "martel", "ciscel", "demantel", "ecartel"};
                    const std::string folded = fold_key(stem);
                    const bool opens = std::any_of(std::begin(opening), std::end(opening), [&](std::string_view o) {
                        return folded.size() >= o.size() && folded.compare(folded.size() - o.size(), o.size(), o) == 0;
                    });
                    if (opens) {
                        stem.replace(stem.size() - 2, 1, "\xc3\xa8");
                    } else {
                        stem += stem.back();
                    }
                    return stem + (plural ? "ent" : "e");
                }
                // "considéré" -> "considère", "espéré" -> "espère": an é before the stem's
                // final consonants opens to è.
                std::size_t at = stem.size();
                while (at > 0 && std::strchr("bcdfghjklmnpqrstvwxz", stem[at - 1]) != nullptr) --at;
                if (at < stem.size() && at >= 2 && stem.compare(at - 2, 2, "\xc3\xa9") == 0) {
                    stem[at - 1] = '\xa8';
                }
                return stem + (plural ? "ent" : "e");
            }
        }
        // "répondu" -> "répond", "perdu" -> "perd": the participles of "-ndre" and "-rdre".
        if (w.size() > 4 && (w.substr(w.size() - 3) == "ndu" || w.substr(w.size() - 3) == "rdu")) {
            const std::string stem(w.substr(0, w.size() - 1));
            if (fold_key(stem).find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos) {
                return plural ? stem + "ent" : stem;
            }
        }
        return {};
    }

    // Where a headline may end: before a comma, a colon, a conjunction or a preposition.
    // (Always in line: asked of most tokens before a cut, and most often answered at once.)
    [[gnu::always_inline]] bool is_boundary(idx i) const {
        const tok& t = toks_[i];
        if (t.kind == tok_kind::comma || t.kind == tok_kind::colon) return true;
        if (t.forms_known) return (t.trimmed & trim_boundary) != 0 || eq(t.text, "\xc3\xa0");
        // (The words of three bytes or more; those of two are tested in line, with no hash to
        // take for keys that carry none.)
        static const word_set keys(boundary_words);
        if (t.key.size() <= 2) return eq(t.key, "et") || eq(t.key, "en") || eq(t.key, "au") || eq(t.text, "\xc3\xa0");
        return keys.has_key(t) || eq(t.text, "\xc3\xa0");
    }

    // "« C'est un moment historique. Le plan de sauvetage … a été signé »": a quote holding
    // two sentences is one sentence of the text, but a headline says one: the first that has
    // six words or more (a short exclamation before the statement goes), else the longest.
    void one_sentence() {
        constexpr int enough = 6;
        idx best_b = size(), best_e = size();
        int best_words = 0;
        idx b = first();
        int words = 0;
        for (idx i = b; i <= size(); i = i < size() ? next(i + 1) : size() + 1) {
            const bool end = i >= size();
            // (A full stop only: not the point of "M." nor of an initial, "J. K. Rowling".)
            const bool stop = !end && toks_[i].kind == tok_kind::stop && eq(toks_[i].text, ".") &&
                              !civility_point(i) &&
                              !(i > 0 && toks_[i - 1].kind == tok_kind::word && toks_[i - 1].text.size() == 1);
            if (!end && !stop) {
                if (toks_[i].kind == tok_kind::word || toks_[i].kind == tok_kind::number) ++words;
                continue;
            }
            if (b == first() && end) return;  // one sentence: nothing to do
            if (words > best_words) {
                best_b = b;
                best_e = end ? size() : i + 1;
                best_words = words;
            }
            if (words >= enough || end) break;
            b = next(i + 1);
            words = 0;
        }
        if (best_words == 0) return;
        if (best_b > first()) drop(first(), best_b);
        if (best_e < size()) drop(best_e, size());
    }

    void cut(int max_words) {
        if (final_cut_) one_sentence();
        if (kept_words_at_most(max_words)) return;
        // The last boundary (comma, colon, "et", a preposition after a noun) at or before the
        // limit; else the limit itself.
        int words = 0;
        idx limit = size();
        idx boundary = size();
        for (idx i = first(); i < size(); i = next(i + 1)) {
            const bool w = toks_[i].kind == tok_kind::word || toks_[i].kind == tok_kind::number;
            if (w && words == max_words) {
                limit = i;
                break;
            }
            // In a headline's final cut, a word boundary right after a verb is none: the verb's
            // complement opens there ("presse | en particulier les dirigeants …"); a comma
            // still closes the statement.
            if (words >= max_words / 2 && is_boundary(i) &&
                !(final_cut_ && toks_[i].kind == tok_kind::word && prev(i) < size() &&
                  verb_like(prev(i)))) {
                boundary = i;
            }
            if (w) ++words;
        }
        idx at = boundary < limit ? boundary : limit;
        // A cut before the main clause's verb leaves no statement ("Une telle rencontre, si
        // elle avait lieu, | permettrait à Donald Trump"): the last boundary past the verb,
        // else the limit.
        const auto [verb, verb_last] = main_verb();
        if (verb < limit && at <= verb && keep_[verb]) {
            at = limit;
            for (idx i = next(verb + 1); i < limit; i = next(i + 1)) {
                if (is_boundary(i) && !(final_cut_ && toks_[i].kind == tok_kind::word && prev(i) < size() &&
                                        verb_like(prev(i)))) {
                    at = i;
                }
            }
        }
        // Nor does a cut leave "que" without its verb ("déclare que l'histoire | et la
        // géographie sortent renforcées"): when the verb comes before the limit, the cut moves
        // to the limit.
        // (Whether a cut at `x` leaves the last kept "que" before it with no finite verb.)
        const auto que_without_verb = [&](idx x) {
            idx que = size();
            // (The last kept before the cut, of the sentence's "que" and "qu'", in order.)
            for (const uint32_t i : ques_) {
                if (i >= x) break;
                if (keep_[i]) que = i;
            }
            if (que >= size()) return false;
            for (idx i = next(que + 1); i < x; i = next(i + 1)) {
                if (finite(i)) return false;
            }
            return true;
        };
        if (at < limit) {
            if (que_without_verb(at)) {
                for (idx i = at; i < limit; i = next(i + 1)) {
                    if (finite(i)) {
                        at = limit;
                        break;
                    }
                }
            }
        }
        // Nor does it fall inside the main verb's group ("Eden Hazard et Georges Leekens n'ont
        // pas | caché le plaisir"): it moves past the group, whose complement the step below
        // then takes along.
        if (verb < size() && keep_[verb] && at > verb && at <= verb_last) at = next(verb_last + 1);
        // A cut right after the main verb ("… le milliardaire républicain prend") takes the
        // verb's complement up to the next boundary or the sentence's end, three words at most
        // past the limit.
        idx said = at < size() ? prev(at) : size();  // the last word kept that tidy() will not drop
        while (said < size() && said > verb && is_function_word(lex_, toks_[said])) said = prev(said);
        if (verb < size() && at < size() && said < size() && said >= verb && said <= verb_last) {
            int extra = 0;
            idx i = at;
            for (; i < size() && extra <= 3; i = next(i + 1)) {
                if (i > at && is_boundary(i)) break;
                if (toks_[i].kind == tok_kind::word || toks_[i].kind == tok_kind::number) ++extra;
            }
            if (extra <= 3) at = i;
        }
        // A cut that leaves a verb without its complement ("Donald Trump fait pression,
        // conclu") moves back to an earlier boundary, when there is one past the middle (and
        // past the main verb).
        for (idx b = at; b < size() && b > first();) {
            const idx l = prev(b);
            if (l >= size() || !verb_like(l)) break;
            idx earlier = size();
            int w = 0;
            for (idx i = first(); i < l; i = next(i + 1)) {
                // (Not right after a verb, where its complement opens, as above; nor where a
                // "que" would lose its verb: "proclament que les sanctions | contre l'Iran
                // étaient".)
                if (w >= max_words / 2 && is_boundary(i) && (verb >= limit || i > verb) &&
                    !(final_cut_ && toks_[i].kind == tok_kind::word && prev(i) < size() && verb_like(prev(i))) &&
                    !que_without_verb(i)) {
                    earlier = i;
                }
                if (toks_[i].kind == tok_kind::word || toks_[i].kind == tok_kind::number) ++w;
            }
            if (earlier >= size()) {
                // None: the complement comes along instead when it ends within three words
                // ("presse les dirigeants d'engager | des réformes"), at a boundary or after
                // the noun of its noun phrase ("d'engager | une profonde réforme de …"); within
                // five, to the clause's end, when the verb is the only one of a "que" clause,
                // which a cut before it would leave with none ("que les sanctions … étaient |
                // de nouveau en vigueur").
                const bool que_verb = que_without_verb(l);
                const int most = que_verb ? 5 : 3;
                int extra = 0;
                idx end = size();
                const bool noun_phrase = !que_verb && b < size() && determiner(toks_[b]);
                for (idx i = b; i < size() && extra <= most; i = next(i + 1)) {
                    const tok_kind k = toks_[i].kind;
                    if (i > b && (que_verb ? k == tok_kind::comma || k == tok_kind::stop || k == tok_kind::colon ||
                                                 k == tok_kind::dash || k == tok_kind::paren_open
                                           : is_boundary(i))) {
                        end = i;
                        break;
                    }
                    if (toks_[i].kind == tok_kind::word || toks_[i].kind == tok_kind::number) ++extra;
                    if (noun_phrase && i > b && extra <= most && toks_[i].kind == tok_kind::word &&
                        (toks_[i].pos & grammar::pos_noun) != 0 && (toks_[i].pos & grammar::pos_adj) == 0 &&
                        !determiner(toks_[i])) {
                        end = next(i + 1);
                        break;
                    }
                }
                if (extra <= most) at = end;
                break;
            }
            at = earlier;
            b = earlier;
        }
        // "Cette tentative échoue, le GNA |": a tail of three words or fewer after the main
        // verb's last comma, with no verb of its own, goes with its comma.
        if (verb < size() && at < size()) {
            idx comma = size();
            int tail_words = 0;
            bool verb_in_tail = false;
            // (A comma the cut stops at is the tail's end, not its start: "échoue, le GNA, |".)
            idx last = prev(at);
            if (last < size() && last > verb_last && toks_[last].kind == tok_kind::comma) last = prev(last);
            for (idx i = last; i < size() && i > verb_last; i = prev(i)) {
                if (toks_[i].kind == tok_kind::comma) {
                    comma = i;
                    break;
                }
                if (toks_[i].kind == tok_kind::word || toks_[i].kind == tok_kind::number) ++tail_words;
                verb_in_tail = verb_in_tail || (toks_[i].pos & grammar::pos_verb) != 0;
                if (tail_words > 3) break;
            }
            if (comma < size() && tail_words > 0 && tail_words <= 3 && !verb_in_tail) at = comma;
        }
        // "l'accord conclu entre Israël | et les Emirats", "un lien entre industrie |, financement
        // occulte et corruption": "entre" (and "à la fois") takes all its terms, so a cut inside
        // them goes on past the last (its "et" or "ou" and what follows, up to a boundary) when
        // that is six words at most, else before "entre".
        if (at < size()) {
            idx entre = size();
            int back = 0;
            for (idx j = prev(at); j < size() && back < 7 && !is(j, "et") && !is(j, "ou"); j = prev(j), ++back) {
                if (is(j, "entre")) {
                    entre = j;
                    break;
                }
                // (so does "à la fois": "à la fois une monnaie virtuelle | et un système")
                const idx la = is(j, "fois") ? prev(j) : size();
                const idx a = la < size() && is(la, "la") ? prev(la) : size();
                if (a < size() && eq(toks_[a].text, "\xc3\xa0")) {
                    entre = a;
                    break;
                }
            }
            if (entre < size() && entre > first()) {
                int extra = 0;
                bool joined = false;  // the terms' "et" or "ou" passed
                bool clause = false;  // … or one that joins a verb ("entre ministres | et signent")
                idx end = size();
                for (idx k = at; k < size(); k = next(k + 1)) {
                    if (is(k, "et") || is(k, "ou")) {
                        joined = true;
                    } else if (joined && (is_boundary(k) || toks_[k].kind == tok_kind::stop)) {
                        end = k;
                        break;
                    } else if (joined && ((finite(k) && (toks_[k].pos & (grammar::pos_noun | grammar::pos_adj)) == 0) ||
                                          ((toks_[k].pos & grammar::pos_past_participle) != 0 && k > 0 &&
                                           (is_auxiliary(toks_[k - 1]) || is(k - 1, "et") || is(k - 1, "ou"))))) {
                        clause = true;
                        break;
                    }
                    if (counts_as_word(toks_[k]) && ++extra > 6) break;
                }
                // (Before "entre" only where a boundary could be, past the middle and past the
                // main verb: "Le bitcoin est | à la fois …" says nothing.)
                int before = 0;
                for (idx k = first(); k < entre; k = next(k + 1)) before += counts_as_word(toks_[k]) ? 1 : 0;
                if (!clause && joined && extra <= 6) {
                    at = end;
                } else if (!clause && before >= max_words / 2 && (verb >= size() || entre > next(verb_last + 1))) {
                    at = entre;
                }
            }
        }
        // A cut at the "que" of "ainsi que", "alors que", "parce que" … takes the word that
        // opens it along ("les grossesses non désirées ainsi |" is no French).
        if (at < size() && (is(at, "que") || is(at, "qu'")) && prev(at) < size() && prev(at) > first()) {
            static const word_set opens{"ainsi", "alors", "bien", "parce", "afin", "tandis", "pendant",
                                        "avant", "apres", "sans", "pour", "meme", "tant", "sitot"};
            if (opens.has_key(toks_[prev(at)])) at = prev(at);
        }
        // Nor is a phrase of the lexicon: "l'accord de principe du chef | de l'Etat" takes
        // the rest of it when that is two words at most, else the cut moves before it.
        if (at == limit && at < size()) {
            const auto key_at = [&](idx x) -> std::string_view { return toks_[x].key; };
            int back = 0;
            for (idx j = prev(at); j < size() && back < 4; j = prev(j), ++back) {
                const auto* p = phrase_at_token(lex_, toks_[j], size(), j, key_at);
                if (p == nullptr || j + p->first.size() <= at) continue;
                // (A name for a thing or a person: "chef de l'Etat", "ligne droite"; not a
                // phrase of quantity or manner, "plus d'une centaine".)
                const word_class c = p->second < lex_.entries.size() ? lex_.entries[p->second].pos : word_class::other;
                if (c != word_class::noun && c != word_class::title && c != word_class::name) break;
                const idx end = std::min<idx>(j + p->first.size(), size());
                int extra = 0;
                for (idx k = at; k < end; ++k) extra += keep_[k] != 0 && counts_as_word(toks_[k]);
                at = extra <= 2 ? end : j;
                break;
            }
        }
        // A name is never split: "la maison de Marine | Le Pen" takes the rest of the name
        // when it is two words at most, else the cut moves before the name.
        if (at == limit && at < size() && capitalised_word(at) && prev(at) < size() && capitalised_word(prev(at))) {
            idx end = at;
            int extra = 0;
            while (end < size() && capitalised_word(end) && extra <= 2) {
                end = next(end + 1);
                ++extra;
            }
            if (extra <= 2) {
                at = end;
            } else {
                while (prev(at) < size() && prev(at) > first() && capitalised_word(prev(at))) at = prev(at);
            }
        }
        // Nor is a noun phrase cut before its noun: "une profonde | réforme" takes the noun.
        if (at == limit && at < size() && toks_[at].kind == tok_kind::word && !toks_[at].capitalised &&
            (toks_[at].pos & grammar::pos_noun) != 0 && !determiner(toks_[at])) {
            const idx adj = prev(at);
            const idx det = adj < size() ? prev(adj) : size();
            if (det < size() && toks_[adj].kind == tok_kind::word && (toks_[adj].pos & grammar::pos_adj) != 0 &&
                determiner(toks_[det])) {
                at = next(at + 1);
            }
        }
        // A number keeps its unit: "3,1 milliards de dollars", not "3,1 milliards".
        idx last = prev(at);
        if (at == limit && last < size() && (is(last, "de") || is(last, "d'"))) {
            at = last;  // "… milliards de | dollars": decide at the number
            last = prev(at);
        }
        if (last < size() && at <= limit &&
            (toks_[last].kind == tok_kind::number || is(last, "milliards") || is(last, "millions") ||
             is(last, "milliard") || is(last, "million"))) {
            idx j = at;
            if (j < size() && (is(j, "de") || is(j, "d'"))) j = next(j + 1);
            if (j < size() && toks_[j].kind == tok_kind::word && currency(toks_[j].key)) at = j + 1;
        }
        drop(at, size(), false);
    }

    // The first and last tokens of the main clause's verb group, as the grammar read it, or
    // size() twice. (Found once per sentence: tidy() asks after most rules, and the tree and
    // tokens do not change.)
    std::pair<idx, idx> main_verb() const {
        if (!main_verb_known_) {
            main_verb_ = find_main_verb();
            main_verb_known_ = true;
        }
        return main_verb_;
    }
    // "Les élections auront lieu le 5 mai.", "Le traité expire le 5 février 2021, a rappelé
    // Moscou": a time phrase from b to e (exclusive) that stands right after the main verb
    // group (and the bare noun of its idiom, "auront lieu"), a determiner between at most, and
    // closes its clause (a comma, a stop or the end
    // after it) is all the verb says: it stays.
    // A word that opens a time phrase before its date: "le 5 mai", "ce mardi", "cette
    // semaine", "en mars", "dès lundi" (its key "des").
    bool opens_date(idx i) const {
        return is(i, "le") || is(i, "ce") || is(i, "cette") || is(i, "en") || is(i, "des");
    }
    bool completes_main_verb(idx b, idx e) const {
        const auto [verb, verb_last] = main_verb();
        if (verb >= size() || !keep_[verb_last]) return false;
        idx before = prev(b);
        if (before < size() && before > verb_last && opens_date(before)) before = prev(before);
        // (a bare noun after the verb is the verb's idiom's: "auront lieu", "prendra fin")
        if (before < size() && before > verb_last && before == next(verb_last + 1) && toks_[before].kind == tok_kind::word &&
            !toks_[before].capitalised && (toks_[before].pos & grammar::pos_noun) != 0 && !determiner(toks_[before])) {
            before = verb_last;
        }
        if (before != verb_last) return false;
        const idx after = e < size() ? next(e) : size();
        return after >= size() || toks_[after].kind == tok_kind::comma || toks_[after].kind == tok_kind::stop;
    }
    std::pair<idx, idx> find_main_verb() const {
        if (source_ != nullptr) {
            for (const auto& c : source_->clauses) {
                if (c.role != grammar::clause_role::main || !c.verb) continue;
                const idx first = first_at(c.verb->where.begin);
                idx last = first;
                while (last + 1 < size() && toks_[last + 1].end <= c.verb->where.end) ++last;
                return {first, last};
            }
        }
        return {size(), size()};
    }

    // A word of a name as written, "Le" of "Le Pen" too.
    bool capitalised_word(idx i) const {
        return toks_[i].kind == tok_kind::word && toks_[i].capitalised;
    }

    static bool currency(std::string_view key) {
        static const word_list units{"dollars", "dollar", "euros", "euro", "livres",
                                                 "francs", "yens", "yuans", "roubles",
                                                 "personnes", "habitants", "emplois", "tonnes"};
        return units.count(key) != 0;
    }

    // Quotes left unbalanced, then commas and stops left dangling by the steps above, and
    // function words at the end (quotes first: a dropped quote may uncover a comma).
    // Returns whether it dropped anything.
    // (`all_kept`: no token has gone yet, as when the constructor asks.)
    bool tidy(bool all_kept = false) {
        // Each pass visits only the tokens it may drop (quotes, then punctuation), in order.
        const std::size_t before = dropped_;
        // A close matches the innermost open quote; the opens left unmatched go, each of
        // them (qu'il "serait … les 'gilets jaunes'" cut before the outer close loses its
        // opening ", not the inner quote).
        constexpr int deepest = 8;  // (quotes nested deeper are counted, not dropped)
        idx opens[deepest];
        int open = 0;
        for (const uint32_t i : quotes_) {
            if (!keep_[i]) continue;
            if (toks_[i].kind == tok_kind::quote_open) {
                if (open < deepest) opens[open] = i;
                ++open;
            } else if (open == 0) {
                unkeep(i);
            } else {
                --open;
            }
        }
        for (int k = 0; k < std::min(open, deepest); ++k) unkeep(opens[k]);
        // (The flags and tokens read through pointers taken once, as in the constructor;
        // unkeep() writes the same flags.)
        const uint16_t* const keep = keep_;
        const tok* const toks = toks_;
        // ", qui …," dropped from between its commas: the closing comma goes too ("Le musée,
        // a dû" is no French).
        // (None while every token is kept: the constructor's, when no quote went above.)
        const bool none_gone = all_kept && dropped_ == before;
        for (const uint32_t i : none_gone ? no_tokens() : commas_at_) {
            if (i == 0 || !keep[i] || keep[i - 1]) continue;
            idx j = i - 1;
            while (j > 0 && !keep[j - 1]) --j;
            if (toks_[j].kind == tok_kind::comma) unkeep(i);
            // "qu'en 2012, un coup d'Etat" with its date gone: no comma after an elided word
            // ("qu'un coup d'Etat").
            if (j > 0 && toks_[j - 1].elided) unkeep(i);
            if (j > 0 && toks_[j - 1].kind == tok_kind::comma) {
                unkeep(i);
                unkeep(j - 1);
            }
        }
        // "le ministre …, Mohammad Javad Zarif, est arrivé" with its title gone (or a comma
        // the source put there): a first comma between the subject and the main verb goes.
        for (const uint32_t i : punct_) {
            if (!keep_[i]) continue;
            if (toks_[i].kind == tok_kind::comma && prev(i) < size()) {
                // An auxiliary and its participle ("est arrivé", "a signé") whose subject ends
                // at the comma, and no inverted subject after them (", a estimé M. Ri" names
                // a source); or the main verb's group, whatever its form ("…, s'est
                // déroulée" that the present made "se déroule").
                const idx v = next(i + 1);
                const idx participle = v < size() ? next(v + 1) : size();
                const idx after = participle < size() ? next(participle + 1) : size();
                const bool perfect = participle < size() && is_auxiliary(toks_[v]) &&
                                     !toks_[participle].capitalised &&
                                     (toks_[participle].pos & grammar::pos_past_participle) != 0 &&
                                     (after >= size() || !toks_[after].capitalised);
                bool main_group = false;
                if (!perfect && v < size()) {
                    const auto [verb, verb_last] = main_verb();
                    const idx past = verb_last < size() ? next(verb_last + 1) : size();
                    // (Read as a verb only, or opened by "se": a group the grammar misread,
                    // "Bousquet, triple médaillé", "saison, vous avez pris", keeps its comma.)
                    const uint32_t pos = toks_[v].pos;
                    const bool verb_only = (pos & grammar::pos_verb) != 0 &&
                                           (pos & (grammar::pos_noun | grammar::pos_adj | grammar::pos_pronoun)) == 0;
                    main_group = v == verb && (verb_only || is(v, "se") || is(v, "s'")) &&
                                 (past >= size() || !toks_[past].capitalised);
                }
                if ((perfect || main_group) && subject_ends_at(toks_[prev(i)].end, toks_[v].begin)) unkeep(i);
            }
            break;
        }
        // Punctuation opening the sentence or following a comma or colon goes (a stop only at
        // the start). What precedes a mark is the kept token before it, tokens dropped here
        // included.
        for (const uint32_t i : punct_) {
            if (!keep[i]) continue;
            const tok_kind k = toks[i].kind;
            const idx last = prev(i);
            const bool start = last >= size();
            if (k == tok_kind::stop && !start) continue;
            if (start || toks[last].kind == tok_kind::comma || toks[last].kind == tok_kind::colon) {
                unkeep(i);
            }
        }
        // The last token kept is the one this step stopped at last time, still kept: it stops
        // there again (whether a token may end the text depends on the token alone).
        if (tail_ > 0 && tail_ - 1 == ends_at_ && keep[ends_at_]) return dropped_ != before;
        // (From tail_ down: the tokens past it are gone.)
        idx i = tail_;
        while (i-- > 0) {
            if (!keep[i]) continue;
            const tok_kind k = toks[i].kind;
            if (k == tok_kind::comma || k == tok_kind::colon || k == tok_kind::dash ||
                k == tok_kind::stop || k == tok_kind::quote_open || k == tok_kind::paren_open ||
                (k == tok_kind::word && (dangling(toks[i]) || preposition_cut_from(i)))) {
                unkeep(i);
                continue;
            }
            break;
        }
        tail_ = i < size() ? i + 1 : 0;
        ends_at_ = i;  // (size_t's largest when none is kept)
        return dropped_ != before;
    }

    // The first tidy() dropped the sentence's last token, a stop, and nothing else (most
    // sentences): tidy() would then find nothing more, and the first rule need not call it
    // again on a state it left alone. Its steps before the last look back from kept tokens,
    // which are the same, or forward to the stop; there the end, in its place, fails their
    // tests as the stop did (the comma before a verb: no auxiliary or participle at the end,
    // and a stop not capitalised after the participle is taken as the end is). The last step
    // stops at the same token.
    static const token_list& no_tokens() {
        static const token_list none;
        return none;
    }

    bool only_final_stop_went() const {
        return dropped_ == 1 && n_ != 0 && keep_[n_ - 1] == 0 && toks_[n_ - 1].kind == tok_kind::stop &&
               !toks_[n_ - 1].capitalised;
    }

    void unkeep(idx i) {
        clear(i);
        ++dropped_;
    }

    // "son barrage retour face | à la Bosnie": the first word of a compound preposition whose
    // "à" or "de" went ("face à", "grâce à", "près de", "suite à").
    bool preposition_cut_from(idx i) const {
        static const word_list heads{"face", "grace", "pres", "suite", "loin", "autour", "quant",
                                     "vis-a-vis", "conformement", "contrairement"};
        if (i + 1 >= n_ || keep_[i + 1] || !heads.contains(toks_[i].key)) return false;
        const std::string_view next = toks_[i + 1].key;
        return eq(next, "a") || eq(next, "au") || eq(next, "aux") || eq(next, "de") || eq(next, "d'") ||
               eq(next, "du") || eq(next, "des");
    }

    bool dangling(const tok& t) const {
        static const word_set words(dangling_words);
        const bool listed = t.forms_known ? (t.trimmed & trim_dangling) != 0 : words.has_key(t);
        // "… le plan de 700 milliards visant": a present participle whose complement went
        return listed || t.elided ||
               ((t.pos & grammar::pos_present_participle) != 0 &&
                (t.pos & (grammar::pos_noun | grammar::pos_adj | grammar::pos_unknown)) == 0 && !t.capitalised);
    }

    const bool final_cut_;  // the cut of the headline shown (see cut())
    uint32_t lifted_at_ = UINT32_MAX;  // where the "que" of a lifted reported statement began
    const lexicon& lex_;
    const std::vector<trim_rule>& trims_;
    const grammar::sentence* source_;
    // (The tokens and the per-token vectors below by the address of their first, read once:
    // through a vector, each access would load the vector's own pointer first. Their room
    // only grows: all but the first n_ are left as they are, unread.)
    const tok* const toks_;
    const std::size_t n_;  // the sentence's tokens
    const marker_index& markers_;  // the rules' markers by first word

    // The markers of the rule being applied that open with a token's word (see match()).
    struct marker_lists {
        uint32_t generation = 0;  // valid when it is the trimmer's generation_
        // For a token of opened_: its word's entry in the markers' index, by its number
        // (marker_index::number(); 0 when it has none, or is elided). Set by the constructor.
        uint32_t entry = 0;
        const marker_index::marker_list* one = nullptr;  // opening with the token's key
        const std::vector<uint32_t>* two = nullptr;  // with the key and the next one's, glued
    };
    // Per-call vectors, kept per thread so that each cut reuses their storage.
public:
    struct scratch {
        keep_flags keep, before;
        std::vector<uint64_t> starts;
        std::vector<uint32_t> list_room;  // the room of the token lists, n per list
        std::vector<uint32_t> times, all;
        std::vector<marker_lists> lists;
        std::vector<const tok*> kept;  // the room kept_tokens() writes in
        std::vector<grammar::span> runs;  // last_change()'s
        uint32_t generation = 0;  // only grows (but when it comes round, see apply_rule())
    };

private:
    // The first n of v, whose room only grows.
    template <typename T>
    static T* room_for(std::vector<T>& v, std::size_t n) {
        if (v.size() < n) v.resize(n);
        return v.data();
    }
    // keep_ as a trimmer starts: n flags, all set, and one more past them, which stays set
    // (see next()). (Written in line over the room, which only grows, as the other per-token
    // vectors': assign() calls out to fill them.)
    static uint16_t* all_kept(keep_flags& keep, std::size_t n) {
        uint16_t* const flags = room_for(keep, n + 1);
        std::fill_n(flags, n + 1, uint16_t{1});
        return flags;
    }
    scratch& scratch_;
    uint16_t* const keep_;    // per token: kept
    uint16_t* const before_;  // keep_ before the rule being applied
    uint64_t* const starts_;  // per token: bit r when a marker of trims[r] may start here
    // The token lists below, in one room: n_ per list, then n_ per walked rule's openers.
    static constexpr std::size_t token_lists = 13;
    uint32_t* const list_room_;
    token_list finite_;  // the finite verbs (see finite())
    token_list quotes_;  // the quotation marks
    token_list punct_;   // commas, colons, dashes and stops
    token_list commas_at_;  // commas
    token_list marks_;   // commas and closing quotes
    token_list selon_;   // "selon"
    token_list ques_;    // "que", "qu'"
    token_list avoir_;   // "a" (as written) and "ont"
    token_list civilities_;  // "M", "Mme", "Mlle"
    token_list definite_;    // "le", "la", "l'"
    token_list parens_;      // opening brackets
    token_list numbers_;     // numbers
    std::vector<uint32_t>& times_;       // where the time rule looks (see time())
    std::vector<uint32_t>& all_;         // every token, for rules whose markers are not indexed
    // per rule r < 64 that walks them (marker_index::walked): the tokens of starts_ bit r,
    // from begin[r] to end[r], set for those rules only (`set`), by the constructor. (Left
    // unset for the others, and copied for those only, as a trimmer is for compress_again().)
    struct opener_lists {
        uint64_t set = 0;
        const uint32_t* begin[64];
        uint32_t* end[64];
        opener_lists() {}
        opener_lists(const opener_lists& o) : set(o.set) {
            for (uint64_t bits = set; bits != 0; bits &= bits - 1) {
                const auto r = static_cast<std::size_t>(__builtin_ctzll(bits));
                begin[r] = o.begin[r];
                end[r] = o.end[r];
            }
        }
        opener_lists& operator=(const opener_lists&) = delete;
    } openers_;
    token_list opened_;  // the tokens where a walked rule's marker may open
    // (Of the openers' lists: the rules indexed, and bit r set where list r holds tokens;
    // idle() asks of each rule.)
    std::size_t indexed_ = 0;
    uint64_t openers_filled_ = 0;
    marker_lists* const marker_lists_;  // per token
    uint32_t generation_ = 0;   // the scratch's generation for the rule being applied
    uint32_t main_parts_ = 0;  // bit k: a main clause of the tree has a part of kind k
    uint32_t sub_roles_ = 0;   // bit k: a clause under another has role k
    uint64_t rule_bit_ = 0;     // the bit of the rule being applied in starts_ (0: past 64)
    uint64_t idle_ = 0;         // idle_rules()
    std::size_t rule_ = 0;      // its index in the pack's rules (the steps' r is that rule)
    bool clean_ = false;        // tidy() ran on keep_ as it is and found nothing to do
    bool incise_ = false;       // a stressed pronoun follows a comma (see parenthetical())
    int commas_ = 0;            // the sentence's commas
    // A dateline's dash stands among the first tokens: the sentence holds one there.
    static constexpr std::size_t dateline_reach = 14;
    bool early_dash_ = false;
    std::size_t dropped_ = 0;   // tokens tidy() dropped so far
    // Flags the rule being applied (and tidy() after it) changed so far, and whether before_
    // holds keep_ as the rule found it (true outside apply(): nothing to keep then).
    std::size_t drops_ = 0;
    bool saved_ = true;
    // The words and numbers kept (in keep_), and as the rule being applied found them (with
    // before_).
    std::size_t kept_words_ = 0, kept_words_before_ = 0;
    bool words_counted_ = true, words_counted_before_ = true;  // kept_words_ holds the count
    // No token from here on is kept (flags only go from kept to gone, but when a rule is
    // undone): where tidy() looks back from for the last kept token.
    std::size_t tail_ = n_;
    // The kept token tidy() last stopped at, looking back from tail_ for one that may end the
    // text; SIZE_MAX when none.
    std::size_t ends_at_ = SIZE_MAX;
    std::vector<std::pair<std::size_t, std::string>> text_, before_text_;
    bool last_rewrites_ = false;  // the last apply() was a rule that rewrites words
    // main_verb(), once found.
    mutable std::pair<std::size_t, std::size_t> main_verb_;
    mutable bool main_verb_known_ = false;
};

// The words that elide before a vowel, and their elided forms.
constexpr std::pair<std::string_view, std::string_view> elisions[] = {
    {"le", "l'"}, {"la", "l'"}, {"Le", "L'"}, {"La", "L'"}, {"de", "d'"}, {"De", "D'"},
    {"que", "qu'"}, {"Que", "Qu'"}, {"ne", "n'"}, {"Ne", "N'"}, {"se", "s'"}, {"Se", "S'"}};

// The full form of an elided `word` ("n'" -> "ne") before `next` when `next` opens with a
// consonant ("n'a pu" -> "ne peut"), else empty. ("l'" could be "le" or "la": left as it is.)
std::string_view unelided_form(const tok& word, std::string_view next) {
    if (word.kind != tok_kind::word || !word.elided || next.empty()) return {};
    const auto c = static_cast<unsigned char>(next[0]);
    if (c == 0 || c >= 0x80 || std::strchr("bcdfgjklmnpqrstvwxzBCDFGJKLMNPQRSTVWXZ", c) == nullptr) return {};
    std::string written(word.text);
    if (const std::size_t curly = written.find("\xe2\x80\x99"); curly != std::string::npos) {
        written.replace(curly, 3, "'");
    }
    for (const auto& [whole, elided] : elisions) {
        if (written == elided && elided != "l'" && elided != "L'") return whole;
    }
    return {};
}

// The elided form of `word` ("L'", "d'", "qu'") before `next` when `next` opens with a
// vowel, else empty. (An "h" may be aspirated: left as it is.)
std::string_view elided_form(const tok& word, std::string_view next) {
    if (word.kind != tok_kind::word || word.elided || next.empty()) return {};
    static constexpr std::string_view vowels[] = {"a", "e", "i", "o", "u", "A", "E", "I", "O", "U",
                                                  "\xc3\xa9", "\xc3\xa8", "\xc3\xaa", "\xc3\xa0",
                                                  "\xc3\xa2", "\xc3\xae", "\xc3\xb4", "\xc3\x89"};
    if (std::none_of(std::begin(vowels), std::end(vowels),
                     [&](std::string_view v) { return next.substr(0, v.size()) == v; })) {
        return {};
    }
    for (const auto& [full, elided] : elisions) {
        if (word.text == full) return elided;
    }
    return {};
}

}  // namespace

namespace {

// The number of the summary's rules when the headline's rules open with them (the same rules
// in the same order, none of them a cut or a rewrite, which are the only ones that read the
// length or change words): the headline's trim then passes through the summary's. -1 when not.
int summary_prefix(const std::vector<trim_rule>& trims) {
    std::size_t h = 0;
    int n = 0;
    for (std::size_t k = 0; k < trims.size(); ++k) {
        if (!trims[k].summary) continue;
        while (h < trims.size() && !trims[h].headline) ++h;
        if (h != k || trims[k].kind == trim_kind::cut || rewrites_words(trims[k].kind)) {
            return -1;
        }
        ++h;
        ++n;
    }
    return n;
}

// The pack's trim rules as compress() walks them, found once per thread and pack: the indices
// of the headline's rules and of the summary's, each in pack order, the place in each of the
// first present_tense or cut rule (its size when there is none), and summary_prefix.
struct rule_order {
    std::vector<uint32_t> headline, summary;
    std::vector<trim_kind> headline_kinds, summary_kinds;  // their kinds, in the same order
    std::size_t headline_point = 0, summary_point = 0;
    int summary_prefix = -1;
};

// What a trim keeps per thread: the markers' index, the trimmer's room and the rules' order,
// found in one read (a thread_local read in a shared library is a call, and each of the three
// took its own, some more than once).
struct trim_thread {
    marker_index markers;
    trimmer::scratch room;
    rule_order order;
    uint64_t memo_id = 0;  // the pack the order is of
    const std::vector<trim_rule>* trims = nullptr;
    std::size_t size = 0;
    // The trimmers made so far on the thread, each in the room of the one before.
    uint64_t trimmers = 0;
    // A headline's final cut as it stood before its cut rule (the first rule that reads the
    // length: those before it do the same at any budget), which compress_again() goes on
    // from at another budget while the room is still that trimmer's (no other was made).
    struct before_cut {
        const sentence_view* s = nullptr;
        uint64_t trimmer = 0;  // the number of the trimmer it is of (0: none)
        std::size_t at = 0;    // the cut rule's place in the headline's rules
        std::optional<precis::rules::trimmer> state;
        std::vector<uint16_t> keep;  // its flags (the first n)
        std::size_t fired = 0;       // the rules that had acted (the first of the cut's rules)
    } cut;
};
[[gnu::noinline]] trim_thread& thread_trim() {
    // (Through a pointer, set once: the object's own read also tests its guard, a second call.)
    thread_local trim_thread* known = nullptr;
    if (known != nullptr) return *known;
    thread_local trim_thread state;
    known = &state;
    return state;
}

const rule_order& rule_order_of(const rule_set::impl& rules, trim_thread& state) {
    uint64_t& memo_id = state.memo_id;
    const std::vector<trim_rule>*& trims = state.trims;
    std::size_t& size = state.size;
    rule_order& order = state.order;
    if (memo_id != rules.pack.lex.memo_id || trims != &rules.pack.trims || size != trims->size()) {
        memo_id = rules.pack.lex.memo_id;
        trims = &rules.pack.trims;
        size = trims->size();
        order.headline.clear();
        order.summary.clear();
        for (std::size_t k = 0; k < size; ++k) {
            if ((*trims)[k].headline) order.headline.push_back(static_cast<uint32_t>(k));
            if ((*trims)[k].summary) order.summary.push_back(static_cast<uint32_t>(k));
        }
        order.headline_kinds.clear();
        order.summary_kinds.clear();
        for (const uint32_t k : order.headline) order.headline_kinds.push_back((*trims)[k].kind);
        for (const uint32_t k : order.summary) order.summary_kinds.push_back((*trims)[k].kind);
        auto point = [&](const std::vector<uint32_t>& list) {
            std::size_t at = 0;
            while (at < list.size() && (*trims)[list[at]].kind != trim_kind::present_tense &&
                   (*trims)[list[at]].kind != trim_kind::cut) {
                ++at;
            }
            return at;
        };
        order.headline_point = point(order.headline);
        order.summary_point = point(order.summary);
        order.summary_prefix = summary_prefix(*trims);
    }
    return order;
}

// The kept tokens as text, rewritten words (present tense) in place of theirs, and words
// that elide before a vowel elided where trimming brought them before one.
std::string join_kept(const sentence_view& s, const std::vector<const tok*>& kept,
                      const std::vector<std::pair<std::size_t, std::string>>& rewrites) {
    // The tokens joined: `kept` itself while none is passed over (most texts), a list of
    // their own from the first that is on (`own`).
    std::vector<const tok*> ptrs;
    bool own = false;
    std::size_t joined = 0;       // tokens joined so far (ptrs.size() once own)
    const tok* last = nullptr;    // the last of them
    // The words said otherwise than their token: (index in ptrs, text, elided). Copies of
    // their tokens are made once all are known, so that pointers to them stay valid.
    struct said_otherwise {
        std::size_t at;
        std::string_view text;
        bool elided;
        bool unelided = false;
    };
    std::vector<said_otherwise> otherwise;
    std::size_t last_index = std::string::npos;  // source index of the last token joined
    // (Twice over, for a text with rewritten words and for one with none, most texts, which
    // then has no search nor test of them at each token.)
    auto join = [&](auto with_rewrites) {
        constexpr bool rewriting = decltype(with_rewrites)::value;
        const tok* const base = s.toks.data();
        for (const tok* k : kept) {
            const auto i = static_cast<std::size_t>(k - base);
            auto r = rewrites.end();
            if constexpr (rewriting) {
                r = std::find_if(rewrites.begin(), rewrites.end(), [&](const auto& w) { return w.first == i; });
            }
            const bool rewrote = rewriting && r != rewrites.end();
            if ((rewrote && r->second.empty()) || (!rewrote && k->text.empty())) {
                // (Until now every token kept was joined: they are the first `joined` of kept.)
                if (!own) ptrs.assign(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(joined));
                own = true;
                continue;
            }
            const std::string_view text = rewrote ? std::string_view(r->second) : k->text;
            // "La [dernière] annonce" -> "L'annonce": a word that elides before a vowel, now in
            // front of one because words between went or were rewritten.
            if (joined != 0 && (rewrote || last_index + 1 != i) &&
                (otherwise.empty() || otherwise.back().at + 1 != joined)) {
                if (const std::string_view elided = elided_form(*last, text); !elided.empty()) {
                    otherwise.push_back({joined - 1, elided, true});
                } else if (const std::string_view whole = unelided_form(*last, text); !whole.empty()) {
                    otherwise.push_back({joined - 1, whole, false, true});
                }
            }
            last_index = i;
            if (rewrote) otherwise.push_back({joined, text, false});
            if (own) ptrs.push_back(k);
            last = k;
            ++joined;
        }
    };
    if (rewrites.empty()) {
        join(std::false_type{});
    } else {
        join(std::true_type{});
    }
    if (otherwise.empty()) {
        std::string text = join_tokens(own ? ptrs : kept);
        capitalise_first_in_place(text);
        return text;
    }
    if (!own) ptrs = kept;  // (none passed over: all joined)
    std::vector<tok> copies;
    copies.reserve(otherwise.size());
    for (const said_otherwise& o : otherwise) {
        tok& copy = copies.emplace_back(*ptrs[o.at]);
        copy.text = o.text;
        copy.elided = (copy.elided || o.elided) && !o.unelided;
        ptrs[o.at] = &copy;
    }
    std::string text = join_tokens(ptrs);
    capitalise_first_in_place(text);
    return text;
}

// The summary's trim as a headline trim left it on the way (see sentence_view::summary_trim),
// into c (its lists' room reused).
void remembered_summary_into(const rule_set::impl& rules, const sentence_view& s, bool kept_only, compressed& c) {
    const std::vector<uint16_t>& memo = s.summary_trim;
    const std::size_t n = s.toks.size();
    kept_tokens(s.toks.data(), n, memo.data(), c.kept, thread_trim().room.kept);  // (as trimmer::result())
    c.rules.clear();
    if (kept_only) {
        c.text.clear();
        return;
    }
    for (std::size_t k = n; k < memo.size(); ++k) {
        c.rules.push_back({rules.pack.trims[memo[k]].name, {}});
    }
    c.text = join_kept(s, c.kept, {});
}
compressed remembered_summary(const rule_set::impl& rules, const sentence_view& s, bool kept_only) {
    compressed c;
    remembered_summary_into(rules, s, kept_only, c);
    return c;
}

}  // namespace

void index_trim_words(word_table& index) {
    index.reserve(index.size() + std::size(trim_words) + std::size(dangling_words) + std::size(determiner_words) +
                  std::size(boundary_words) + 3 + std::size(auxiliary_keys));
    for (const auto& [word, kind] : trim_words) index[word].trimmed |= static_cast<uint8_t>(kind);
    for (const std::string_view word : dangling_words) index[word].trimmed |= trim_dangling;
    for (const std::string_view word : determiner_words) index[word].trimmed |= trim_determiner;
    for (const std::string_view word : boundary_words) index[word].trimmed |= trim_boundary;
    for (const std::string_view word : {"et", "en", "au"}) index[word].trimmed |= trim_boundary;
    for (const std::string_view word : auxiliary_keys) index[word].trimmed |= trim_auxiliary;
}

namespace {

// compress(), and with `kept_into` (kept_only then), the tokens kept into that vector instead
// of a compressed of its own (an empty one is returned).
compressed trim_sentence(const rule_set::impl& rules, const sentence_view& s, bool headline, int max_words,
                         bool final_cut, bool kept_only, std::vector<const tok*>* kept_into,
                         const compressed* again = nullptr) {
    const auto& trims = rules.pack.trims;
    if (!headline && !final_cut && !s.summary_trim.empty()) return remembered_summary(rules, s, kept_only);
    trim_thread& state = thread_trim();
    // compress_again() of the sentence the last trimmer cut (see trim_thread::before_cut):
    // that trimmer as it stood before the cut rule, its flags set back.
    trim_thread::before_cut& before_cut = state.cut;
    const bool resumed = again != nullptr && before_cut.trimmer == state.trimmers && before_cut.trimmer != 0 &&
                         before_cut.s == &s && before_cut.state.has_value() &&
                         again->rules.size() >= before_cut.fired;
    if (!resumed) ++state.trimmers;
    trimmer t = resumed ? trimmer(*before_cut.state) : trimmer(rules, s, final_cut, state.markers, state.room);
    if (resumed) t.restore_flags(before_cut.keep);
    const rule_order& order = rule_order_of(rules, state);
    std::vector<compressed::fired_rule> fired;
    // A headline trim passes through the summary's (see summary_prefix): it is remembered
    // there, after the summary's rules, for the sentence's summary trim. (Resumed, that was
    // done before the cut.)
    int summary_rules = headline && s.summary_trim.empty() && !resumed ? order.summary_prefix : -1;
    if (summary_rules > 64) summary_rules = -1;  // (the rules that acted are kept for 64)
    uint16_t acted[64];
    int applied = 0, n_acted = 0;
    auto remember = [&] {
        std::vector<uint16_t>& memo = s.summary_trim;
        memo.reserve(s.toks.size() + static_cast<std::size_t>(n_acted));  // (room made once)
        t.keep_flags_into(memo);  // (copied in, with no flags zeroed first)
        memo.insert(memo.end(), acted, acted + n_acted);
    };
    // A headline trim weighed while choosing and the final cut of the same sentence apply the
    // same rules alike up to the first that rewrites words or reads the length (present_tense,
    // cut). A rule that changes nothing there leaves nothing for the rules after it (tidy()
    // may have found nothing to do, which only spares a later rule a call of it), but for
    // reported_statement's lifted_at_: the first trim notes the others (see
    // sentence_view::trim_replay), and the final cut applies only those before going on.
    sentence_view::trim_replay& replay = s.headline_replay;
    const bool replaying = headline && final_cut && !kept_only && summary_rules < 0 && replay.known;
    bool recording = headline && kept_only && !final_cut && !replay.known && trims.size() <= UINT16_MAX;
    sentence_view::trim_replay noted;
    std::size_t replayed = 0;
    // (Through pointers read once, as the vectors' own would be read again after each call.)
    const std::vector<uint32_t>& walk = headline ? order.headline : order.summary;
    const uint32_t* const walk_at = walk.data();
    // (A rule's kind without its rule: most rules are idle, and are settled by it alone.)
    const trim_kind* const kinds_at = headline ? order.headline_kinds.data() : order.summary_kinds.data();
    const std::size_t walk_size = walk.size();
    const trim_rule* const trim_at = trims.data();
    const std::size_t point = headline ? order.headline_point : order.summary_point;
    if (!kept_only) fired.reserve(walk_size);  // (room made once for the rules that act)
    if (resumed) {
        const auto acted_before = again->rules.begin() + static_cast<std::ptrdiff_t>(before_cut.fired);
        fired.assign(again->rules.begin(), acted_before);
    }
    // A final headline cut notes its state before the cut rule, for compress_again().
    const bool notes_cut = headline && final_cut && !kept_only && !resumed;
    const std::size_t from = resumed ? before_cut.at : 0;
    // (Twice over, for a trim that wants only what is kept and for one that wants the text:
    // only the first records, only the second replays or names the rules that acted.)
    auto walk_rules = [&](auto only_kept) {
        constexpr bool kept = decltype(only_kept)::value;
        for (std::size_t k = from; k < walk_size; ++k) {
            const trim_kind kind = kinds_at[k];
            const auto index = static_cast<uint16_t>(walk_at[k]);
            // (k < point: no present_tense or cut rule reached yet.)
            if constexpr (kept) {
                if (k == point && recording) {
                    noted.known = true;
                    replay = noted;
                    recording = false;
                }
            } else if (replaying && k < point) {
                if (replayed >= replay.count || replay.rules[replayed] != index) continue;
                ++replayed;
            }
            if (applied == summary_rules) remember();
            ++applied;
            // Rewriting words is for the text: a trim that wants only what is kept, on a
            // sentence tidy() left alone, skips it (it keeps every token: see present_tense()).
            if (kept && kind == trim_kind::present_tense && t.clean()) continue;
            if constexpr (!kept) {
                if (notes_cut && kind == trim_kind::cut && before_cut.trimmer != state.trimmers) {
                    before_cut.s = &s;
                    before_cut.trimmer = state.trimmers;
                    before_cut.at = k;
                    before_cut.state.emplace(t);
                    t.copy_flags(before_cut.keep);
                    before_cut.fired = fired.size();
                }
            }
            // What each rule cut is asked of the headline shown only (its trace names it).
            const bool acts = t.apply(trim_at, kind, walk_at[k], max_words);
            if (acts && n_acted < 64) acted[n_acted++] = index;
            if constexpr (!kept) {
                if (acts) fired.push_back({trim_at[walk_at[k]].name, final_cut ? t.last_change() : std::vector<grammar::span>{}});
            } else if (recording && (acts || kind == trim_kind::reported_statement)) {
                if (noted.count == noted.rules.size()) {
                    recording = false;  // (too many to note: the final cut applies them all)
                } else {
                    noted.rules[noted.count++] = index;
                }
            }
        }
    };
    // (recording only when kept_only, replaying only when not.)
    if (kept_only) {
        walk_rules(std::true_type{});
    } else {
        walk_rules(std::false_type{});
    }
    if (applied == summary_rules) remember();
    if (kept_into != nullptr) {
        t.kept_into(*kept_into);
        return {};
    }
    compressed c = t.result();
    if (kept_only) return c;
    c.rules = std::move(fired);
    c.text = join_kept(s, c.kept, t.rewritten());
    return c;
}

}  // namespace

compressed compress(const rule_set::impl& rules, const sentence_view& s, bool headline,
                    int max_words, bool final_cut, bool kept_only) {
    return trim_sentence(rules, s, headline, max_words, final_cut, kept_only, nullptr);
}

compressed compress_again(const rule_set::impl& rules, const sentence_view& s, int max_words,
                          const compressed& before) {
    return trim_sentence(rules, s, true, max_words, true, false, nullptr, &before);
}

void compress_kept(const rule_set::impl& rules, const sentence_view& s, int max_words,
                   std::vector<const tok*>& kept) {
    trim_sentence(rules, s, true, max_words, false, true, &kept);
}

void compress_summary(const rule_set::impl& rules, const sentence_view& s, int max_words, compressed& out) {
    if (!s.summary_trim.empty()) {
        remembered_summary_into(rules, s, false, out);
        return;
    }
    out = trim_sentence(rules, s, false, max_words, false, false, nullptr);
}

}  // namespace precis::rules
