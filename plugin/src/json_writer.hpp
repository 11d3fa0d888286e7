// Writes a JSON document straight into a string, without building a tree first.
//
// Why not nlohmann's DOM: building the tree costs an allocation per node, and nlohmann 3.11.2
// allocates in the destructor of every non-empty array or object (json_value::destroy
// flattens into a std::vector), so an allocation failing there ends in std::terminate instead
// of an out_of_memory result. Strings and numbers still go through nlohmann's serializer
// (escaping, invalid UTF-8 replaced by U+FFFD, number formatting); this class only places the
// braces, brackets, commas and keys.
//
// The writer writes through a pointer into the string, grown ahead of what is written (see
// room()), rather than by one append per piece: finish() cuts the string to what was written,
// and must be called before the string is read.
#pragma once

#include <charconv>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace precis::plugin {

namespace detail {

// How JSON writes `s`, as nlohmann's serializer (ensure_ascii off) does.
enum class string_form {
    verbatim,  // well-formed UTF-8 with no control character, quote or backslash: as it is
    quoted,    // the same but for quotes or backslashes, which take a backslash before them
    other,     // control characters or ill-formed UTF-8: left to the serializer
};
string_form form_of(std::string_view s);

}  // namespace detail

// A piece of a document that this library spells out (keys, their colons, fixed values), of
// at most 32 bytes, kept in 32 so that it is copied whole, whatever its length: a choice among
// pieces of different lengths then costs no copy of a length known only when it is written.
struct json_piece {
    char text[32] = {};
    std::size_t size = 0;
    constexpr json_piece(std::string_view s) : size(s.size()) {
        for (std::size_t i = 0; i < s.size() && i < sizeof text; ++i) text[i] = s[i];
    }
};

class json_writer final {
  public:
    explicit json_writer(std::string& out);
    json_writer(const json_writer&) = delete;  // writes into one string it does not own
    json_writer& operator=(const json_writer&) = delete;

    // Cuts the string to what was written: the document is complete.
    void finish() { out_.resize(static_cast<std::size_t>(p_ - out_.data())); }

    json_writer& begin_object() { return open('{'); }
    json_writer& end_object() { return close('}'); }
    json_writer& begin_array() { return open('['); }
    json_writer& end_array() { return close(']'); }

    // Keys are literals of this library: plain ASCII names that need no escaping. (Inline, so
    // that a literal's length is known where it is written.)
    json_writer& key(std::string_view name) {
        char* p = at(name.size() + 4);
        p_ = put_key(p, name);
        need_comma_ = false;
        return *this;
    }
    // "name":[a,b]: a span, which nearly every object of a result holds.
    [[gnu::always_inline]] json_writer& int_pair(std::string_view name, uint64_t a, uint64_t b) {
        char* p = at(name.size() + 4 + 44);  // two numbers of at most 20 digits, brackets and comma
        p = put_key(p, name);
        *p++ = '[';
        p = put_offset(p, a);
        *p++ = ',';
        p = put_offset(p, b);
        *p++ = ']';
        p_ = p;
        need_comma_ = true;
        return *this;
    }

    // {"name": and a string, as begin_object().field(name, s) writes them: `head` is the brace
    // and the key with its colon, a literal of this library, at one look at the room (nearly
    // every object of a result opens with a string).
    json_writer& begin_object_field(std::string_view head, std::string_view s) {
        if (s.size() >= 16) {
            char* p = put_comma(at(head.size() + 1));
            std::memcpy(p, head.data(), head.size());
            p_ = p + head.size();
            need_comma_ = false;
            return long_str(s);
        }
        char* p = put_comma(at(head.size() + 1 + short_room));
        std::memcpy(p, head.data(), head.size());
        return short_str_at(p + head.size(), s);
    }
    // `text`, a value or the members of an object that this library wrote before (well-formed
    // JSON), as it is.
    json_writer& verbatim(std::string_view text) {
        char* p = put_comma(at(1 + text.size()));
        if (!text.empty()) std::memcpy(p, text.data(), text.size());
        p_ = p + text.size();
        need_comma_ = true;
        return *this;
    }

    // begin_object_field() for a head chosen among several.
    json_writer& begin_object_field(const json_piece& head, std::string_view s) {
        if (s.size() >= 16) return begin_object_field(std::string_view(head.text, head.size), s);
        char* p = put_comma(at(sizeof head.text + 1 + short_room));
        std::memcpy(p, head.text, sizeof head.text);
        return short_str_at(p + head.size, s);
    }
    // int_pair() after `head`, the keys and values of this library that come before the
    // pair's key, with it and the bracket ("type":"person","span":[): one look at the room.
    [[gnu::always_inline]] json_writer& int_pair_after(const json_piece& head, uint64_t a, uint64_t b) {
        char* p = put_comma(at(sizeof head.text + 1 + 42));  // two numbers of at most 20 digits, comma and bracket
        std::memcpy(p, head.text, sizeof head.text);
        p += head.size;
        p = put_offset(p, a);
        *p++ = ',';
        p = put_offset(p, b);
        *p++ = ']';
        p_ = p;
        need_comma_ = true;
        return *this;
    }

    // (Inline: the choice between two passes, and for a short string, which most are, the
    // room and the comma, so that its pass is left little to do.)
    json_writer& str(std::string_view s) {
        if (s.size() >= 16) return long_str(s);
        return short_str_at(put_comma(at(1 + short_room)), s);
    }
    json_writer& str(const char* s) { return str(std::string_view(s)); }
    json_writer& boolean(bool b) { return raw(b ? "true" : "false"); }
    json_writer& null() { return raw("null"); }
    template <typename T>
    std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>, json_writer&> num(T x) {
        if constexpr (std::is_integral_v<T>) {
            // Integers (offsets, counts) in decimal, as the serializer writes them.
            char* p = at(1 + 24);
            p = put_comma(p);
            p_ = std::to_chars(p, p + 24, x).ptr;
        } else {
            separate();
            real(static_cast<double>(x));
        }
        need_comma_ = true;
        return *this;
    }

    // Shorthands for "key": value. (Inline, as key(): most values are short verbatim text.)
    json_writer& field(std::string_view name, std::string_view s) {
        if (s.size() >= 16) return key(name).long_str(s);
        // The key and a short string, at one look at the room.
        return short_str_at(put_key(at(name.size() + 4 + short_room), name), s);
    }
    json_writer& field(std::string_view name, const char* s) { return field(name, std::string_view(s)); }
    // "key": value for a value of this library (a kind, a status): plain ASCII that needs no
    // escaping, written as it is.
    json_writer& literal(std::string_view name, std::string_view value) {
        char* p = at(name.size() + value.size() + 6);
        p = put_key(p, name);
        *p++ = '"';
        if (!value.empty()) std::memcpy(p, value.data(), value.size());
        p += value.size();
        *p++ = '"';
        p_ = p;
        need_comma_ = true;
        return *this;
    }

  private:
    // The decimal digits of v at p, as std::to_chars writes them; the new end. Offsets into
    // a text (most below a million) are written two digits a step from a table, with no
    // count of the digits first.
    static char* put_offset(char* p, uint64_t v) {
        static constexpr char pairs[] =
            "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
            "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
            "8081828384858687888990919293949596979899";
        const auto two = [&p](uint32_t d) {  // d < 100, both digits
            std::memcpy(p, pairs + 2 * d, 2);
            p += 2;
        };
        if (v >= 1000000) return std::to_chars(p, p + 20, v).ptr;
        const auto x = static_cast<uint32_t>(v);
        if (x < 10) {
            *p++ = static_cast<char>('0' + x);
        } else if (x < 100) {
            two(x);
        } else if (x < 1000) {
            *p++ = static_cast<char>('0' + x / 100);
            two(x % 100);
        } else if (x < 10000) {
            two(x / 100);
            two(x % 100);
        } else if (x < 100000) {
            *p++ = static_cast<char>('0' + x / 10000);
            two(x / 100 % 100);
            two(x % 100);
        } else {
            two(x / 10000);
            two(x / 100 % 100);
            two(x % 100);
        }
        return p;
    }
    // Room for n more bytes at p_, which is returned. The inline writers below copy p_ to a
    // local pointer and store it back once: every byte stored through a char pointer may
    // alias the writer's own members, so that writing through p_ itself would load and store
    // p_ again around each byte.
    char* at(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n) grow(n);
        return p_;
    }
    void room(std::size_t n) { at(n); }
    void grow(std::size_t n);
    // The comma at p if one is due; the new end.
    char* put_comma(char* p) const {
        const bool comma = need_comma_;  // (read before the store, which may alias it)
        *p = ',';
        return p + (comma ? 1 : 0);
    }
    // The comma if one is due, "name" and the colon at p (room made for name + 4 bytes); the
    // new end.
    char* put_key(char* p, std::string_view name) const {
        p = put_comma(p);
        *p++ = '"';
        std::memcpy(p, name.data(), name.size());
        p += name.size();
        *p++ = '"';
        *p++ = ':';
        return p;
    }
    void put(std::string_view s) {
        char* p = at(s.size());
        if (!s.empty()) std::memcpy(p, s.data(), s.size());
        p_ = p + s.size();
    }
    void separate() {
        if (need_comma_) {
            char* p = at(1);
            *p = ',';
            p_ = p + 1;
        }
    }
    // (Inline: a result opens and closes an object or array for nearly every value.)
    json_writer& open(char c) {
        char* p = put_comma(at(2));
        *p++ = c;
        p_ = p;
        need_comma_ = false;
        return *this;
    }
    json_writer& close(char c) {
        char* p = at(1);
        *p++ = c;
        p_ = p;
        need_comma_ = true;
        return *this;
    }
    json_writer& raw(const char* text);
    // The room a string shorter than 16 bytes takes with its quotes, escaped, and a chunk of
    // 16 bytes written whole.
    static constexpr std::size_t short_room = 2 * 15 + 2 + 16;
    // s (s.size() < 16) in quotes at p, where short_room bytes are free; what is due before
    // it (comma, key) is written.
    json_writer& short_str_at(char* p, std::string_view s);
    [[gnu::noinline]] json_writer& grown_long_str(std::string_view s);  // long_str(), room made
    json_writer& long_str(std::string_view s);
    void close_str(char* p, char* first, char* end);
    // str() for the strings its passes do not write (control characters, ill-formed or
    // rarer UTF-8), as form_of() finds them.
    [[gnu::noinline]] json_writer& other_str(std::string_view s);
    void real(double x);
    // The serializer's text for `value`, in spill_.
    void serialize(const nlohmann::json& value);

    std::string& out_;
    char* p_ = nullptr;    // where the next byte goes, in out_
    char* end_ = nullptr;  // the end of out_ (out_.size() is the room made so far)
    // What the serializer writes (it appends to a string of its own), made when first needed.
    std::string spill_;
    std::optional<nlohmann::detail::serializer<nlohmann::json>> serializer_;
    // The serializer writes values: strings go here (a string value, made when first needed:
    // most documents need none, and making one allocates).
    nlohmann::json text_;
    bool need_comma_ = false;
    // The last floating-point number written and its text: a result repeats a score over many
    // trace entries, and the shortest form is dear to find. (The text is at most 24 bytes:
    // a sign, 17 digits, a point and an exponent of "e-308".)
    double last_real_ = 0.0;
    uint8_t last_real_size_ = 0;  // 0: none yet
    char last_real_text_[32];
};

}  // namespace precis::plugin
