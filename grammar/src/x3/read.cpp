// Runs the sentence rule; expectation failures stay inside this folder.
#include "x3/read.hpp"

#include <cstring>
#include <type_traits>

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

namespace {

// The first `count` entries of `v` with every byte `byte`: one memset over the storage the
// vector keeps from sentence to sentence, where assign() fills entry by entry. The vector only
// grows (its capacity is kept anyway): the sentence's tables are bounded by its token count
// and table_size, not by their vectors' sizes.
template <class T>
void filled(std::vector<T>& v, std::size_t count, int byte) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (v.size() < count) v.resize(count);
    if (count != 0) std::memset(v.data(), byte, count * sizeof(T));
}

}  // namespace

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
    // Only the slots an earlier sentence set hold anything: cleared as between two elements.
    st.reset_captures();
    const std::size_t table_size = std::size_t{where.size()} + 1;
    filled(st.token_at, table_size, 0xFF);  // -1 in every entry
    filled(st.token_ending, table_size, 0xFF);
    int32_t* const starting = st.token_at.data();
    int32_t* const ending = st.token_ending.data();
    const token* const data = tokens.data();
    const std::size_t count = tokens.size();
    // Tokens lie within their sentence, in text order and each ending after it starts
    // (tokenize's contract): when the first starts and the last ends within the sentence, so
    // does every one, and the tables take them without a test each. Else some token lies
    // outside and would index past the tables: each is tested, and one outside is left out
    // rather than trusted (an offset before the sentence wraps around to a large one: one
    // comparison bounds each end).
    const bool inside = count == 0 || (data[0].where.begin >= where.begin &&
                                       data[count - 1].where.end <= where.end);
    if (inside) {
        for (std::size_t i = 0; i < count; ++i) {
            const span t = data[i].where;
            starting[t.begin - where.begin] = static_cast<int32_t>(i);
            ending[t.end - where.begin] = static_cast<int32_t>(i);
        }
    } else {
        for (std::size_t i = 0; i < count; ++i) {
            const span t = data[i].where;
            const std::size_t b = static_cast<uint32_t>(t.begin - where.begin);
            const std::size_t e = static_cast<uint32_t>(t.end - where.begin);
            if (b >= table_size || e >= table_size) continue;
            starting[b] = static_cast<int32_t>(i);
            ending[e] = static_cast<int32_t>(i);
        }
    }
    st.start = text.data() + where.begin;
    st.table_size = table_size;
    st.starting_at = st.token_at.data();
    st.ending_at = st.token_ending.data();
    st.token_data = tokens.data();
    st.tokens_inside = inside;
    filled(st.memos, 3 * count, 0xFF);  // -1: not asked yet
    st.finite_memo = st.memos.data();
    st.adverbial_memo = st.memos.data() + count;
    st.name_memo = st.memos.data() + 2 * count;
    // st.facts was filled by tokenize.
    st.held_starts_token = -1;
    out.clear();
    st.elements = &out;
    const bool ok = parser::read_sentence(st, where.end);
    st.elements = nullptr;
    return ok;
}

}  // namespace precis::grammar
