#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "vocab_impl.hpp"

namespace precis::grammar {
namespace {

std::string map_first(std::string_view text, bool upper) {
    std::string out;
    if (text.empty()) return out;
    if (static_cast<unsigned char>(text[0]) < 0x80) {  // ASCII first letter: no ICU needed
        out.assign(text);
        const char c = out[0];
        if (upper && c >= 'a' && c <= 'z') out[0] = static_cast<char>(c - 'a' + 'A');
        if (!upper && c >= 'A' && c <= 'Z') out[0] = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
    if (c < 0) return std::string(text);
    const UChar32 mapped = upper ? u_toupper(c) : u_tolower(c);
    char buf[4];
    int32_t n = 0;
    UBool error = false;  // set by U8_APPEND on overflow, impossible with 4 bytes
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, mapped, error);
    (void)error;
    out.assign(buf, static_cast<std::size_t>(n));
    out.append(text.substr(static_cast<std::size_t>(i)));
    return out;
}

// Sets `bit` on the entry for `key`, storing the key once.
void add_bits(vocabulary::impl& vocab, vocabulary::impl::word_map& map, std::string_view key,
              uint32_t bit) {
    auto it = map.find(key);
    if (it == map.end()) it = map.emplace(vocab.intern(key), 0u).first;
    it->second |= bit;
}

}  // namespace

std::string lower_first(std::string_view text) { return map_first(text, false); }
std::string upper_first(std::string_view text) { return map_first(text, true); }

std::string lower_all(std::string_view text) {
    // The ASCII start of the text (most often all of it) copied at once and lowered in place.
    std::string out(text);
    std::size_t ascii = 0;
    for (; ascii < out.size(); ++ascii) {
        const auto b = static_cast<unsigned char>(out[ascii]);
        if (b >= 0x80) break;
        if (b >= 'A' && b <= 'Z') out[ascii] = static_cast<char>(b - 'A' + 'a');
    }
    if (ascii == out.size()) return out;
    out.resize(ascii);
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    for (auto i = static_cast<int32_t>(ascii); i < n;) {
        if (s[i] < 0x80) {
            const char ch = static_cast<char>(s[i++]);
            out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
            continue;
        }
        const int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) {
            out.append(text.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(i - at)));
            continue;
        }
        char buf[4];
        int32_t k = 0;
        UBool error = false;  // set by U8_APPEND on overflow, impossible with 4 bytes
        U8_APPEND(reinterpret_cast<uint8_t*>(buf), k, 4, u_tolower(c), error);
        (void)error;
        out.append(buf, static_cast<std::size_t>(k));
    }
    return out;
}

vocabulary::vocabulary() : impl_(std::make_unique<impl>()) {}
vocabulary::~vocabulary() = default;

void vocabulary::add(term_class cls, std::string_view phrase, std::string_view payload) {
    if (phrase.empty()) return;
    const auto index = static_cast<std::size_t>(cls);
    if (index >= term_class_count) return;
    const auto id = static_cast<uint32_t>(impl_->payloads.size());
    impl_->payloads.emplace_back(payload);
    const std::string lower = lower_first(phrase);
    const std::string upper = upper_first(phrase);
    // X3's add keeps the value of a phrase already in the table: the first id stays. (A form
    // the same as one before it, as most phrases are written with the first letter in lower
    // or upper case, would change nothing: it is not walked down the table again.)
    const std::string_view forms[] = {phrase, lower, upper};
    for (std::size_t f = 0; f < 3; ++f) {
        if (std::find(forms, forms + f, forms[f]) != forms + f) continue;
        impl_->tables[index].add(forms[f], id);
        impl_->add_key_start(index, forms[f]);
    }
    if (impl_->exact[index].count(lower) == 0) impl_->exact[index].emplace(impl_->intern(lower), id);
    // The first token as the tokenizer cuts it: up to a space, or an elision's apostrophe.
    std::size_t cut = lower.find(' ');
    for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
        const std::size_t at = lower.find(apostrophe);
        if (at != std::string::npos && at + apostrophe.size() < cut) cut = at + apostrophe.size();
    }
    add_bits(*impl_, impl_->first_words, std::string_view(lower).substr(0, cut), 1u << index);
    add_bits(*impl_, impl_->phrase_classes, lower, 1u << index);
    if (cls == term_class::abbreviation && phrase.find('.') != std::string_view::npos) {
        impl_->abbreviations.push_back(lower);
        if (upper != lower) impl_->abbreviations.push_back(upper);
        // The letters right before each stop ("M", "av", "J", "C"), to reject most stops fast.
        for (const std::string& form : {lower, upper}) {
            for (std::size_t dot = form.find('.'); dot != std::string::npos;
                 dot = form.find('.', dot + 1)) {
                std::size_t from = dot;
                while (from > 0 && form[from - 1] != '.' && form[from - 1] != ' ' &&
                       form[from - 1] != '-')
                    --from;
                impl_->abbreviation_stems.insert(form.substr(from, dot - from));
                impl_->longest_abbreviation_stem =
                    std::max(impl_->longest_abbreviation_stem, dot - from);
            }
        }
    }
    ++impl_->count;
}

void vocabulary::reserve(term_class cls, std::size_t phrases, std::size_t bytes) {
    const auto index = static_cast<std::size_t>(cls);
    if (index >= term_class_count) return;
    // A phrase is added as written and with its first letter in the other case, each byte of
    // a form at most one node (most phrases share their first bytes with others).
    impl_->tables[index].reserve_more(2 * bytes);
    reserve_more_of(impl_->payloads, phrases);
}

void vocabulary::shrink_to_fit() {
    for (auto& table : impl_->tables) table.shrink_to_fit();
    impl_->payloads.shrink_to_fit();
    impl_->abbreviations.shrink_to_fit();
}

std::size_t vocabulary::size() const { return impl_->count; }

const std::string* find_term(const vocabulary& vocab, term_class cls, std::string_view phrase) {
    const auto& map = vocab.get().exact[static_cast<std::size_t>(cls)];
    if (map.empty()) return nullptr;
    char buffer[64];
    std::string storage;
    auto it = map.find(fold_first(phrase, buffer, storage));
    if (it == map.end()) return nullptr;
    return &vocab.get().payloads[it->second];
}

uint32_t term_classes(const vocabulary& vocab, std::string_view phrase) {
    // phrase_classes is keyed as `exact` is (the phrase with its first letter lowered) and has
    // the bit of every class whose `exact` map holds the key.
    const auto& map = vocab.get().phrase_classes;
    if (map.empty()) return 0;
    char buffer[64];
    std::string storage;
    auto it = map.find(fold_first(phrase, buffer, storage));
    return it == map.end() ? 0 : it->second;
}

const std::vector<std::string>& abbreviations(const vocabulary& vocab) {
    return vocab.get().abbreviations;
}

bool abbreviation_stem(const vocabulary& vocab, std::string_view letters) {
    // Most words before a stop are longer than every stem: no string made, no look-up.
    if (letters.size() > vocab.get().longest_abbreviation_stem) return false;
    const auto& stems = vocab.get().abbreviation_stems;
    return stems.count(std::string(letters)) > 0;
}

}  // namespace precis::grammar

namespace precis::grammar {
const std::string& payload_of(const vocabulary& vocab, int32_t id) {
    static const std::string none;
    const auto& payloads = vocab.get().payloads;
    if (id < 0 || static_cast<std::size_t>(id) >= payloads.size()) return none;
    return payloads[static_cast<std::size_t>(id)];
}
bool term_class_named(std::string_view name, term_class& out) {
    static const std::pair<std::string_view, term_class> classes[] = {
        {"abbreviation", term_class::abbreviation},
        {"title", term_class::title},
        {"nationality", term_class::nationality},
        {"country", term_class::country},
        {"institution", term_class::institution},
        {"speech_verb", term_class::speech_verb},
        {"event_verb", term_class::event_verb},
        {"event_noun", term_class::event_noun},
        {"purpose_marker", term_class::purpose_marker},
        {"subordinator", term_class::subordinator},
        {"time_word", term_class::time_word},
        {"month", term_class::month},
        {"weekday", term_class::weekday},
        {"currency", term_class::currency},
        {"magnitude", term_class::magnitude},
        {"approximation", term_class::approximation},
        {"attribution", term_class::attribution},
        {"collective", term_class::collective},
        {"rare_verb", term_class::rare_verb},
    };
    for (const auto& [n, cls] : classes) {
        if (n == name) {
            out = cls;
            return true;
        }
    }
    return false;
}

}  // namespace precis::grammar
