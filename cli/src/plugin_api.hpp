// The `precis` host reaches the library only through the C ABI, loaded with dlopen: the same
// path every other host takes, so the command line proves the plugin works as shipped.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "precis/precis.hpp"

namespace precis::cli {

struct precis_api {
    decltype(&::precis_abi_version) abi_version = nullptr;
    decltype(&::precis_version) version = nullptr;
    decltype(&::precis_engine_new) engine_new = nullptr;
    decltype(&::precis_engine_free) engine_free = nullptr;
    decltype(&::precis_summarize) summarize = nullptr;
    decltype(&::precis_parse) parse = nullptr;
    decltype(&::precis_engine_reload) reload = nullptr;
    decltype(&::precis_engine_reload_if_changed) reload_if_changed = nullptr;
    decltype(&::precis_rules_check) rules_check = nullptr;
    decltype(&::precis_result_status) result_status = nullptr;
    decltype(&::precis_result_json) result_json = nullptr;
    decltype(&::precis_result_free) result_free = nullptr;
    decltype(&::precis_engine_set_logger) set_logger = nullptr;

    // Loads the library: $PRECIS_LIBRARY, else ../lib/libprecis.so beside this executable,
    // else the system's libprecis.so.0. Throws std::runtime_error with dlerror's text.
    static const precis_api& load();
};

// A result owned for its lifetime: the library frees what it allocated.
class result final {
public:
    result(const precis_api& api, precis_result* r) : api_(&api), r_(r) {}
    ~result() { api_->result_free(r_); }
    result(result&& o) noexcept : api_(o.api_), r_(o.r_) { o.r_ = nullptr; }
    result(const result&) = delete;  // single owner of the library's allocation
    result& operator=(const result&) = delete;
    result& operator=(result&&) = delete;

    explicit operator bool() const { return r_ != nullptr; }
    int32_t status() const { return api_->result_status(r_); }
    std::string_view json() const {
        size_t n = 0;
        const char* p = api_->result_json(r_, &n);
        return p == nullptr ? std::string_view() : std::string_view(p, n);
    }

private:
    const precis_api* api_;
    precis_result* r_;
};

// An engine owned for its lifetime.
class engine final {
public:
    // Creates an engine with the given rule directory ("" = embedded pack). Throws
    // std::runtime_error carrying the diagnostics document when creation fails.
    engine(const precis_api& api, const std::string& rules_dir);
    ~engine() { api_->engine_free(e_); }
    engine(const engine&) = delete;  // owns the library's engine
    engine& operator=(const engine&) = delete;

    precis_engine* get() const { return e_; }
    result summarize(std::string_view text, std::string_view options = {}) const {
        return {*api_, api_->summarize(e_, text.data(), text.size(), options.data(), options.size())};
    }
    result parse(std::string_view text, std::string_view options = {}) const {
        return {*api_, api_->parse(e_, text.data(), text.size(), options.data(), options.size())};
    }
    result reload(const std::string& dir) const {
        return {*api_, api_->reload(e_, dir.data(), dir.size())};
    }

private:
    const precis_api* api_;
    precis_engine* e_ = nullptr;
};

}  // namespace precis::cli
