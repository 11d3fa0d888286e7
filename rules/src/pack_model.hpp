// The compiled sections of a pack beyond pack.yaml and vocabulary/: scoring and trimming rules,
// events, templates and the bilingual lexicon. Plain data once loaded; read-only afterwards.
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "precis/grammar/prefault.hpp"
#include "precis/grammar/short_hash.hpp"
#include "precis/rules/rules.hpp"
#include "text_tokens.hpp"

namespace precis::rules {

// The pack's maps keyed by a word or a phrase's first word, looked up for every token: a hash
// of a few multiplies per word rather than std::hash's round per byte.
template <class V>
using word_map = std::unordered_map<std::string, V, grammar::short_key_hash>;
// m.find(key) for a key held as a view (C++17 maps look up only by their own key type).
template <typename Map>
auto find_word(const Map& m, std::string_view key) {
    return m.find(std::string(key));
}

// scoring.yaml: features that add weight to a candidate sentence.
enum class feature_kind {
    position,     // weight / (1 + decay * rank among body sentences)
    salience,     // mean document frequency of the sentence's content words, normalised
    compressed_salience,  // the same over what compression keeps of the sentence
    event,        // the sentence holds a verb or noun of one of `events`
    actors,       // named actors (names, countries, institutions) in the sentence
    values,       // numbers, money, percentages
    cue,          // one of `phrases` occurs
    quote,        // the sentence opens with a quotation
    heading,      // a line without final punctuation
    question,     // ends with '?'
    length,       // outside [min_words, max_words]
    attribution,  // the sentence is only an attribution ("C'est ce qu'indique …")
    template_fit, // an event template of templates.yaml can say the sentence whole
    fragment,     // what compression keeps has no finite verb
    opening,      // what compression keeps opens with one of `phrases` ("Cette tentative")
};

struct scoring_feature {
    std::string name;
    feature_kind kind = feature_kind::position;
    double weight = 0.0;
    double decay = 0.5;
    double smoothing = 4.0;            // salience: added to the word count it divides by
    int min_words = 0;
    int max_words = 0;
    int min_actors = 0;                // `event`: distinct actors the sentence must name
    int min_countries = 0;             // `event`: distinct countries among them
    // Lower-case, for `cue`, `attribution` and `opening`; grouped by first byte (a space for the empty
    // phrase): those opening with byte b are phrases[phrase_from[b], phrase_from[b + 1]).
    std::vector<std::string> phrases;
    std::array<uint32_t, 257> phrase_from{};
    std::vector<std::string> events;   // event names, for `event` (empty: any event)
};

// trimming.yaml: what compression removes, each step a named rule.
enum class trim_kind {
    dateline,       // "22 mai 2012. - ", "PARIS (AFP) - "
    leading,        // an opening adverbial up to its comma ("Lundi, ", "Selon X, ")
    time,           // weekdays, dates, "hier", "la semaine dernière"
    attribution,    // ", a déclaré X", ", selon X", "a-t-il dit"
    parenthetical,  // "( … )", and ", elle," (a stressed pronoun between commas)
    apposition,     // ", X," after a name; ", Name," after a title
    relative,       // "qui …", "dont …"
    subordinate,    // ", alors que …", ", après avoir …"
    purpose,        // "afin de …", "pour …"
    enumeration,    // "la sécurité, la justice et la migration" -> first item
    shorten_actor,  // "le vice-Premier ministre belge, Maxime Prévot" -> "Maxime Prévot"
    present_tense,  // "a signé" -> "signe"
    reported_statement,  // "X a annoncé qu'il signait …" -> "X signe …"
    connective,     // "également", "notamment", "toutefois": links to the text around
    source,         // "dans un communiqué", "dans une interview au JDD": where it was said
    manner,         // "avec une extrême virulence", "de manière inattendue": how it was done
    cut,            // cut at a phrase boundary to the headline length
};

struct trim_rule {
    std::string name;
    trim_kind kind = trim_kind::time;
    std::vector<std::string> markers;  // lower-case phrases that open the part
    int max_words = 0;                 // parts longer than this are kept (0: no bound)
    bool headline = true;              // applies to headlines
    bool summary = false;              // applies to summary sentences
    // Markers by their first word, so that matching at a token tries only the markers that
    // can start there (built by index_markers once the rules are read).
    word_map<std::vector<uint32_t>> markers_by_first;
    // Each marker's words, split once (by index_markers) rather than at each match.
    std::vector<std::vector<std::string>> marker_words;
    // Markers written as verb lemmas ("déclarer", "ajouter"), sorted, for `attribution`.
    std::vector<std::string> verb_markers;
};

// Fills trim_rule::markers_by_first, marker_words and verb_markers from the markers.
void index_markers(trim_rule& r);

// events.yaml: predicates recognised from verbs and nouns.
struct event_def {
    std::string name;                  // "sign_agreement"
    std::vector<std::string> verbs;    // French lemmas
    std::vector<std::string> nouns;    // French lemmas
};

// templates.yaml: realisations per event, with named slots.
struct template_def {
    std::string name;
    std::string event;                 // an event name, or "*" for any clause
    std::string fr;                    // may be empty: the compressed sentence is used
    std::string en;
    std::vector<std::string> slots_fr, slots_en;  // slots named in each text, in order
};

// lexicon/*.yaml: French -> English.
enum class word_class : uint8_t { noun, verb, adj, adv, prep, det, conj, pron, title, name, other };
// The classes of function words (articles, prepositions, pronouns …), which carry no content.
inline bool function_class(word_class c) {
    return c == word_class::det || c == word_class::prep || c == word_class::conj ||
           c == word_class::pron || c == word_class::other;
}

struct lexicon_entry {
    std::string fr;       // lemma or phrase, as written
    std::string en;       // lemma or phrase
    word_class pos = word_class::other;
    // names: English says them with "the" ("the European Union", "the UN"), which the French
    // article before a name otherwise does not become ("la France" -> "France")
    bool en_the = false;
    std::string fr_key;          // fold_key(fr), set when the lexicon is indexed

    // What few entries say: kept apart, made for an entry that says one of them (nine
    // strings an entry, most of them empty, were two thirds of the entries' memory).
    struct rare_fields {
        std::string en_3sg;   // verbs: "signs" (derived when empty)
        std::string en_pp;    // verbs: "signed"
        std::string en_plural;  // nouns: "agreements"
        std::string fr_3sg, fr_3pl;  // verbs: present forms when the lemma is irregular
        std::string fr_pp;           // verbs: past participle when irregular ("élu", "pris")
        // verbs: what "de" opening the complement is in English ("parler de" -> "about"; ""
        // for a direct object: "discuter de" -> "discuss"); unset, "de" is said as usual.
        std::optional<std::string> en_de;
        // verbs: the same for "à", "au", "aux" ("demander à" -> "" for "ask the minister",
        // "participer à" -> "in"); unset, "à" is said as usual.
        std::optional<std::string> en_a;
        // verbs: the preposition English puts before a direct object opened by a determiner
        // ("espérer un assouplissement" -> "hope for an easing"); empty: none.
        std::string en_object;
    };
    const std::string& en_3sg() const { return rare_ ? rare_->en_3sg : no_text(); }
    const std::string& en_pp() const { return rare_ ? rare_->en_pp : no_text(); }
    const std::string& en_plural() const { return rare_ ? rare_->en_plural : no_text(); }
    const std::string& fr_3sg() const { return rare_ ? rare_->fr_3sg : no_text(); }
    const std::string& fr_3pl() const { return rare_ ? rare_->fr_3pl : no_text(); }
    const std::string& fr_pp() const { return rare_ ? rare_->fr_pp : no_text(); }
    const std::optional<std::string>& en_de() const { return rare_ ? rare_->en_de : no_choice(); }
    const std::optional<std::string>& en_a() const { return rare_ ? rare_->en_a : no_choice(); }
    const std::string& en_object() const { return rare_ ? rare_->en_object : no_text(); }
    // The rare fields, to be written.
    rare_fields& rare() {
        if (!rare_) rare_ = std::make_unique<rare_fields>();
        return *rare_;
    }

    lexicon_entry() = default;
    lexicon_entry(lexicon_entry&&) noexcept = default;
    lexicon_entry& operator=(lexicon_entry&&) noexcept = default;
    lexicon_entry(const lexicon_entry& other)
        : fr(other.fr), en(other.en), pos(other.pos), en_the(other.en_the), fr_key(other.fr_key),
          rare_(other.rare_ ? std::make_unique<rare_fields>(*other.rare_) : nullptr) {}
    lexicon_entry& operator=(const lexicon_entry& other) {
        if (this != &other) *this = lexicon_entry(other);
        return *this;
    }

  private:
    static const std::string& no_text() {
        static const std::string none;
        return none;
    }
    static const std::optional<std::string>& no_choice() {
        static const std::optional<std::string> none;
        return none;
    }
    std::unique_ptr<rare_fields> rare_;
};

struct country_entry {
    std::string key;      // "BE"
    std::string fr;       // "la Belgique"
    std::string en;       // "Belgium"
    std::string en_adj;   // "Belgian"
    std::string en_article;  // "the" for "the United States", "the Middle East"; else empty
    std::vector<std::string> fr_adj;  // "belge", and its forms
    // What a mention of the country says, made once: its key ("country:BE") and its name
    // without the article ("Belgique").
    std::string mention_key;
    std::string fr_bare;
};

// How a French word form relates to its entry.
enum class form_kind : uint8_t { base, plural, feminine, present3s, present3p, participle, other };

struct form_hit {
    uint32_t entry = 0;
    form_kind form = form_kind::base;
    uint8_t words = 1;    // tokens matched (phrases)
};

// A word's readings: a run of lexicon::hit_pool.
class form_hits final {
public:
    form_hits() = default;
    form_hits(const form_hit* begin, const form_hit* end) : begin_(begin), end_(end) {}
    const form_hit* begin() const { return begin_; }
    const form_hit* end() const { return end_; }
    bool empty() const { return begin_ == end_; }
    std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }
    const form_hit& front() const { return *begin_; }

private:
    const form_hit* begin_ = nullptr;
    const form_hit* end_ = nullptr;
};

// What the lexicon holds for one folded word (see lexicon::word_index).
struct lexicon_word_info {
    form_hits forms;
    const std::vector<std::pair<std::vector<std::string>, uint32_t>>* phrases = nullptr;
    // (From the country to the markers, laid out as a token has them: look_up_forms copies
    // them at once.)
    int16_t country = -1;         // (the pack's countries number a few hundred)
    bool country_phrase = false;  // one of `phrases` names a country (id >= 1 << 24)
    bool function_word = false;   // one of `forms` is of a function_class entry
    bool title_word = false;      // a title's form, or the first word of a title phrase
    bool names_event = false;     // one of `forms` is of an entry that names an event (set
                                  // with the events)
    bool opens_phrase = false;    // a scoring feature's phrase may open with this key (set
                                  // with the features)
    uint8_t trimmed = 0;  // what the trimmer notes of it (see trim_word_mask; set with the trims)
    // pack_rules::marker_first_words and marker_second_words for this word (set with the trims)
    uint64_t markers = 0;
};

// A set of words known by their first byte and size only: for each first byte, bit
// min(size, 63) set when some word of that first byte and size was added. Says "no" of most
// words not added, at the cost of a load; the empty word is always let through.
struct word_shapes {
    std::array<uint64_t, 256> bits{};
    void add(std::string_view key) {
        if (!key.empty()) bits[static_cast<unsigned char>(key[0])] |= bit_of(key);
    }
    bool may_hold(std::string_view key) const {
        return key.empty() || (bits[static_cast<unsigned char>(key[0])] & bit_of(key)) != 0;
    }

  private:
    static uint64_t bit_of(std::string_view key) { return uint64_t{1} << std::min<std::size_t>(key.size(), 63); }
};

// A set of words known by their first two bytes, their last byte and their size (three or
// five bits of each): for each first pair, bit (size % 8) * 8 + last % 8 set when some word of
// that pair, size and last byte was added (a word of one byte is known by its byte twice).
// Says "no" of more of the words not added than word_shapes does, where the set holds some
// thousands of words (the forms of the verbs that name an event: of the dev articles' lemmas,
// 6.5 k pass rather than 23 k), at two more loads and 8 KB.
struct word_pair_shapes {
    std::array<uint64_t, 1024> bits{};
    void add(std::string_view key) {
        if (!key.empty()) bits[slot(key)] |= bit_of(key);
    }
    bool may_hold(std::string_view key) const { return key.empty() || (bits[slot(key)] & bit_of(key)) != 0; }

  private:
    static std::size_t slot(std::string_view key) {
        const auto first = static_cast<unsigned char>(key[0]);
        const auto second = static_cast<unsigned char>(key[key.size() > 1 ? 1 : 0]);
        return ((first & 31u) << 5) | (second & 31u);
    }
    static uint64_t bit_of(std::string_view key) {
        const auto last = static_cast<unsigned char>(key.back());
        return uint64_t{1} << (((key.size() & 7u) << 3) | (last & 7u));
    }
};

// Folded words to what the lexicon holds for them, asked once per token: open addressing
// over numbered entries, each slot holding an entry's number and 32 bits of its hash, so
// that a lookup walks no node list and most misses compare no bytes. Keys are views: what
// they view must outlive the table. Entries never move.
class word_table final {
  public:
    using hash_type = uint64_t;
    static hash_type hash(std::string_view key) { return grammar::short_hash(key); }
    word_table() = default;
    // (A moved table keeps its serial, as its entries stay where they were; the one moved from
    // takes a new one, as its contents are gone.)
    word_table(word_table&& o) noexcept
        : blocks_(std::move(o.blocks_)), block_bytes_(std::move(o.block_bytes_)), size_(o.size_),
          slots_(std::move(o.slots_)), short_(o.short_), serial_(o.serial_) {
        o.forget();
    }
    word_table& operator=(word_table&& o) noexcept {
        blocks_ = std::move(o.blocks_);
        block_bytes_ = std::move(o.block_bytes_);
        size_ = o.size_;
        slots_ = std::move(o.slots_);
        short_ = o.short_;
        serial_ = o.serial_;
        o.forget();
        return *this;
    }
    bool empty() const { return size_ == 0; }
    std::size_t size() const { return size_; }
    void clear() { forget(); }
    // What the table holds, as a number that changes whenever that may (a table made,
    // cleared or given a key): a thread that remembers answers of a table by this number
    // never reads them from another table, or from this one after it changed.
    uint64_t serial() const { return serial_; }
    // The table is kept at most three quarters full: probes stay short, and the pack's some
    // 20,000 forms take 32,768 slots rather than 65,536 (twice that while a reload holds two).
    // The entries' blocks for n are made at once too, their pages made present before they
    // are written (a load reserves for all it adds, some 20,000 entries: written block by block,
    // their 1.1 MB took a page fault a page).
    void reserve(std::size_t n) {
        if (4 * n > 3 * slots_.size()) rehash(4 * n / 3 + 1);
        const std::size_t blocks = (n + block_mask) >> block_bits;
        if (blocks > blocks_.size() + 1) {
            const std::size_t entries = (blocks - blocks_.size()) * block_size;
            std::unique_ptr<std::byte[]> bytes(new std::byte[entries * sizeof(entry_type)]);
            grammar::prefault(bytes.get(), entries * sizeof(entry_type));
            add_blocks(std::move(bytes), entries);
        }
    }
    // The entry of `key`, a new (empty) one when the table has none.
    lexicon_word_info& operator[](std::string_view key) {
        if (const std::size_t k = short_slot(key); k != 0 && short_[k] != 0) return entry(short_[k] - 1).second;
        if (4 * (size_ + 1) > 3 * slots_.size()) rehash(4 * (size_ + 1) / 3 + 1);
        const hash_type h = hash(key);
        std::size_t i = static_cast<std::size_t>(h) & (slots_.size() - 1);
        for (;; i = (i + 1) & (slots_.size() - 1)) {
            const slot& s = slots_[i];
            if (s.entry == 0) break;
            if (s.check == check_of(h) && entry(s.entry - 1).first == key) return entry(s.entry - 1).second;
        }
        if ((size_ >> block_bits) == blocks_.size()) {
            add_blocks(std::unique_ptr<std::byte[]>(new std::byte[block_size * sizeof(entry_type)]), block_size);
        }
        auto& e = entry(size_++);
        e.first = key;
        serial_ = next_serial();
        slots_[i] = {static_cast<uint32_t>(size_), check_of(h)};
        if (const std::size_t k = short_slot(key); k != 0) short_[k] = static_cast<uint32_t>(size_);
        return e.second;
    }
    template <typename F>
    void for_each(F f) {
        for (std::size_t i = 0; i < size_; ++i) f(entry(i).first, entry(i).second);
    }
    const lexicon_word_info* find(std::string_view key) const {
        if (const std::size_t k = short_slot(key); k != 0) return short_entry(k);
        return find(key, hash(key));
    }
    // find() for a key with no short_slot(), whose hash() the caller computed.
    const lexicon_word_info* find(std::string_view key, hash_type h) const { return reader(*this).find(key, h); }

    // Keys of one ASCII byte, or of two lower-case ASCII letters or apostrophes (punctuation,
    // "de", "la", "l'", a good third of a text's tokens), have a place of their own, found
    // without hashing: their number (from 1), 0 for any other key.
    static std::size_t short_slot(std::string_view key) {
        if (key.size() == 1) {
            const auto c = static_cast<unsigned char>(key[0]);
            return c < 0x80 ? 1 + c : 0;
        }
        if (key.size() != 2) return 0;
        const unsigned a = letters[static_cast<unsigned char>(key[0])];
        const unsigned b = letters[static_cast<unsigned char>(key[1])];
        return (a | b) < 32 ? 1 + 128 + a * 27 + b : 0;  // (both letters or apostrophes)
    }
    const lexicon_word_info* short_entry(std::size_t k) const { return reader(*this).short_entry(k); }

  private:
    // By byte: a-z -> 0-25, ' -> 26, anything else 255 (one load rather than tests).
    static constexpr std::array<uint8_t, 256> letters = [] {
        std::array<uint8_t, 256> t{};
        for (auto& l : t) l = 255;
        for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = static_cast<uint8_t>(c - 'a');
        t['\''] = 26;
        return t;
    }();
    struct slot {
        uint32_t entry = 0;  // entry number + 1; 0: empty
        uint32_t check = 0;  // the hash's high bits
    };
    static uint32_t check_of(hash_type h) { return static_cast<uint32_t>(h >> 32); }
    void rehash(std::size_t at_least) {
        std::size_t n = 16;
        while (n < at_least) n *= 2;
        {
            std::vector<slot> fresh;
            fresh.reserve(n);
            grammar::prefault_room(fresh);
            fresh.assign(n, slot{});
            slots_.swap(fresh);
        }
        for (std::size_t e = 0; e < size_; ++e) {
            const hash_type h = hash(entry(e).first);
            std::size_t i = static_cast<std::size_t>(h) & (n - 1);
            while (slots_[i].entry != 0) i = (i + 1) & (n - 1);
            slots_[i] = {static_cast<uint32_t>(e + 1), check_of(h)};
        }
    }
    // Entries in blocks of a fixed size, made as the table grows or several at once when it is
    // reserved; they never move.
    using entry_type = std::pair<std::string_view, lexicon_word_info>;
    static_assert(std::is_trivially_destructible_v<entry_type>);  // (the pages are let go as they are)
    static constexpr std::size_t block_bits = 9;  // 512 entries, 28 KB
    static constexpr std::size_t block_size = std::size_t{1} << block_bits;
    static constexpr std::size_t block_mask = block_size - 1;
    entry_type& entry(std::size_t i) { return blocks_[i >> block_bits][i & block_mask]; }
    const entry_type& entry(std::size_t i) const { return blocks_[i >> block_bits][i & block_mask]; }
    // Entries made in `bytes` (room for `entries`, a whole number of blocks), owned by the table.
    void add_blocks(std::unique_ptr<std::byte[]> bytes, std::size_t entries) {
        blocks_.reserve(blocks_.size() + entries / block_size);
        block_bytes_.reserve(block_bytes_.size() + 1);
        auto* const at = reinterpret_cast<entry_type*>(bytes.get());
        for (std::size_t k = 0; k < entries; ++k) new (at + k) entry_type();
        block_bytes_.push_back(std::move(bytes));
        for (std::size_t b = 0; b < entries; b += block_size) blocks_.push_back(std::launder(at + b));
    }
    std::vector<entry_type*> blocks_;
    std::vector<std::unique_ptr<std::byte[]>> block_bytes_;
    std::size_t size_ = 0;
    std::vector<slot> slots_;
    std::array<uint32_t, 1 + 128 + 27 * 27> short_{};  // by short_slot(): entry number + 1
    static uint64_t next_serial() {
        static std::atomic<uint64_t> last{0};
        return last.fetch_add(1, std::memory_order_relaxed) + 1;
    }
    void forget() {
        blocks_.clear();
        block_bytes_.clear();
        size_ = 0;
        slots_.clear();
        short_.fill(0);
        serial_ = next_serial();
    }
    uint64_t serial_ = next_serial();

  public:
    // The table's arrays as they stand, for lookups in a loop that stores pointers (which,
    // for all the compiler knows, could change the table's vectors: it would read them again
    // at every lookup). Valid while the table is not changed.
    class reader final {
      public:
        // (A table with no slots is read as one with a single empty slot: no test per probe.)
        explicit reader(const word_table& t)
            : slots_(t.slots_.empty() ? &no_slot : t.slots_.data()), mask_(t.slots_.empty() ? 0 : t.slots_.size() - 1),
              blocks_(t.blocks_.data()), short_(t.short_.data()) {}
        const lexicon_word_info* short_entry(std::size_t k) const {
            return short_[k] == 0 ? nullptr : &entry(short_[k] - 1).second;
        }
        const lexicon_word_info* find(std::string_view key) const {
            if (const std::size_t k = short_slot(key); k != 0) return short_entry(k);
            return find(key, hash(key));
        }
        const lexicon_word_info* find(std::string_view key, hash_type h) const {
            for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
                const slot& s = slots_[i];
                if (s.entry == 0) return nullptr;
                if (s.check == check_of(h)) {
                    const auto& e = entry(s.entry - 1);
                    if (same_bytes(e.first, key)) return &e.second;
                }
            }
        }

      private:
        const entry_type& entry(std::size_t i) const { return blocks_[i >> block_bits][i & block_mask]; }
        const slot* slots_;
        std::size_t mask_;
        entry_type* const* blocks_;
        const uint32_t* short_;
        static constexpr slot no_slot{0, 0};
    };
};

// A French ending that English shares in cognates ("-tion" -> "-tion", "-ité" -> "-ity").
struct cognate_rule {
    std::string fr;       // as written, accents included
    std::string fr_key;   // folded
    std::string en;
    word_class pos = word_class::noun;  // nouns take the English plural
    std::size_t min_length = 6;
};

// Words of one class the pack lists (lexicon keeps_of, venues …), folded (lower case,
// accents folded), asked by a folded key with no copy of it. (Some tens of words: kept in
// order, found by halves.)
class folded_words final {
  public:
    void add(std::string folded) {
        const auto at = std::lower_bound(words_.begin(), words_.end(), folded);
        if (at == words_.end() || *at != folded) words_.insert(at, std::move(folded));
    }
    bool contains(std::string_view key) const {
        const auto at = std::lower_bound(words_.begin(), words_.end(), key,
                                         [](const std::string& w, std::string_view k) { return w < k; });
        return at != words_.end() && *at == key;
    }

  private:
    std::vector<std::string> words_;
};

struct lexicon final {
    std::vector<lexicon_entry> entries;
    std::vector<country_entry> countries;
    std::vector<cognate_rule> cognates;
    // Word-forming prefixes: "ex-" -> "former ", "franco-" -> "Franco-" (folded French key).
    std::vector<std::pair<std::string, std::string>> prefixes;
    // Folded nouns of quantity, time and heads after which "de" + a bare noun stays "of" in
    // English ("nombre de morts"), where other nouns make a compound ("carte d'identité").
    folded_words keeps_of;
    // Nouns of bodies that hear or judge: "devant" before them is "before" ("devant le
    // Parlement"), else "in front of".
    folded_words hearing_bodies;
    // Nouns of places one is at: "au" or "à la" before them is "at the" ("au château"), else
    // "to the".
    folded_words venues;
    // Nouns of a span of time: "au", "à la" before one is "in the" ("au premier trimestre" ->
    // "in the first quarter").
    folded_words periods;
    // Nouns that a name after them names the kind of: "l'affaire Benalla" -> "the Benalla
    // affair".
    folded_words named_kinds;
    // Verbs (lemmas) whose object pronoun "le", "la", "l'" stands for a person ("l'a reçu" ->
    // "received him"); after other verbs it is "it".
    folded_words person_verbs;
    // Verbs (lemmas) whose participle takes its agent with "de" ("suivi de" -> "followed by").
    folded_words agentive_participles;
    // Verbs (lemmas) of a change by an amount: "de" before the amount is "by" ("reporter de
    // trois mois" -> "postpone by three months").
    folded_words measure_verbs;
    // Nouns of people (as written, plural too): "qui" after one is "who" ("les patients qui
    // entrent" -> "the patients who enter"), after other nouns "that" or "which".
    folded_words person_nouns;
    // Nouns English says without an article when they speak of the thing at large: "le", "la",
    // "l'" before one go unsaid ("la coopération bilatérale" -> "bilateral cooperation") unless
    // "de", "à" or a relative narrows it.
    folded_words mass_nouns;
    // Every hit of the French forms (single words), grouped by form: the forms, listed while
    // the lexicon is read (in blocks: one array of them, freed at the end of a load, was the
    // largest block a load freed, which raises glibc's mmap threshold above the per-thread
    // caches' size), are frozen into this and the word index. Both stay empty when the forms
    // are the embedded pack's, made at build time (forms_imaged): the word index then views
    // the library's image of them.
    std::vector<form_hit> hit_pool;
    std::string form_keys;  // the forms' keys one after another; reserved once, never moves
    bool forms_imaged = false;
    // Phrases by first word, longest first.
    word_map<std::vector<std::pair<std::vector<std::string>, uint32_t>>> phrases;
    word_map<uint32_t> country_by_form;  // "belgique", "belge" -> index
    word_map<uint32_t> country_by_key;
    // Per folded word, its forms' hits and what the maps above hold for it, so that a token
    // needs one lookup (built once the lexicon is read; points into the maps, which stay
    // unchanged).
    using word_info = lexicon_word_info;
    // Keyed by views of form_keys and of the keys of the maps it indexes (phrases,
    // country_by_form, pack_rules::marker_first_words and phrase_openers), whose nodes never
    // move: no second copy of each word.
    word_table word_index;
    // The hits of a lower-case form; nullptr when it has none.
    const form_hits* hits_of(std::string_view lower) const {
        const word_info* info = word_index.find(lower);
        return info == nullptr || info->forms.empty() ? nullptr : &info->forms;
    }
    bool use_freedict = true;
    // Names this lexicon's answers in the per-thread fallback memo (0: not memoised); set
    // when the lexicon is loaded, unique per load.
    uint64_t memo_id = 0;

    const form_hit* word(std::string_view lower, word_class want) const;
    const form_hit* any_word(std::string_view lower) const;
    // Longest phrase (2+ words) starting at words[at]; nullptr when none.
    const std::pair<std::vector<std::string>, uint32_t>* phrase_at(
        const std::vector<std::string>& words, std::size_t at) const {
        return phrase_at_by(words.size(), at, [&](std::size_t k) -> const std::string& { return words[k]; });
    }
    // The same over any n words, word k being key_at(k) (a const std::string&): callers that
    // hold tokens need not copy their keys.
    template <typename KeyAt>
    const std::pair<std::vector<std::string>, uint32_t>* phrase_at_by(std::size_t n, std::size_t at,
                                                                     KeyAt key_at) const {
        if (at >= n) return nullptr;
        auto it = find_word(phrases, key_at(at));
        return it == phrases.end() ? nullptr : phrase_in(it->second, n, at, key_at);
    }
    // The longest of `list` (the phrases opening with word `at`) that matches there.
    template <typename KeyAt>
    static const std::pair<std::vector<std::string>, uint32_t>* phrase_in(
        const std::vector<std::pair<std::vector<std::string>, uint32_t>>& list, std::size_t n,
        std::size_t at, KeyAt key_at) {
        // `list` is the one filed under word `at`'s key: the first words match, the others are
        // compared, the second read once (a frequent first word, "de" or "la", opens hundreds
        // of phrases, which nearly all differ there).
        const std::string_view second = at + 1 < n ? std::string_view(key_at(at + 1)) : std::string_view();
        // Only a word of three bytes at most is elided ("d'") or contracted ("du", "aux"): any
        // other matches a phrase's word by its bytes alone.
        const bool short_second = second.size() <= 3;
        for (const auto& p : list) {  // sorted longest first
            const std::size_t size = p.first.size();
            if (at + size > n) continue;
            if (size >= 2) {
                const std::string& word = p.first[1];
                const bool same = short_second ? phrase_word_matches(word, second) ||
                                                     (size == 2 && contracts(word, second))
                                               : same_bytes(word, second);
                if (!same) continue;
            }
            bool same = true;
            for (std::size_t k = 2; k < size && same; ++k) {
                same = phrase_word_matches(p.first[k], key_at(at + k)) ||
                       (k + 1 == size && contracts(p.first[k], key_at(at + k)));
            }
            if (same) return &p;
        }
        return nullptr;
    }
    // "lors de" also reads "lors d'une": an elided form matches the word it stands for.
    static bool phrase_word_matches(std::string_view phrase_word, std::string_view word) {
        // string_view literals: sizes are compared before bytes (most words differ in size)
        using namespace std::string_view_literals;
        if (same_bytes(phrase_word, word)) return true;
        if (word.empty() || word.size() > 3 || word.back() != '\'') return false;
        return (word == "d'"sv && phrase_word == "de"sv) ||
               (word == "qu'"sv && phrase_word == "que"sv) ||
               (word == "l'"sv && (phrase_word == "le"sv || phrase_word == "la"sv));
    }
    // "en raison des pluies", "grâce au soutien": a phrase ending in "de" or "à" also reads
    // with the article contracted into it.
    static bool contracts(std::string_view phrase_word, std::string_view word) {
        using namespace std::string_view_literals;
        return (phrase_word == "de"sv && (word == "du"sv || word == "des"sv)) ||
               (phrase_word == "a"sv && (word == "au"sv || word == "aux"sv));
    }
    // An entry for a form the regular patterns did not list, by undoing common endings.
    const form_hit* guess(std::string_view lower) const;
    // English for a French word outside the pack lexicon: a cognate ending of the pack, else
    // the installed dictionary. `written` is the word as written (accents decide endings).
    std::string fallback(std::string_view lower, std::string_view written = {}) const;
    struct fallback_hit {
        std::string en;
        word_class pos = word_class::other;  // from the cognate rule or the dictionary entry
    };
    fallback_hit fallback_word(std::string_view lower, std::string_view written = {}) const;
    // A French word by its form: a cognate ending of the pack (whether or not English has the
    // word it makes) or an entry of the installed dictionary.
    bool has_french_ending(std::string_view lower) const;

private:
    fallback_hit fallback_uncached(std::string_view lower, std::string_view written) const;
};

// True when the installed English word list holds `en` (or its singular), or when no list
// is installed: a guessed English form is checked against it.
bool is_english_word(const std::string& en);

// Marks on the word index what the trimmer notes of its words (lexicon_word_info::trimmed).
void index_trim_words(word_table& index);

struct pack_rules {
    std::vector<scoring_feature> features;
    std::vector<trim_rule> trims;
    std::vector<event_def> events;
    std::vector<template_def> templates;
    lexicon lex;
    // scoring.yaml "topic": the "X : …" prefix chosen over the whole document.
    std::string topic_rule = "topic_prefix";
    bool topic_enabled = true;
    int topic_min_mentions = 3;
    double topic_min_share = 0.0;
    double topic_country_weight = 1.0;  // a country's mentions count this much (names: 1)
    std::map<std::string, std::string> rule_names;  // name -> "file:line" of its definition
    // First words of trimming markers -> bit r set when trims[r] has a marker opening with it
    // (rules past the 64th are always looked up).
    word_map<uint64_t> marker_first_words;
    // Second words of trimming markers of two words or more (plain ones: no apostrophe, no
    // byte past ASCII) -> a bit of their own, above the rules' bits of marker_first_words (as
    // many as there are free), also set in the word index: a token then says whether it may
    // continue a marker (the trimmer skips a marker's first word with none of its second
    // words after it).
    word_map<uint64_t> marker_second_words;
    // The keys the scoring features' phrases may open with (lexicon::word_info::opens_phrase).
    word_map<bool> phrase_openers;
    // Verb and noun lemma -> event index.
    word_map<uint32_t> event_by_verb, event_by_noun;
    // The vocabulary's speech verbs (lemmas, folded as token lemmas are), sorted: English says
    // one that reports what came before in the simple past.
    std::vector<std::string> speech_verbs;
    // Lexicon entry -> the event its lemma names (verbs through event_by_verb, the others
    // through event_by_noun), -1 for none; filled once events are read.
    std::vector<int32_t> entry_event;
    // The words that may name an event (names_event on their word index entry, set with it):
    // the sentences' event scan asks the index only of a lemma that may name one.
    word_pair_shapes event_words;
    // The same of event_by_verb's keys: main_event() looks up only a lemma that may be one.
    word_shapes event_verbs;
};

// Section loaders over the parsed files of a pack; each appends problems with file:line:col
// and never throws on bad text.
class yaml_pack;
// Reads the lexicon files, then lets their trees go (yaml_pack::release). The French forms of
// the embedded pack's entries are read from the library's image of them when it has one.
void load_lexicon(yaml_pack& pack, lexicon& out, std::vector<diagnostic>& problems);
// The image of the French forms of `source`'s lexicon (their hits grouped by form, as a load
// freezes them), made at build time for the embedded pack (rules/tools/make_lexicon_forms.cpp);
// "" when the pack has problems.
std::string lexicon_forms_image(const pack_source& source);
// Whether `bytes` read as a whole image of forms (one that does not is not used), and whether
// the library carries such an image of the embedded pack's forms.
bool lexicon_forms_image_reads(std::string_view bytes);
bool has_lexicon_forms_image();
void load_scoring(const yaml_pack& pack, pack_rules& out, std::vector<diagnostic>& problems);
void load_trimming(const yaml_pack& pack, pack_rules& out, std::vector<diagnostic>& problems);
void load_events(const yaml_pack& pack, pack_rules& out, std::vector<diagnostic>& problems);
void load_templates(const yaml_pack& pack, pack_rules& out, std::vector<diagnostic>& problems);

// Slots a template may name.
bool known_slot(const std::string& slot);
// Slot names in "{actors} signent {object}", in order; problems for unbalanced braces.
std::vector<std::string> template_slots(const std::string& text, std::string& error);
// Fills a template; returns empty when a slot named in it has no value.
std::string fill_template(const std::string& text, const std::map<std::string, std::string>& slots);

// Candidate lemmas of a French form (the form itself first).
std::vector<std::string> lemma_guesses(std::string_view key);

// English inflection for lexicon verbs and nouns.
std::string english_3sg(const lexicon_entry& e);
std::string english_pp(const lexicon_entry& e);
// The -ing form ("announce" -> "announcing", "take part" -> "taking part").
std::string english_ing(const lexicon_entry& e);
std::string english_plural(const lexicon_entry& e);

}  // namespace precis::rules
