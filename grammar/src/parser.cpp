// Interim reader: line and sentence split only, until the X3 grammar lands.
#include "precis/grammar/parser.hpp"

#include <unicode/utf8.h>

#include <filesystem>
#include <map>

namespace precis::grammar {

struct vocabulary::impl {
    std::multimap<term_class, std::pair<std::string, std::string>> terms;
};
vocabulary::vocabulary() : impl_(std::make_unique<impl>()) {}
vocabulary::~vocabulary() = default;
void vocabulary::add(term_class cls, std::string_view phrase, std::string_view payload) {
    impl_->terms.emplace(cls, std::make_pair(std::string(phrase), std::string(payload)));
}
std::size_t vocabulary::size() const { return impl_->terms.size(); }

struct lexicon::impl {};
lexicon::lexicon(const std::string&) : impl_(std::make_unique<impl>()) {}
lexicon::~lexicon() = default;
bool lexicon::available() const { return false; }
lexicon::analysis lexicon::lookup(std::string_view word) const { return {pos_unknown, std::string(word)}; }
std::string lexicon::default_directory() {
    return std::filesystem::exists("/usr/share/hunspell/fr_FR.dic") ? "/usr/share/hunspell" : "";
}

struct scratch::impl {};
scratch::scratch() : impl_(std::make_unique<impl>()) {}
scratch::~scratch() = default;

bool parse(std::string_view input, const vocabulary&, const lexicon&, const parse_options&,
           scratch&, document& out, parse_error& err) {
    out = document{};
    for (int32_t i = 0; i < static_cast<int32_t>(input.size());) {
        UChar32 c;
        const int32_t at = i;
        U8_NEXT(input.data(), i, static_cast<int32_t>(input.size()), c);
        if (c < 0) {
            err.what = parse_error::code::invalid_utf8;
            err.offset = static_cast<std::size_t>(at);
            err.message = "invalid UTF-8 at byte " + std::to_string(at);
            return false;
        }
    }
    out.text = std::string(input);
    uint32_t paragraph = 0;
    std::size_t start = 0;
    auto flush = [&](std::size_t b, std::size_t e) {
        while (b < e && (out.text[b] == ' ' || out.text[b] == '\n')) ++b;
        while (e > b && (out.text[e - 1] == ' ' || out.text[e - 1] == '\n')) --e;
        if (e <= b) return;
        sentence s;
        s.where = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
        s.paragraph = paragraph;
        out.sentences.push_back(std::move(s));
    };
    for (std::size_t i = 0; i < out.text.size(); ++i) {
        const char c = out.text[i];
        if (c == '\n') {
            flush(start, i);
            start = i + 1;
            ++paragraph;
        } else if ((c == '.' || c == '!' || c == '?') && i + 1 < out.text.size() &&
                   out.text[i + 1] == ' ') {
            flush(start, i + 1);
            start = i + 1;
        }
    }
    flush(start, out.text.size());
    return true;
}

void accumulate(const document& doc, parse_stats& stats) {
    for (const auto& s : doc.sentences) {
        ++stats.sentences;
        stats.bytes += s.where.size();
        if (s.quality == read_quality::full) ++stats.full;
        else if (s.quality == read_quality::partial) ++stats.partial;
        else ++stats.chunks;
    }
}

}  // namespace precis::grammar
