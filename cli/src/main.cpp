// `precis`: the command-line host. It loads libprecis.so through the C ABI only.
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "serve.hpp"

namespace precis::cli {

std::string read_input(const std::string& path) {
    if (path.empty() || path == "-") {
        return std::string(std::istreambuf_iterator<char>(std::cin), {});
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

namespace {

int run_summarize(const precis_api& api, const std::string& input, const std::string& rules,
                  const std::string& date, bool headline_only) {
    const engine eng(api, rules);
    std::string options;
    if (!date.empty()) options = "{\"date\":\"" + date + "\"}";
    const result r = eng.summarize(read_input(input), options);
    if (headline_only && r.status() == 0) {
        const auto doc = nlohmann::json::parse(r.json());
        std::cout << "FR: " << doc["headline"]["fr"].get<std::string>() << '\n'
                  << "EN: " << doc["headline"]["en"].get<std::string>() << '\n';
        return 0;
    }
    std::cout << r.json() << '\n';
    if (r.status() != 0) {
        std::cerr << "precis: summarize failed (status " << r.status() << ")\n";
        return 1;
    }
    return 0;
}

int run_lint(const precis_api& api, const std::string& dir) {
    const result r(api, api.rules_check(dir.data(), dir.size()));
    const auto doc = nlohmann::json::parse(r.json());
    for (const auto& d : doc.at("diagnostics")) {
        std::cout << d.at("text").get<std::string>() << '\n';
    }
    if (r.status() != 0) {
        std::cerr << "precis: " << doc.at("diagnostics").size() << " problem(s) in " << dir << '\n';
        return 1;
    }
    std::cerr << "precis: " << dir << ": no problems\n";
    return 0;
}

}  // namespace
}  // namespace precis::cli

int main(int argc, char** argv) {
    using namespace precis::cli;
    CLI::App app{"precis: French news to French and English headline summaries"};
    app.require_subcommand(1);
    app.set_version_flag("--version", [] { return std::string(precis_api::load().version()); });

    std::string input, rules, date;
    bool headline_only = false;
    auto* summarize = app.add_subcommand("summarize", "Summarise one article (FILE or - for stdin)");
    summarize->add_option("input", input, "Article file, or - for standard input");
    summarize->add_option("--rules", rules, "Rule pack directory (default: embedded fr-news)");
    summarize->add_option("--date", date, "Anchor date YYYY-MM-DD for relative dates");
    summarize->add_flag("--headline", headline_only, "Print the FR and EN headlines only");

    batch_options batch;
    auto* batch_cmd = app.add_subcommand("batch", "Summarise a JSONL file of {id, text} lines");
    batch_cmd->add_option("--in", batch.in, "Input JSONL")->required();
    batch_cmd->add_option("--out", batch.out, "Output JSONL")->required();
    batch_cmd->add_option("--rules", batch.rules, "Rule pack directory");
    batch_cmd->add_option("--threads", batch.threads, "Worker threads (default: hardware threads)");

    parse_options parse;
    auto* parse_cmd = app.add_subcommand("parse", "Print the clause tree, or read-quality stats");
    parse_cmd->add_option("input", parse.input, "Article file, or - for standard input");
    parse_cmd->add_option("--rules", parse.rules, "Rule pack directory");
    parse_cmd->add_flag("--stats", parse.stats, "Count sentences read fully / partly / in chunks");
    parse_cmd->add_option("--corpus", parse.corpus, "JSONL corpus for --stats");

    eval_options eval;
    auto* eval_cmd = app.add_subcommand("eval", "Score headlines against a corpus's titles (ROUGE)");
    eval_cmd->add_option("--corpus", eval.corpus, "Corpus JSONL (id, title, text; summary, title_en)")
        ->required();
    eval_cmd->add_option("--rules", eval.rules, "Rule pack directory (default: embedded fr-news)");
    eval_cmd->add_option("--against", eval.against, "A second pack to compare with, side by side");
    eval_cmd->add_option("--out", eval.out, "Write each article's result document here (JSONL)");
    eval_cmd->add_option("--threads", eval.threads, "Worker threads (default: hardware threads)");
    eval_cmd->add_option("--show", eval.show, "Changed headlines listed per direction (default 10)");
    eval_cmd->add_flag("--json", eval.json, "Print the figures as one JSON object");

    explain_options explain;
    auto* explain_cmd = app.add_subcommand("explain", "Show how one article's headline was built");
    explain_cmd->add_option("input", explain.input, "Article file, or - for standard input");
    explain_cmd->add_option("--rules", explain.rules, "Rule pack directory");
    explain_cmd->add_option("--html", explain.html, "Also write a self-contained HTML view here");
    explain_cmd->add_option("--date", explain.date, "Anchor date YYYY-MM-DD for relative dates");

    std::string lint_dir;
    auto* rules_cmd = app.add_subcommand("rules", "Rule pack tools");
    rules_cmd->require_subcommand(1);
    auto* lint = rules_cmd->add_subcommand("lint", "Check a rule pack; every problem as file:line:col");
    lint->add_option("dir", lint_dir, "Rule pack directory")->required();

    serve_options serve;
    auto* serve_cmd = app.add_subcommand("serve", "HTTP service on loopback: /summarize, /reload, "
                                                  "/health, /metrics");
    add_serve_options(*serve_cmd, serve);

    CLI11_PARSE(app, argc, argv);
    try {
        const precis_api& api = precis_api::load();
        if (*summarize) return run_summarize(api, input, rules, date, headline_only);
        if (*batch_cmd) return run_batch(api, batch);
        if (*parse_cmd) return run_parse(api, parse);
        if (*lint) return run_lint(api, lint_dir);
        if (*eval_cmd) return run_eval(api, eval);
        if (*explain_cmd) return run_explain(api, explain);
        if (*serve_cmd) return run_serve(api, serve);
    } catch (const std::exception& e) {
        std::cerr << "precis: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
