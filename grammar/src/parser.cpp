// parse(): text preparation, segmentation, tokens, the sentence grammar, clauses.
#include <algorithm>

#include "clauses.hpp"
#include "segment.hpp"
#include "work.hpp"
#include "x3/read.hpp"

namespace precis::grammar {

scratch::scratch() : impl_(std::make_unique<impl>()) {}
scratch::~scratch() = default;

namespace {

// The sentence to fill at `index`: an earlier document's or a spare one, emptied (its vectors
// keep their capacity), or a new one. Room for all was reserved: earlier sentences never move.
sentence& sentence_at(document& out, std::size_t index, scratch::impl& w) {
    if (index == out.sentences.size()) {
        if (w.spare_sentences.empty()) return out.sentences.emplace_back();
        out.sentences.push_back(std::move(w.spare_sentences.back()));
        w.spare_sentences.pop_back();
    }
    sentence& s = out.sentences[index];
    s.quality = read_quality::chunks;
    s.tokens.clear();
    s.actors.clear();
    s.values.clear();
    w.clauses.recycle(s.clauses);
    return s;
}

bool fill(std::string_view input, const vocabulary& vocab, const lexicon& lex,
          const parse_options& options, scratch& work, document& out, parse_error& err) {
    err = parse_error{};
    scratch::impl& w = work.get();
    if (!prepare_text(input, w, out.text, out.to_source, err)) return false;

    w.raws.clear();
    split_sentences(out.text, vocab, options.bounds, w.raws);
    if (w.raws.size() > options.bounds.max_sentences) {
        err = {parse_error::code::limit_exceeded, input.size(),
               "more than " + std::to_string(options.bounds.max_sentences) + " sentences"};
        return false;
    }

    date_context dates;
    if (!options.anchor_date.empty()) dates.option_anchor = parse_iso_date(options.anchor_date);

    form_cache& forms = form_cache::of_thread(lex, vocab);
    // The token lemmas view the lexicon's answers, kept alive with the document, and bytes of
    // its own: those of the last parse are reused unless a copy of the document still views
    // them.
    out.lexicon_answers = lex.kept_answers();
    if (out.lemmas == nullptr || out.lemmas.use_count() > 1) {
        out.lemmas = std::make_shared<lemma_bytes>();
    } else {
        out.lemmas->clear();
    }
    out.sentences.reserve(w.raws.size());
    for (std::size_t i = 0; i < w.raws.size(); ++i) {
        const raw_sentence& raw = w.raws[i];
        sentence& s = sentence_at(out, i, w);
        s.where = raw.where;
        s.paragraph = raw.paragraph;
        s.heading = raw.heading;
        w.verb_lemmas.clear();  // the views and facts are rewritten for the new tokens
        tokenize(out.text, raw.where, forms, *out.lemmas, s.tokens, w.verb_lemmas,
                 w.sentence.facts);
        // Deeper nesting than the grammar allows is read token by token (chunks).
        const bool grammar_ran = raw.max_depth <= options.bounds.max_nesting;
        bool read_all = false;
        w.elements.clear();
        if (grammar_ran) {
            read_all =
                read_elements(out.text, raw.where, vocab, s.tokens, w.verb_lemmas, w.sentence,
                              w.elements);
        } else {
            for (std::size_t t = 0; t < s.tokens.size(); ++t) {
                w.elements.add_token(s.tokens[t], static_cast<int32_t>(t),
                                     w.sentence.facts[t].clause_forms);
            }
        }
        build_sentence(out.text, vocab, w.verb_lemmas, w.sentence.facts, w.elements, grammar_ran,
                       read_all, i == 0, dates, w.clauses, s);
    }
    // A reused document may hold more sentences than this text has: kept aside for the next.
    for (std::size_t i = w.raws.size(); i < out.sentences.size(); ++i) {
        if (w.spare_sentences.size() >= scratch::impl::k_spare_sentences) break;
        if (out.sentences[i].tokens.capacity() <= scratch::impl::k_spare_tokens)
            w.spare_sentences.push_back(std::move(out.sentences[i]));
    }
    out.sentences.erase(out.sentences.begin() + static_cast<std::ptrdiff_t>(w.raws.size()),
                        out.sentences.end());
    if (auto anchor = dates.anchor()) out.anchor_date = iso(*anchor);
    return true;
}

}  // namespace

bool parse(std::string_view input, const vocabulary& vocab, const lexicon& lex,
           const parse_options& options, scratch& work, document& out, parse_error& err) {
    out = document{};
    return fill(input, vocab, lex, options, work, out, err);
}

bool parse(std::string_view input, const vocabulary& vocab, const lexicon& lex,
           const parse_options& options, scratch& work, document& out, parse_error& err,
           reuse_storage_t) {
    out.anchor_date.clear();
    return fill(input, vocab, lex, options, work, out, err);
}

void accumulate(const document& doc, parse_stats& stats) {
    stats.bytes += doc.text.size();
    for (const sentence& s : doc.sentences) {
        ++stats.sentences;
        switch (s.quality) {
            case read_quality::full:
                ++stats.full;
                break;
            case read_quality::partial:
                ++stats.partial;
                break;
            case read_quality::chunks:
                ++stats.chunks;
                break;
        }
    }
}

}  // namespace precis::grammar
