// Turns the grammar's elements into a sentence's actors, values, verb groups and clauses, and
// grades how well the sentence was read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/grammar/parser.hpp"
#include "segment.hpp"
#include "values.hpp"
#include "x3/ast.hpp"

namespace precis::grammar {

// Dates already seen in the article, to resolve "jeudi" and "le 23 octobre".
struct date_context {
    std::optional<civil_date> option_anchor;  // parse_options::anchor_date
    std::optional<civil_date> dateline;       // a date that opens the article
    std::optional<civil_date> latest;         // the latest absolute date read so far
    std::optional<civil_date> anchor() const {
        if (option_anchor) return option_anchor;
        if (dateline) return dateline;
        return latest;
    }
};

// A verb group as the clause builder reads it, with views where the document's verb_group has
// strings: those are made only for the verb groups a clause takes (most verb groups of a
// sentence are in none), rather than for every one and then moved.
struct verb_reading {
    span where;
    std::string_view lemma;       // of the lexicon's answers, a token's lemma or the sentence's
                                  // verb lemmas, all alive while the sentence is built
    std::string_view verb_class;  // of the vocabulary's payloads, or "speech"
    // The verb's event_verb payload (null: none), when make_verb looked it up (event_known).
    const std::string* event = nullptr;
    bool event_known = false;
    tense when = tense::unknown;
    bool negated = false;
    bool passive = false;
    bool plural = false;
};

// The clause builder's per-element tables. They live in the parse scratch, which one thread
// uses at a time, and keep their capacity from one sentence to the next (a thread_local would
// cost a TLS lookup at every access from the shared library).
struct clause_tables {
    struct region {
        token_kind kind;
        std::size_t open, close;
    };
    // A sub-clause part (attribution, purpose, relative …) while its level is read.
    struct open_part {
        part_kind kind;
        clause_role role;
        std::size_t first;
        std::size_t last;  // inclusive
        int32_t speaker = -1;
    };
    std::vector<verb_reading> verbs;
    std::vector<region> regions;
    // Per-sentence lists, kept for their capacity: the parts of the level being read, of the
    // root and of a quote read as the root; the openers not yet closed.
    std::vector<open_part> level_parts, root_parts, quote_parts;
    std::vector<std::pair<token_kind, std::size_t>> open_stack;

    // The lists of the clauses a document parsed into again held, emptied: a new reading takes
    // them (a clause then takes its reading's lists) rather than growing fresh ones.
    std::vector<std::vector<uint32_t>> spare_indices;
    std::vector<std::vector<part>> spare_parts;

    // Empties `clauses`, keeping their lists as spares (a bounded number, of bounded size).
    void recycle(std::vector<clause>& clauses) {
        for (clause& c : clauses) {
            keep(spare_indices, c.subjects);
            keep(spare_indices, c.objects);
            keep(spare_parts, c.parts);
        }
        clauses.clear();
    }
    // A reading's lists, emptied, as spares (those the spares have no room for are left).
    void keep_lists(std::vector<uint32_t>& subjects, std::vector<uint32_t>& objects,
                    std::vector<part>& parts) {
        keep(spare_indices, subjects);
        keep(spare_indices, objects);
        keep(spare_parts, parts);
    }
    // A spare list into `list` (left as it is when none is left).
    template <class T>
    static void take(std::vector<std::vector<T>>& spares, std::vector<T>& list) {
        if (spares.empty()) return;
        list = std::move(spares.back());
        spares.pop_back();
    }

  private:
    template <class T>
    static void keep(std::vector<std::vector<T>>& spares, std::vector<T>& list) {
        if (list.capacity() == 0 || list.capacity() > 64 || spares.size() >= 256) return;
        list.clear();
        spares.push_back(std::move(list));
    }
};

// `grammar_ran` is false when the sentence was too deeply nested for the grammar; `read_all`
// says whether the grammar read it to the end. `facts` are tokenize's, per token. The builder
// fills in the clause fields of `elements` (depth, actor, value, verb, part).
void build_sentence(std::string_view text, const vocabulary& vocab,
                    const verb_lemma_list& verb_lemmas, const std::vector<form_facts>& facts,
                    ast::element_list& elements, bool grammar_ran, bool read_all,
                    bool first_sentence, date_context& dates, clause_tables& tables,
                    sentence& out);

}  // namespace precis::grammar
