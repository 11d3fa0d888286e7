// The byte images made at build time by the project's tools and carried read-only by the
// library (cmake/PrecisBuildData.cmake): the embedded pack's parsed trees (yaml_doc.hpp) and
// its lexicon's French forms (pack_model.hpp). Numbers are written as their bytes in this
// machine's order: an image is made and read by builds of the same sources for the same
// machine.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// Data made at build time and carried by the library between two hidden symbols
// (cmake/PrecisBuildData.cmake, which defines PRECIS_<NAME> for the library's sources):
// PRECIS_BUILD_DATA_SYMBOLS(name) declares them, PRECIS_BUILD_DATA(name) is its bytes.
#define PRECIS_BUILD_DATA_SYMBOLS(name)        \
    extern "C" {                               \
    extern const char precis_##name##_begin[]; \
    extern const char precis_##name##_end[];   \
    }
#define PRECIS_BUILD_DATA(name) \
    std::string_view(precis_##name##_begin, static_cast<std::size_t>(precis_##name##_end - precis_##name##_begin))

namespace precis::rules {

class image_writer {
public:
    template <typename T>
    void put(T v) {
        static_assert(std::is_trivially_copyable_v<T>);
        out_.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    void put_bytes(std::string_view t) { out_.append(t); }
    void put_text(std::string_view t) {
        put(static_cast<uint32_t>(t.size()));
        out_.append(t);
    }
    // Zero bytes up to a multiple of `n` from the start.
    void align(std::size_t n) { out_.append((n - out_.size() % n) % n, '\0'); }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

// Reads what image_writer wrote; any read past the end sets failed() and yields zeros.
class image_reader {
public:
    explicit image_reader(std::string_view in) : in_(in), start_(in.data()) {}
    // Past what image_writer::align(n) put.
    void align(std::size_t n) {
        const auto at = static_cast<std::size_t>(in_.data() - start_);
        bytes((n - at % n) % n);
    }
    template <typename T>
    T get() {
        T v{};
        if (in_.size() < sizeof v) {
            fail();
            return v;
        }
        std::memcpy(&v, in_.data(), sizeof v);
        in_.remove_prefix(sizeof v);
        return v;
    }
    std::string_view get_text() { return bytes(get<uint32_t>()); }
    std::string_view bytes(std::size_t n) {
        if (in_.size() < n) {
            fail();
            return {};
        }
        const std::string_view t = in_.substr(0, n);
        in_.remove_prefix(n);
        return t;
    }
    // How many items of at least `item_bytes` each can still follow: a count larger than the
    // rest of the bytes is a broken image, not a reason to allocate.
    bool room_for(uint64_t count, std::size_t item_bytes) {
        if (count * item_bytes > in_.size()) failed_ = true;
        return !failed_;
    }
    void fail() {
        failed_ = true;
        in_ = {};
    }
    bool failed() const { return failed_; }
    std::string_view rest() const { return in_; }

private:
    std::string_view in_;
    const char* start_;
    bool failed_ = false;
};

// `count` items of T at the front of the reader, as `into` (a view made of a pointer and a
// count): in place when they lie aligned for T in memory, else copied into `store`.
template <typename T, typename View>
bool read_array(image_reader& r, uint64_t count, std::vector<T>& store, View& into) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (!r.room_for(count, sizeof(T))) return false;
    const std::string_view bytes = r.bytes(static_cast<std::size_t>(count) * sizeof(T));
    if (reinterpret_cast<std::uintptr_t>(bytes.data()) % alignof(T) == 0) {
        into = View{reinterpret_cast<const T*>(bytes.data()), static_cast<std::size_t>(count)};
    } else {
        store.resize(static_cast<std::size_t>(count));
        if (count != 0) std::memcpy(store.data(), bytes.data(), bytes.size());
        into = View{store.data(), store.size()};
    }
    return true;
}

}  // namespace precis::rules
