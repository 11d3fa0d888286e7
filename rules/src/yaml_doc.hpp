// Pack files as read-only YAML trees, each file parsed once per load (by libyaml, which reads
// a pack several times faster than yaml-cpp), with every node's file position kept so that
// problems point at file:line:col.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/rules/rules.hpp"

namespace precis::rules {

// A position in a file: 0-based line and byte column, as yaml-cpp counts; -1 when unknown.
struct yaml_mark {
    int line = -1;
    int column = -1;
};

// A scalar that does not read as the type asked for ("abc" as a number).
class yaml_conversion_error final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class yaml_document;
struct yaml_item;

// A read-only array: a document's own storage, or a part of the image it was restored from.
template <typename T>
struct yaml_array {
    const T* items = nullptr;
    std::size_t count = 0;
    const T& operator[](std::size_t i) const { return items[i]; }
    std::size_t size() const { return count; }
    bool empty() const { return count == 0; }
    const T* data() const { return items; }
    const T* begin() const { return items; }
    const T* end() const { return items + count; }
};

// One node of a parsed file, or an undefined node: a key looked up but absent, an index past
// the end. Every question about an undefined node answers false, empty or zero, so that
// loaders can look deep into a tree of any shape and report what they find missing.
class yaml_node {
public:
    yaml_node() = default;

    bool is_defined() const { return doc_ != nullptr; }
    bool is_null() const;
    bool is_scalar() const;
    bool is_sequence() const;
    bool is_map() const;
    // Items of a sequence, pairs of a map; 0 otherwise.
    std::size_t size() const;
    // The value of the first pair whose key is the scalar `key` (YAML keeps the first of two
    // equal keys; lint_pack reports the second).
    yaml_node operator[](std::string_view key) const;
    yaml_node operator[](std::size_t index) const;  // an item of a sequence
    yaml_mark mark() const;
    std::string_view scalar() const;  // "" unless a scalar; valid while the document is
    // "!" for a quoted scalar, "?" for a plain one, else the explicit tag ("tag:yaml.org,…").
    const std::string& tag() const;
    // The scalar read as T (int, bool, double, std::size_t) with yaml-cpp's reading of YAML
    // scalars ("yes" and "on" are true, "0x1F" is 31); throws yaml_conversion_error.
    template <typename T>
    T as() const;
    // A scalar's text, "null" for a null, `fallback` for anything else.
    std::string text_or(const std::string& fallback) const;

    // Iterates the items of a sequence (each a node) or the pairs of a map (first, second).
    class iterator;
    iterator begin() const;
    iterator end() const;

private:
    friend class yaml_document;
    yaml_node(const yaml_document* doc, uint32_t index) : doc_(doc), index_(index) {}
    const yaml_document* doc_ = nullptr;
    uint32_t index_ = 0;
};

// What iterating a node gives: the item itself for a sequence; the key and the value for a map.
struct yaml_item : yaml_node {
    yaml_node first, second;
};

class yaml_node::iterator {
public:
    yaml_item operator*() const;
    iterator& operator++() {
        step_ += pairs_ ? 2 : 1;
        return *this;
    }
    bool operator!=(const iterator& other) const { return step_ != other.step_; }

private:
    friend class yaml_node;
    iterator(const yaml_document* doc, uint32_t step, bool pairs)
        : doc_(doc), step_(step), pairs_(pairs) {}
    const yaml_document* doc_ = nullptr;
    uint32_t step_ = 0;  // index into the document's child list
    bool pairs_ = false;
};

// One parsed pack file. A file that is not YAML has no tree (parsed() is false) and its
// problem has been reported by parse_yaml.
class yaml_document final {
public:
    yaml_document() = default;
    yaml_document(const yaml_document&) = delete;  // nodes point at their document
    yaml_document& operator=(const yaml_document&) = delete;
    yaml_document(yaml_document&&) = delete;

    bool parsed() const { return parsed_; }
    yaml_node root() const { return {this, root_}; }
    // Every node in document order, for checks over a whole file.
    std::size_t node_count() const { return nodes_.size(); }
    yaml_node node(std::size_t index) const { return {this, static_cast<uint32_t>(index)}; }

    // What the parser saw that a tree does not show; lint_pack reports them.
    const std::vector<std::pair<yaml_mark, std::string>>& anchors() const { return anchors_; }
    const std::vector<yaml_mark>& aliases() const { return aliases_; }
    const std::optional<yaml_mark>& second_document() const { return second_document_; }

    // Parses `content`; on a syntax error returns false with the error's message and position.
    struct syntax_error {
        std::string message;
        yaml_mark mark;
    };
    bool parse(std::string_view content, syntax_error& error);

    // The parsed document as bytes, and back. The library keeps its embedded pack's trees in
    // this form, made at build time (rules/tools/make_pack_image.cpp), so that loading that
    // pack reads no YAML. restore() takes one image off the front of `in` (whose bytes must
    // outlive the document: it reads them in place when they are aligned); on bytes that are
    // not a whole image it returns false and the document stays unparsed.
    std::string image() const;
    bool restore(std::string_view& in);

private:
    friend class yaml_node;
    friend class yaml_node::iterator;
    friend class yaml_builder;
    enum class kind : uint8_t { null, scalar, sequence, map };
    enum class tag_kind : uint8_t { none, plain, quoted, explicit_tag };
    struct entry {
        kind what = kind::null;
        tag_kind tag = tag_kind::none;
        yaml_mark mark;
        uint32_t first = 0;  // containers: their children in children_ (maps: key, value, …)
        uint32_t count = 0;
        uint32_t explicit_tag = 0;  // index into explicit_tags_
        uint32_t text_at = 0;       // scalars: their text in texts_
        uint32_t text_size = 0;
    };
    void clear();
    void use_stores();  // the arrays read are the document's own
    std::string_view text(const entry& e) const { return std::string_view(texts_.data() + e.text_at, e.text_size); }
    // The nodes, the scalars' texts one after another, and the containers' children, as read:
    // the document's own (the stores, filled by parse()) or, restored from an image that lies
    // aligned in memory, the image's bytes, read in place (copying them was most of the
    // embedded pack's load outside the loaders, and most of its page faults).
    // (The texts one after another: a std::string per node, 32 bytes and a block of its own
    // past 15 bytes, made the lexicon's trees the largest part of a reload's memory peak.)
    yaml_array<entry> nodes_;
    std::string_view texts_;
    yaml_array<uint32_t> children_;
    std::vector<entry> node_store_;
    std::string text_store_;
    std::vector<uint32_t> child_store_;
    std::vector<std::string> explicit_tags_;
    uint32_t root_ = 0;
    bool parsed_ = false;
    std::vector<std::pair<yaml_mark, std::string>> anchors_;
    std::vector<yaml_mark> aliases_;
    std::optional<yaml_mark> second_document_;
};

// The node questions asked most while a pack loads, in line.
inline bool yaml_node::is_null() const {
    return doc_ != nullptr && doc_->nodes_[index_].what == yaml_document::kind::null;
}
inline bool yaml_node::is_scalar() const {
    return doc_ != nullptr && doc_->nodes_[index_].what == yaml_document::kind::scalar;
}
inline bool yaml_node::is_sequence() const {
    return doc_ != nullptr && doc_->nodes_[index_].what == yaml_document::kind::sequence;
}
inline bool yaml_node::is_map() const {
    return doc_ != nullptr && doc_->nodes_[index_].what == yaml_document::kind::map;
}

inline std::size_t yaml_node::size() const {
    if (is_sequence()) return doc_->nodes_[index_].count;
    if (is_map()) return doc_->nodes_[index_].count / 2;
    return 0;
}

inline yaml_node yaml_node::operator[](std::string_view key) const {
    if (!is_map()) return {};
    const auto& e = doc_->nodes_[index_];
    for (uint32_t i = e.first; i < e.first + e.count; i += 2) {
        const auto& k = doc_->nodes_[doc_->children_[i]];
        if (k.what == yaml_document::kind::scalar && doc_->text(k) == key) {
            return {doc_, doc_->children_[i + 1]};
        }
    }
    return {};
}

inline yaml_mark yaml_node::mark() const {
    return doc_ == nullptr ? yaml_mark{} : doc_->nodes_[index_].mark;
}

inline std::string_view yaml_node::scalar() const {
    return is_scalar() ? doc_->text(doc_->nodes_[index_]) : std::string_view();
}

inline yaml_node::iterator yaml_node::begin() const {
    if (!is_sequence() && !is_map()) return {nullptr, 0, false};
    return {doc_, doc_->nodes_[index_].first, is_map()};
}

inline yaml_node::iterator yaml_node::end() const {
    if (!is_sequence() && !is_map()) return {nullptr, 0, false};
    const auto& e = doc_->nodes_[index_];
    return {doc_, e.first + e.count, is_map()};
}

inline yaml_item yaml_node::iterator::operator*() const {
    yaml_item item;
    if (pairs_) {
        item.first = yaml_node(doc_, doc_->children_[step_]);
        item.second = yaml_node(doc_, doc_->children_[step_ + 1]);
    } else {
        static_cast<yaml_node&>(item) = yaml_node(doc_, doc_->children_[step_]);
    }
    return item;
}

// The ".yaml" files of a pack, each parsed once; loaders and lint_pack share the trees.
class yaml_pack final {
public:
    // Parses every ".yaml" file of `source`, reporting syntax errors (with quoting advice)
    // into `problems`. A file that is not UTF-8 is left to lint_pack to report.
    yaml_pack(const pack_source& source, std::vector<diagnostic>& problems);
    yaml_pack(const yaml_pack&) = delete;  // documents are pointed at by their nodes
    yaml_pack& operator=(const yaml_pack&) = delete;

    struct file {
        const pack_source::file* source;
        std::unique_ptr<yaml_document> doc;
        // Read from the embedded pack's image, which found these bytes to pass the checks of a
        // file on its own (passes_file_checks in lint_pack.hpp) when it was made.
        bool checked = false;
    };
    const std::vector<file>& files() const { return files_; }
    // The file at `path`; nullptr when the pack has no such ".yaml" file.
    const file* find(std::string_view path) const;
    // Lets the trees of the files under `prefix` go once their section is loaded (a pack's
    // memory peaks while it loads): they read as unparsed, empty documents afterwards.
    void release(std::string_view prefix);
    // Whether these are the files of the library's embedded pack (embedded_pack()), which the
    // data made at build time from that pack stands for.
    bool embedded() const { return embedded_; }

private:
    std::vector<file> files_;
    bool embedded_ = false;
};

// The SHA-1 of a pack's paths and contents, in hex: the digest results report.
std::string pack_sha1(const pack_source& source);

// The embedded pack's parsed trees and digest, made at build time: what a file's image must
// match (its path, size and content hash) to stand for it. Without an image (a build that
// made none) every lookup misses and the embedded pack is parsed like any other.
class pack_image final {
public:
    static const pack_image& embedded();
    // Reads an image made by write(); an image that does not read whole holds nothing.
    explicit pack_image(std::string_view bytes);
    // Writes the image of `source`: every ".yaml" file that parses, and the digest.
    static std::string write(const pack_source& source, const std::string& digest);

    // The document image of `f`, or "" when the image has none for this content; `checked`,
    // when given, tells whether the file passed the checks of a file on its own.
    std::string_view document(const pack_source::file& f, bool* checked = nullptr) const;
    // The digest recorded for `source`, or "" when `source` is not the pack imaged.
    std::string digest_of(const pack_source& source) const;

private:
    struct entry {
        std::string_view path;
        uint64_t size = 0, hash = 0;
        bool checked = false;
        std::string_view document;
    };
    std::vector<entry> files_;
    std::string digest_;
    uint64_t pack_hash_ = 0;
};

// The byte offset of the first byte that is not part of a UTF-8 sequence, or npos.
std::size_t first_invalid_utf8(std::string_view text);

// Collects problems for one file.
class file_problems final {
public:
    file_problems(std::string file, std::vector<diagnostic>& sink)
        : file_(std::move(file)), sink_(sink) {}
    void at(const yaml_node& node, std::string message) const {
        at(node.mark(), std::move(message));  // an undefined node has no position: 0:0
    }
    void at(const yaml_mark& mark, std::string message) const;
    void whole(std::string message) const { sink_.push_back({file_, 0, 0, std::move(message)}); }
    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::vector<diagnostic>& sink_;
};

// Reads a scalar as a string; records a problem and returns nullopt when the node is a map or
// sequence, or when YAML read an unquoted word as a boolean or null ("no", "off", "~").
std::optional<std::string> as_text(const yaml_node& node, const file_problems& where,
                                   const char* what);
// as_text() as a view into the node's document, for a text copied once where it goes.
std::optional<std::string_view> as_text_view(const yaml_node& node, const file_problems& where,
                                             const char* what);

// Checks that a map has only the expected keys; unknown keys are problems (typos must show).
void check_keys(const yaml_node& map, std::initializer_list<const char*> allowed,
                const file_problems& where);
// The same, the allowed keys an array a loader also reads them by.
void check_keys(const yaml_node& map, const std::string_view* allowed_begin,
                const std::string_view* allowed_end, const file_problems& where);

}  // namespace precis::rules
