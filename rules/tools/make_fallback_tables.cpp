// precis-make-fallback-tables: writes the tables of the installed FreeDict French-English
// dictionary and English word list (fallback_tables.hpp), which the library carries so that
// its first English needs no reading of them. Run at build time:
//   precis_make_fallback_tables OUT
#include "build_data_tool.hpp"
#include "fallback_tables.hpp"

int main(int argc, char** argv) {
    return precis::rules::tools::run_build_data_tool("precis_make_fallback_tables", argc, argv,
                                                     [] { return precis::rules::fallback_tables::from_installed_files(); });
}
