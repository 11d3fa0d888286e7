// precis_summarize / precis_parse on arbitrary bytes through the C ABI. The first byte picks
// the call, its options and the engine's sentence limit; the rest is the article. Every answer
// must be a consistent result document whose spans lie inside the input.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_checks.hpp"
#include "precis/precis.hpp"

namespace {

// Two engines: one whose sentence limit lies below -max_len, so that overlong runs are cut
// (the first byte's top bit picks it), and one that seldom cuts.
precis_engine* shared_engine(bool short_sentences) {
    // Small limits keep each run short; the defaults are exercised by the tests.
    static precis_engine* const engines[2] = {
        [] {
            const std::string options =
                R"({"limits": {"max_input_bytes": 262144, "max_sentence_bytes": 4096}})";
            return precis_engine_new(options.data(), options.size(), nullptr);
        }(),
        [] {
            const std::string options =
                R"({"limits": {"max_input_bytes": 262144, "max_sentence_bytes": 96}})";
            return precis_engine_new(options.data(), options.size(), nullptr);
        }()};
    return engines[short_sentences ? 1 : 0];
}

void check_spans(const nlohmann::json& j, std::size_t len) {
    if (j.is_object()) {
        for (const auto& [key, value] : j.items()) {
            if (key == "span" && value.is_array() && value.size() == 2) {
                const auto b = value[0].get<int64_t>(), e = value[1].get<int64_t>();
                PRECIS_FUZZ_CHECK(0 <= b && b <= e && static_cast<std::size_t>(e) <= len);
            } else {
                check_spans(value, len);
            }
        }
    } else if (j.is_array()) {
        for (const auto& v : j) check_spans(v, len);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const uint8_t mode = size > 0 ? data[0] : 0;
    precis_engine* engine = shared_engine((mode & 0x80) != 0);
    PRECIS_FUZZ_CHECK(engine != nullptr);
    const char* text = reinterpret_cast<const char*>(data) + (size > 0 ? 1 : 0);
    const std::size_t len = size > 0 ? size - 1 : 0;
    static const std::string_view options[] = {"", R"({"date":"2025-10-23"})",
                                               R"({"trace":false})"};
    const std::string_view opt = options[(mode >> 1) % 3];
    precis_result* r = (mode & 1) != 0
                           ? precis_parse(engine, text, len, opt.data(), opt.size())
                           : precis_summarize(engine, text, len, opt.data(), opt.size());
    PRECIS_FUZZ_CHECK(r != nullptr);
    std::size_t n = 0;
    const char* out = precis_result_json(r, &n);
    const auto doc = nlohmann::json::parse(out, out + n, nullptr, false);
    PRECIS_FUZZ_CHECK(doc.is_object());
    PRECIS_FUZZ_CHECK(doc.value("schema", 0) == 1);
    const int32_t status = precis_result_status(r);
    PRECIS_FUZZ_CHECK(status == PRECIS_OK || status == PRECIS_INVALID_UTF8 ||
                      status == PRECIS_LIMIT_EXCEEDED || status == PRECIS_INPUT_TOO_LARGE);
    PRECIS_FUZZ_CHECK((status == PRECIS_OK) == (doc.value("status", "") == "ok"));
    if (status == PRECIS_OK) check_spans(doc, len);
    if (status == PRECIS_INVALID_UTF8) {
        const auto at = doc["error"].value("offset", int64_t{-1});
        PRECIS_FUZZ_CHECK(at >= 0 && static_cast<std::size_t>(at) < len);
    }
    precis_result_free(r);
    return 0;
}
