// What a token's form tells the grammar, found once per token: the lexicon's answer for a word
// and the vocabulary facts the grammar's token tests read (x3/predicates.cpp), kept together in
// one per-thread cache so that each token costs one look-up for both.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "precis/grammar/parser.hpp"

namespace precis::grammar {

struct form_facts {
    uint64_t lists = 0;          // bit per closed word list holding the form (x3/predicates.cpp)
    uint32_t first_classes = 0;  // bit per term class with a phrase whose first word it is
    bool naming = false;         // capitalised, and itself a country, title, month …
};

// The facts of a form of the token kind (`capitalised`: first letter in upper case), computed.
form_facts facts_of_form(std::string_view form, token_kind kind, bool capitalised,
                         const vocabulary& vocab);

// Per token of a sentence, its form's facts (filled by tokenize, read by the grammar's tests).
struct form_facts_table {
    std::vector<uint64_t> word_lists;
    std::vector<uint32_t> first_classes;
    std::vector<uint8_t> vocabulary_word;  // form_facts::naming
    void clear() {
        word_lists.clear();
        first_classes.clear();
        vocabulary_word.clear();
    }
    void push_back(const form_facts& f) {
        word_lists.push_back(f.lists);
        first_classes.push_back(f.first_classes);
        vocabulary_word.push_back(f.naming ? 1 : 0);
    }
};

struct form_reading {
    const lexicon::analysis* analysis = nullptr;  // when asked for
    form_facts facts;
};

class form_cache final {
  public:
    // The thread's cache, set to read with `lex` and `vocab` (one look-up of thread-local
    // storage: keep it for a sentence).
    static form_cache& of_thread(const lexicon& lex, const vocabulary& vocab);

    // The facts of `form`, and when `ask_lexicon`, lex.find(form): valid until the next read.
    form_reading read(std::string_view form, token_kind kind, bool capitalised, bool ask_lexicon);

    struct slot;
    ~form_cache();

  private:
    form_cache();
    std::unique_ptr<slot[]> slots_;
    const lexicon* lex_ = nullptr;
    const vocabulary* vocab_ = nullptr;
    uint64_t lexicon_id_ = 0, vocab_id_ = 0;
    uint32_t vocab_size_ = 0;
};

}  // namespace precis::grammar
