// precis::grammar::parse on arbitrary UTF-8: the input is first made valid UTF-8 (each bad
// byte becomes U+FFFD) so that the fuzzer explores the grammar rather than the validator.
// The vocabulary is the default pack's. Checks the document's own invariants.
#include <unicode/utf8.h>

#include <cstdint>
#include <string>

#include "fuzz_checks.hpp"
#include "precis/grammar/parser.hpp"
#include "precis/rules/rules.hpp"

namespace {

std::string as_valid_utf8(const uint8_t* data, std::size_t size) {
    std::string out;
    out.reserve(size);
    const auto n = static_cast<int32_t>(size);
    for (int32_t i = 0; i < n;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(data, i, n, c);
        if (c < 0) {
            out += "\xEF\xBF\xBD";
        } else {
            out.append(reinterpret_cast<const char*>(data) + start,
                       static_cast<std::size_t>(i - start));
        }
    }
    return out;
}

void check_span(precis::grammar::span s, std::size_t len) {
    PRECIS_FUZZ_CHECK(s.begin <= s.end && s.end <= len);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    using namespace precis;
    static const auto loaded = rules::load(rules::embedded_pack());
    // The lexicon the engine uses: the compiled table (its case and elision reading included).
    static const grammar::lexicon lexicon =
        grammar::lexicon::compiled_available()
            ? grammar::lexicon(grammar::lexicon::compiled)
            : grammar::lexicon(grammar::lexicon::default_directory());
    static grammar::scratch work;
    PRECIS_FUZZ_CHECK(loaded.rules != nullptr);
    if (size > (256u << 10)) return -1;

    const std::string text = as_valid_utf8(data, size);
    grammar::parse_options options;
    // Inputs of odd length read under a sentence limit below -max_len, so that overlong runs
    // are cut (and tokens near a cut tested); the others under one that seldom cuts.
    options.bounds.max_sentence_bytes = size % 2 == 1 ? 16 + size % 241 : 4096;
    options.anchor_date = "2025-10-23";
    grammar::document doc;
    grammar::parse_error err;
    const bool ok =
        grammar::parse(text, loaded.rules->vocabulary(), lexicon, options, work, doc, err);
    // Valid UTF-8 within the limits always yields a document.
    PRECIS_FUZZ_CHECK(ok || err.what == grammar::parse_error::code::limit_exceeded);
    if (!ok) return 0;
    const std::size_t len = doc.text.size();
    PRECIS_FUZZ_CHECK(doc.to_source.empty() || doc.to_source.size() == len + 1);
    uint32_t previous_end = 0;
    for (const auto& s : doc.sentences) {
        check_span(s.where, len);
        PRECIS_FUZZ_CHECK(s.where.begin >= previous_end);
        previous_end = s.where.end;
        for (const auto& t : s.tokens) {
            check_span(t.where, len);
            PRECIS_FUZZ_CHECK(t.where.begin >= s.where.begin && t.where.end <= s.where.end);
        }
        for (const auto& a : s.actors) check_span(a.where, len);
        for (const auto& v : s.values) check_span(v.where, len);
        for (const auto& c : s.clauses) {
            check_span(c.where, len);
            PRECIS_FUZZ_CHECK(c.parent < static_cast<int32_t>(s.clauses.size()));
            PRECIS_FUZZ_CHECK(c.speaker < static_cast<int32_t>(s.actors.size()));
            for (uint32_t i : c.subjects) PRECIS_FUZZ_CHECK(i < s.actors.size());
            for (uint32_t i : c.objects) PRECIS_FUZZ_CHECK(i < s.actors.size());
            for (const auto& p : c.parts) check_span(p.where, len);
        }
    }
    for (std::size_t i = 0; i < doc.to_source.size(); ++i) {
        PRECIS_FUZZ_CHECK(doc.to_source[i] <= text.size());
    }
    return 0;
}
