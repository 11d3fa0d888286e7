// `precis serve`: HTTP on loopback over the plugin's C interface (cpp-httplib).
//
//   POST /summarize  body: the article (text/plain), or {"text": "...", "options": {...}}
//   POST /reload     body: empty (the pack the service started with) or {"rules": "DIR"}
//   GET  /health     version, ABI, loaded pack
//   GET  /metrics    Prometheus text format
//
// Every response body is JSON except /metrics. Library statuses map to HTTP statuses in one
// table (http_status), so that a host can branch on either.
#include "serve.hpp"

#include <fmt/format.h>
#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <CLI/CLI.hpp>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

namespace precis::cli {
namespace {

using json = nlohmann::json;
using clock_type = std::chrono::steady_clock;

constexpr const char* json_type = "application/json";

int http_status(int32_t precis_status) {
    switch (precis_status) {
        case PRECIS_OK:
            return 200;
        case PRECIS_INVALID_ARGUMENT:
        case PRECIS_INVALID_UTF8:
            return 400;
        case PRECIS_INPUT_TOO_LARGE:
            return 413;
        case PRECIS_RULES_INVALID:
        case PRECIS_LIMIT_EXCEEDED:
            return 422;
        case PRECIS_OUT_OF_MEMORY:
            return 503;
        default:
            return 500;
    }
}

// The error code for statuses that httplib sets before any handler runs.
const char* http_error_code(int status) {
    switch (status) {
        case 400:
            return "bad_request";
        case 404:
            return "not_found";
        case 405:
            return "method_not_allowed";
        case 413:
            return "input_too_large";
        case 414:
            return "uri_too_long";
        default:
            return status >= 500 ? "internal" : "http_error";
    }
}

// An error document shaped like the library's, for errors found before the library is called.
std::string error_document(std::string_view code, std::string_view message) {
    return json{
        {"schema", 1}, {"status", "error"}, {"error", {{"code", code}, {"message", message}}}}
        .dump();
}

// Prometheus label values escape backslash, double quote and newline.
std::string label_value(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        if (c == '\\' || c == '"') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

// A string member of a JSON object, or "" when absent or of another type.
std::string text_field(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Request counts by endpoint and status, latency histograms by endpoint, and the rules that are
// loaded. One mutex: a request holds it for a few increments, far below a summary's cost.
class service_metrics final {
  public:
    static constexpr std::array<double, 12> bucket_bounds = {
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0};

    // seconds < 0: the request never reached routing (413 over the body limit, a malformed
    // request line), so only its count is known.
    void observe(const std::string& endpoint, int status, double seconds) {
        std::lock_guard<std::mutex> lock(mutex_);
        ++requests_[{endpoint, status}];
        if (seconds < 0) return;
        auto& h = latency_[endpoint];
        for (std::size_t i = 0; i < bucket_bounds.size(); ++i) {
            if (seconds <= bucket_bounds[i]) ++h.buckets[i];
        }
        ++h.count;
        h.sum += seconds;
    }

    void count_reload(bool accepted) {
        std::lock_guard<std::mutex> lock(mutex_);
        ++reloads_[accepted ? "accepted" : "refused"];
    }

    void set_rules(const json& rules) {
        std::lock_guard<std::mutex> lock(mutex_);
        rules_ = rules.is_object() ? rules : json::object();
    }

    json rules() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return rules_;
    }

    std::string render(std::string_view version) const {
        std::lock_guard<std::mutex> lock(mutex_);
        std::string out;
        out += "# HELP precis_http_requests_total HTTP requests served, by endpoint and status.\n";
        out += "# TYPE precis_http_requests_total counter\n";
        for (const auto& [key, n] : requests_) {
            out += fmt::format("precis_http_requests_total{{endpoint=\"{}\",status=\"{}\"}} {}\n",
                               label_value(key.first), key.second, n);
        }
        out += "# HELP precis_http_request_duration_seconds Time from request read to reply.\n";
        out += "# TYPE precis_http_request_duration_seconds histogram\n";
        for (const auto& [endpoint, h] : latency_) {
            const auto label = label_value(endpoint);
            for (std::size_t i = 0; i < bucket_bounds.size(); ++i) {
                out += fmt::format(
                    "precis_http_request_duration_seconds_bucket{{endpoint=\"{}\",le=\"{}\"}} {}\n",
                    label, bucket_bounds[i], h.buckets[i]);
            }
            out += fmt::format(
                "precis_http_request_duration_seconds_bucket{{endpoint=\"{}\",le=\"+Inf\"}} {}\n",
                label, h.count);
            out += fmt::format("precis_http_request_duration_seconds_sum{{endpoint=\"{}\"}} {}\n",
                               label, h.sum);
            out += fmt::format("precis_http_request_duration_seconds_count{{endpoint=\"{}\"}} {}\n",
                               label, h.count);
        }
        out += "# HELP precis_rule_reloads_total Reload requests, by outcome.\n";
        out += "# TYPE precis_rule_reloads_total counter\n";
        for (const auto& [outcome, n] : reloads_) {
            out += fmt::format("precis_rule_reloads_total{{outcome=\"{}\"}} {}\n", outcome, n);
        }
        out += "# HELP precis_rules_info The rule pack in use (value always 1).\n";
        out += "# TYPE precis_rules_info gauge\n";
        out += fmt::format(
            "precis_rules_info{{pack=\"{}\",version=\"{}\",digest=\"{}\",library=\"{}\"}} 1\n",
            label_value(text_field(rules_, "pack")), label_value(text_field(rules_, "version")),
            label_value(text_field(rules_, "digest")), label_value(version));
        return out;
    }

  private:
    struct histogram {
        std::array<std::uint64_t, bucket_bounds.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, int>, std::uint64_t> requests_;
    std::map<std::string, histogram> latency_;
    std::map<std::string, std::uint64_t> reloads_;
    json rules_ = json::object();
};

// The "rules" object of a result document, or null when the document has none.
json rules_of(std::string_view document) {
    auto parsed = json::parse(document, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) return nullptr;
    return parsed.value("rules", json());
}

void log_to_stderr(void*, int32_t level, const char* message, std::size_t len) {
    static constexpr std::array<const char*, 5> names = {"trace", "debug", "info", "warn", "error"};
    const char* name = level >= 0 && level < 5 ? names[static_cast<std::size_t>(level)] : "log";
    std::fprintf(stderr, "precis serve: [%s] %.*s\n", name, static_cast<int>(len), message);
}

// When the request started, for the latency histogram: httplib serves one request at a time
// per worker thread, from pre-routing to logging. Empty when pre-routing was skipped.
thread_local std::optional<clock_type::time_point> request_start;

class service final {
  public:
    service(const precis_api& api, const serve_options& opts, precis_engine* engine)
        : api_(api), opts_(opts), engine_(engine) {}
    service(const service&) = delete;  // owns the engine
    service& operator=(const service&) = delete;
    ~service() { api_.engine_free(engine_); }

    service_metrics& metrics() { return metrics_; }

    void install(httplib::Server& server) {
        server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
            request_start = clock_type::now();
            return httplib::Server::HandlerResponse::Unhandled;
        });
        server.Post("/summarize", [this](const httplib::Request& req, httplib::Response& res) {
            summarize(req, res);
        });
        server.Post("/reload", [this](const httplib::Request& req, httplib::Response& res) {
            reload_from_request(req, res);
        });
        server.Get("/health", [this](const httplib::Request&, httplib::Response& res) {
            json health = {{"status", "ok"},
                           {"version", api_.version()},
                           {"abi", api_.abi_version()},
                           {"rules", metrics_.rules()}};
            res.set_content(health.dump(), json_type);
        });
        server.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content(metrics_.render(api_.version()),
                            "text/plain; version=0.0.4; charset=utf-8");
        });
        // Errors httplib raises itself (404, 405, 413 over the body limit, 400) get a JSON body.
        server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty()) return;
            res.set_content(
                error_document(http_error_code(res.status), fmt::format("HTTP {}", res.status)),
                json_type);
        });
        server.set_exception_handler(
            [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
                std::string message = "unknown error";
                try {
                    std::rethrow_exception(ep);
                } catch (const std::exception& e) {
                    message = e.what();
                } catch (...) {
                }
                res.status = 500;
                res.set_content(error_document("internal", message), json_type);
            });
        server.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
            const double seconds =
                request_start
                    ? std::chrono::duration<double>(clock_type::now() - *request_start).count()
                    : -1.0;
            request_start.reset();
            metrics_.observe(endpoint_label(req.path), res.status, seconds);
        });
    }

    // Loads a pack (empty: the embedded one) and answers with the library's document.
    std::pair<int, std::string> reload(const std::string& rules_dir) {
        const result r(api_, api_.reload(engine_, rules_dir.data(), rules_dir.size()));
        if (!r) return {503, error_document("out_of_memory", "no result from the library")};
        const bool accepted = r.status() == PRECIS_OK;
        metrics_.count_reload(accepted);
        if (accepted) metrics_.set_rules(rules_of(r.json()));
        return {http_status(r.status()), std::string(r.json())};
    }

  private:
    static std::string endpoint_label(const std::string& path) {
        // Known paths only, so that scanners cannot grow the label set without bound.
        for (const char* known : {"/summarize", "/reload", "/health", "/metrics"}) {
            if (path == known) return known;
        }
        return "other";
    }

    void summarize(const httplib::Request& req, httplib::Response& res) {
        std::string text_storage;
        std::string options;
        std::string_view text = req.body;
        const bool declared_json = req.get_header_value("Content-Type").rfind(json_type, 0) == 0;
        const auto first = req.body.find_first_not_of(" \t\r\n");
        // An article never starts with "{", so a JSON object is recognised even when a client
        // (curl -d) sends it as form data.
        if (declared_json || (first != std::string::npos && req.body[first] == '{')) {
            auto body = json::parse(req.body, nullptr, false);
            const bool usable = body.is_object() && body.contains("text") &&
                                body["text"].is_string() &&
                                (!body.contains("options") || body["options"].is_object());
            if (usable) {
                text_storage = body["text"].get<std::string>();
                text = text_storage;
                if (body.contains("options")) options = body["options"].dump();
            } else if (declared_json) {
                res.status = 400;
                res.set_content(error_document("invalid_argument",
                                               "expected {\"text\": string, \"options\": object}"),
                                json_type);
                return;
            }
        }
        const result r(api_,
                       api_.summarize(engine_, text.data(), text.size(),
                                      options.empty() ? nullptr : options.data(), options.size()));
        if (!r) {
            res.status = 503;
            res.set_content(error_document("out_of_memory", "no result from the library"),
                            json_type);
            return;
        }
        res.status = http_status(r.status());
        res.set_content(r.json().data(), r.json().size(), json_type);
    }

    void reload_from_request(const httplib::Request& req, httplib::Response& res) {
        std::string dir = opts_.rules;
        if (req.body.find_first_not_of(" \t\r\n") != std::string::npos) {
            auto body = json::parse(req.body, nullptr, false);
            if (!body.is_object() || (body.contains("rules") && !body["rules"].is_string() &&
                                      !body["rules"].is_null())) {
                res.status = 400;
                res.set_content(error_document("invalid_argument",
                                               "expected an empty body or {\"rules\": \"DIR\"}"),
                                json_type);
                return;
            }
            // {"rules": null} or {"rules": ""} asks for the embedded pack.
            if (body.contains("rules")) dir = body["rules"].is_string() ? body["rules"] : "";
        }
        auto [status, document] = reload(dir);
        res.status = status;
        res.set_content(document, json_type);
    }

    const precis_api& api_;
    const serve_options& opts_;
    precis_engine* engine_;
    service_metrics metrics_;
};

bool is_loopback(const std::string& host) {
    return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// Blocks the stop and reload signals in every thread created from here on, so that one
// thread can take them synchronously with sigwait (no work inside a signal handler).
sigset_t block_service_signals() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, sig);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    return set;
}

}  // namespace

void add_serve_options(CLI::App& command, serve_options& opts) {
    command.add_option("--host", opts.host, "Address to listen on (loopback by default)")
        ->capture_default_str();
    command.add_option("--port", opts.port, "Port; 0 picks a free one")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    command.add_option("--rules", opts.rules, "Rule pack directory (default: the embedded pack)")
        ->check(CLI::ExistingDirectory);
    command.add_option("--max-body", opts.max_body_bytes, "Largest request body in bytes")
        ->capture_default_str();
    command.add_option("--read-timeout", opts.read_timeout_s, "Read timeout in seconds")
        ->capture_default_str();
    command.add_option("--write-timeout", opts.write_timeout_s, "Write timeout in seconds")
        ->capture_default_str();
}

int run_serve(const precis_api& api, const serve_options& opts) {
    // First thing, so that a stop signal arriving while the engine loads is not lost.
    const sigset_t signals = block_service_signals();
    std::string options = opts.rules.empty() ? std::string() : json{{"rules", opts.rules}}.dump();
    precis_result* diagnostics = nullptr;
    precis_engine* engine =
        api.engine_new(options.empty() ? nullptr : options.data(), options.size(), &diagnostics);
    const result diag(api, diagnostics);
    if (engine == nullptr) {
        std::fprintf(stderr, "precis serve: cannot create the engine: %.*s\n",
                     static_cast<int>(diag.json().size()), diag.json().data());
        pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
        return 1;
    }
    if (api.set_logger != nullptr) api.set_logger(engine, log_to_stderr, nullptr, 3);

    service svc(api, opts, engine);
    svc.metrics().set_rules(rules_of(diag.json()));

    httplib::Server server;
    server.set_payload_max_length(opts.max_body_bytes);
    server.set_read_timeout(opts.read_timeout_s, 0);
    server.set_write_timeout(opts.write_timeout_s, 0);
    server.set_keep_alive_timeout(5);
    // Headers and body leave in separate writes; without TCP_NODELAY the body waits for the
    // client's delayed ACK (~40 ms on Linux) on every keep-alive request.
    server.set_tcp_nodelay(true);
    svc.install(server);

    int port = opts.port;
    if (port == 0) {
        port = server.bind_to_any_port(opts.host);
    } else if (!server.bind_to_port(opts.host, port)) {
        port = -1;
    }
    if (port < 0) {
        std::fprintf(stderr, "precis serve: cannot listen on %s:%d\n", opts.host.c_str(),
                     opts.port);
        pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
        return 1;
    }
    if (!is_loopback(opts.host)) {
        std::fprintf(stderr,
                     "precis serve: warning: listening on %s, not loopback; the service has no "
                     "authentication\n",
                     opts.host.c_str());
    }
    std::printf("precis serve: listening on http://%s:%d\n", opts.host.c_str(), port);
    std::fflush(stdout);

    // Whoever flips `stopping` first ends the service: the waiter on SIGINT/SIGTERM, or this
    // thread when the server ended by itself (then the waiter is woken with a signal).
    std::atomic<bool> stopping{false};
    std::atomic<bool> listen_returned{false};
    std::thread signal_waiter([&] {
        for (;;) {
            int sig = 0;
            if (sigwait(&signals, &sig) != 0) continue;
            if (sig == SIGHUP) {
                auto [status, document] = svc.reload(opts.rules);
                std::fprintf(stderr, "precis serve: reload on SIGHUP: HTTP %d %s\n", status,
                             document.c_str());
                continue;
            }
            stopping = true;
            // httplib's stop() does nothing before listening has begun, and must not be
            // called twice: wait for the loop to run (or to have failed), then stop it once.
            while (!server.is_running() && !listen_returned) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            server.stop();
            return;
        }
    });
    const bool clean = server.listen_after_bind();
    listen_returned = true;
    if (!stopping.exchange(true)) pthread_kill(signal_waiter.native_handle(), SIGTERM);
    signal_waiter.join();
    // The signals stay blocked: the process is about to exit, and a stop signal that arrived
    // meanwhile must not kill it before it reports its status.
    return clean ? 0 : 1;
}

}  // namespace precis::cli
