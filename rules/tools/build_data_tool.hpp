// The frame of the tools that make the rules' build data (cmake/PrecisBuildData.cmake): each
// is run as `TOOL OUT` and writes the bytes it makes to OUT.
#pragma once

#include <cstdio>
#include <fstream>
#include <string>

namespace precis::rules::tools {

// Runs `make` and writes its bytes to argv[1]; the exit status of the tool. `make` returns ""
// when it cannot make them (it has said why on stderr).
template <typename Make>
int run_build_data_tool(const char* name, int argc, char** argv, Make make) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT\n", name);
        return 2;
    }
    const std::string bytes = make();
    if (bytes.empty()) return 1;
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        std::fprintf(stderr, "%s: cannot write %s\n", name, argv[1]);
        return 1;
    }
    return 0;
}

}  // namespace precis::rules::tools
