// `precis serve` request handling: the service's own code (cli/src/serve.cpp, compiled into
// this target so that its internal service class is reachable) is installed on an
// httplib::Server over the statically linked plugin, and each input is one connection's bytes
// handed to httplib's own request processing (parsing, routing, the service's handlers and
// error handler, response writing) through an in-memory stream instead of a socket: the end of
// the input reads as a closed peer, so no request waits on a timeout. The first byte picks the
// shape: raw bytes as the whole connection, or a well-formed POST /summarize whose body (article
// text or JSON) is the rest of the input.
// Invariants: every answer has a status line, and every answer to a well-formed request
// carries a JSON object body.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_checks.hpp"
#include "serve.cpp"  // NOLINT: the service class lives in that file's unnamed namespace

namespace {

using precis::cli::precis_api;

precis_api static_api() {
    precis_api api;
    api.abi_version = &precis_abi_version;
    api.version = &precis_version;
    api.engine_new = &precis_engine_new;
    api.engine_free = &precis_engine_free;
    api.summarize = &precis_summarize;
    api.parse = &precis_parse;
    api.reload = &precis_engine_reload;
    api.reload_if_changed = &precis_engine_reload_if_changed;
    api.rules_check = &precis_rules_check;
    api.result_status = &precis_result_status;
    api.result_json = &precis_result_json;
    api.result_free = &precis_result_free;
    api.set_logger = &precis_engine_set_logger;
    return api;
}

// One connection: reads come from the input, writes collect what the server answers. Reading
// past the input returns 0, as a socket whose peer has closed does.
class memory_stream final : public httplib::Stream {
  public:
    explicit memory_stream(std::string_view input) : input_(input) {}

    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, std::size_t size) override {
        const std::size_t n = std::min(size, input_.size() - read_);
        input_.copy(ptr, n, read_);
        read_ += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char* ptr, std::size_t size) override {
        written_.append(ptr, size);
        return static_cast<ssize_t>(size);
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 40000;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 8080;
    }
    socket_t socket() const override { return INVALID_SOCKET; }

    bool exhausted() const { return read_ == input_.size(); }
    // What was written since the last call.
    std::string take_written() { return std::exchange(written_, std::string()); }

  private:
    std::string_view input_;
    std::size_t read_ = 0;
    std::string written_;
};

// httplib's per-request entry point is protected; the server loop it normally runs under only
// adds sockets, timeouts and threads.
class in_memory_server final : public httplib::Server {
  public:
    // Serves the requests in `bytes` as one keep-alive connection would be served (at most
    // httplib's keep-alive count, the last one told to close), and returns each answer.
    std::vector<std::string> serve_connection(std::string_view bytes) {
        memory_stream stream(bytes);
        std::vector<std::string> answers;
        for (std::size_t left = keep_alive_max_count_; left > 0 && !stream.exhausted(); --left) {
            bool connection_closed = false;
            const bool ok = process_request(stream, left == 1, connection_closed, nullptr);
            answers.push_back(stream.take_written());
            if (!ok || connection_closed) break;
        }
        return answers;
    }
};

in_memory_server& service_server() {
    static in_memory_server& server = [] {
        static const precis_api api = static_api();
        static const precis::cli::serve_options opts;
        // The summarizer has its own target (fuzz_summarize.cpp); here it is the service's
        // code that is fuzzed. Articles of up to 1 KB are summarised in full, so that every
        // way a request reaches the engine (text or JSON body, options, languages) is
        // covered; a longer one is answered input_too_large, a path of its own. Four fifths
        // of a longer body's time was the summary, not the request.
        const std::string limits = R"({"limits": {"max_input_bytes": 1024}})";
        precis_engine* engine = precis_engine_new(limits.data(), limits.size(), nullptr);
        PRECIS_FUZZ_CHECK(engine != nullptr);
        static precis::cli::service svc(api, opts, engine);
        static in_memory_server s;
        s.set_payload_max_length(opts.max_body_bytes);
        svc.install(s);
        return std::ref(s);
    }();
    return server;
}

bool has_status_line(const std::string& answer) { return answer.rfind("HTTP/1.1 ", 0) == 0; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    if (size > (512u << 10)) return -1;
    in_memory_server& server = service_server();
    const uint8_t mode = size > 0 ? data[0] : 0;
    const std::string rest(reinterpret_cast<const char*>(data) + (size > 0 ? 1 : 0),
                           size > 0 ? size - 1 : 0);
    if (mode % 4 == 0) {
        // Raw: whatever httplib and the handlers make of arbitrary bytes; each answer, if any,
        // starts with a status line.
        for (const std::string& answer : server.serve_connection(rest)) {
            PRECIS_FUZZ_CHECK(answer.empty() || has_status_line(answer));
        }
        return 0;
    }
    static const char* const content_types[] = {"", "application/json", "text/plain",
                                                "application/x-www-form-urlencoded"};
    const char* type = content_types[mode % 4];
    std::string request = "POST /summarize HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n";
    if (*type != '\0') request += std::string("Content-Type: ") + type + "\r\n";
    request += "Content-Length: " + std::to_string(rest.size()) + "\r\n\r\n" + rest;
    const std::vector<std::string> answers = server.serve_connection(request);
    PRECIS_FUZZ_CHECK(answers.size() == 1);
    const std::string& answer = answers.front();
    PRECIS_FUZZ_CHECK(has_status_line(answer));
    const std::size_t body_at = answer.find("\r\n\r\n");
    PRECIS_FUZZ_CHECK(body_at != std::string::npos);
    const auto body = nlohmann::json::parse(answer.begin() + static_cast<long>(body_at) + 4,
                                            answer.end(), nullptr, false);
    PRECIS_FUZZ_CHECK(body.is_object() && body.contains("status"));
    return 0;
}
