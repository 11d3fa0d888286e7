// Grammar primitives over the token layer: a parser that accepts the token starting at the
// current position when a predicate holds, vocabulary symbol tables checked against token
// boundaries, and a directive that records a sub-span in a capture slot.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <initializer_list>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "x3/predicates.hpp"
#include "x3/state.hpp"

namespace precis::grammar::parser {
namespace x3 = boost::spirit::x3;

template <typename Context>
sentence_state& state(Context const& ctx) {
    return *x3::get<state_tag>(ctx);
}

// x3::skip_over, then the token starting there (-1 when none), found in the tables when the
// cursor is at a token's start or end (sentence_state::token_from_tables).
template <typename Iterator, typename Context>
[[gnu::always_inline]] inline int32_t token_here(Iterator& first, Iterator const& last,
                                                 Context const& ctx) {
    const sentence_state& st = state(ctx);
    if (const int32_t at = st.token_from_tables(first); at >= 0) return at;
    x3::skip_over(first, last, ctx);
    return st.starting(first);
}

// Backs `end` off over trailing white space that optional parts skipped without matching.
[[gnu::always_inline]] inline const char* trim_back(const char* begin, const char* end) {
    while (end > begin) {
        const auto last = static_cast<unsigned char>(end[-1]);
        // Most ends are a printable ASCII byte, which no white space ends with.
        if (last > ' ' && last < 0x80) break;
        if (last == ' ' || last == '\t' || last == '\n') {
            --end;
        } else if (end - begin >= 2 && last == 0xA0 &&
                   static_cast<unsigned char>(end[-2]) == 0xC2) {
            end -= 2;
        } else if (end - begin >= 3 && static_cast<unsigned char>(end[-3]) == 0xE2 &&
                   static_cast<unsigned char>(end[-2]) == 0x80 && (last == 0xAF || last == 0x89)) {
            end -= 3;
        } else {
            break;
        }
    }
    return end;
}

// Accepts the run of tokens starting here whose length `Length{}(state, index)` gives (0: no
// match).
template <typename Length>
struct token_run_parser : x3::parser<token_run_parser<Length>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    static constexpr Length length{};

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
               Attribute&) const {
        const int32_t index = token_here(first, last, ctx);
        if (index < 0) return false;
        const sentence_state& st = state(ctx);
        const std::size_t n = Length{}(st, index);
        if (n == 0) return false;
        first = st.text + st.token_data[static_cast<std::size_t>(index) + n - 1].where.end;
        return true;
    }
};

template <typename Parser>
struct is_token_run : std::false_type {};
template <typename Length>
struct is_token_run<token_run_parser<Length>> : std::true_type {};

// One token for which `Pred{}(state, index)` holds.
template <typename Pred>
struct one_token {
    std::size_t operator()(const sentence_state& st, int32_t index) const {
        return Pred{}(st, index) ? 1 : 0;
    }
};
template <typename Pred>
using token_parser = token_run_parser<one_token<Pred>>;

// A phrase of a vocabulary class, starting and ending on token boundaries.
template <term_class Class, ast::slot Slot>
struct term_parser : x3::parser<term_parser<Class, Slot>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
               Attribute&) const {
        if (token_here(first, last, ctx) < 0) return false;
        sentence_state& st = state(ctx);
        if (!st.vocab->may_start_key(static_cast<std::size_t>(Class), first, last)) return false;
        // (Most keys of these classes open on a common word: "pour que", "de source", "les
        // deux pays". The eight bytes stop most of that word's tokens.)
        if constexpr (Class == term_class::purpose_marker || Class == term_class::subordinator ||
                      Class == term_class::attribution || Class == term_class::collective) {
            if (!st.vocab->may_start_long_key(static_cast<std::size_t>(Class), first, last))
                return false;
        }
        const auto& table = st.vocab->tables[static_cast<std::size_t>(Class)];
        Iterator it = first;
        uint32_t id = 0;
        if (!table.parse(it, last, x3::unused, x3::unused, id)) return false;
        if (!st.ends_token(it)) return false;
        auto& c = st.capture(Slot);
        c.begin = st.offset(first);
        c.end = st.offset(it);
        c.payload = static_cast<int32_t>(id);
        first = it;
        return true;
    }
};

// Captures in `Slot` the n tokens from token `index`, which starts at `first`, and moves
// `first` to the last one's end (a token's end: no white space to trim).
template <ast::slot Slot, typename Iterator>
inline void capture_tokens(sentence_state& st, Iterator& first, int32_t index, std::size_t n) {
    const Iterator start = first;
    first = st.text + st.token_data[static_cast<std::size_t>(index) + n - 1].where.end;
    auto& c = st.capture(Slot);
    c.begin = st.offset(start);
    c.end = st.offset(first);
    c.payload = index;
}

template <ast::slot Slot, typename Subject>
struct capture_directive : x3::unary_parser<Subject, capture_directive<Slot, Subject>> {
    using base_type = x3::unary_parser<Subject, capture_directive<Slot, Subject>>;
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    constexpr explicit capture_directive(Subject const& inner) : base_type(inner) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx,
               Attribute&) const {
        if constexpr (is_token_run<Subject>::value) {
            // A token test, read here with the one token_here() its own parse would repeat.
            return capture_run(this->subject.length, first, last, ctx);
        }
        token_here(first, last, ctx);  // for its skip
        Iterator start = first;
        if (!this->subject.parse(first, last, ctx, rctx, x3::unused)) return false;
        auto& c = state(ctx).capture(Slot);
        c.begin = state(ctx).offset(start);
        c.end = state(ctx).offset(trim_back(start, first));
        return true;
    }

  private:
    template <typename Length, typename Iterator, typename Context>
    static bool capture_run(Length length, Iterator& first, Iterator const& last,
                            Context const& ctx) {
        const int32_t index = token_here(first, last, ctx);
        if (index < 0) return false;
        sentence_state& st = state(ctx);
        const std::size_t n = length(st, index);
        if (n == 0) return false;
        capture_tokens<Slot>(st, first, index, n);
        return true;
    }
};

// A verb group (read_verb_group).
struct verb_group_parser : x3::parser<verb_group_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const&, Context const& ctx, RContext&, Attribute&) const {
        return read_verb_group(state(ctx), first);
    }
};

// Runs the subject; when it fails, capture slot `Slot` is left as it was before (an
// alternative that shares its head with the next one reads the head once: the slot the failed
// branch overwrote holds the head's capture again, as a second reading of the head would set it).
template <ast::slot Slot, typename Subject>
struct keep_slot_directive : x3::unary_parser<Subject, keep_slot_directive<Slot, Subject>> {
    using base_type = x3::unary_parser<Subject, keep_slot_directive<Slot, Subject>>;
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    constexpr explicit keep_slot_directive(Subject const& inner) : base_type(inner) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx,
               Attribute&) const {
        sentence_state& st = state(ctx);
        const ast::capture saved = st.current[Slot];
        const uint32_t saved_bit = st.current_set & (1u << Slot);
        if (this->subject.parse(first, last, ctx, rctx, x3::unused)) return true;
        st.current[Slot] = saved;
        st.current_set = (st.current_set & ~(1u << Slot)) | saved_bit;
        return false;
    }
};

// `gen[subject]` wraps a subject in a directive, as X3's own directives are written.
template <template <typename> class Directive>
struct directive_gen {
    template <typename Subject>
    constexpr auto operator[](Subject const& subject) const {
        using parser_type = typename x3::extension::as_parser<Subject>::value_type;
        return Directive<parser_type>(x3::as_parser(subject));
    }
};

template <ast::slot Slot>
struct capture_in {
    template <typename Subject>
    using type = capture_directive<Slot, Subject>;
};

template <ast::slot Slot>
inline constexpr directive_gen<capture_in<Slot>::template type> cap{};

template <ast::slot Slot>
struct keep_slot_in {
    template <typename Subject>
    using type = keep_slot_directive<Slot, Subject>;
};

template <ast::slot Slot>
inline constexpr directive_gen<keep_slot_in<Slot>::template type> keep_slot{};

// Clears the capture slots, runs the subject, and on success records one element of `Kind`
// spanning what the subject read (leading white space excluded).
template <ast::element_kind Kind, typename Subject>
struct element_directive : x3::unary_parser<Subject, element_directive<Kind, Subject>> {
    using base_type = x3::unary_parser<Subject, element_directive<Kind, Subject>>;
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    constexpr explicit element_directive(Subject const& inner) : base_type(inner) {}

    static constexpr uint32_t kind_bit = 1u << static_cast<unsigned>(Kind);

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx,
               Attribute&) const {
        const int32_t index = token_here(first, last, ctx);
        if (index < 0 || !(element_starts(state(ctx), index) & kind_bit)) return false;
        return parse_at(index, first, last, ctx, rctx);
    }

    // parse() at token `index`, where `first` stands and the element may start (element_choice
    // knows both).
    template <typename Iterator, typename Context, typename RContext>
    bool parse_at(int32_t index, Iterator& first, Iterator const& last, Context const& ctx,
                  RContext& rctx) const {
        sentence_state& st = state(ctx);
        st.reset_captures();
        Iterator start = first;
        if (!this->subject.parse(first, last, ctx, rctx, x3::unused)) return false;
        ast::element_list& list = *st.elements;
        // The record is made here and appended whole by push_back(const T&), whose test of
        // room is inline (emplace_back and the rvalue push_back were calls).
        const auto at = static_cast<uint32_t>(list.items.size());
        list.non_tokens.push_back(at);
        ast::element el;
        el.kind = Kind;
        el.where = {st.offset(start), st.offset(trim_back(start, first))};
        el.first_token = index;  // token_here() left `start` at its beginning
        el.first_capture = static_cast<uint32_t>(list.captures.size());
        if constexpr (ast::kind_in(Kind, ast::actor_kinds)) ++list.actors;
        if constexpr (ast::kind_in(Kind, ast::value_kinds)) ++list.values;
        if constexpr (ast::kind_in(Kind, ast::verb_kinds)) ++list.verbs;
        // The clause rules test the forms of relatives as of tokens.
        if constexpr (Kind == ast::element_kind::relative) {
            el.forms = st.facts[static_cast<std::size_t>(index)].clause_forms;
            if (el.forms & cf_et_ou) list.et_ou.push_back(at);
        }
        // Only the slots the rule touched differ from the element's empty ones. Slots an
        // optional part filled before failing further on lie outside the element: left empty.
        for (uint32_t bits = st.current_set; bits != 0; bits &= bits - 1) {
            const auto slot = static_cast<unsigned>(__builtin_ctz(bits));
            const ast::capture& c = st.current[slot];
            if (c.set() && (c.begin < el.where.begin || c.end > el.where.end)) continue;
            el.captured |= 1u << slot;
            list.captures.push_back(c);
        }
        list.items.push_back(el);
        return true;
    }
};

template <ast::element_kind Kind>
struct element_of {
    template <typename Subject>
    using type = element_directive<Kind, Subject>;
};

template <ast::element_kind Kind>
inline constexpr directive_gen<element_of<Kind>::template type> as{};

// The first of its element rules (element_directive) that reads at the current token, trying
// only those whose kind may start there (element_starts): an X3 alternative would
// skip space and find the token again for each of them.
template <typename... Elements>
struct element_choice : x3::parser<element_choice<Elements...>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    constexpr explicit element_choice(Elements const&... e) : elements(e...) {}
    std::tuple<Elements...> elements;

  private:
    // The rules are tried in order, four at a time: one test of the four kinds together skips
    // them all where none may start (most tokens that are not plain start one or two kinds).
    static constexpr std::size_t group = 4;

    template <std::size_t First, std::size_t... I, typename Iterator, typename Context,
              typename RContext>
    bool try_group(std::index_sequence<I...>, uint32_t starts, int32_t index, Iterator& first,
                   Iterator const& last, Context const& ctx, RContext& rctx) const {
        using all = std::tuple<Elements...>;
        constexpr uint32_t kinds = (std::tuple_element_t<First + I, all>::kind_bit | ...);
        if ((starts & kinds) == 0) return false;
        return (((starts & std::tuple_element_t<First + I, all>::kind_bit) != 0 &&
                 std::get<First + I>(elements).parse_at(index, first, last, ctx, rctx)) ||
                ...);
    }

    template <std::size_t... G, typename Iterator, typename Context, typename RContext>
    bool try_groups(uint32_t starts, int32_t index, Iterator& first, Iterator const& last,
                    Context const& ctx, RContext& rctx, std::index_sequence<G...>) const {
        constexpr std::size_t n = sizeof...(Elements);
        return (try_group<G * group>(
                    std::make_index_sequence<(n - G * group < group ? n - G * group : group)>{},
                    starts, index, first, last, ctx, rctx) ||
                ...);
    }

  public:

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx,
               Attribute&) const {
        const int32_t index = token_here(first, last, ctx);
        if (index < 0) return false;
        sentence_state& st = state(ctx);
        // Punctuation (is_punctuation, flagged by element_starts) is read as itself before any
        // rule is tried, and so is a token where no other element may start, or that no rule
        // reads.
        constexpr uint32_t token_bit = 1u << static_cast<unsigned>(ast::element_kind::token);
        auto plain = [](uint32_t starts) {
            return starts == token_bit || (starts & punctuation_start) != 0;
        };
        // Computed when the grammar reaches the token, unless the run below peeked at it.
        const uint32_t starts =
            index == st.held_starts_token ? st.held_starts : element_starts(st, index);
        if (!plain(starts) &&
            try_groups(starts, index, first, last, ctx, rctx,
                       std::make_index_sequence<(sizeof...(Elements) + group - 1) / group>{}))
            return true;
        // The token as itself, and so each following one that is plain too: the calls the
        // kleene star would make for them, each finding the next token after the last one's
        // end (token_here), made here in one loop.
        const char* const table_end = st.start + (st.table_size - 1);
        ast::element_list& list = *st.elements;
        auto k = static_cast<std::size_t>(index);
        for (;; ++k) {
            const token& t = st.token_data[k];
            list.add_token(t, static_cast<int32_t>(k), st.facts[k].clause_forms);
            if (k + 1 >= st.token_count) break;
            // A token outside the sentence's tables is left to token_here (when there is one).
            if (!st.tokens_inside) {
                const span next = st.token_data[k + 1].where;
                if (st.text + next.begin < st.start || st.text + next.end > table_end) break;
            }
            // The grammar reaches tokens in order: no one asked the next token's starts yet.
            // They are held only when it ends the run, for the call that reads it next.
            const uint32_t next_starts = element_starts(st, static_cast<int32_t>(k + 1));
            if (!plain(next_starts)) {
                st.held_starts_token = static_cast<int32_t>(k + 1);
                st.held_starts = next_starts;
                break;
            }
        }
        first = st.text + st.token_data[k].where.end;  // past the run's last token
        return true;
    }
};

}  // namespace precis::grammar::parser
