#include "json_writer.hpp"

namespace precis::plugin {

json_writer::json_writer(std::string& out)
    : out_(out),
      serializer_(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                  nlohmann::json::error_handler_t::replace) {}

json_writer& json_writer::open(char c) {
    separate();
    out_.push_back(c);
    need_comma_ = false;
    return *this;
}

json_writer& json_writer::close(char c) {
    out_.push_back(c);
    need_comma_ = true;
    return *this;
}

json_writer& json_writer::raw(const char* text) {
    separate();
    out_ += text;
    need_comma_ = true;
    return *this;
}

json_writer& json_writer::key(const char* name) {
    separate();
    out_.push_back('"');
    out_ += name;
    out_ += "\":";
    need_comma_ = false;
    return *this;
}

json_writer& json_writer::str(std::string_view s) {
    separate();
    // One string value reused for every string: assigning keeps its capacity, so writing a
    // string costs no allocation once the longest one has been seen.
    text_.get_ref<std::string&>().assign(s.data(), s.size());
    serializer_.dump(text_, false, false, 0);
    need_comma_ = true;
    return *this;
}

}  // namespace precis::plugin
