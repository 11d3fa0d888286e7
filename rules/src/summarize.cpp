// Interim selection: the first full sentence, cut to the pack's headline length.
#include <sstream>

#include "rule_set_impl.hpp"

namespace precis::rules {

summary summarize_document(const rule_set::impl& rules, const grammar::document& doc,
                           const summarize_options& options) {
    summary out;
    for (const auto& s : doc.sentences) {
        if (s.heading) continue;
        std::istringstream words{std::string(doc.slice(s.where))};
        std::string w, line;
        for (int n = 0; n < rules.options.headline_max_words && words >> w; ++n) {
            line += (line.empty() ? "" : " ") + w;
        }
        out.headline_fr = line;
        out.summary_fr.push_back(std::string(doc.slice(s.where)));
        if (options.trace) out.trace.push_back({"lead_sentence", s.where, 1.0, "selected"});
        break;
    }
    return out;
}

}  // namespace precis::rules
