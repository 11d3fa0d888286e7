// Reading a pack's files: from a directory (bounded, confined to it) or from the copy embedded
// in the library at build time.
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "pack_limits.hpp"
#include "precis/rules/rules.hpp"

namespace precis::rules {
namespace embedded {
struct entry {
    const char* path;
    const char* data;
    std::size_t size;
};
extern const entry files[];
}  // namespace embedded

namespace fs = std::filesystem;

std::string diagnostic::to_string() const {
    std::ostringstream out;
    out << (file.empty() ? std::string("<pack>") : file) << ':' << line << ':' << column << ": "
        << message;
    return out.str();
}

namespace {

bool is_pack_file(const fs::path& p) {
    const auto ext = p.extension().string();
    return ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".md";
}

}  // namespace

pack_source read_pack_directory(const std::string& dir, std::vector<diagnostic>& problems) {
    pack_source source;
    source.origin = dir;
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(fs::path(dir), ec);
    if (ec || !fs::is_directory(root, ec)) {
        problems.push_back({"", 0, 0, "not a readable directory: " + dir});
        return source;
    }
    std::size_t total = 0;
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        if (it.depth() > static_cast<int>(limits::max_depth)) {
            it.disable_recursion_pending();
            continue;
        }
        const fs::path& p = it->path();
        // Lexically: fs::relative would follow a symbolic link and name its target.
        const std::string rel = p.lexically_relative(root).generic_string();
        if (it->is_symlink(ec)) {
            // A link could lead out of the pack: packs are plain files only.
            problems.push_back({rel, 0, 0, "symbolic links are not allowed in a pack"});
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec) || !is_pack_file(p)) continue;
        if (source.files.size() >= limits::max_files) {
            problems.push_back({rel, 0, 0,
                                "too many files in the pack (limit " +
                                    std::to_string(limits::max_files) + ")"});
            break;
        }
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0) {
            problems.push_back({rel, 0, 0, "cannot read file"});
            continue;
        }
        if (static_cast<std::size_t>(st.st_size) > limits::max_file_bytes) {
            problems.push_back({rel, 0, 0,
                                "file too large (limit " + std::to_string(limits::max_file_bytes) +
                                    " bytes)"});
            continue;
        }
        total += static_cast<std::size_t>(st.st_size);
        if (total > limits::max_pack_bytes) {
            problems.push_back({rel, 0, 0, "pack too large (limit " +
                                               std::to_string(limits::max_pack_bytes) + " bytes)"});
            break;
        }
        std::ifstream in(p, std::ios::binary);
        std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            problems.push_back({rel, 0, 0, "cannot read file"});
            continue;
        }
        pack_source::file f;
        f.path = rel;
        f.content = std::move(content);
        f.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        f.size = static_cast<int64_t>(st.st_size);
        source.files.push_back(std::move(f));
    }
    if (ec) problems.push_back({"", 0, 0, "cannot list directory: " + ec.message()});
    std::sort(source.files.begin(), source.files.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    return source;
}

const pack_source& embedded_pack() {
    static const pack_source pack = [] {
        pack_source p;
        p.origin = "embedded:fr-news";
        for (const embedded::entry* e = embedded::files; e->path != nullptr; ++e) {
            p.files.push_back({e->path, file_bytes::viewing(std::string_view(e->data, e->size)), 0,
                               static_cast<int64_t>(e->size)});
        }
        return p;
    }();
    return pack;
}

}  // namespace precis::rules
