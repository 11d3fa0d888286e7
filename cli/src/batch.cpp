// `precis batch`: JSONL in, JSONL out, in input order, every core busy, one bad line gives
// one error record.
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "commands.hpp"

namespace precis::cli {

using json = nlohmann::json;

void for_each_line_ordered(const line_job& job,
                           const std::function<std::string(std::size_t, const std::string&)>& fn,
                           const std::function<void(std::size_t, std::string&&)>& sink) {
    std::ifstream in(job.path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + job.path);
    unsigned threads = job.threads != 0 ? job.threads : std::thread::hardware_concurrency();
    if (threads == 0) threads = 1;

    // Lines are read in blocks so memory stays bounded on very large inputs.
    constexpr std::size_t block = 512;
    std::vector<std::string> lines;
    std::vector<std::string> outputs;
    std::size_t base = 0;
    for (;;) {
        lines.clear();
        std::string line;
        while (lines.size() < block && std::getline(in, line)) lines.push_back(std::move(line));
        if (lines.empty()) break;
        outputs.assign(lines.size(), std::string());
        std::atomic<std::size_t> next{0};
        auto worker = [&] {
            for (std::size_t i; (i = next.fetch_add(1)) < lines.size();) {
                outputs[i] = fn(base + i, lines[i]);
            }
        };
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
        worker();
        for (auto& t : pool) t.join();
        for (std::size_t i = 0; i < outputs.size(); ++i) sink(base + i, std::move(outputs[i]));
        base += lines.size();
    }
}

namespace {

std::string error_record(const json& id, const std::string& code, const std::string& message) {
    json d = {{"id", id},
              {"schema", 1},
              {"status", "error"},
              {"error", {{"code", code}, {"message", message}}}};
    return d.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Puts "id" first into a result document without re-parsing it.
std::string with_id(const json& id, std::string_view document) {
    std::string out = "{\"id\":" + id.dump(-1, ' ', false, json::error_handler_t::replace);
    if (document.size() > 2) out += ',';
    out.append(document.substr(1));
    return out;
}

}  // namespace

int run_batch(const precis_api& api, const batch_options& opts) {
    const engine eng(api, opts.rules);
    std::ofstream out(opts.out, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + opts.out);
    const bool progress = isatty(STDERR_FILENO) != 0;
    std::size_t done = 0, errors = 0;
    for_each_line_ordered(
        {opts.in, opts.threads},
        [&](std::size_t index, const std::string& line) -> std::string {
            json id = static_cast<long long>(index + 1);
            const json row = json::parse(line, nullptr, false);
            if (row.is_discarded() || !row.is_object()) {
                return error_record(id, "invalid_input", "line is not a JSON object");
            }
            if (row.contains("id")) id = row.at("id");
            if (!row.contains("text") || !row.at("text").is_string()) {
                return error_record(id, "invalid_input", "line has no string \"text\"");
            }
            const std::string& text = row.at("text").get_ref<const std::string&>();
            const result r = eng.summarize(text);
            if (!r) return error_record(id, "out_of_memory", "no result");
            return with_id(id, r.json());
        },
        [&](std::size_t, std::string&& record) {
            if (record.find("\"status\":\"error\"") != std::string::npos) ++errors;
            out << record << '\n';
            ++done;
            if (progress && done % 50 == 0) std::cerr << "\r" << done << " articles" << std::flush;
        });
    out.flush();
    if (progress) std::cerr << "\r" << done << " articles, " << errors << " errors\n";
    if (!out) throw std::runtime_error("write failed: " + opts.out);
    return 0;
}

}  // namespace precis::cli
