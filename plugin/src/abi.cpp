// The exported C functions. Each body maps every failure to a result: no exception crosses
// this boundary, nothing is written to stdout or stderr.
#include <new>

#pragma GCC visibility push(default)
#include "precis/precis.hpp"
#pragma GCC visibility pop

#include "engine.hpp"
#include "result_document.hpp"

struct precis_engine {
    std::unique_ptr<precis::plugin::engine> impl;
};

struct precis_result {
    int32_t status = 0;
    std::string json;
};

namespace {

using precis::plugin::outcome;

// Results for failures where building a document may itself fail: preallocated texts.
const char k_oom_json[] =
    R"({"schema":1,"status":"error","error":{"code":"out_of_memory","message":"out of memory"}})";

precis_result* make_result(outcome&& o) noexcept {
    try {
        return new precis_result{o.status, std::move(o.json)};
    } catch (...) {
        return nullptr;
    }
}

precis_result* error_result(int32_t status, const char* code, const char* message) noexcept {
    try {
        precis::plugin::error_info e;
        e.code = code;
        e.message = message;
        return make_result({status, precis::plugin::error_document(e)});
    } catch (...) {
        try {
            return new precis_result{PRECIS_OUT_OF_MEMORY, k_oom_json};
        } catch (...) {
            return nullptr;
        }
    }
}

template <typename F>
precis_result* guarded(F&& body) noexcept {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return error_result(PRECIS_OUT_OF_MEMORY, "out_of_memory", "out of memory");
    } catch (const std::exception& e) {
        return error_result(PRECIS_INTERNAL, "internal", e.what());
    } catch (...) {
        return error_result(PRECIS_INTERNAL, "internal", "unknown internal error");
    }
}

std::string_view view(const char* p, size_t n) {
    return p == nullptr ? std::string_view() : std::string_view(p, n);
}

// summarize and parse share their argument checks: only the engine's operation differs.
precis_result* on_article(precis_engine* e, const char* utf8, size_t len,
                          const char* options_json, size_t options_len,
                          outcome (precis::plugin::engine::*operation)(std::string_view,
                                                                       std::string_view)) {
    return guarded([&]() -> precis_result* {
        if (e == nullptr || (utf8 == nullptr && len != 0) ||
            (options_json == nullptr && options_len != 0)) {
            return error_result(PRECIS_INVALID_ARGUMENT, "invalid_argument",
                                "NULL engine or text");
        }
        return make_result(((*e->impl).*operation)(view(utf8, len), view(options_json, options_len)));
    });
}

}  // namespace

extern "C" {

int32_t precis_abi_version(void) { return PRECIS_ABI; }

const char* precis_version(void) { return PRECIS_LIBRARY_VERSION; }

precis_engine* precis_engine_new(const char* options_json, size_t len,
                                 precis_result** diagnostics) {
    if (diagnostics != nullptr) *diagnostics = nullptr;
    precis_engine* handle = nullptr;
    precis_result* report = guarded([&]() -> precis_result* {
        if (options_json == nullptr && len != 0) {
            return error_result(PRECIS_INVALID_ARGUMENT, "invalid_argument",
                                "options_json is NULL but len is not 0");
        }
        outcome diag;
        auto impl = precis::plugin::engine::create(view(options_json, len), diag);
        if (impl) handle = new precis_engine{std::move(impl)};
        return make_result(std::move(diag));
    });
    if (diagnostics != nullptr) {
        *diagnostics = report;
    } else {
        precis_result_free(report);
    }
    return handle;
}

void precis_engine_free(precis_engine* e) { delete e; }

precis_result* precis_summarize(precis_engine* e, const char* utf8, size_t len,
                                const char* options_json, size_t options_len) {
    return on_article(e, utf8, len, options_json, options_len,
                      &precis::plugin::engine::summarize);
}

precis_result* precis_parse(precis_engine* e, const char* utf8, size_t len,
                            const char* options_json, size_t options_len) {
    return on_article(e, utf8, len, options_json, options_len, &precis::plugin::engine::parse);
}

precis_result* precis_engine_reload(precis_engine* e, const char* rules_dir, size_t len) {
    return guarded([&]() -> precis_result* {
        if (e == nullptr) {
            return error_result(PRECIS_INVALID_ARGUMENT, "invalid_argument", "NULL engine");
        }
        return make_result(e->impl->reload(std::string(view(rules_dir, len))));
    });
}

precis_result* precis_engine_reload_if_changed(precis_engine* e) {
    return guarded([&]() -> precis_result* {
        if (e == nullptr) {
            return error_result(PRECIS_INVALID_ARGUMENT, "invalid_argument", "NULL engine");
        }
        outcome o;
        if (!e->impl->reload_if_changed(o)) return nullptr;
        return make_result(std::move(o));
    });
}

precis_result* precis_rules_check(const char* rules_dir, size_t len) {
    return guarded([&]() -> precis_result* {
        const auto loaded = precis::rules::load_from(std::string(view(rules_dir, len)));
        const bool good = loaded.rules != nullptr;
        return make_result({good ? PRECIS_OK : PRECIS_RULES_INVALID,
                            precis::plugin::pack_document(
                                good ? &loaded.rules->identity() : nullptr, loaded.problems)});
    });
}

int32_t precis_result_status(const precis_result* r) {
    return r == nullptr ? PRECIS_INVALID_ARGUMENT : r->status;
}

const char* precis_result_json(const precis_result* r, size_t* len) {
    if (r == nullptr) {
        if (len != nullptr) *len = 0;
        return nullptr;
    }
    if (len != nullptr) *len = r->json.size();
    return r->json.c_str();
}

void precis_result_free(precis_result* r) { delete r; }

void precis_engine_set_logger(precis_engine* e, precis_log_callback cb, void* user,
                              int32_t min_level) {
    if (e == nullptr) return;
    try {
        e->impl->set_logger(cb, user, min_level);
    } catch (...) {
        // Logging is best effort: a failure to set it must not take the host down.
    }
}

}  // extern "C"
