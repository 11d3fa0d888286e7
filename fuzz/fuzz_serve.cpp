// `precis serve` request handling: the service's own code (cli/src/serve.cpp, compiled into
// this target so that its internal service class is reachable) runs in-process on an
// ephemeral loopback port over the statically linked plugin; each input is sent as one
// HTTP request. The first byte picks the shape: raw bytes as the whole request, or a
// well-formed POST /summarize whose body (article text or JSON) is the rest of the input.
// Invariants: every answer has a status line, and every answer to a well-formed request
// carries a JSON object body.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <thread>

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

// The service, started once for the whole run; returns its port.
int service_port() {
    static const int port = [] {
        static const precis_api api = static_api();
        static precis::cli::serve_options opts;
        const std::string limits = R"({"limits": {"max_input_bytes": 262144}})";
        precis_engine* engine = precis_engine_new(limits.data(), limits.size(), nullptr);
        PRECIS_FUZZ_CHECK(engine != nullptr);
        static precis::cli::service svc(api, opts, engine);
        static httplib::Server server;
        server.set_payload_max_length(1 << 20);
        server.set_read_timeout(0, 200000);  // incomplete raw requests end here
        server.set_write_timeout(1, 0);
        server.set_keep_alive_max_count(1);
        svc.install(server);
        const int p = server.bind_to_any_port("127.0.0.1");
        PRECIS_FUZZ_CHECK(p > 0);
        std::thread([] { server.listen_after_bind(); }).detach();
        while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return p;
    }();
    return port;
}

// Sends one request and reads the answer until the server closes (each connection serves one
// request). No half-close after sending: cpp-httplib 0.11 then drops the connection without
// answering even a complete request, which is not what the service is being tested for.
std::string round_trip(int port, const std::string& request, bool bounded_wait) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    PRECIS_FUZZ_CHECK(fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    PRECIS_FUZZ_CHECK(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    if (bounded_wait) {
        // A raw request may be one the server keeps waiting on; a well-formed one must be
        // answered, and a server that never answers is caught by libFuzzer's -timeout.
        timeval tv{10, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    }
    std::size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;  // the server may answer (413, 400) and close before reading all
        sent += static_cast<std::size_t>(n);
    }
    std::string answer;
    char buf[4096];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) {
        answer.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return answer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    if (size > (512u << 10)) return -1;
    const int port = service_port();
    const uint8_t mode = size > 0 ? data[0] : 0;
    const std::string rest(reinterpret_cast<const char*>(data) + (size > 0 ? 1 : 0),
                           size > 0 ? size - 1 : 0);
    if (mode % 4 == 0) {
        // Raw: whatever httplib and the handlers make of arbitrary bytes; an answer, if any,
        // starts with a status line.
        const std::string answer = round_trip(port, rest, true);
        PRECIS_FUZZ_CHECK(answer.empty() || answer.rfind("HTTP/1.1 ", 0) == 0);
        return 0;
    }
    static const char* const content_types[] = {"", "application/json", "text/plain",
                                                "application/x-www-form-urlencoded"};
    const char* type = content_types[mode % 4];
    std::string request = "POST /summarize HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n";
    if (*type != '\0') request += std::string("Content-Type: ") + type + "\r\n";
    request += "Content-Length: " + std::to_string(rest.size()) + "\r\n\r\n" + rest;
    std::string answer = round_trip(port, request, false);
    // Under libFuzzer's leak-detection rerun an exchange now and then ends with no answer
    // (never reproduced against `precis serve` itself): one retry tells that apart from a
    // request the service always drops.
    if (answer.empty()) answer = round_trip(port, request, false);
    PRECIS_FUZZ_CHECK(answer.rfind("HTTP/1.1 ", 0) == 0);
    const std::size_t body_at = answer.find("\r\n\r\n");
    PRECIS_FUZZ_CHECK(body_at != std::string::npos);
    const auto body = nlohmann::json::parse(answer.begin() + static_cast<long>(body_at) + 4,
                                            answer.end(), nullptr, false);
    PRECIS_FUZZ_CHECK(body.is_object() && body.contains("status"));
    return 0;
}
