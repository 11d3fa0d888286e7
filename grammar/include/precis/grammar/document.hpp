// The clause tree: what the grammar reads out of an article, and what the rules reason on.
// Plain data, no logic. Spans are byte offsets into document::text (the NFC text); use
// document::source_span to map them to the caller's input bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis::grammar {

struct span {
    uint32_t begin = 0;
    uint32_t end = 0;
    bool empty() const { return end <= begin; }
    uint32_t size() const { return end > begin ? end - begin : 0; }
};

// Part-of-speech bits from the hunspell-fr `po:` tags (several may hold for one form).
enum pos_bits : uint32_t {
    pos_none = 0,
    pos_noun = 1u << 0,
    pos_adj = 1u << 1,
    pos_verb = 1u << 2,       // any finite or non-finite verb form
    pos_infinitive = 1u << 3,
    pos_past_participle = 1u << 4,
    pos_present_participle = 1u << 5,
    pos_proper = 1u << 6,     // po:npr, po:prn, po:patr
    pos_adverb = 1u << 7,
    pos_determiner = 1u << 8,
    pos_preposition = 1u << 9,
    pos_pronoun = 1u << 10,
    pos_conjunction = 1u << 11,
    pos_number = 1u << 12,
    pos_aux = 1u << 13,       // a form of avoir / être
    pos_present = 1u << 14,   // ipre
    pos_past = 1u << 15,      // ipsi / iimp
    pos_future = 1u << 16,    // ifut
    pos_conditional = 1u << 17,  // cond
    pos_3sg = 1u << 18,       // third person singular (po:3sg)
    pos_3pl = 1u << 19,       // third person plural (po:3pl)
    pos_imperfect = 1u << 20, // iimp (pos_past is set too)
    pos_subjunctive = 1u << 21,  // spre / simp
    pos_etre_verb = 1u << 22, // compound tenses take être (partir, arriver): not a passive
    pos_first_name = 1u << 23,  // po:prn ("Maxime"), with pos_proper
    pos_surname = 1u << 24,     // po:patr ("Trump"), with pos_proper
    pos_place_name = 1u << 25,  // po:npr ("Vegas"), with pos_proper
    pos_male_name = 1u << 26,    // a first name hunspell marks masculine ("Emmanuel")
    pos_female_name = 1u << 27,  // a first name hunspell marks feminine ("Angela")
    pos_unknown = 1u << 31,   // not in the dictionary
};

enum class token_kind : uint8_t {
    word,         // letters, with inner hyphens and apostrophes (elided forms split off)
    number,       // 3,1 · 800 000 · 2025
    punct,        // , ; : . ! ? … - –
    quote_open,   // « “ and an opening "
    quote_close,  // » ” and a closing "
    paren_open,
    paren_close,
    symbol,       // % $ € and anything else
};

// What tokenize read of a word's lemma with the form's analysis, once per form (token::lemma_facts),
// so that the rules need not compare or decode it again at every token.
enum lemma_fact : uint8_t {
    lemma_facts_known = 1,  // the bits below were read (else none is set)
    // The lemma's bytes are the form's, or (a form all ASCII) the form's with its capitals lowered.
    lemma_as_written = 2,
    lemma_lower_case = 4,   // the lemma opens with a lower-case letter (a common word, not a name)
    lemma_plain = 8,        // the lemma is all ASCII, with no capital
    // The form is all ASCII, and its lemma, plain, is not the form with its capitals lowered
    // ("ont" -> "avoir").
    lemma_other = 16,
    // The form's letters, when it is one of the words the rules' tokenizer makes a token of
    // wherever it ends before a space or an ASCII mark: with these, it takes the grammar's token
    // with no scan of its own. All lower-case ASCII letters ("accord", its own key):
    form_lower_letters = 32,
    // ASCII letters, and hyphens each between two of them, but the above ("Paris", "UE",
    // "week-end", "Jean-Pierre"; its own key lowered):
    form_ascii_letters = 64,
    // a lower-case ASCII letter, then lower-case ASCII letters and two-byte Latin letters
    // (U+00C0-U+017F but × and ÷), one at least ("président").
    form_latin_letters = 128,
};

struct token {
    span where;
    uint32_t pos = pos_none;      // pos_bits
    token_kind kind = token_kind::word;
    bool capitalised = false;     // first letter upper case
    uint8_t lemma_facts = 0;      // lemma_fact bits (in room the alignment of `lemma` leaves)
    // From the dictionary when known, else the lower-cased form: a view of the lexicon's
    // answers or of the document's own lemma bytes, both of which the document keeps alive.
    std::string_view lemma;
};

enum class actor_kind : uint8_t { person, institution, country, group, pronoun, other };

struct actor {
    span where;                   // the whole mention, apposed name included
    actor_kind kind = actor_kind::other;
    std::string name;             // "Maxime Prévot"; empty when the mention has none
    std::string title;            // "vice-Premier ministre"
    std::string nationality;      // "belge" as written
    std::string country;          // canonical country key from the pack ("BE"), when known
    std::string complement;       // "des Affaires étrangères"
    std::string role;             // title + nationality + complement, as written
    std::string institution;      // pack key of an institution ("gouvernement", "ue")
};

enum class value_kind : uint8_t { date, money, quantity, percent };

struct value {
    span where;
    value_kind kind = value_kind::quantity;
    std::string text;             // as written
    std::string normalized;       // ISO date "2025-10-23" / "2025-10" / "2024"; money and
                                  // quantities as a plain decimal number
    double number = 0.0;          // money, quantity, percent
    std::string unit;             // "USD", "EUR", "MAD", "personnes", "%"
    std::string approx;           // "plus de", "près de", "environ" … when written
};

enum class tense : uint8_t {
    unknown, present, past, imperfect, future, conditional, infinitive, participle
};

struct verb_group {
    span where;                   // auxiliary, negation and main verb
    std::string lemma;            // "signer"
    std::string surface;          // "ont signé"
    tense when = tense::unknown;
    bool negated = false;
    bool passive = false;
    bool plural = false;          // agreement with the subject (3pl)
    std::string verb_class;       // pack class: "speech", "agreement", "election" …; or empty
};

// Parts of a clause that compression may keep or drop, each with its span.
enum class part_kind : uint8_t {
    subject,
    verb,
    object,
    attribution,      // "selon X", ", a déclaré X", "C'est ce qu'indique …"
    time,             // "jeudi", "le 23 octobre 2025", "En 2024"
    place,            // "à Bruxelles"
    apposition,       // ", Maxime Prévot,"
    relative,         // "qui estime …"
    subordinate,      // "alors que …", "parce que …"
    purpose,          // "afin de …", "visant à …", "pour …"
    parenthetical,    // "( … )"
    quote,            // « … »
    enumeration,      // "la sécurité, la justice, la migration et le développement"
    complement,       // any other prepositional phrase
};

struct part {
    part_kind kind = part_kind::complement;
    span where;
};

enum class clause_role : uint8_t { main, quote, attribution, relative, subordinate, purpose, chunk };

struct clause {
    span where;
    clause_role role = clause_role::main;
    std::vector<uint32_t> subjects;     // indices into sentence::actors
    std::optional<verb_group> verb;
    std::vector<uint32_t> objects;      // actors named in the object
    std::vector<part> parts;
    int32_t parent = -1;                // index into sentence::clauses
    std::string event;                  // pack predicate ("sign_agreement") when recognised
    int32_t speaker = -1;               // for quotes and attributed clauses: actor index
};

enum class read_quality : uint8_t { full, partial, chunks };

struct sentence {
    span where;
    uint32_t paragraph = 0;
    read_quality quality = read_quality::chunks;
    bool heading = false;               // a line without final punctuation (intertitle)
    std::vector<token> tokens;
    std::vector<actor> actors;
    std::vector<value> values;
    std::vector<clause> clauses;        // clauses[0] is the root when the sentence has one
};

// The bytes of the token lemmas that are not the lexicon's own strings (a number, a lower-cased
// unknown word), in blocks that never move.
class lemma_bytes;

struct document {
    std::string text;                   // NFC text that spans point into
    std::vector<sentence> sentences;
    std::vector<uint32_t> to_source;    // empty when text == input; else text offset -> input
    std::string anchor_date;            // ISO date that relative dates were resolved against
    // What the token lemmas view: shared with a copy of the document, so that the copy's
    // lemmas stay valid after the document is gone or parsed into again (a parse into a
    // document reuses its lemma bytes only when no copy shares them).
    std::shared_ptr<const void> lexicon_answers;
    std::shared_ptr<lemma_bytes> lemmas;

    span source_span(span s) const {
        if (to_source.empty()) return s;
        return {to_source[s.begin], to_source[s.end]};
    }
    std::string_view slice(span s) const {
        return std::string_view(text).substr(s.begin, s.size());
    }
};

}  // namespace precis::grammar
