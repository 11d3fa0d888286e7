// One engine: the current rule set (swapped whole on reload), the lexicon, limits, logging
// and a pool of per-call scratch. Everything here is thread-safe.
#pragma once

#include <spdlog/logger.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "log_sink.hpp"
#include "precis/grammar/parser.hpp"
#include "precis/rules/rules.hpp"

namespace precis::plugin {

struct engine_limits {
    std::size_t max_input_bytes = 8u << 20;
    grammar::limits grammar;
};

// The outcome of a call, before it becomes a precis_result.
struct outcome {
    int32_t status = 0;
    std::string json;
};

class engine final {
public:
    // Builds an engine from its options (JSON object text). On failure returns null and
    // fills `diagnostics` with the error document.
    static std::unique_ptr<engine> create(std::string_view options_json, outcome& diagnostics);
    ~engine();
    engine(const engine&) = delete;  // owns a logger and a lexicon; hosts hold it by handle
    engine& operator=(const engine&) = delete;

    outcome summarize(std::string_view text, std::string_view options_json);
    outcome parse(std::string_view text, std::string_view options_json);
    outcome reload(const std::string& rules_dir);  // "" = the embedded pack
    // Reloads when the rule directory's files changed; false when nothing changed.
    bool reload_if_changed(outcome& result);
    void set_logger(precis_log_callback cb, void* user, int32_t min_level);

    std::shared_ptr<const rules::rule_set> current_rules() const;

private:
    engine();
    struct call;  // per-call state: options, scratch lease, parsed document
    bool prepare(std::string_view text, std::string_view options_json, call& c, outcome& error);

    std::unique_ptr<grammar::scratch> take_scratch();
    void give_back(std::unique_ptr<grammar::scratch> s);

    mutable std::mutex rules_mutex_;  // guards rules_, rules_dir_, fingerprint_ (pointer swap)
    std::shared_ptr<const rules::rule_set> rules_;
    std::string rules_dir_;
    std::vector<std::pair<std::string, std::pair<int64_t, int64_t>>> fingerprint_;
    std::mutex reload_mutex_;  // one reload at a time; summaries never wait for it

    std::unique_ptr<grammar::lexicon> lexicon_;
    engine_limits limits_;
    std::shared_ptr<host_sink> sink_;
    std::shared_ptr<spdlog::logger> logger_;

    std::mutex pool_mutex_;
    std::vector<std::unique_ptr<grammar::scratch>> pool_;
};

}  // namespace precis::plugin
