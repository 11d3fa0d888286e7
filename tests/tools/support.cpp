#include "support.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace precis::test {

std::string arg(int n) {
    const auto& suite = boost::unit_test::framework::master_test_suite();
    const std::string a = n < suite.argc ? suite.argv[n] : "";
    return a == "none" ? std::string() : a;  // tests/tools.cmake's word for "not installed"
}

scratch_dir::scratch_dir(const std::string& tag) {
    std::random_device rd;
    path_ = fs::temp_directory_path() /
            ("precis-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(path_);
}

scratch_dir::~scratch_dir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + p.string());
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_file(const fs::path& p, const std::string& content) {
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + p.string());
}

int line_of(const fs::path& p, const std::string& needle) {
    std::istringstream in(read_file(p));
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.find(needle) != std::string::npos) return n;
    }
    return 0;
}

void copy_pack(const fs::path& from, const fs::path& to) {
    fs::copy(from, to, fs::copy_options::recursive);
}

void set_pack_option(const fs::path& pack, const std::string& key, const std::string& value) {
    const fs::path file = pack / "pack.yaml";
    const std::string before = read_file(file);
    const std::regex line("(\\n  " + key + ":)[^\\n]*");
    const std::string after = std::regex_replace(before, line, "$1 " + value);
    if (after == before) throw std::runtime_error("pack.yaml has no option " + key);
    write_file(file, after);
}

run_result run(const std::vector<std::string>& argv, bool quiet_stderr) {
    int pipe_fds[2];
    if (argv.empty() || ::pipe(pipe_fds) != 0) throw std::runtime_error("cannot run");
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("cannot fork");
    if (pid == 0) {
        ::dup2(pipe_fds[1], STDOUT_FILENO);
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        if (quiet_stderr) {
            const int null_fd = ::open("/dev/null", O_WRONLY);
            if (null_fd >= 0) ::dup2(null_fd, STDERR_FILENO);
        }
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    ::close(pipe_fds[1]);
    run_result r;
    char buf[65536];
    for (ssize_t n; (n = ::read(pipe_fds[0], buf, sizeof buf)) > 0;) {
        r.out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(pipe_fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

doc::doc(precis_result* r) {
    status = precis_result_status(r);
    std::size_t n = 0;
    const char* p = precis_result_json(r, &n);
    if (p != nullptr) json.assign(p, n);
    precis_result_free(r);
}

std::string digest_of(const std::string& result_json) {
    const auto j = nlohmann::json::parse(result_json, nullptr, false);
    if (!j.is_object() || !j.contains("rules") || !j["rules"].is_object()) return {};
    return j["rules"].value("digest", "");
}

}  // namespace precis::test
