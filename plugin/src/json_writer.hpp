// Writes a JSON document straight into a string, without building a tree first.
//
// Why not nlohmann's DOM: building the tree costs an allocation per node, and nlohmann 3.11.2
// allocates in the destructor of every non-empty array or object (json_value::destroy
// flattens into a std::vector), so an allocation failing there ends in std::terminate instead
// of an out_of_memory result. Strings and numbers still go through nlohmann's serializer
// (escaping, invalid UTF-8 replaced by U+FFFD, number formatting); this class only places the
// braces, brackets, commas and keys.
#pragma once

#include <charconv>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <type_traits>

namespace precis::plugin {

class json_writer final {
  public:
    explicit json_writer(std::string& out);
    json_writer(const json_writer&) = delete;  // writes into one string it does not own
    json_writer& operator=(const json_writer&) = delete;

    json_writer& begin_object() { return open('{'); }
    json_writer& end_object() { return close('}'); }
    json_writer& begin_array() { return open('['); }
    json_writer& end_array() { return close(']'); }

    // Keys are literals of this library: plain ASCII names that need no escaping. (Inline, so
    // that a literal's length is known where it is written.)
    json_writer& key(std::string_view name) {
        // The comma, the quoted name and the colon in one append (each append costs a call).
        char buf[64];
        if (name.size() + 4 <= sizeof buf) {
            out_.append(buf, put_key(buf, name));
        } else {
            separate();
            out_.push_back('"');
            out_.append(name);
            out_.append("\":", 2);
        }
        need_comma_ = false;
        return *this;
    }
    // "name":[a,b] in one append: a span, which nearly every object of a result holds.
    json_writer& int_pair(std::string_view name, uint64_t a, uint64_t b) {
        key(name);
        char buf[48];  // two numbers of at most 20 digits, brackets and comma
        buf[0] = '[';
        char* p = std::to_chars(buf + 1, buf + 21, a).ptr;
        *p++ = ',';
        p = std::to_chars(p, p + 20, b).ptr;
        *p++ = ']';
        out_.append(buf, static_cast<std::size_t>(p - buf));
        need_comma_ = true;
        return *this;
    }

    json_writer& str(std::string_view s);
    json_writer& str(const char* s) { return str(std::string_view(s)); }
    json_writer& boolean(bool b) { return raw(b ? "true" : "false"); }
    json_writer& null() { return raw("null"); }
    template <typename T>
    std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>, json_writer&> num(T x) {
        separate();
        if constexpr (std::is_integral_v<T>) {
            // Integers (offsets, counts) in decimal, as the serializer writes them.
            char buf[24];
            const auto r = std::to_chars(buf, buf + sizeof buf, x);
            // (A pointer and a length: the iterator-pair append builds a temporary string.)
            out_.append(buf, static_cast<std::size_t>(r.ptr - buf));
        } else {
            real(static_cast<double>(x));
        }
        need_comma_ = true;
        return *this;
    }

    // Shorthands for "key": value (a short value written with its key in one append).
    json_writer& field(std::string_view name, std::string_view s);
    json_writer& field(std::string_view name, const char* s) { return field(name, std::string_view(s)); }
    // "key": value for a value of this library (a kind, a status): plain ASCII that needs no
    // escaping, written with its key in one append. (Inline, as key().)
    json_writer& literal(std::string_view name, std::string_view value) {
        char buf[96];
        if (name.size() + value.size() + 6 > sizeof buf) return key(name).str(value);
        out_.append(buf, put_field(buf, name, value));
        need_comma_ = true;
        return *this;
    }

  private:
    // Writes the comma if one is due, "name" and the colon into buf (room for name + 4 bytes);
    // returns the length.
    std::size_t put_key(char* buf, std::string_view name) const {
        std::size_t n = 0;
        if (need_comma_) buf[n++] = ',';
        buf[n++] = '"';
        std::memcpy(buf + n, name.data(), name.size());
        n += name.size();
        buf[n++] = '"';
        buf[n++] = ':';
        return n;
    }
    // put_key, then the value quoted as it is (room for name + value + 6 bytes).
    std::size_t put_field(char* buf, std::string_view name, std::string_view value) const {
        std::size_t n = put_key(buf, name);
        buf[n++] = '"';
        if (!value.empty()) std::memcpy(buf + n, value.data(), value.size());
        n += value.size();
        buf[n++] = '"';
        return n;
    }
    void separate() {
        if (need_comma_) out_.push_back(',');
    }
    // (Inline: a result opens and closes an object or array for nearly every value.)
    json_writer& open(char c) {
        separate();
        out_.push_back(c);
        need_comma_ = false;
        return *this;
    }
    json_writer& close(char c) {
        out_.push_back(c);
        need_comma_ = true;
        return *this;
    }
    json_writer& raw(const char* text);
    void real(double x);

    std::string& out_;
    nlohmann::detail::serializer<nlohmann::json> serializer_;
    nlohmann::json text_ = std::string();  // the serializer writes values: strings go here
    bool need_comma_ = false;
    // The last floating-point number written and its text: a result repeats a score over many
    // trace entries, and the serializer's shortest form is dear to find.
    double last_real_ = 0.0;
    std::string last_real_text_;
};

}  // namespace precis::plugin
