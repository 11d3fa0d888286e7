// One engine used from many threads at once, reload and logger changes included, as the
// contract promises. Run under ThreadSanitizer by the `tsan` preset (label `concurrency`).
#define BOOST_TEST_MODULE concurrent_engine
#include <atomic>
#include <boost/test/unit_test.hpp>
#include <cstring>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "precis/precis.hpp"

namespace {

const char* const k_texts[] = {
    u8"Le vice-Premier ministre belge, Maxime Prévot, a signé jeudi à Rabat un accord avec son "
    u8"homologue marocain. « Nous ouvrons une nouvelle page », a-t-il déclaré.",
    u8"Selon le ministère, la coopération portera sur la sécurité, la justice et la migration.\n"
    u8"Les deux pays se retrouveront en 2026.",
    "caf\xE9",  // not UTF-8
    "",
    u8"« ( « ( « Le président a parlé. ) » ) »",
};

std::string json_of(precis_result* r) {
    std::size_t n = 0;
    const char* p = precis_result_json(r, &n);
    return p == nullptr ? std::string() : std::string(p, n);
}

// The document for a text, from a fresh engine: what every concurrent call must reproduce.
std::vector<std::string> reference_documents() {
    precis_engine* e = precis_engine_new(nullptr, 0, nullptr);
    std::vector<std::string> docs;
    for (const char* t : k_texts) {
        precis_result* r = precis_summarize(e, t, std::strlen(t), nullptr, 0);
        docs.push_back(json_of(r));
        precis_result_free(r);
    }
    precis_engine_free(e);
    return docs;
}

void count_message(void* user, int32_t, const char*, size_t) {
    static_cast<std::atomic<int>*>(user)->fetch_add(1);
}

}  // namespace

BOOST_AUTO_TEST_CASE(summaries_reloads_and_logger_changes_interleave_safely) {
    const std::vector<std::string> expected = reference_documents();
    precis_result* diag = nullptr;
    precis_engine* engine = precis_engine_new(nullptr, 0, &diag);
    BOOST_TEST_REQUIRE(engine != nullptr);
    precis_result_free(diag);

    std::atomic<bool> stop{false};
    std::atomic<int> mismatches{0}, calls{0}, failed_reloads{0}, messages{0};
    auto summarizer = [&](unsigned seed) {
        for (unsigned i = seed; i < seed + 300; ++i) {
            const std::size_t k = i % std::size(k_texts);
            const char* t = k_texts[k];
            precis_result* r = (i % 3 == 0)
                                   ? precis_parse(engine, t, std::strlen(t), nullptr, 0)
                                   : precis_summarize(engine, t, std::strlen(t), nullptr, 0);
            if (i % 3 != 0 && json_of(r) != expected[k]) mismatches.fetch_add(1);
            precis_result_free(r);
            calls.fetch_add(1);
        }
    };
    std::thread reloader([&] {
        for (int i = 0; !stop.load(); ++i) {
            precis_result* r = precis_engine_reload(engine, nullptr, 0);
            if (precis_result_status(r) != PRECIS_OK) failed_reloads.fetch_add(1);
            precis_result_free(r);
            precis_engine_set_logger(engine, i % 2 == 0 ? count_message : nullptr, &messages,
                                     i % 5);
            precis_result_free(precis_engine_reload_if_changed(engine));
        }
    });
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < 4; ++t) workers.emplace_back(summarizer, t * 1000);
    for (auto& w : workers) w.join();
    stop = true;
    reloader.join();
    precis_engine_free(engine);

    BOOST_TEST(calls.load() == 4 * 300);
    BOOST_TEST(mismatches.load() == 0);
    BOOST_TEST(failed_reloads.load() == 0);
}

BOOST_AUTO_TEST_CASE(engines_are_independent) {
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 5; ++i) {
                precis_engine* e = precis_engine_new(nullptr, 0, nullptr);
                if (e == nullptr) {
                    failures.fetch_add(1);
                    continue;
                }
                const char* t0 = k_texts[0];
                precis_result* r = precis_summarize(e, t0, std::strlen(t0), nullptr, 0);
                if (precis_result_status(r) != PRECIS_OK) failures.fetch_add(1);
                precis_result_free(r);
                precis_engine_free(e);
            }
        });
    }
    for (auto& t : threads) t.join();
    BOOST_TEST(failures.load() == 0);
}
