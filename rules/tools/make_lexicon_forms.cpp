// precis-make-lexicon-forms: writes the image of the embedded pack's French forms (their hits
// grouped by form, as a load freezes them: lexicon_forms_image in pack_model.hpp), which the
// library carries so that loading that pack derives no forms. Run at build time:
//   precis_make_lexicon_forms OUT
#include "build_data_tool.hpp"
#include "pack_model.hpp"

int main(int argc, char** argv) {
    return precis::rules::tools::run_build_data_tool("precis_make_lexicon_forms", argc, argv, [] {
        std::string image = precis::rules::lexicon_forms_image(precis::rules::embedded_pack());
        if (image.empty()) std::fprintf(stderr, "precis_make_lexicon_forms: the embedded pack's lexicon has problems\n");
        return image;
    });
}
