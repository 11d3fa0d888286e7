// precis-make-fallback-tables: writes the tables of the installed FreeDict French-English
// dictionary and English word list (fallback_tables.hpp), which the library carries so that
// its first English needs no reading of them. Run at build time:
//   precis_make_fallback_tables OUT
#include <cstdio>
#include <fstream>

#include "fallback_tables.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: precis_make_fallback_tables OUT\n");
        return 2;
    }
    const std::string tables = precis::rules::fallback_tables::from_installed_files();
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out.write(tables.data(), static_cast<std::streamsize>(tables.size()));
    out.close();
    if (!out) {
        std::fprintf(stderr, "precis_make_fallback_tables: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
