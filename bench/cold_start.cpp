// precis-bench-cold: one cold start in a process of its own, for precis-bench. It links
// neither ICU nor OTS: precis-bench links libots, whose libxml2 brings libicuuc in at exec,
// so a start timed there would find part of ICU already loaded and understate both the ICU
// load and the plugin's start.
//
//   precis-bench-cold MODE CORPUS.jsonl      prints the milliseconds, exit status 0 on success
//
// MODE "icu" loads ICU and its normalisation data only; "precis" loads the plugin, creates an
// engine on the embedded pack and summarises the corpus's first article (a real one: every
// word of it is new to the word caches); "precis-no-dictionary" does the same with no lexicon
// ({"dictionary": ""}); "precis-hunspell" with hunspell reading the system dictionary at run
// time instead of the compiled table. The clock stops when the first result is there: freeing
// the engine afterwards is not part of a start.
#include <dlfcn.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "plugin_api.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: precis-bench-cold icu|precis|precis-no-dictionary|precis-hunspell CORPUS\n");
        return 2;
    }
    const std::string mode = argv[1];
    std::string text;
    {
        std::ifstream in(argv[2]);
        std::string line;
        while (std::getline(in, line) && line.empty()) {
        }
        if (line.empty()) return 1;
        text = nlohmann::json::parse(line).at("text").get<std::string>();
    }
    using clock_type = std::chrono::steady_clock;
    const auto t0 = clock_type::now();
    auto ms_since_start = [&] {
        return std::chrono::duration<double, std::milli>(clock_type::now() - t0).count();
    };
    double ms = 0;
    if (mode == "icu") {
        void* uc = dlopen("libicuuc.so.72", RTLD_NOW | RTLD_LOCAL);
        void* i18n = dlopen("libicui18n.so.72", RTLD_NOW | RTLD_LOCAL);
        using get_nfc = const void* (*)(int*);
        auto nfc = uc ? reinterpret_cast<get_nfc>(dlsym(uc, "unorm2_getNFCInstance_72")) : nullptr;
        int err = 0;
        if (i18n == nullptr || nfc == nullptr || nfc(&err) == nullptr) return 1;
        ms = ms_since_start();
    } else if (mode == "precis" || mode == "precis-no-dictionary" || mode == "precis-hunspell") {
        const precis::cli::precis_api& api = precis::cli::precis_api::load();
        const std::string options = mode == "precis-no-dictionary" ? R"({"dictionary": ""})"
                                    : mode == "precis-hunspell"
                                        ? R"({"dictionary": "/usr/share/hunspell"})"
                                        : "";
        precis_engine* e = api.engine_new(options.data(), options.size(), nullptr);
        precis_result* r = api.summarize(e, text.data(), text.size(), nullptr, 0);
        ms = ms_since_start();
        if (api.result_status(r) != 0) return 1;
        api.result_free(r);
        api.engine_free(e);
    } else {
        return 2;
    }
    std::printf("%.3f\n", ms);
    return 0;
}
