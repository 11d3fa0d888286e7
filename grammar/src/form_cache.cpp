#include "form_cache.hpp"

#include <algorithm>
#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "precis/grammar/prefault.hpp"
#include "vocab_impl.hpp"
#include "vocab_lookup.hpp"

namespace precis::grammar {

static_assert(sizeof(form_cache::slot) == 48);
static_assert(std::is_trivially_destructible_v<form_cache::slot>);  // (its bytes are let go as they are)

// The slots' pages made present at once before they are written: constructing them page by
// page took a page fault a page (about a millisecond of a cold start's first summary).
form_cache::form_cache() {
    constexpr std::size_t count = ways * set_count;
    std::unique_ptr<std::byte[]> bytes(new std::byte[count * sizeof(slot)]);
    prefault(bytes.get(), count * sizeof(slot));
    for (std::size_t k = 0; k < count; ++k) new (bytes.get() + k * sizeof(slot)) slot();
    bytes_ = std::move(bytes);
    slots_ = std::launder(reinterpret_cast<slot*>(bytes_.get()));
}
form_cache::~form_cache() = default;

form_cache& form_cache::of_thread(const lexicon& lex, const vocabulary& vocab) {
    thread_local form_cache cache;
    cache.lex_ = &lex;
    cache.vocab_ = &vocab;
    cache.set_generation(lex.id(), vocab.get().id, static_cast<uint32_t>(vocab.get().count));
    return cache;
}

void form_cache::set_generation(uint64_t lexicon_id, uint64_t vocab_id, uint32_t vocab_size) {
    for (const reader& r : readers_) {
        if (r.generation != 0 && r.lexicon_id == lexicon_id && r.vocab_id == vocab_id &&
            r.vocab_size == vocab_size) {
            generation_ = r.generation;
            return;
        }
    }
    // Ids are never reused, so a generation stays valid while its slots last; when the
    // numbers run out, every slot is emptied and they start again.
    if (last_generation_ == UINT16_MAX) {
        for (std::size_t k = 0; k < ways * set_count; ++k) slots_[k] = slot{};
        readers_ = {};
        last_generation_ = 0;
    }
    generation_ = ++last_generation_;
    readers_[next_reader_] = {lexicon_id, vocab_id, vocab_size, generation_};
    next_reader_ = (next_reader_ + 1) % readers_.size();
}

uint8_t clause_form_bits_of_longer(std::string_view f) {
    if (f.empty() || f.size() > 6) return 0;  // longer than every form below
    const char first = (f[0] >= 'A' && f[0] <= 'Z') ? static_cast<char>(f[0] - 'A' + 'a') : f[0];
    const std::string_view rest = f.substr(1);
    switch (first) {
        case ',':
            return rest.empty() ? cf_boundary | cf_comma : 0;
        case ';':
        case ':':
        case '-':
            return rest.empty() ? cf_boundary : 0;
        case '\xE2':  // – —
            return rest == "\x80\x93" || rest == "\x80\x94" ? cf_boundary : 0;
        case '\xC3':  // à
            return rest == "\xA0" ? cf_place : 0;
        case 'a':
            return rest == "u" || rest == "ux" ? cf_place : 0;
        case 'd':
            return rest == "ans" || rest == "epuis" ? cf_place : 0;
        case 'e':
            return rest == "t" ? cf_et_ou : rest == "n" ? cf_place : 0;
        case 'o':
            return rest == "u" ? cf_et_ou : 0;
        case 'q':
            return rest == "ue" || rest == "u\xE2\x80\x99" || rest == "u'" ? cf_que : 0;
        case 'v':
            return rest == "ers" ? cf_place : 0;
        default:
            return 0;
    }
}

namespace {

// The part of speech tokenize gives a token of the kind, whose word was analysed as `a` (null
// for an inverted subject, the one word the lexicon is not asked about).
uint32_t pos_of(token_kind kind, const lexicon::analysis* a) {
    if (kind == token_kind::number) return pos_number;
    if (kind != token_kind::word) return pos_none;
    return a != nullptr ? a->pos : pos_pronoun;
}

}  // namespace

uint8_t lemma_classes_of(std::string_view form, const lexicon::analysis& a,
                         const vocabulary& vocab) {
    const bool verb = (a.pos & pos_verb) != 0 || !a.verb_lemma.empty();
    const bool noun = (a.pos & pos_noun) != 0;
    if (!verb && !noun) return 0;
    auto bit = [](uint32_t classes, term_class c) {
        return (classes & (1u << static_cast<unsigned>(c))) != 0;
    };
    // The token's lemma as tokenize writes it, asked about only when some reading needs it.
    uint32_t lemma_classes = 0;
    if (noun || a.verb_lemma.empty()) {
        lemma_classes = a.lemma.empty() ? term_classes(vocab, lower_all(form))
                                        : term_classes(vocab, a.lemma);
    }
    uint8_t out = 0;
    if (noun) {
        out |= lc_noun_known;
        if (bit(lemma_classes, term_class::event_noun)) out |= lc_event_noun;
    }
    if (verb) {
        // The verb lemma as the clause builder reads it: the infinitive, else the lemma.
        const uint32_t classes =
            a.verb_lemma.empty() ? lemma_classes : term_classes(vocab, a.verb_lemma);
        out |= lc_verb_known;
        if (bit(classes, term_class::speech_verb)) out |= lc_speech_verb;
        if (bit(classes, term_class::event_verb)) out |= lc_event_verb;
        if (bit(classes, term_class::rare_verb)) out |= lc_rare_verb;
        if (modal_lemma(a.verb_lemma)) out |= lc_modal;
    }
    return out;
}

namespace {

// The form_*_letters bit of a form, if any (see lemma_fact).
uint8_t letters_of(std::string_view form) {
    const auto* p = reinterpret_cast<const unsigned char*>(form.data());
    const std::size_t n = form.size();
    auto lower = [](unsigned char c) { return c >= 'a' && c <= 'z'; };
    auto letter = [&](unsigned char c) { return lower(c) || (c >= 'A' && c <= 'Z'); };
    if (n == 0) return 0;
    if (std::all_of(p, p + n, lower)) return form_lower_letters;
    if (!letter(p[0])) return 0;
    // ASCII letters, and hyphens each between two of them
    bool ascii = true;
    for (std::size_t k = 1; k < n && ascii; ++k) {
        ascii = letter(p[k]) || (p[k] == '-' && k + 1 < n && letter(p[k + 1]));
    }
    if (ascii) return form_ascii_letters;
    if (!lower(p[0])) return 0;
    bool latin = false;
    for (std::size_t k = 1; k < n; ++k) {
        if (lower(p[k])) continue;
        // A two-byte letter of U+00C0-U+017F but × and ÷
        if (p[k] < 0xC3 || p[k] > 0xC5 || k + 1 >= n || (p[k + 1] & 0xC0) != 0x80 ||
            (p[k] == 0xC3 && (p[k + 1] == 0x97 || p[k + 1] == 0xB7))) {
            return 0;
        }
        latin = true;
        ++k;
    }
    return latin ? form_latin_letters : 0;  // (not all lower-case ASCII letters, as found above)
}

}  // namespace

uint8_t lemma_facts_of(std::string_view form, std::string_view lemma) {
    const uint8_t letters = letters_of(form);
    if (lemma.empty()) {
        // tokenize lowers the form (kept_lower): read here for an ASCII form only, which it
        // lowers byte by byte.
        if (form.empty()) return 0;
        for (const char c : form) {
            if (static_cast<unsigned char>(c) >= 0x80) return 0;
        }
        const char first = form[0];
        return lemma_facts_known | lemma_as_written | lemma_plain | letters |
               ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') ? lemma_lower_case : 0);
    }
    uint8_t out = lemma_facts_known | letters;
    if (lemma == form) {
        out |= lemma_as_written;
    } else if (lemma.size() == form.size()) {
        // "Le" -> "le": an ASCII form with its capitals lowered
        bool lowered = true;
        for (std::size_t k = 0; k < form.size() && lowered; ++k) {
            const auto c = static_cast<unsigned char>(form[k]);
            lowered = c < 0x80 && static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) == lemma[k];
        }
        if (lowered) out |= lemma_as_written;
    }
    // Lower case as ICU has it (a Latin-1 letter is lower case from U+00DF on).
    const auto b = static_cast<unsigned char>(lemma[0]);
    bool lower = false;
    if (b < 0x80) {
        lower = b >= 'a' && b <= 'z';
    } else {
        const auto* bytes = reinterpret_cast<const uint8_t*>(lemma.data());
        int32_t at = 0;
        UChar32 c = 0;
        U8_NEXT(bytes, at, static_cast<int32_t>(lemma.size()), c);
        lower = c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7 ? c >= 0xDF : c >= 0 && u_islower(c) != 0;
    }
    if (lower) out |= lemma_lower_case;
    if (std::all_of(lemma.begin(), lemma.end(), [](char ch) {
            const auto byte = static_cast<unsigned char>(ch);
            return byte < 0x80 && !(byte >= 'A' && byte <= 'Z');
        })) {
        out |= lemma_plain;
        if ((out & lemma_as_written) == 0 &&
            std::all_of(form.begin(), form.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            out |= lemma_other;
        }
    }
    return out;
}

form_reading form_cache::read_long(std::string_view form, token_kind kind, bool capitalised,
                                   bool ask_lexicon) {
    form_reading out;
    out.facts = facts_of_form(form, kind, capitalised, *vocab_);
    if (ask_lexicon) {
        out.analysis = &lex_->find(form, out.kept);
        out.facts.lemma_classes = lemma_classes_of(form, *out.analysis, *vocab_);
        out.facts.lemma_facts = lemma_facts_of(form, out.analysis->lemma);
    }
    out.facts.starts = starts_of_form(form, kind, capitalised, pos_of(kind, out.analysis),
                                      out.facts, *vocab_);
    return out;
}

namespace {

// Moves way `way` of `set` to the front, the ways before it one step back: slot by slot, each a
// copy of known size (a loop would become a call to memmove).
void to_front(form_cache::slot* set, std::size_t way) {
    if (way == 0) return;
    const form_cache::slot moved = set[way];
    if (way == 3) set[3] = set[2];
    if (way >= 2) set[2] = set[1];
    set[1] = set[0];
    set[0] = moved;
}

// Swaps way `way` (not the first) of `set` with the one before it.
void step_up(form_cache::slot* set, std::size_t way) {
    const form_cache::slot moved = set[way];
    set[way] = set[way - 1];
    set[way - 1] = moved;
}

}  // namespace

std::size_t form_cache::current_in(const slot* set) const {
    std::size_t n = 0;
    for (std::size_t way = 0; way < ways; ++way) n += set[way].generation == generation_ ? 1 : 0;
    return n;
}

form_reading form_cache::read_ways(slot* const set, slot* const other, std::string_view form,
                                   uint64_t bytes, token_kind kind, bool capitalised,
                                   bool ask_lexicon) {
    static_assert(ways == 4);
    // The common case kept lean: what read_set does for a form found with its answer (the
    // first two ways of the first set and the first of the second were read by read()).
    for (std::size_t way = 2; way < ways; ++way) {
        const slot& s = set[way];
        if (!holds(s, form, kind, bytes)) continue;
        if (ask_lexicon && s.analysis == nullptr)
            return read_set(set, other, form, kind, capitalised, ask_lexicon);
        step_up(set, way);
        const slot& moved = set[way - 1];
        return {ask_lexicon ? moved.analysis : nullptr, true, moved.facts};
    }
    if (other != set) {
        for (std::size_t way = 1; way < ways; ++way) {
            const slot& s = other[way];
            if (!holds(s, form, kind, bytes)) continue;
            if (ask_lexicon && s.analysis == nullptr) break;
            step_up(other, way);
            const slot& moved = other[way - 1];
            return {ask_lexicon ? moved.analysis : nullptr, true, moved.facts};
        }
    }
    return read_set(set, other, form, kind, capitalised, ask_lexicon);
}

form_reading form_cache::read_set(slot* set, slot* const other, std::string_view form,
                                  token_kind kind, bool capitalised, bool ask_lexicon) {
    form_reading out;
    // The way holding the form in either set; else the last way of the set holding fewer
    // current forms (the first set when even). Either moves to the front.
    std::size_t way = 0;
    bool found = false;
    for (slot* const candidate : {set, other}) {
        for (way = 0; way < ways && !holds(candidate[way], form, kind); ++way) {
        }
        if (way < ways) {
            set = candidate;
            found = true;
            break;
        }
    }
    if (!found) {
        if (other != set && current_in(other) < current_in(set)) set = other;
        way = ways - 1;
    }
    to_front(set, way);
    slot& s = set[0];
    if (!found) {
        s = slot{};
        s.generation = generation_;
        s.kind = kind;
        s.length = static_cast<uint8_t>(form.size());
        form.copy(s.key, form.size());
        s.facts = facts_of_form(form, kind, capitalised, *vocab_);
    }
    if (ask_lexicon) {
        if (s.analysis != nullptr) {
            out.analysis = s.analysis;
        } else {
            out.analysis = &lex_->find(form, out.kept);
            if (!found) s.facts.lemma_classes = lemma_classes_of(form, *out.analysis, *vocab_);
            s.facts.lemma_facts = lemma_facts_of(form, out.analysis->lemma);
            if (out.kept) s.analysis = out.analysis;
        }
    }
    if (!found) {
        s.facts.starts = starts_of_form(form, kind, capitalised, pos_of(kind, out.analysis),
                                        s.facts, *vocab_);
    }
    out.facts = s.facts;
    return out;
}

}  // namespace precis::grammar
