// Eight threads summarise while another reloads good and broken packs in turn: no error, no
// crash, and every result names one of the good packs. Run under ThreadSanitizer by the tsan
// preset (label "concurrency"). Arguments: the default pack directory, a sample article.
#define BOOST_TEST_MODULE tools_reload_stress
#include <atomic>
#include <boost/test/unit_test.hpp>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "tools/support.hpp"

using namespace precis::test;
using json = nlohmann::json;

namespace {

std::string check_digest(const fs::path& pack) {
    const std::string dir = pack.string();
    const doc d(precis_rules_check(dir.data(), dir.size()));
    BOOST_TEST_REQUIRE(d.status == PRECIS_OK, d.json);
    return digest_of(d.json);
}

}  // namespace

BOOST_AUTO_TEST_CASE(summaries_during_reloads_always_use_a_whole_good_pack) {
    scratch_dir dir("stress");
    const fs::path good_a = dir / "a", good_b = dir / "b", broken = dir / "broken";
    copy_pack(arg(1), good_a);
    copy_pack(arg(1), good_b);
    set_pack_option(good_b, "headline_max_words", "6");
    copy_pack(arg(1), broken);
    write_file(broken / "vocabulary" / "zz_broken.yaml", "class: \"title\"\nterms: [\n");
    const std::set<std::string> good = {check_digest(good_a), check_digest(good_b)};
    BOOST_TEST_REQUIRE(good.size() == 2u);

    const std::string options = json{{"rules", good_a.string()}}.dump();
    precis_result* diag = nullptr;
    precis_engine* e = precis_engine_new(options.data(), options.size(), &diag);
    precis_result_free(diag);
    BOOST_TEST_REQUIRE(e != nullptr);
    const std::string text = read_file(arg(2));

    constexpr int summarisers = 8, min_summaries = 4, reloads = 12;
    std::atomic<bool> reloading{true};
    std::atomic<int> summaries{0}, failures{0}, foreign_digests{0};
    std::atomic<int> good_reloads{0}, refused_reloads{0}, wrong_reloads{0};
    std::mutex seen_mutex;
    std::set<std::string> seen;

    std::vector<std::thread> threads;
    for (int t = 0; t < summarisers; ++t) {
        threads.emplace_back([&] {
            std::set<std::string> mine;
            for (int i = 0; i < min_summaries || reloading.load(); ++i) {
                const doc d(precis_summarize(e, text.data(), text.size(), nullptr, 0));
                ++summaries;
                if (d.status != PRECIS_OK) {
                    ++failures;
                    continue;
                }
                const std::string digest = digest_of(d.json);
                if (good.count(digest) == 0) ++foreign_digests;
                mine.insert(digest);
            }
            std::lock_guard<std::mutex> lock(seen_mutex);
            seen.insert(mine.begin(), mine.end());
        });
    }
    threads.emplace_back([&] {
        const fs::path order[] = {good_b, broken, good_a, broken};
        for (int i = 0; i < reloads; ++i) {
            const fs::path& p = order[i % 4];
            const std::string s = p.string();
            const doc d(precis_engine_reload(e, s.data(), s.size()));
            const bool should_fail = p == broken;
            if (should_fail && d.status == PRECIS_RULES_INVALID)
                ++refused_reloads;
            else if (!should_fail && d.status == PRECIS_OK)
                ++good_reloads;
            else
                ++wrong_reloads;
            precis_result_free(precis_engine_reload_if_changed(e));
        }
        reloading = false;
    });
    for (auto& t : threads) t.join();
    precis_engine_free(e);

    BOOST_TEST(summaries.load() >= summarisers * min_summaries);
    BOOST_TEST(failures.load() == 0);
    BOOST_TEST(foreign_digests.load() == 0);
    BOOST_TEST(wrong_reloads.load() == 0);
    BOOST_TEST(good_reloads.load() == reloads / 2);
    BOOST_TEST(refused_reloads.load() == reloads / 2);
    for (const auto& d : seen) BOOST_TEST(good.count(d) == 1u, d);
}
