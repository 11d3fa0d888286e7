// precis-bench: precis side by side with the Open Text Summarizer (libots) on one corpus.
// precis is reached through the C ABI, loaded with dlopen as every host loads it; OTS runs
// in-process in a forked child per article, because it crashes on some inputs.
//
//   precis-bench [--corpus dev.jsonl] [--seconds S] [--threads N] [--no-ots]
//   precis-bench --scale 400000,4000000   time per byte on concatenated articles
//
// Prints one table: throughput, latency, cold start, reload, peak RSS, OTS and the ratio.
#include <dlfcn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <ctime>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "plugin_api.hpp"

#ifdef PRECIS_BENCH_WITH_OTS
extern "C" {
#include <ots/libots.h>
}
#endif

namespace {

using clock_type = std::chrono::steady_clock;
using precis::cli::precis_api;

double seconds_since(clock_type::time_point t0) {
    return std::chrono::duration<double>(clock_type::now() - t0).count();
}

// CPU time of the calling thread: on a machine shared with other jobs, wall time measures the
// neighbours as much as precis, so single-thread figures are given in both.
double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

std::vector<std::string> read_corpus(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::vector<std::string> texts;
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        texts.push_back(nlohmann::json::parse(line).at("text").get<std::string>());
    }
    return texts;
}

std::size_t total_bytes(const std::vector<std::string>& texts) {
    std::size_t n = 0;
    for (const auto& t : texts) n += t.size();
    return n;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

struct throughput {
    double seconds = 0;
    double cpu_seconds = 0;  // thread CPU time, summed over threads
    std::vector<double> cpu_latencies_ms;
    std::size_t articles = 0, bytes = 0, failures = 0;
    std::vector<double> latencies_ms;
    double mb_per_s() const { return static_cast<double>(bytes) / 1e6 / seconds; }
    double articles_per_s() const { return static_cast<double>(articles) / seconds; }
    double cpu_mb_per_s() const { return static_cast<double>(bytes) / 1e6 / cpu_seconds; }
};

using call_fn = precis_result* (*)(precis_engine*, const char*, size_t, const char*, size_t);

long peak_rss_kb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// Where `threads` threads meet after each pass: the last to arrive runs `between` (alone,
// while the others wait) and releases them all.
class pass_barrier {
public:
    explicit pass_barrier(unsigned threads) : threads_(threads) {}
    template <typename Between>
    void arrive_and_wait(Between&& between) {
        std::unique_lock<std::mutex> lock(mutex_);
        const unsigned generation = generation_;
        if (++arrived_ < threads_) {
            released_.wait(lock, [&] { return generation_ != generation; });
            return;
        }
        between();
        arrived_ = 0;
        ++generation_;
        released_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable released_;
    unsigned threads_, arrived_ = 0, generation_ = 0;
};

// Runs whole passes over the corpus on `threads` threads until `min_seconds` have passed,
// after one untimed pass that warms each thread. The threads live for the whole phase, as a
// host's workers do: a thread made per pass would start each pass with cold per-thread
// caches and count their warming as work.
throughput run_passes(const precis_api& api, precis_engine* engine, call_fn call,
                      const std::vector<std::string>& texts, unsigned threads, double min_seconds,
                      bool keep_latencies) {
    throughput t;
    std::vector<std::vector<double>> lat(threads), cpu_lat(threads);
    std::vector<double> cpu(threads, 0.0);
    std::atomic<std::size_t> failures{0};
    std::atomic<std::size_t> next{0};
    auto t0 = clock_type::now();
    // Written between passes by the last thread to arrive, while the others wait; read once
    // the barrier has released them (its mutex orders the two).
    bool warming = true, done = false;
    auto between_passes = [&] {
        next.store(0, std::memory_order_relaxed);
        if (warming) {
            warming = false;
            t0 = clock_type::now();
            return;
        }
        t.articles += texts.size();
        t.bytes += total_bytes(texts);
        done = seconds_since(t0) >= min_seconds;
    };
    pass_barrier pass_end(threads);
    auto pass = [&](unsigned w, bool timed) {
        for (std::size_t i; (i = next.fetch_add(1)) < texts.size();) {
            const auto a = clock_type::now();
            const double c = thread_cpu_seconds();
            precis_result* r = call(engine, texts[i].data(), texts[i].size(), nullptr, 0);
            if (api.result_status(r) != 0 && timed) failures.fetch_add(1);
            api.result_free(r);
            if (timed && keep_latencies) {
                lat[w].push_back(seconds_since(a) * 1e3);
                cpu_lat[w].push_back((thread_cpu_seconds() - c) * 1e3);
            }
        }
        pass_end.arrive_and_wait(between_passes);
    };
    auto worker = [&](unsigned w) {
        pass(w, false);
        const double cpu0 = thread_cpu_seconds();
        do pass(w, true);
        while (!done);
        cpu[w] = thread_cpu_seconds() - cpu0;
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < threads; ++w) pool.emplace_back(worker, w);
    worker(0);
    for (auto& th : pool) th.join();
    t.seconds = seconds_since(t0);
    t.failures = failures.load();
    for (auto& l : lat) t.latencies_ms.insert(t.latencies_ms.end(), l.begin(), l.end());
    for (auto& l : cpu_lat) t.cpu_latencies_ms.insert(t.cpu_latencies_ms.end(), l.begin(), l.end());
    for (double c : cpu) t.cpu_seconds += c;
    return t;
}

double fresh_process_ms(const char* mode, const std::string& corpus) {
    static const std::string cold =
        (std::filesystem::read_symlink("/proc/self/exe").parent_path() / "precis-bench-cold").string();
    int fd[2];
    if (pipe(fd) != 0) return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fd[1], STDOUT_FILENO);
        close(fd[0]);
        execl(cold.c_str(), "precis-bench-cold", mode, corpus.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fd[1]);
    char buf[64] = {};
    const ssize_t n = read(fd[0], buf, sizeof buf - 1);
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return n > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? std::atof(buf) : -1;
}

struct ots_figures {
    std::size_t articles = 0, bytes = 0, crashed = 0;
    double seconds = 0;  // parse + grade + highlight + text, dictionary excluded
    double seconds_with_dict = 0;
    double mb_per_s() const { return static_cast<double>(bytes) / 1e6 / seconds; }
};

#ifdef PRECIS_BENCH_WITH_OTS
// One article in a forked child: returns false when OTS crashed on it.
bool ots_one(const std::string& text, int reps, double& work_s, double& dict_s) {
    int fd[2];
    if (pipe(fd) != 0) return false;
    const pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        double timings[2] = {0, 0};
        // CPU time of the child, as for precis's single-thread figures.
        for (int r = 0; r < reps; ++r) {
            const double a = thread_cpu_seconds();
            OtsArticle* art = ots_new_article();
            ots_load_xml_dictionary(art, reinterpret_cast<const unsigned char*>("fr"));
            const double b = thread_cpu_seconds();
            ots_parse_stream(reinterpret_cast<const unsigned char*>(text.data()), text.size(), art);
            ots_grade_doc(art);
            ots_highlight_doc(art, 20);
            std::size_t n = 0;
            unsigned char* out = ots_get_doc_text(art, &n);
            const double c = thread_cpu_seconds();
            g_free(out);
            ots_free_article(art);
            timings[0] += c - b;
            timings[1] += b - a;
        }
        if (write(fd[1], timings, sizeof timings) != sizeof timings) _exit(2);
        _exit(0);
    }
    close(fd[1]);
    double timings[2] = {0, 0};
    const ssize_t n = read(fd[0], timings, sizeof timings);
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (n != sizeof timings || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return false;
    work_s = timings[0];
    dict_s = timings[1];
    return true;
}
#endif

ots_figures run_ots(const std::vector<std::string>& texts, int reps) {
    ots_figures f;
#ifdef PRECIS_BENCH_WITH_OTS
    for (const auto& t : texts) {
        double work = 0, dict = 0;
        if (!ots_one(t, reps, work, dict)) {
            ++f.crashed;
            continue;
        }
        f.articles += static_cast<std::size_t>(reps);
        f.bytes += t.size() * static_cast<std::size_t>(reps);
        f.seconds += work;
        f.seconds_with_dict += work + dict;
    }
#else
    (void)texts;
    (void)reps;
#endif
    return f;
}

// Time per byte for articles built by concatenating corpus articles up to each size.
void scale(const precis_api& api, precis_engine* engine, const std::vector<std::string>& texts,
           const std::vector<std::size_t>& sizes) {
    std::printf("%-12s %10s %12s %10s %12s %8s\n", "bytes", "wall ms", "wall ns/B", "cpu ms",
                "cpu ns/B", "status");
    for (std::size_t target : sizes) {
        std::string big;
        for (std::size_t i = 0; big.size() < target; ++i) {
            big += texts[i % texts.size()];
            big += '\n';
        }
        big.resize(target);
        while (!big.empty() && (static_cast<unsigned char>(big.back()) & 0xC0) == 0x80)
            big.pop_back();
        if (!big.empty() && static_cast<unsigned char>(big.back()) >= 0xC0) big.pop_back();
        double best = 1e9, best_cpu = 1e9;
        int32_t status = 0;
        for (int r = 0; r < 3; ++r) {
            const auto t0 = clock_type::now();
            const double c0 = thread_cpu_seconds();
            precis_result* res = api.summarize(engine, big.data(), big.size(), nullptr, 0);
            best = std::min(best, seconds_since(t0));
            best_cpu = std::min(best_cpu, thread_cpu_seconds() - c0);
            status = api.result_status(res);
            api.result_free(res);
        }
        const auto n = static_cast<double>(big.size());
        std::printf("%-12zu %10.1f %12.1f %10.1f %12.1f %8d\n", big.size(), best * 1e3,
                    best * 1e9 / n, best_cpu * 1e3, best_cpu * 1e9 / n, status);
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"precis-bench: precis and OTS on the same corpus"};
    std::string corpus = "/work/shared/corpus/dev.jsonl";
    double min_seconds = 3;
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    bool no_ots = false;
    int ots_reps = 3;
    std::vector<std::size_t> scale_sizes;
    int reload_only = 0;
    app.add_option("--corpus", corpus, "JSONL corpus with a text key");
    app.add_option("--seconds", min_seconds, "Minimum seconds per throughput phase");
    app.add_option("--threads", threads, "Threads for the all-thread phase");
    app.add_flag("--no-ots", no_ots, "Skip the OTS comparison");
    app.add_option("--ots-reps", ots_reps, "OTS repetitions per article");
    app.add_option("--scale", scale_sizes, "Article sizes in bytes for the linearity check")
        ->delimiter(',');
    app.add_option("--reload-only", reload_only,
                   "Only reload the default pack N times (profiling)");
    CLI11_PARSE(app, argc, argv);

    try {
        const std::vector<std::string> texts = read_corpus(corpus);
        const precis_api& api = precis_api::load();
        precis_engine* engine = api.engine_new(nullptr, 0, nullptr);
        if (engine == nullptr) throw std::runtime_error("cannot create an engine");
        if (reload_only > 0) {
            for (int i = 0; i < reload_only; ++i) api.result_free(api.reload(engine, nullptr, 0));
            api.engine_free(engine);
            return 0;
        }
        if (!scale_sizes.empty()) {
            scale(api, engine, texts, scale_sizes);
            api.engine_free(engine);
            return 0;
        }
        const double mb = static_cast<double>(total_bytes(texts)) / 1e6;
        std::printf("corpus: %s, %zu articles, %.2f MB\n\n", corpus.c_str(), texts.size(), mb);

        const throughput single =
            run_passes(api, engine, api.summarize, texts, 1, min_seconds, true);
        const throughput multi =
            run_passes(api, engine, api.summarize, texts, threads, min_seconds, false);
        const throughput grammar = run_passes(api, engine, api.parse, texts, 1, min_seconds, false);
        const long summarising_rss_kb = peak_rss_kb();
        std::vector<double> reloads, reloads_cpu;
        for (int i = 0; i < 20; ++i) {
            const auto t0 = clock_type::now();
            const double c0 = thread_cpu_seconds();
            api.result_free(api.reload(engine, nullptr, 0));
            reloads.push_back(seconds_since(t0) * 1e3);
            reloads_cpu.push_back((thread_cpu_seconds() - c0) * 1e3);
        }
        const long rss_kb = peak_rss_kb();
        api.engine_free(engine);
        std::vector<double> cold_precis, cold_icu, cold_no_dict, cold_hunspell;
        // (Fifteen starts of each, interleaved: on a shared machine one start in five or so
        // takes several milliseconds more, and a median of five moved with them.)
        for (int i = 0; i < 15; ++i) {
            cold_precis.push_back(fresh_process_ms("precis", corpus));
            cold_icu.push_back(fresh_process_ms("icu", corpus));
            cold_no_dict.push_back(fresh_process_ms("precis-no-dictionary", corpus));
            cold_hunspell.push_back(fresh_process_ms("precis-hunspell", corpus));
        }
        const ots_figures ots = no_ots ? ots_figures{} : run_ots(texts, ots_reps);

        auto row = [](const char* what, const std::string& value, const char* target) {
            std::printf("%-38s %-26s %s\n", what, value.c_str(), target);
        };
        auto fmt = [](const char* f, double v) {
            char b[64];
            std::snprintf(b, sizeof b, f, v);
            return std::string(b);
        };
        row("measure", "value", "target");
        row("full FR+EN, 1 thread (MB/s)", fmt("%.2f", single.mb_per_s()), "~20");
        row("full FR+EN, 1 thread, CPU time (MB/s)", fmt("%.2f", single.cpu_mb_per_s()), "~20");
        row("full FR+EN, 1 thread (articles/s)", fmt("%.0f", single.articles_per_s()), "");
        row(("full FR+EN, " + std::to_string(threads) + " threads (MB/s)").c_str(),
            fmt("%.2f", multi.mb_per_s()), "");
        row("all-thread / single-thread", fmt("%.2fx", multi.mb_per_s() / single.mb_per_s()),
            ">= 1.8x on 2 cores");
        row("latency p50 (ms/article)", fmt("%.3f", percentile(single.latencies_ms, 0.5)), "");
        row("latency p99 (ms/article)", fmt("%.3f", percentile(single.latencies_ms, 0.99)),
            "<= 1 ms");
        row("latency max (ms/article)", fmt("%.3f", percentile(single.latencies_ms, 1.0)), "");
        row("CPU time p50 (ms/article)", fmt("%.3f", percentile(single.cpu_latencies_ms, 0.5)), "");
        row("CPU time p99 (ms/article)", fmt("%.3f", percentile(single.cpu_latencies_ms, 0.99)),
            "<= 1 ms");
        row("grammar alone, precis_parse (MB/s)", fmt("%.2f", grammar.mb_per_s()), "");
        row("grammar alone, CPU time (MB/s)", fmt("%.2f", grammar.cpu_mb_per_s()), "");
        row("cold start: dlopen+engine+1st (ms)", fmt("%.1f", percentile(cold_precis, 0.5)), "");
        row("cold start: ICU load alone (ms)", fmt("%.1f", percentile(cold_icu, 0.5)), "");
        row("cold start beyond ICU (ms)",
            fmt("%.1f", percentile(cold_precis, 0.5) - percentile(cold_icu, 0.5)), "<= 30 ms");
        row("cold start, no lexicon (ms)", fmt("%.1f", percentile(cold_no_dict, 0.5)), "");
        row("cold start, hunspell at run time (ms)", fmt("%.1f", percentile(cold_hunspell, 0.5)),
            "");
        row("reload default pack, median (ms)", fmt("%.2f", percentile(reloads, 0.5)), "<= 20 ms");
        row("reload default pack, CPU time (ms)", fmt("%.2f", percentile(reloads_cpu, 0.5)),
            "<= 20 ms");
        row("peak RSS (MB)", fmt("%.1f", static_cast<double>(rss_kb) / 1024.0), "<= 40 MB");
        // (A reload holds the old pack and the new one at once: the peak is often there.)
        row("peak RSS before the reloads (MB)",
            fmt("%.1f", static_cast<double>(summarising_rss_kb) / 1024.0), "");
        row("failed calls (status != 0)",
            std::to_string(single.failures + multi.failures + grammar.failures), "");
        if (ots.articles > 0) {
            row("OTS fr, CPU time (MB/s, no dict load)", fmt("%.2f", ots.mb_per_s()), "");
            row("OTS fr incl. dictionary load (MB/s)",
                fmt("%.2f", static_cast<double>(ots.bytes) / 1e6 / ots.seconds_with_dict), "");
            row("OTS crashed on (articles)", std::to_string(ots.crashed), "");
            row("precis / OTS (1 thread, CPU time)",
                fmt("%.2fx", single.cpu_mb_per_s() / ots.mb_per_s()), ">= 25x");
        } else {
            row("OTS", no_ots ? "skipped" : "not built (libots-dev)", "");
        }
    } catch (const std::exception& e) {
        std::cerr << "precis-bench: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
