#include "plugin_api.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace precis::cli {

namespace {

std::string beside_executable() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    return (exe.parent_path().parent_path() / "lib" / "libprecis.so").string();
}

template <typename F>
void bind(void* lib, const char* name, F& slot) {
    void* sym = dlsym(lib, name);
    if (sym == nullptr) throw std::runtime_error(std::string("libprecis lacks ") + name);
    slot = reinterpret_cast<F>(sym);
}

precis_api load_api() {
    std::string tried;
    void* lib = nullptr;
    std::string candidates[3];
    if (const char* env = std::getenv("PRECIS_LIBRARY"); env != nullptr && *env != '\0') {
        candidates[0] = env;
    }
    candidates[1] = beside_executable();
    candidates[2] = "libprecis.so.0";
    for (const auto& c : candidates) {
        if (c.empty()) continue;
        if (c.find('/') != std::string::npos && !std::filesystem::exists(c)) continue;
        lib = dlopen(c.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (lib != nullptr) break;
        tried += std::string("\n  ") + c + ": " + dlerror();
    }
    if (lib == nullptr) throw std::runtime_error("cannot load libprecis.so" + tried);
    precis_api api;
    bind(lib, "precis_abi_version", api.abi_version);
    bind(lib, "precis_version", api.version);
    bind(lib, "precis_engine_new", api.engine_new);
    bind(lib, "precis_engine_free", api.engine_free);
    bind(lib, "precis_summarize", api.summarize);
    bind(lib, "precis_parse", api.parse);
    bind(lib, "precis_engine_reload", api.reload);
    bind(lib, "precis_engine_reload_if_changed", api.reload_if_changed);
    bind(lib, "precis_rules_check", api.rules_check);
    bind(lib, "precis_result_status", api.result_status);
    bind(lib, "precis_result_json", api.result_json);
    bind(lib, "precis_result_free", api.result_free);
    bind(lib, "precis_engine_set_logger", api.set_logger);
    return api;
}

}  // namespace

const precis_api& precis_api::load() {
    static const precis_api api = load_api();
    return api;
}

engine::engine(const precis_api& api, const std::string& rules_dir) : api_(&api) {
    std::string options = "{}";
    if (!rules_dir.empty()) options = nlohmann::json{{"rules", rules_dir}}.dump();
    precis_result* diag = nullptr;
    e_ = api.engine_new(options.data(), options.size(), &diag);
    result report(api, diag);
    if (e_ == nullptr) {
        throw std::runtime_error(report ? std::string(report.json()) : "cannot create engine");
    }
}

}  // namespace precis::cli
