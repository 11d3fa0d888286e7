// The subcommands of `precis`. Each returns the process exit status.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "plugin_api.hpp"

namespace precis::cli {

// Reads a whole file, or standard input for "-" or "". Throws std::runtime_error.
std::string read_input(const std::string& path);

struct batch_options {
    std::string in, out, rules;
    unsigned threads = 0;  // 0: hardware threads
};
int run_batch(const precis_api& api, const batch_options& opts);

struct parse_options {
    std::string input, rules, corpus;
    bool stats = false;
};
int run_parse(const precis_api& api, const parse_options& opts);

struct eval_options {
    std::string corpus, rules, against, out;
    unsigned threads = 0;
    bool json = false;
    std::size_t show = 10;  // changed headlines listed per direction with --against
};
int run_eval(const precis_api& api, const eval_options& opts);

struct explain_options {
    std::string input, rules, html, date;
};
int run_explain(const precis_api& api, const explain_options& opts);

// Runs `fn(index, line)` over the lines of a JSONL file on `threads` threads, handing each
// output string to `sink` in input order. Used by batch, parse --stats and eval.
struct line_job {
    std::string path;
    unsigned threads = 0;
};
void for_each_line_ordered(const line_job& job,
                           const std::function<std::string(std::size_t, const std::string&)>& fn,
                           const std::function<void(std::size_t, std::string&&)>& sink);

}  // namespace precis::cli
