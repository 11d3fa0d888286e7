// `precis eval`: ROUGE of the engine's headlines and summaries against a corpus, with the
// Lead-1 baselines in the same run, and optionally two packs side by side.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>

#include "commands.hpp"
#include "rouge.hpp"

namespace precis::cli {

using json = nlohmann::ordered_json;
using scoring::rouge_f1;

namespace {

constexpr auto dump_mode = json::error_handler_t::replace;

// What one pack made of one article, scored.
struct scored {
    std::string headline_fr;
    bool failed = false, empty_fr = true, empty_en = true;
    std::size_t words = 0;
    rouge_f1 headline_fr_rouge, headline_en_rouge, summary_fr_rouge;
    std::string document;  // the result document with "id" first, for --out
};

// One corpus article as the workers hand it to the ordered sink: the scoring is done in the
// workers, the sink only adds up.
struct article {
    std::string id, reference;
    bool has_title_en = false, has_summary = false;
    rouge_f1 lead1, lead1cut12, lead1clean14;
    scored ours, theirs;
};

json f1_json(const rouge_f1& r) { return json::array({r.r1, r.r2, r.rl}); }
rouge_f1 f1_from(const json& j) {
    return {j.at(0).get<double>(), j.at(1).get<double>(), j.at(2).get<double>()};
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string joined(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    std::string out;
    if (!v.is_array()) return out;
    for (const auto& s : v) {
        if (!s.is_string()) continue;
        if (!out.empty()) out += ' ';
        out += s.get<std::string>();
    }
    return out;
}

std::string text_field(const json& row, const char* key) {
    const auto it = row.find(key);
    return it != row.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string id_text(const json& id) { return id.is_string() ? id.get<std::string>() : id.dump(); }

scored summarize_and_score(const engine& eng, const json& id, const json& row,
                           const std::string& reference) {
    scored s;
    const result r = eng.summarize(text_field(row, "text"));
    json doc = r ? json::parse(r.json(), nullptr, false) : json();
    std::string headline_en, summary_fr;
    if (!r || r.status() != 0 || !doc.is_object()) {
        s.failed = true;
        doc = {{"status", "error"}};
    } else {
        if (doc["headline"].is_object()) {
            s.headline_fr = doc["headline"].value("fr", "");
            headline_en = doc["headline"].value("en", "");
        }
        if (doc["summary"].is_object()) summary_fr = joined(doc["summary"].value("fr", json()));
    }
    const auto candidate = scoring::tokens(s.headline_fr);
    s.words = candidate.size();
    s.empty_fr = blank(s.headline_fr);
    s.empty_en = blank(headline_en);
    s.headline_fr_rouge = scoring::rouge(candidate, scoring::tokens(reference));
    if (const std::string en = text_field(row, "title_en"); !en.empty()) {
        s.headline_en_rouge = scoring::rouge(headline_en, en);
    }
    if (const std::string sum = text_field(row, "summary"); !sum.empty()) {
        s.summary_fr_rouge = scoring::rouge(summary_fr, sum);
    }
    json rec = {{"id", id}};
    for (auto& [k, v] : doc.items()) rec[k] = std::move(v);
    s.document = rec.dump(-1, ' ', false, dump_mode);
    return s;
}

json scored_json(const scored& s) {
    return {{"fr", s.headline_fr},
            {"failed", s.failed},
            {"empty_fr", s.empty_fr},
            {"empty_en", s.empty_en},
            {"words", s.words},
            {"hfr", f1_json(s.headline_fr_rouge)},
            {"hen", f1_json(s.headline_en_rouge)},
            {"sfr", f1_json(s.summary_fr_rouge)},
            {"document", s.document}};
}

scored scored_from(const json& j) {
    scored s;
    s.headline_fr = j.at("fr").get<std::string>();
    s.failed = j.at("failed").get<bool>();
    s.empty_fr = j.at("empty_fr").get<bool>();
    s.empty_en = j.at("empty_en").get<bool>();
    s.words = j.at("words").get<std::size_t>();
    s.headline_fr_rouge = f1_from(j.at("hfr"));
    s.headline_en_rouge = f1_from(j.at("hen"));
    s.summary_fr_rouge = f1_from(j.at("sfr"));
    s.document = j.at("document").get<std::string>();
    return s;
}

std::string encode(const article& a) {
    const json j = {{"id", a.id},
                    {"reference", a.reference},
                    {"has_title_en", a.has_title_en},
                    {"has_summary", a.has_summary},
                    {"lead1", f1_json(a.lead1)},
                    {"lead1cut12", f1_json(a.lead1cut12)},
                    {"lead1clean14", f1_json(a.lead1clean14)},
                    {"ours", scored_json(a.ours)},
                    {"theirs", scored_json(a.theirs)}};
    return j.dump(-1, ' ', false, dump_mode);
}

article decode(const std::string& line) {
    const json j = json::parse(line);
    article a;
    a.id = j.at("id").get<std::string>();
    a.reference = j.at("reference").get<std::string>();
    a.has_title_en = j.at("has_title_en").get<bool>();
    a.has_summary = j.at("has_summary").get<bool>();
    a.lead1 = f1_from(j.at("lead1"));
    a.lead1cut12 = f1_from(j.at("lead1cut12"));
    a.lead1clean14 = f1_from(j.at("lead1clean14"));
    a.ours = scored_from(j.at("ours"));
    a.theirs = scored_from(j.at("theirs"));
    return a;
}

// Means of F1 scores over the rows that have a reference, as score.py's score_pairs.
class mean_rouge final {
  public:
    void add(const rouge_f1& r) {
        sum_.r1 += r.r1;
        sum_.r2 += r.r2;
        sum_.rl += r.rl;
        ++n_;
    }
    std::size_t count() const { return n_; }
    rouge_f1 percent() const {
        if (n_ == 0) return {};
        const double k = 100.0 / static_cast<double>(n_);
        return {sum_.r1 * k, sum_.r2 * k, sum_.rl * k};
    }

  private:
    rouge_f1 sum_;
    std::size_t n_ = 0;
};

// The figures of one pack over the corpus, named as score.py names them.
struct pack_report {
    mean_rouge headline_fr, headline_en, summary_fr;
    std::size_t words = 0, empty_fr = 0, empty_en = 0, errors = 0, n = 0;

    void add(const article& a, const scored& s) {
        ++n;
        errors += s.failed ? 1 : 0;
        empty_fr += s.empty_fr ? 1 : 0;
        empty_en += s.empty_en ? 1 : 0;
        words += s.words;
        headline_fr.add(s.headline_fr_rouge);
        if (a.has_title_en) headline_en.add(s.headline_en_rouge);
        if (a.has_summary) summary_fr.add(s.summary_fr_rouge);
    }
    double mean_words() const {
        return n ? static_cast<double>(words) / static_cast<double>(n) : 0.0;
    }
};

json rouge_json(const mean_rouge& m) { return f1_json(m.percent()); }

json report_json(const pack_report& r) {
    json j;
    j["headline_fr_rouge"] = rouge_json(r.headline_fr);
    j["headline_fr_words"] = r.mean_words();
    if (r.headline_en.count() > 0) j["headline_en_rouge"] = rouge_json(r.headline_en);
    if (r.summary_fr.count() > 0) j["summary_fr_rouge"] = rouge_json(r.summary_fr);
    j["empty_fr"] = r.empty_fr;
    j["empty_en"] = r.empty_en;
    j["errors"] = r.errors;
    j["n"] = r.n;
    return j;
}

std::string rouge_text(const rouge_f1& p) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "R1 %.2f  R2 %.2f  RL %.2f", p.r1, p.r2, p.rl);
    return buf;
}

std::string change_text(const rouge_f1& after, const rouge_f1& before) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "R1 %+.2f  R2 %+.2f  RL %+.2f", after.r1 - before.r1,
                  after.r2 - before.r2, after.rl - before.rl);
    return buf;
}

// Counts the articles and tells whether titles carry a "Lieu : " prefix. score.py strips the
// prefix from every title as soon as one id is a French Wikinews one; eval does the same so
// that the two print the same figures.
struct corpus_scan {
    std::size_t articles = 0;
    bool strip_place = false;
};

corpus_scan scan_corpus(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    corpus_scan scan;
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        if (blank(line)) continue;
        const json row = json::parse(line, nullptr, false);
        if (!row.is_object() || !row.contains("text") || !row.contains("title")) {
            throw std::runtime_error(path + ":" + std::to_string(n) +
                                     ": not a JSON object with \"title\" and \"text\"");
        }
        ++scan.articles;
        if (id_text(row.value("id", json())).rfind("frwikinews", 0) == 0) scan.strip_place = true;
    }
    return scan;
}

// A bar on stderr, only when stderr is a terminal (logs and pipes get no control codes).
// Workers call step() as they finish articles (the ordered sink only sees whole blocks).
class progress_bar final {
  public:
    explicit progress_bar(std::size_t total) : total_(total), on_(isatty(STDERR_FILENO) != 0) {}
    ~progress_bar() {
        if (on_ && done_ > 0) std::cerr << "\r\033[K" << std::flush;
    }
    progress_bar(const progress_bar&) = delete;  // owns the terminal line
    progress_bar& operator=(const progress_bar&) = delete;

    void step() {
        const std::size_t done = ++done_;
        if (!on_ || total_ == 0 || (done % 10 != 0 && done != total_)) return;
        constexpr std::size_t width = 40;
        const std::size_t filled = std::min(done, total_) * width / total_;
        std::lock_guard<std::mutex> lock(draw_);
        std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, '.') << "] "
                  << done << '/' << total_ << std::flush;
    }

  private:
    std::size_t total_;
    std::atomic<std::size_t> done_{0};
    bool on_;
    std::mutex draw_;
};

// One changed headline and what the change did to its ROUGE-L F1.
struct change {
    std::string id, reference, before, after;
    double delta = 0.0;  // percentage points, --rules minus --against
};

void print_changes(const std::vector<change>& changes, std::size_t show) {
    std::vector<const change*> gains, losses;
    for (const auto& c : changes) {
        if (c.delta > 0.0) gains.push_back(&c);
        if (c.delta < 0.0) losses.push_back(&c);
    }
    std::stable_sort(gains.begin(), gains.end(),
                     [](auto* a, auto* b) { return a->delta > b->delta; });
    std::stable_sort(losses.begin(), losses.end(),
                     [](auto* a, auto* b) { return a->delta < b->delta; });
    std::printf("\nheadlines changed: %zu (better %zu, worse %zu, same ROUGE-L %zu)\n",
                changes.size(), gains.size(), losses.size(),
                changes.size() - gains.size() - losses.size());
    auto list = [&](const char* heading, const std::vector<const change*>& rows) {
        if (rows.empty()) return;
        std::printf("\n%s (ROUGE-L F1 of headline.fr, points):\n", heading);
        for (std::size_t i = 0; i < rows.size() && i < show; ++i) {
            const change& c = *rows[i];
            std::printf(
                "%+7.1f  %s\n         title:   %s\n         against: %s\n"
                "         rules:   %s\n",
                c.delta, c.id.c_str(), c.reference.c_str(), c.before.c_str(), c.after.c_str());
        }
    };
    list("best gains", gains);
    list("worst losses", losses);
}

void print_single(const pack_report& r) {
    std::printf("headline_fr_rouge: %s\n", rouge_text(r.headline_fr.percent()).c_str());
    std::printf("headline_fr_words: %.1f\n", r.mean_words());
    if (r.headline_en.count() > 0) {
        std::printf("headline_en_rouge: %s  (%zu with title_en)\n",
                    rouge_text(r.headline_en.percent()).c_str(), r.headline_en.count());
    }
    if (r.summary_fr.count() > 0) {
        std::printf("summary_fr_rouge: %s  (%zu with summary)\n",
                    rouge_text(r.summary_fr.percent()).c_str(), r.summary_fr.count());
    }
    std::printf("empty_fr: %zu\nempty_en: %zu\nerrors: %zu\n", r.empty_fr, r.empty_en, r.errors);
}

void print_side_by_side(const pack_report& ours, const pack_report& theirs) {
    std::printf("%-19s %-30s %-30s %s\n", "", "rules", "against", "change");
    auto row = [](const char* name, const mean_rouge& a, const mean_rouge& b) {
        if (a.count() == 0) return;
        std::printf("%-19s %-30s %-30s %s\n", name, rouge_text(a.percent()).c_str(),
                    rouge_text(b.percent()).c_str(), change_text(a.percent(), b.percent()).c_str());
    };
    row("headline_fr_rouge", ours.headline_fr, theirs.headline_fr);
    row("headline_en_rouge", ours.headline_en, theirs.headline_en);
    row("summary_fr_rouge", ours.summary_fr, theirs.summary_fr);
    std::printf("%-19s %-30.1f %-30.1f %+.1f\n", "headline_fr_words", ours.mean_words(),
                theirs.mean_words(), ours.mean_words() - theirs.mean_words());
    for (auto [name, a, b] : {std::tuple{"empty_fr", ours.empty_fr, theirs.empty_fr},
                              {"empty_en", ours.empty_en, theirs.empty_en},
                              {"errors", ours.errors, theirs.errors}}) {
        std::printf("%-19s %-30zu %-30zu %+lld\n", name, a, b,
                    static_cast<long long>(a) - static_cast<long long>(b));
    }
}

}  // namespace

int run_eval(const precis_api& api, const eval_options& opts) {
    const corpus_scan scan = scan_corpus(opts.corpus);
    const engine eng(api, opts.rules);
    std::optional<engine> baseline;
    if (!opts.against.empty()) baseline.emplace(api, opts.against);
    std::ofstream out;
    if (!opts.out.empty()) {
        out.open(opts.out, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + opts.out);
    }

    pack_report ours, theirs;
    mean_rouge lead1, lead1cut12, lead1clean14;
    std::vector<change> changes;
    progress_bar bar(scan.articles);
    for_each_line_ordered(
        {opts.corpus, opts.threads},
        [&](std::size_t index, const std::string& line) -> std::string {
            const json row = json::parse(line, nullptr, false);
            if (!row.is_object()) return {};  // a blank line: scan_corpus refused the rest
            const json id = row.value("id", json(static_cast<long long>(index + 1)));
            article a;
            a.id = id_text(id);
            const std::string title = text_field(row, "title");
            a.reference = scan.strip_place ? scoring::strip_place_prefix(title) : title;
            a.has_title_en = !text_field(row, "title_en").empty();
            a.has_summary = !text_field(row, "summary").empty();
            const std::string text = text_field(row, "text");
            const auto ref = scoring::tokens(a.reference);
            const std::string lead = scoring::lead1(text);
            a.lead1 = scoring::rouge(scoring::tokens(lead), ref);
            a.lead1cut12 = scoring::rouge(scoring::tokens(scoring::first_words(lead, 12)), ref);
            a.lead1clean14 = scoring::rouge(scoring::tokens(scoring::lead1_clean(text)), ref);
            a.ours = summarize_and_score(eng, id, row, a.reference);
            if (baseline) a.theirs = summarize_and_score(*baseline, id, row, a.reference);
            bar.step();
            return encode(a);
        },
        [&](std::size_t, std::string&& encoded) {
            if (encoded.empty()) return;
            const article a = decode(encoded);
            ours.add(a, a.ours);
            lead1.add(a.lead1);
            lead1cut12.add(a.lead1cut12);
            lead1clean14.add(a.lead1clean14);
            if (baseline) {
                theirs.add(a, a.theirs);
                if (a.ours.headline_fr != a.theirs.headline_fr) {
                    changes.push_back(
                        {a.id, a.reference, a.theirs.headline_fr, a.ours.headline_fr,
                         100.0 * (a.ours.headline_fr_rouge.rl - a.theirs.headline_fr_rouge.rl)});
                }
            }
            if (out.is_open()) out << a.ours.document << '\n';
        });
    if (out.is_open()) {
        out.flush();
        if (!out) throw std::runtime_error("write failed: " + opts.out);
    }

    if (opts.json) {
        json report = report_json(ours);
        report["lead1_fr_rouge"] = rouge_json(lead1);
        report["lead1cut12_fr_rouge"] = rouge_json(lead1cut12);
        report["lead1clean14_fr_rouge"] = rouge_json(lead1clean14);
        if (baseline) {
            report["against"] = report_json(theirs);
            json rows = json::array();
            for (const auto& c : changes) {
                rows.push_back({{"id", c.id},
                                {"title", c.reference},
                                {"against", c.before},
                                {"rules", c.after},
                                {"rouge_l_change", c.delta}});
            }
            report["changed"] = std::move(rows);
        }
        std::cout << report.dump(-1, ' ', false, dump_mode) << '\n';
        return 0;
    }
    std::printf("corpus: %s (%zu articles%s)\n", opts.corpus.c_str(), ours.n,
                scan.strip_place ? ", titles without their \"Lieu : \" prefix" : "");
    std::printf("rules: %s\n", opts.rules.empty() ? "embedded" : opts.rules.c_str());
    if (baseline) {
        std::printf("against: %s\n\n", opts.against.c_str());
        print_side_by_side(ours, theirs);
    } else {
        print_single(ours);
    }
    std::printf("lead1_fr_rouge: %s\n", rouge_text(lead1.percent()).c_str());
    std::printf("lead1cut12_fr_rouge: %s\n", rouge_text(lead1cut12.percent()).c_str());
    std::printf("lead1clean14_fr_rouge: %s\n", rouge_text(lead1clean14.percent()).c_str());
    if (baseline) print_changes(changes, opts.show);
    std::fflush(stdout);
    return 0;
}

}  // namespace precis::cli
