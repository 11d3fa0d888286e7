// The grammar's entry points: vocabulary (filled from a rule pack at run time), the
// part-of-speech lexicon (hunspell-fr), and the parser that turns text into a document.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/grammar/document.hpp"

namespace precis::grammar {

// Classes of pack vocabulary the grammar reads with X3 symbol tables.
enum class term_class : uint8_t {
    abbreviation,     // "M.", "Mme", "av. J.-C." : a final stop that ends no sentence
    title,            // "ministre", "vice-Premier ministre", "président"
    nationality,      // "belge", "marocain" (payload: country key)
    country,          // "Belgique", "Maroc", "Rabat" as metonym (payload: country key)
    institution,      // "gouvernement", "Union européenne" (payload: institution key)
    speech_verb,      // lemma "déclarer", "souligner" (payload: verb class)
    event_verb,       // lemma "signer", "élire" (payload: verb class)
    event_noun,       // "accord", "traité", "élection" (payload: noun class)
    purpose_marker,   // "afin de", "visant à", "pour"
    subordinator,     // "alors que", "parce que", "tandis que"
    time_word,        // "jeudi", "hier", "mardi soir"
    month,            // "octobre" (payload: "10")
    weekday,          // "jeudi" (payload: "4")
    currency,         // "dollars" (payload: "USD")
    magnitude,        // "milliards" (payload: "1e9")
    approximation,    // "plus de", "près de", "environ"
    attribution,      // "selon", "d'après"
    collective,       // "les deux parties", "les deux pays" (refer to earlier actors)
    rare_verb,        // lemma "politiquer", "criser": a form of it that can be a noun or an
                      // adjective ("politique", "crise") is one, never a finite verb
};

// The class a pack file names ("speech_verb" -> term_class::speech_verb); false for a name
// that is no class.
bool term_class_named(std::string_view name, term_class& out);

// Words and phrases the grammar matches, filled once, then frozen and shared read-only.
class vocabulary final {
public:
    vocabulary();
    ~vocabulary();
    vocabulary(const vocabulary&) = delete;  // holds large symbol tables; share by pointer
    vocabulary& operator=(const vocabulary&) = delete;

    // Adds a phrase (matched case-insensitively on its first letter, exactly otherwise)
    // with a payload (a key or class name; may be empty).
    void add(term_class cls, std::string_view phrase, std::string_view payload = {});
    // Room for `phrases` more phrases of `bytes` bytes in all in class `cls`, made once before
    // they are added rather than grown as they come.
    void reserve(term_class cls, std::size_t phrases, std::size_t bytes);
    // Gives back the room the tables grew with, once every phrase is added (a vocabulary is
    // kept for a pack's lifetime; adding more afterwards still works).
    void shrink_to_fit();
    std::size_t size() const;

    struct impl;
    const impl& get() const { return *impl_; }

private:
    std::unique_ptr<impl> impl_;
};

// Part of speech and lemma for French word forms, from the hunspell-fr dictionary.
// Thread-safe; caches what it has looked up.
class lexicon final {
public:
    // Opens dic_dir/fr_FR.aff + .dic (or fr.aff/.dic). A missing dictionary leaves an
    // empty lexicon whose lookups answer pos_unknown: parsing still works, less well.
    explicit lexicon(const std::string& dic_dir);
    // The lexicon compiled from the system's hunspell-fr when the library was built: the same
    // answers as hunspell on that dictionary, with no hunspell instance to load. Empty (as
    // above) when the build had no dictionary to compile.
    struct compiled_t {};
    static constexpr compiled_t compiled{};
    explicit lexicon(compiled_t);
    static bool compiled_available();
    ~lexicon();
    lexicon(const lexicon&) = delete;  // owns a hunspell instance
    lexicon& operator=(const lexicon&) = delete;

    bool available() const;
    struct analysis {
        uint32_t pos = pos_unknown;
        std::string lemma;
        std::string verb_lemma;  // the infinitive when one reading is a verb ("estime" -> estimer)
    };
    analysis lookup(std::string_view word) const;
    // lookup() without copying the answer: valid while the lexicon lives, except for a form
    // the full cache could not keep, whose answer lasts until the thread's next such lookup.
    const analysis& find(std::string_view word) const;
    // find(), telling whether the answer lasts as long as the lexicon (`kept`) or only until
    // the thread's next look-up the full cache cannot keep.
    const analysis& find(std::string_view word, bool& kept) const;
    // What holds the answers find() keeps: shared, so that a holder (a document whose token
    // lemmas view them) keeps them alive past the lexicon.
    std::shared_ptr<const void> kept_answers() const;
    // Never the same for two lexicons of a process, even one after the other: per-thread
    // caches keyed by lexicon compare it rather than an address.
    uint64_t id() const;

    static std::string default_directory();  // "/usr/share/hunspell" when it exists

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

struct limits {
    std::size_t max_sentence_bytes = 64 * 1024;  // longer runs are split, not lost
    std::size_t max_nesting = 64;                 // quotes and parentheses
    std::size_t max_sentences = 100000;
};

struct parse_options {
    std::string anchor_date;  // "YYYY-MM-DD": resolves "jeudi", "le 23 octobre"; else dateline
    limits bounds;
};

// Per-thread reusable state (buffers, ICU iterators). Not shared between threads.
class scratch final {
public:
    scratch();
    ~scratch();
    scratch(const scratch&) = delete;  // owns ICU objects
    scratch& operator=(const scratch&) = delete;
    struct impl;
    impl& get() { return *impl_; }

private:
    std::unique_ptr<impl> impl_;
};

// Why a text could not be parsed at all (everything else yields a document).
struct parse_error {
    enum class code : uint8_t { none, invalid_utf8, limit_exceeded } what = code::none;
    std::size_t offset = 0;   // byte offset in the input
    std::string message;
};

// Reads text into a document. Never throws on input; returns false with err set only for
// input that is not UTF-8 or breaks a hard limit.
bool parse(std::string_view input, const vocabulary& vocab, const lexicon& lex,
           const parse_options& options, scratch& work, document& out, parse_error& err);

// parse() into a document that a previous call filled: the same document comes out, but built
// in the storage `out` already holds (text, sentences and their vectors keep their capacity)
// instead of fresh, so that a thread parsing one text after another seldom allocates. On
// failure `out` holds no meaningful document.
struct reuse_storage_t {};
inline constexpr reuse_storage_t reuse_storage{};
bool parse(std::string_view input, const vocabulary& vocab, const lexicon& lex,
           const parse_options& options, scratch& work, document& out, parse_error& err,
           reuse_storage_t);

// An adjective French puts before its noun, as written in lower case: an ordinal
// ("troisième") or one of the few common ones ("premier", "nouvelle", "telle", "autre" …).
// After a determiner and such an adjective comes a noun ("cette troisième visite").
bool prenominal_adjective(std::string_view word);

// Counts for `precis parse --stats`.
struct parse_stats {
    std::size_t sentences = 0, full = 0, partial = 0, chunks = 0, bytes = 0;
};
void accumulate(const document& doc, parse_stats& stats);

}  // namespace precis::grammar
