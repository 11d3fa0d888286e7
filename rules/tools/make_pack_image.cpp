// precis-make-pack-image: writes the image of the embedded pack's parsed trees and its digest
// (pack_image in yaml_doc.hpp), which the library carries so that loading that pack reads no
// YAML. Run at build time:
//   precis_make_pack_image OUT
#include <cstdio>
#include <fstream>

#include "precis/rules/rules.hpp"
#include "yaml_doc.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: precis_make_pack_image OUT\n");
        return 2;
    }
    const precis::rules::pack_source& pack = precis::rules::embedded_pack();
    const std::string image =
        precis::rules::pack_image::write(pack, precis::rules::pack_sha1(pack));
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out.write(image.data(), static_cast<std::streamsize>(image.size()));
    out.close();
    if (!out) {
        std::fprintf(stderr, "precis_make_pack_image: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
