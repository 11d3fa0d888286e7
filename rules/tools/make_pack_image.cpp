// precis-make-pack-image: writes the image of the embedded pack's parsed trees and its digest
// (pack_image in yaml_doc.hpp), which the library carries so that loading that pack reads no
// YAML. Run at build time:
//   precis_make_pack_image OUT
#include "build_data_tool.hpp"
#include "precis/rules/rules.hpp"
#include "yaml_doc.hpp"

int main(int argc, char** argv) {
    return precis::rules::tools::run_build_data_tool("precis_make_pack_image", argc, argv, [] {
        const precis::rules::pack_source& pack = precis::rules::embedded_pack();
        return precis::rules::pack_image::write(pack, precis::rules::pack_sha1(pack));
    });
}
