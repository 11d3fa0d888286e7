// Hostile input through the C ABI: whatever bytes a host passes, the library answers with a
// well-formed result document (status ok, or error with a code), never a crash, hang or
// exception. The test knows only the public header.
#define BOOST_TEST_MODULE hostile_input
#include <algorithm>
#include <atomic>
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <new>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/precis.hpp"

// Allocation failure injection: when armed, the Nth operator new from now on throws
// std::bad_alloc. The library is linked dynamically and imports operator new, so this
// replacement reaches every allocation made inside it.
namespace {
std::atomic<long> g_fail_countdown{-1};  // -1: disarmed
std::atomic<long> g_failures{0};
}  // namespace

void* operator new(std::size_t n) {
    long left = g_fail_countdown.load(std::memory_order_relaxed);
    if (left >= 0) {
        left = g_fail_countdown.fetch_sub(1, std::memory_order_relaxed);
        if (left == 0) {
            g_failures.fetch_add(1, std::memory_order_relaxed);
            throw std::bad_alloc();
        }
    }
    if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return ::operator new(n); }
// The nothrow forms too (std::stable_sort's buffer uses them): with a sanitizer they would
// otherwise come from its allocator and be returned to free() below.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    try {
        return ::operator new(n);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t n, const std::nothrow_t& tag) noexcept {
    return ::operator new(n, tag);
}
// The replacement pairs malloc with free on purpose; GCC cannot see that through `new`.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
#pragma GCC diagnostic pop

namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

const std::map<int32_t, std::string>& code_names() {
    static const std::map<int32_t, std::string> names = {
        {PRECIS_INVALID_ARGUMENT, "invalid_argument"},
        {PRECIS_INVALID_UTF8, "invalid_utf8"},
        {PRECIS_INPUT_TOO_LARGE, "input_too_large"},
        {PRECIS_RULES_INVALID, "rules_invalid"},
        {PRECIS_LIMIT_EXCEEDED, "limit_exceeded"},
        {PRECIS_OUT_OF_MEMORY, "out_of_memory"},
        {PRECIS_INTERNAL, "internal"}};
    return names;
}

// One call's outcome, read back from the library's result.
struct answer {
    int32_t status = PRECIS_INTERNAL;
    json doc;
    std::string problem;  // empty when the document is consistent with the status
    std::string code() const {
        return doc.contains("error") && doc["error"].is_object()
                   ? doc["error"].value("code", std::string())
                   : std::string();
    }
};

// Every span in the document lies inside the input.
void check_spans(const json& j, std::size_t input_len, std::string& problem) {
    if (j.is_object()) {
        for (const auto& [key, value] : j.items()) {
            if (key == "span" && value.is_array() && value.size() == 2) {
                const auto b = value[0].get<long long>(), e = value[1].get<long long>();
                if (b < 0 || e < b || static_cast<std::size_t>(e) > input_len) {
                    problem = "span out of the input: " + value.dump();
                }
            } else {
                check_spans(value, input_len, problem);
            }
        }
    } else if (j.is_array()) {
        for (const auto& v : j) check_spans(v, input_len, problem);
    }
}

answer read_result(precis_result* r, std::size_t input_len) {
    answer a;
    if (r == nullptr) {
        a.problem = "NULL result";
        return a;
    }
    a.status = precis_result_status(r);
    std::size_t n = 0;
    const char* text = precis_result_json(r, &n);
    a.doc = json::parse(text, text + n, nullptr, false);
    precis_result_free(r);
    if (a.doc.is_discarded() || !a.doc.is_object()) {
        a.problem = "result is not a JSON object";
    } else if (a.doc.value("schema", 0) != 1) {
        a.problem = "schema is not 1";
    } else if (a.status == PRECIS_OK) {
        if (a.doc.value("status", "") != "ok") a.problem = "status 0 but document says error";
        check_spans(a.doc, input_len, a.problem);
    } else if (a.doc.value("status", "") != "error") {
        a.problem = "error status but document says ok";
    } else if (!code_names().count(a.status) || a.code() != code_names().at(a.status)) {
        a.problem =
            "error.code '" + a.code() + "' does not match status " + std::to_string(a.status);
    }
    return a;
}

struct engine_fixture {
    precis_engine* engine = nullptr;
    explicit engine_fixture(const std::string& options = "{}") {
        precis_result* diag = nullptr;
        engine = precis_engine_new(options.data(), options.size(), &diag);
        precis_result_free(diag);
        BOOST_TEST_REQUIRE(engine != nullptr);
    }
    ~engine_fixture() { precis_engine_free(engine); }
    engine_fixture(const engine_fixture&) = delete;  // owns the engine
    engine_fixture& operator=(const engine_fixture&) = delete;

    answer summarize(const std::string& text, const std::string& options = {}) const {
        return read_result(
            precis_summarize(engine, text.data(), text.size(), options.data(), options.size()),
            text.size());
    }
    answer parse(const std::string& text) const {
        return read_result(precis_parse(engine, text.data(), text.size(), nullptr, 0), text.size());
    }
};

// The engine with default options, shared by the cases that need nothing else: creating one
// loads the hunspell dictionary, which dominates the run time otherwise.
const engine_fixture& default_engine() {
    static const engine_fixture shared;
    return shared;
}

// Summarising and parsing both give a consistent document, ok or a known error.
bool answered_cleanly(const engine_fixture& f, const std::string& text) {
    for (const answer& a : {f.summarize(text), f.parse(text)}) {
        if (!a.problem.empty()) {
            BOOST_TEST_MESSAGE("inconsistent result: " << a.problem);
            return false;
        }
        if (a.status != PRECIS_OK && a.status != PRECIS_LIMIT_EXCEEDED &&
            a.status != PRECIS_INVALID_UTF8) {
            BOOST_TEST_MESSAGE("unexpected status " << a.status << ": " << a.doc.dump());
            return false;
        }
    }
    return true;
}

bool summarises_ok(const engine_fixture& f, const std::string& text) {
    const answer a = f.summarize(text);
    if (!a.problem.empty() || a.status != PRECIS_OK) {
        BOOST_TEST_MESSAGE("status " << a.status << " " << a.problem << " " << a.doc.dump());
        return false;
    }
    return true;
}

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

const std::string k_article =
    u8"Le vice-Premier ministre belge, Maxime Prévot, a signé jeudi à Rabat un accord avec "
    u8"son homologue marocain. « Nous ouvrons une nouvelle page », a-t-il déclaré.\n"
    u8"Selon le ministère, la coopération portera sur la sécurité et la migration.";

}  // namespace

BOOST_AUTO_TEST_SUITE(invalid_utf8)

struct bad_sequence {
    const char* name;
    std::string text;
    long long offset;
};
std::ostream& operator<<(std::ostream& os, const bad_sequence& b) { return os << b.name; }

const bad_sequence k_bad[] = {
    {"stray continuation byte",
     std::string("abc\x80"
                 "def"),
     3},
    {"bad second byte", std::string("Le pr\xC3\x28sident"), 5},
    {"overlong slash", std::string("a/b\xC0\xAF"), 3},
    {"utf-16 surrogate", std::string(u8"été \xED\xA0\x80"), 6},
    {"truncated at the end", std::string(u8"Prévot\xE2\x82"), 7},
    {"above U+10FFFF", std::string("x\xF4\x90\x80\x80"), 1},
    {"latin-1 text", std::string("caf\xE9 cr\xE8me"), 3},
    {"0xFF byte first", std::string("\xFF rest"), 0},
};

BOOST_DATA_TEST_CASE(gives_invalid_utf8_with_the_byte_offset, boost::unit_test::data::make(k_bad),
                     bad) {
    const engine_fixture& f = default_engine();
    for (const answer& a : {f.summarize(bad.text), f.parse(bad.text)}) {
        BOOST_TEST(a.problem == "");
        BOOST_TEST(a.status == PRECIS_INVALID_UTF8);
        BOOST_TEST(a.code() == "invalid_utf8");
        BOOST_TEST(a.doc["error"].value("offset", -1LL) == bad.offset);
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(strange_but_valid_text)

BOOST_AUTO_TEST_CASE(nul_bytes_are_text) {
    const engine_fixture& f = default_engine();
    static const char with_nuls[] = u8"Le ministre\0 a déclaré\0\0 jeudi.";
    BOOST_TEST(summarises_ok(f, std::string(with_nuls, sizeof with_nuls - 1)));
    BOOST_TEST(summarises_ok(f, std::string(1000, '\0')));
}

BOOST_AUTO_TEST_CASE(control_characters) {
    const engine_fixture& f = default_engine();
    std::string text = u8"Le ministre a\x01\x02\x07 déclaré\x1b[31m jeudi\x7f.\t\v\f";
    BOOST_TEST(summarises_ok(f, text));
    std::string all;
    for (int c = 0; c < 32; ++c) all += static_cast<char>(c);
    BOOST_TEST(summarises_ok(f, repeat(all, 100)));
}

BOOST_AUTO_TEST_CASE(byte_order_mark_and_crlf) {
    const engine_fixture& f = default_engine();
    BOOST_TEST(summarises_ok(f, "\xEF\xBB\xBF" + k_article));
    std::string crlf;
    for (char c : k_article) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    BOOST_TEST(summarises_ok(f, crlf));
    BOOST_TEST(summarises_ok(f, repeat("\r", 1000) + k_article + repeat("\r\n", 1000)));
    BOOST_TEST(summarises_ok(f, repeat("\xEF\xBB\xBF", 1000)));
}

BOOST_AUTO_TEST_CASE(other_scripts_and_languages) {
    const engine_fixture& f = default_engine();
    // Mixed scripts in one sentence, right-to-left text with bidi controls, emoji with
    // joiners and skin tones, plain English, plain Arabic.
    BOOST_TEST(summarises_ok(f, u8"Le président Путин a rencontré 习近平 à Αθήνα et à طهران."));
    BOOST_TEST(summarises_ok(
        f, u8"\u202Bقال الوزير إن الاتفاق تاريخي\u202C « \u200Fأعلن\u200E » a-t-il dit."));
    BOOST_TEST(
        summarises_ok(f,
                      u8"Le ministre 👩🏽‍💼 a signé 🇧🇪🤝🇲🇦 l'accord 🎉. "
                      u8"Drapeau 🏳️‍🌈, famille 👨‍👩‍👧‍👦."));
    BOOST_TEST(summarises_ok(
        f,
        "The Belgian deputy prime minister signed an agreement with Morocco on Thursday. "
        "\"We are opening a new chapter,\" he said."));
    BOOST_TEST(
        summarises_ok(f,
                      u8"وقع نائب رئيس الوزراء البلجيكي اتفاقا مع المغرب يوم الخميس في الرباط. "
                      u8"وقال إن البلدين يفتحان صفحة جديدة."));
    BOOST_TEST(summarises_ok(f, u8"e\u0301te\u0301 pre\u0301sident \uFB01n \u00C5 \u212B"));
}

BOOST_AUTO_TEST_CASE(empty_and_blank_input) {
    const engine_fixture& f = default_engine();
    BOOST_TEST(summarises_ok(f, ""));
    BOOST_TEST(summarises_ok(f, repeat(" ", 10000)));
    BOOST_TEST(summarises_ok(f, repeat("\n", 10000)));
    BOOST_TEST(summarises_ok(f, repeat(u8" \t\n\u00A0\u202F\u3000", 1000)));
    // A NULL text pointer with length 0 is the empty article.
    const answer a = read_result(precis_summarize(f.engine, nullptr, 0, nullptr, 0), 0);
    BOOST_TEST(a.problem == "");
    BOOST_TEST(a.status == PRECIS_OK);
}

BOOST_AUTO_TEST_CASE(one_giant_word) {
    const engine_fixture& f = default_engine();
    // Well beyond max_sentence_bytes (64 KiB by default).
    BOOST_TEST(answered_cleanly(f, std::string(512u << 10, 'a')));
    BOOST_TEST(answered_cleanly(f, repeat(u8"é", 128u << 10)));
    BOOST_TEST(answered_cleanly(f, repeat("-", 256u << 10)));
}

BOOST_AUTO_TEST_CASE(deep_nesting_does_not_overflow_the_stack) {
    const engine_fixture& f = default_engine();
    const std::size_t depth = 100000;
    const std::string nested =
        repeat(u8"« (", depth) + "Le ministre a parlé." + repeat(u8") »", depth);
    BOOST_TEST(answered_cleanly(f, nested));
    BOOST_TEST(answered_cleanly(f, repeat(u8"«", depth)));
    BOOST_TEST(answered_cleanly(f, repeat(")", depth) + repeat("(", depth)));
    BOOST_TEST(answered_cleanly(f, repeat("\"", depth)));
    BOOST_TEST(answered_cleanly(f, repeat(u8"“‘", depth)));
    BOOST_TEST(answered_cleanly(f, repeat(u8"« a ", depth) + "."));
}

BOOST_AUTO_TEST_CASE(many_sentences_and_paragraphs) {
    const engine_fixture& f = default_engine();
    BOOST_TEST(answered_cleanly(f, repeat("A. ", 100000)));
    BOOST_TEST(answered_cleanly(f, repeat(k_article + "\n", 500)));
    BOOST_TEST(answered_cleanly(f, repeat(".", 100000)));
    BOOST_TEST(answered_cleanly(f, repeat("M. ", 100000)));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(limits)

BOOST_AUTO_TEST_CASE(input_larger_than_max_input_bytes) {
    const engine_fixture f(R"({"limits": {"max_input_bytes": 1000}})");
    const answer small = f.summarize(std::string(1000, 'a'));
    BOOST_TEST(small.status == PRECIS_OK);
    const answer big = f.summarize(std::string(1001, 'a'));
    BOOST_TEST(big.problem == "");
    BOOST_TEST(big.status == PRECIS_INPUT_TOO_LARGE);
    BOOST_TEST(big.code() == "input_too_large");
    const answer parsed = f.parse(std::string(5000, 'a'));
    BOOST_TEST(parsed.status == PRECIS_INPUT_TOO_LARGE);
}

BOOST_AUTO_TEST_CASE(default_limit_refuses_a_huge_input) {
    const engine_fixture& f = default_engine();
    const answer a = f.summarize(std::string(64u << 20, 'a'));
    BOOST_TEST(a.status == PRECIS_INPUT_TOO_LARGE);
}

BOOST_AUTO_TEST_CASE(tight_work_limits_give_results_or_limit_exceeded) {
    const engine_fixture f(
        R"({"limits": {"max_sentence_bytes": 16, "max_nesting": 2, "max_sentences": 3}})");
    BOOST_TEST(answered_cleanly(f, repeat(k_article + "\n", 50)));
    BOOST_TEST(answered_cleanly(f, repeat(u8"« ( « ", 50) + k_article));
    BOOST_TEST(answered_cleanly(f, std::string(100000, 'x')));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(bad_options)

const char* const k_bad_call_options[] = {
    "{",
    "[]",
    "42",
    "null",
    "\"date\"",
    R"({"trace": 1})",
    R"({"date": "jeudi"})",
    R"({"date": 20251023})",
    R"({"bogus": true})",
    "{\"date\": \"2025-10-23\xFF\"}",
    "{\"da\xC3\x28te\": 1}",
    "{} trailing",
};

BOOST_DATA_TEST_CASE(summarize_options_give_invalid_argument,
                     boost::unit_test::data::make(k_bad_call_options), options) {
    const engine_fixture& f = default_engine();
    const answer a = f.summarize(k_article, options);
    BOOST_TEST(a.problem == "");
    BOOST_TEST(a.status == PRECIS_INVALID_ARGUMENT);
    BOOST_TEST(a.code() == "invalid_argument");
}

BOOST_AUTO_TEST_CASE(deeply_nested_options_json) {
    const engine_fixture& f = default_engine();
    const std::string deep = "{\"date\":" + repeat("[", 100000) + repeat("]", 100000) + "}";
    const answer a = f.summarize(k_article, deep);
    BOOST_TEST(a.problem == "");
    BOOST_TEST(a.status == PRECIS_INVALID_ARGUMENT);
    const answer unclosed = f.summarize(k_article, repeat("[", 100000));
    BOOST_TEST(unclosed.status == PRECIS_INVALID_ARGUMENT);
}

const char* const k_bad_engine_options[] = {
    "{",
    "[1]",
    R"({"rules": 3})",
    R"({"dictionary": false})",
    R"({"limits": 5})",
    R"({"limits": {"max_input_bytes": 0}})",
    R"({"limits": {"max_input_bytes": -1}})",
    R"({"limits": {"max_input_bytes": 1.5}})",
    R"({"limits": {"max_input_bytes": "big"}})",
    R"({"limits": {"max_nesting": 1e400}})",
    R"({"limits": {"max_input_bytes": 4294967296}})",
    R"({"limits": {"max_stack": 4}})",
    R"({"unknown": 1})",
};

BOOST_DATA_TEST_CASE(engine_options_give_invalid_argument,
                     boost::unit_test::data::make(k_bad_engine_options), options) {
    precis_result* diag = nullptr;
    precis_engine* e = precis_engine_new(options, std::strlen(options), &diag);
    BOOST_TEST(e == nullptr);
    const answer a = read_result(diag, 0);
    BOOST_TEST(a.problem == "");
    BOOST_TEST(a.status == PRECIS_INVALID_ARGUMENT);
    precis_engine_free(e);
}

BOOST_AUTO_TEST_CASE(null_arguments) {
    const engine_fixture& f = default_engine();
    const std::string text = "x";
    BOOST_TEST(read_result(precis_summarize(nullptr, text.data(), 1, nullptr, 0), 1).status ==
               PRECIS_INVALID_ARGUMENT);
    BOOST_TEST(read_result(precis_summarize(f.engine, nullptr, 5, nullptr, 0), 5).status ==
               PRECIS_INVALID_ARGUMENT);
    BOOST_TEST(read_result(precis_summarize(f.engine, text.data(), 1, nullptr, 3), 1).status ==
               PRECIS_INVALID_ARGUMENT);
    BOOST_TEST(read_result(precis_parse(nullptr, nullptr, 0, nullptr, 0), 0).status ==
               PRECIS_INVALID_ARGUMENT);
    BOOST_TEST(read_result(precis_engine_reload(nullptr, nullptr, 0), 0).status ==
               PRECIS_INVALID_ARGUMENT);
    precis_result* diag = nullptr;
    BOOST_TEST(precis_engine_new(nullptr, 4, &diag) == nullptr);
    BOOST_TEST(read_result(diag, 0).status == PRECIS_INVALID_ARGUMENT);
}

BOOST_AUTO_TEST_CASE(a_missing_rule_directory_keeps_the_engine_on_its_rules) {
    const engine_fixture& f = default_engine();
    const std::string dir = "/nonexistent/precis/pack\n\xFF";
    const answer a = read_result(precis_engine_reload(f.engine, dir.data(), dir.size()), 0);
    BOOST_TEST(a.problem == "");
    BOOST_TEST(a.status == PRECIS_RULES_INVALID);
    BOOST_TEST(summarises_ok(f, k_article));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(out_of_memory)


// Fails the 1st, 2nd, … allocation of a call in turn: each call must answer with a
// consistent document (out_of_memory, or ok when the failed allocation was not needed), or
// NULL only when even the error result could not be allocated. Nothing may crash or leak.
template <typename Call>
void fail_each_allocation_of(Call&& call, std::size_t input_len) {
    long n = 0;
    int oom = 0;
    // Every allocation among the first ones, then a sparser sample, so that a call with many
    // allocations still tests in bounded time.
    for (;; n += std::max(1L, n / 8)) {
        g_failures = 0;
        g_fail_countdown = n;
        precis_result* r = call();
        g_fail_countdown = -1;
        const bool failed = g_failures.load() > 0;
        if (r == nullptr) {
            BOOST_TEST(failed);
            continue;
        }
        const answer a = read_result(r, input_len);
        BOOST_TEST(a.problem == "", "allocation " << n << ": " << a.problem);
        if (!failed) {
            BOOST_TEST(a.status == PRECIS_OK);
            break;  // the call needed fewer than n allocations: every one has been failed
        }
        BOOST_TEST((a.status == PRECIS_OUT_OF_MEMORY || a.status == PRECIS_OK),
                   "allocation " << n << ": status " << a.status);
        oom += a.status != PRECIS_OK;
    }
    BOOST_TEST_MESSAGE(n << " allocations failed in turn, " << oom << " out_of_memory results");
    BOOST_TEST(oom > 0);
}

BOOST_AUTO_TEST_CASE(failed_allocations_in_summarize_become_out_of_memory) {
    const engine_fixture& f = default_engine();
    fail_each_allocation_of(
        [&] { return precis_summarize(f.engine, k_article.data(), k_article.size(), nullptr, 0); },
        k_article.size());
}

BOOST_AUTO_TEST_CASE(failed_allocations_in_parse_become_out_of_memory) {
    const engine_fixture& f = default_engine();
    const std::string options = R"({"date": "2025-10-23"})";
    fail_each_allocation_of(
        [&] {
            return precis_parse(f.engine, k_article.data(), k_article.size(), options.data(),
                                options.size());
        },
        k_article.size());
}

BOOST_AUTO_TEST_CASE(failed_allocations_in_reload_keep_the_engine_usable) {
    const engine_fixture& f = default_engine();
    fail_each_allocation_of([&] { return precis_engine_reload(f.engine, nullptr, 0); }, 0);
    BOOST_TEST(summarises_ok(f, k_article));
}

BOOST_AUTO_TEST_CASE(failed_allocations_in_engine_new) {
    // Without the dictionary: loading it costs far more than the rest, hundreds of times over.
    static const std::string options = R"({"dictionary": ""})";
    fail_each_allocation_of(
        [] {
            precis_result* diag = nullptr;
            precis_engine* e = precis_engine_new(options.data(), options.size(), &diag);
            precis_engine_free(e);
            return diag;
        },
        0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(regressions)

// Inputs that once broke a component (found by fuzzing or reported), kept in
// tests/data/hostile/: each must give a consistent document, summarised and parsed.
std::vector<fs::path> hostile_inputs() {
    const auto& suite = boost::unit_test::framework::master_test_suite();
    std::vector<fs::path> files;
    if (suite.argc < 2) return files;
    for (const auto& entry : fs::directory_iterator(suite.argv[1])) {
        if (entry.is_regular_file() && entry.path().filename().string()[0] != '.' &&
            entry.path().extension() != ".md") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

BOOST_AUTO_TEST_CASE(every_kept_input_is_answered_cleanly) {
    const auto files = hostile_inputs();
    BOOST_TEST_REQUIRE(!files.empty(), "no inputs found: pass tests/data/hostile as argument");
    const engine_fixture& f = default_engine();
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        BOOST_TEST(answered_cleanly(f, text), path.filename().string());
    }
}

BOOST_AUTO_TEST_SUITE_END()
