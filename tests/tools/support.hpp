// Helpers for the tools tests: scratch pack copies, files, and running the built `precis`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "precis/precis.hpp"

namespace precis::test {

namespace fs = std::filesystem;

// The n-th argument after "--" on the test's command line ("" when absent or "none").
std::string arg(int n);

// A directory under the system temp folder, removed with everything in it at scope exit.
class scratch_dir final {
  public:
    explicit scratch_dir(const std::string& tag);
    ~scratch_dir();
    scratch_dir(const scratch_dir&) = delete;  // owns the directory on disk
    scratch_dir& operator=(const scratch_dir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& rel) const { return path_ / rel; }

  private:
    fs::path path_;
};

std::string read_file(const fs::path& p);
void write_file(const fs::path& p, const std::string& content);

// The 1-based number of the first line of `p` containing `needle` (0 when none).
int line_of(const fs::path& p, const std::string& needle);

// Copies the pack at `from` to `to` (a fresh directory).
void copy_pack(const fs::path& from, const fs::path& to);
// Rewrites `key: value` in the options of `pack/pack.yaml`.
void set_pack_option(const fs::path& pack, const std::string& key, const std::string& value);

// Runs a program with arguments (no shell), capturing stdout; stderr goes to the test log, or
// nowhere when quiet_stderr (browsers are chatty).
struct run_result {
    int exit_code = -1;
    std::string out;
};
run_result run(const std::vector<std::string>& argv, bool quiet_stderr = false);

// A result's status and its document, freed on construction.
struct doc {
    int32_t status = 0;
    std::string json;
    explicit doc(precis_result* r);
};

// The "rules.digest" of a result document ("" when absent).
std::string digest_of(const std::string& result_json);

}  // namespace precis::test
