// Runs the sentence rule; expectation failures stay inside this folder.
#include "x3/read.hpp"

#include "x3/predicates.hpp"
#include "x3/sentence.hpp"

namespace precis::grammar {
namespace parser {

bool read_sentence(sentence_state& st, uint32_t end) {
    const char* first = st.text + st.begin;
    const char* const last = st.text + end;
    try {
        return x3::phrase_parse(first, last, x3::with<state_tag>(&st)[sentence()], space) &&
               first == last;
    } catch (const x3::expectation_failure<const char*>&) {
        return false;
    }
}

}  // namespace parser

bool read_elements(std::string_view text, span where, const vocabulary& vocab,
                   const std::vector<token>& tokens, const verb_lemma_list& verb_lemmas,
                   parser::sentence_state& st, ast::element_list& out) {
    // `st` is the thread's scratch: its vectors keep their capacity from sentence to sentence.
    st.text = text.data();
    st.vocab = &vocab.get();
    if (st.short_starts_vocab != st.vocab->id || st.short_starts_size != st.vocab->count) {
        st.short_starts.fill({});
        st.short_starts_vocab = st.vocab->id;
        st.short_starts_size = st.vocab->count;
    }
    st.tokens = &tokens;
    st.token_count = tokens.size();
    st.verb_lemmas = &verb_lemmas;
    st.begin = where.begin;
    st.current = {};
    st.current_set = 0;
    st.token_at.assign(where.size() + 1, -1);
    st.token_ending.assign(where.size() + 1, -1);
    int32_t* const starting = st.token_at.data();
    int32_t* const ending = st.token_ending.data();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // Tokens lie within their sentence (tokenize's contract); one that did not would
        // index past these tables, so it is left out of them rather than trusted.
        const span t = tokens[i].where;
        if (t.begin < where.begin || t.end > where.end) continue;
        starting[t.begin - where.begin] = static_cast<int32_t>(i);
        ending[t.end - where.begin] = static_cast<int32_t>(i);
    }
    st.start = text.data() + where.begin;
    st.table_size = st.token_at.size();
    st.starting_at = st.token_at.data();
    st.ending_at = st.token_ending.data();
    st.token_data = tokens.data();
    st.finite_memo.assign(tokens.size(), -1);
    st.adverbial_memo.assign(tokens.size(), -1);
    // st.facts was filled by tokenize.
    // Filled by element_choice as it reaches each token: the tokens inside a longer element
    // never need theirs.
    st.may_start.assign(tokens.size(), 0);
    st.elements = std::move(out);
    st.elements.clear();
    const bool ok = parser::read_sentence(st, where.end);
    out = std::move(st.elements);
    return ok;
}

}  // namespace precis::grammar
