#include "yaml_doc.hpp"

#include <boost/uuid/detail/sha1.hpp>
#include <unicode/utf8.h>
#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

#include "image_io.hpp"
#include "lint_pack.hpp"

namespace precis::rules {

// ---- nodes ----

namespace {
const std::string& empty_text() {
    static const std::string empty;
    return empty;
}
}  // namespace

yaml_node yaml_node::operator[](std::size_t index) const {
    if (!is_sequence() || index >= doc_->nodes_[index_].count) return {};
    return {doc_, doc_->children_[doc_->nodes_[index_].first + index]};
}



const std::string& yaml_node::tag() const {
    static const std::string plain = "?", quoted = "!";
    if (doc_ == nullptr) return empty_text();
    const auto& e = doc_->nodes_[index_];
    switch (e.tag) {
        case yaml_document::tag_kind::plain: return plain;
        case yaml_document::tag_kind::quoted: return quoted;
        case yaml_document::tag_kind::explicit_tag: return doc_->explicit_tags_[e.explicit_tag];
        case yaml_document::tag_kind::none: break;
    }
    return empty_text();
}

namespace {

// A number written plainly in decimal ("0.5", "-2", "12"), read without a stream. yaml-cpp
// reads numbers through a std::stringstream, which swallows a failed allocation and answers
// "not a number": a pack's weight would be reported as malformed when memory ran out. What a
// plain decimal says is the same either way (both round to nearest); other forms ("+1",
// "0x1F", ".inf") are left to yaml-cpp.
template <typename T>
bool plain_decimal(std::string_view text, T& value) {
    if constexpr (std::is_same_v<T, bool>) {
        return false;
    } else {
        // Digits, a sign, a point and an exponent only; an integer with a leading zero is
        // octal to yaml-cpp ("012" is 10).
        const std::size_t digits_from = !text.empty() && text[0] == '-' ? 1 : 0;
        if (text.size() <= digits_from || text[digits_from] < '0' || text[digits_from] > '9') return false;
        if (std::is_integral_v<T> && text[digits_from] == '0' && text.size() > digits_from + 1) return false;
        for (const char c : text) {
            if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
                return false;
            }
        }
        const char* const end = text.data() + text.size();
        const auto [at, ec] = std::from_chars(text.data(), end, value);
        return ec == std::errc() && at == end;
    }
}

}  // namespace

template <typename T>
T yaml_node::as() const {
    // yaml-cpp's conversions only look at a scalar's text: the same text gives the same value
    // as when yaml-cpp read the whole file.
    T value{};
    if (is_scalar() && plain_decimal(scalar(), value)) return value;
    if (!is_scalar() || !YAML::convert<T>::decode(YAML::Node(std::string(scalar())), value)) {
        throw yaml_conversion_error("'" + std::string(scalar()) + "' does not read as the value expected");
    }
    return value;
}
template int yaml_node::as<int>() const;
template bool yaml_node::as<bool>() const;
template double yaml_node::as<double>() const;
template std::size_t yaml_node::as<std::size_t>() const;

std::string yaml_node::text_or(const std::string& fallback) const {
    if (is_null()) return "null";
    return is_scalar() ? std::string(scalar()) : fallback;
}

// ---- parsing ----

namespace {
// Most of a pack is ASCII: text is walked eight bytes at a time where it is.
bool eight_ascii_bytes(const char* p) {
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return (word & 0x8080808080808080u) == 0;
}
}  // namespace

std::size_t first_invalid_utf8(std::string_view text) {
    // ICU's U8_NEXT narrows inside the macro; the warning is about ICU's code, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
    const auto n = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < n;) {
        if (n - i >= 8 && eight_ascii_bytes(text.data() + i)) {
            i += 8;
            continue;
        }
        const int32_t at = i;
        UChar32 c;
        U8_NEXT(text.data(), i, n, c);
        if (c < 0) return static_cast<std::size_t>(at);
    }
#pragma GCC diagnostic pop
    return std::string_view::npos;
}

// Builds a yaml_document from libyaml's events.
class yaml_builder final {
public:
    yaml_builder(yaml_document& doc, std::string_view content) : doc_(doc), content_(content) {
        // libyaml counts columns in characters; problems count bytes until
        // columns_in_characters, as they did with yaml-cpp: marks are converted (byte_mark).
        line_starts_.push_back(content.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0);
        cursor_bytes_ = line_starts_[0];
        // In the same pass, room for the nodes up front, so that the vectors are not grown by
        // doubling while the pack loads (the load is when a reload's memory peaks): about two
        // nodes per ':' (key and value) and one per '{', '[' or "- " (a container or an item).
        std::size_t estimate = 1;
        for (std::size_t i = 0; i < content.size(); ++i) {
            const char c = content[i];
            if (c == '\n' || (c == '\r' && (i + 1 == content.size() || content[i + 1] != '\n'))) {
                line_starts_.push_back(i + 1);
            } else if (c == ':') {
                estimate += 2;
            } else if (c == '{' || c == '[') {
                estimate += 1;
            } else if (c == '-' && i + 1 < content.size() && content[i + 1] == ' ') {
                estimate += 1;
            }
        }
        doc_.node_store_.reserve(estimate);
        doc_.child_store_.reserve(estimate);
    }

    bool run(yaml_document::syntax_error& error);

private:
    struct parser_handle {
        yaml_parser_t parser;
        parser_handle() {
            if (yaml_parser_initialize(&parser) == 0) throw std::bad_alloc();
        }
        ~parser_handle() { yaml_parser_delete(&parser); }
        parser_handle(const parser_handle&) = delete;  // owns libyaml's buffers
        parser_handle& operator=(const parser_handle&) = delete;
    };
    struct event_handle {
        yaml_event_t event{};
        bool live = false;
        event_handle() = default;
        ~event_handle() { clear(); }
        event_handle(const event_handle&) = delete;  // owns the event's strings
        event_handle& operator=(const event_handle&) = delete;
        void clear() {
            if (live) yaml_event_delete(&event);
            live = false;
        }
    };

    // libyaml counts characters from the start of the input; marks mostly move forward, so a
    // cursor that remembers the last character's byte offset walks the file about once.
    yaml_mark byte_mark(const yaml_mark_t& m) {
        if (m.index < cursor_chars_) {
            cursor_chars_ = 0;
            cursor_bytes_ = line_starts_[0];
        }
        std::size_t chars = cursor_chars_, bytes = cursor_bytes_;
        const std::size_t size = content_.size();
        while (chars < m.index && bytes < size) {
            if (m.index - chars >= 8 && size - bytes >= 8 &&
                eight_ascii_bytes(content_.data() + bytes)) {
                chars += 8;  // eight ASCII bytes are eight characters
                bytes += 8;
                continue;
            }
            const auto lead = static_cast<unsigned char>(content_[bytes]);
            bytes += lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            ++chars;
        }
        cursor_chars_ = chars;
        cursor_bytes_ = bytes;
        const std::size_t at = std::min(cursor_bytes_, content_.size());
        if (m.line >= line_starts_.size() || at < line_starts_[m.line]) {
            return {static_cast<int>(m.line), static_cast<int>(m.column)};
        }
        return {static_cast<int>(m.line), static_cast<int>(at - line_starts_[m.line])};
    }
    yaml_mark offset_mark(std::size_t offset) const {
        const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        const auto line = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
        return {static_cast<int>(line), static_cast<int>(offset - line_starts_[line])};
    }

    uint32_t add_node(yaml_document::kind what, const yaml_event_t& e) {
        const auto index = static_cast<uint32_t>(doc_.node_store_.size());
        doc_.node_store_.emplace_back();
        doc_.node_store_.back().what = what;
        doc_.node_store_.back().mark = byte_mark(e.start_mark);
        return index;
    }
    void set_tag(uint32_t index, const yaml_char_t* tag, yaml_document::tag_kind otherwise) {
        auto& n = doc_.node_store_[index];
        if (tag == nullptr) {
            n.tag = otherwise;
            return;
        }
        n.tag = yaml_document::tag_kind::explicit_tag;
        n.explicit_tag = static_cast<uint32_t>(doc_.explicit_tags_.size());
        doc_.explicit_tags_.emplace_back(reinterpret_cast<const char*>(tag));
    }
    void anchor(uint32_t index, const yaml_char_t* name, const yaml_event_t& e) {
        if (name == nullptr) return;
        std::string text(reinterpret_cast<const char*>(name));
        doc_.anchors_.emplace_back(byte_mark(e.start_mark), text);
        anchored_.emplace_back(std::move(text), index);
    }
    void place(uint32_t index) {
        if (open_.empty()) {
            doc_.root_ = index;
        } else {
            pending_.push_back(index);
        }
    }
    void open(yaml_document::kind what, const yaml_char_t* tag, const yaml_char_t* name,
              const yaml_event_t& e) {
        const uint32_t index = add_node(what, e);
        set_tag(index, tag, yaml_document::tag_kind::plain);
        anchor(index, name, e);
        place(index);
        open_.push_back({index, pending_.size()});
    }
    void close() {
        const auto [index, from] = open_.back();
        open_.pop_back();
        auto& n = doc_.node_store_[index];
        n.first = static_cast<uint32_t>(doc_.child_store_.size());
        n.count = static_cast<uint32_t>(pending_.size() - from);
        doc_.child_store_.insert(doc_.child_store_.end(), pending_.begin() + static_cast<long>(from),
                              pending_.end());
        pending_.resize(from);
    }
    bool on_event(const yaml_event_t& e, yaml_document::syntax_error& error, bool& done);

    yaml_document& doc_;
    std::string_view content_;
    std::vector<std::size_t> line_starts_;
    std::size_t cursor_chars_ = 0, cursor_bytes_ = 0;
    struct open_container {
        uint32_t node;
        std::size_t pending_from;  // where its children start in pending_
    };
    std::vector<open_container> open_;
    std::vector<uint32_t> pending_;  // children of the open containers, innermost last
    std::vector<std::pair<std::string, uint32_t>> anchored_;
    int documents_ = 0;
    // An empty value ("key:" and nothing) takes the position of what follows it, where
    // yaml-cpp placed it, so that problems about it keep pointing at the same place.
    std::optional<uint32_t> empty_value_;
};

bool yaml_builder::run(yaml_document::syntax_error& error) {
    parser_handle p;
    yaml_parser_set_input_string(&p.parser, reinterpret_cast<const unsigned char*>(content_.data()),
                                 content_.size());
    event_handle ev;
    bool done = false;
    while (!done) {
        ev.clear();
        if (yaml_parser_parse(&p.parser, &ev.event) == 0) {
            if (p.parser.error == YAML_MEMORY_ERROR) throw std::bad_alloc();
            error.message = p.parser.problem != nullptr ? p.parser.problem : "unreadable YAML";
            if (p.parser.context != nullptr) {
                error.message = std::string(p.parser.context) + ", " + error.message;
            }
            error.mark = p.parser.error == YAML_READER_ERROR
                             ? offset_mark(std::min(p.parser.problem_offset, content_.size()))
                             : byte_mark(p.parser.problem_mark);
            break;
        }
        ev.live = true;
        if (!on_event(ev.event, error, done)) break;
    }
    // What was read before an error stays whole, for lint_pack to check as far as it goes;
    // a key whose value was never read is dropped, so that maps keep whole pairs.
    while (!open_.empty()) {
        const bool map = doc_.node_store_[open_.back().node].what == yaml_document::kind::map;
        if (map && (pending_.size() - open_.back().pending_from) % 2 != 0) pending_.pop_back();
        close();
    }
    // No document at all (an empty file, only comments): a null root without a position.
    if (doc_.node_store_.empty()) doc_.node_store_.emplace_back();
    return done;
}

bool yaml_builder::on_event(const yaml_event_t& e, yaml_document::syntax_error& error,
                            bool& done) {
    if (empty_value_) {
        doc_.node_store_[*empty_value_].mark = byte_mark(e.start_mark);
        empty_value_.reset();
    }
    using kind = yaml_document::kind;
    switch (e.type) {
        case YAML_DOCUMENT_START_EVENT:
            if (++documents_ == 2) {
                // Only the first document is read; lint_pack reports the second one.
                doc_.second_document_ = byte_mark(e.start_mark);
                done = true;
            }
            break;
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_ALIAS_EVENT: {
            const std::string name(reinterpret_cast<const char*>(e.data.alias.anchor));
            const auto it = std::find_if(anchored_.rbegin(), anchored_.rend(),
                                         [&](const auto& a) { return a.first == name; });
            if (it == anchored_.rend()) {
                error = {"the referenced anchor is not defined", byte_mark(e.start_mark)};
                return false;
            }
            doc_.aliases_.push_back(byte_mark(e.start_mark));
            place(it->second);
            break;
        }
        case YAML_SCALAR_EVENT: {
            const auto& s = e.data.scalar;
            const std::string_view text(reinterpret_cast<const char*>(s.value), s.length);
            const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
            // yaml-cpp's nulls: an empty plain value, "~", "null", "Null", "NULL".
            const bool null = plain && s.tag == nullptr &&
                              (text.empty() || text == "~" || text == "null" || text == "Null" ||
                               text == "NULL");
            const uint32_t index = add_node(null ? kind::null : kind::scalar, e);
            if (!null) {
                doc_.node_store_[index].text_at = static_cast<uint32_t>(doc_.text_store_.size());
                doc_.node_store_[index].text_size = static_cast<uint32_t>(text.size());
                doc_.text_store_ += text;
                set_tag(index, s.tag,
                        plain ? yaml_document::tag_kind::plain : yaml_document::tag_kind::quoted);
            }
            if (null && text.empty() && s.anchor == nullptr) empty_value_ = index;
            anchor(index, s.anchor, e);
            place(index);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
            open(kind::sequence, e.data.sequence_start.tag, e.data.sequence_start.anchor, e);
            break;
        case YAML_MAPPING_START_EVENT:
            open(kind::map, e.data.mapping_start.tag, e.data.mapping_start.anchor, e);
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            close();
            break;
        default:
            break;
    }
    return true;
}

bool yaml_document::parse(std::string_view content, syntax_error& error) {
    clear();
    yaml_builder builder(*this, content);
    parsed_ = builder.run(error);
    text_store_.shrink_to_fit();  // (kept while the pack loads: no room spare)
    use_stores();
    return parsed_;
}

// ---- images ----

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void put_mark(image_writer& w, const yaml_mark& m) {
    w.put(static_cast<int32_t>(m.line));
    w.put(static_cast<int32_t>(m.column));
}

yaml_mark get_mark(image_reader& r) {
    const int32_t line = r.get<int32_t>();
    return {line, r.get<int32_t>()};
}

// (02: nodes and children stored as the library holds them, aligned, and read in place.)
constexpr std::string_view pack_image_magic = "PRPACK02";

}  // namespace

void yaml_document::use_stores() {
    nodes_ = {node_store_.data(), node_store_.size()};
    texts_ = text_store_;
    children_ = {child_store_.data(), child_store_.size()};
}

void yaml_document::clear() {
    node_store_.clear();
    text_store_.clear();
    child_store_.clear();
    use_stores();
    explicit_tags_.clear();
    root_ = 0;
    parsed_ = false;
    anchors_.clear();
    aliases_.clear();
    second_document_.reset();
}

// A document's image: its nodes and children as the library holds them in memory (the image is
// made at build time by the same compiler, for the same machine), each array at a multiple of
// eight bytes from the image's start, so that an image that lies so in memory is read in place.
std::string yaml_document::image() const {
    image_writer w;
    w.put(static_cast<uint32_t>(sizeof(entry)));
    w.put(root_);
    w.put(static_cast<uint32_t>(nodes_.size()));
    w.align(8);
    for (const entry& n : nodes_) {
        // (Member by member into zeroed bytes: the padding between them is written as zeros.)
        entry copy;
        std::memset(static_cast<void*>(&copy), 0, sizeof copy);
        copy.what = n.what;
        copy.tag = n.tag;
        copy.mark = n.mark;
        copy.first = n.first;
        copy.count = n.count;
        copy.explicit_tag = n.explicit_tag;
        copy.text_at = n.text_at;
        copy.text_size = n.text_size;
        w.put(copy);
    }
    w.put(static_cast<uint32_t>(children_.size()));
    w.align(8);
    w.put_bytes(std::string_view(reinterpret_cast<const char*>(children_.data()), children_.size() * sizeof(uint32_t)));
    w.put_text(texts_);
    w.put(static_cast<uint32_t>(explicit_tags_.size()));
    for (const auto& t : explicit_tags_) w.put_text(t);
    w.put(static_cast<uint32_t>(anchors_.size()));
    for (const auto& [mark, name] : anchors_) {
        put_mark(w, mark);
        w.put_text(name);
    }
    w.put(static_cast<uint32_t>(aliases_.size()));
    for (const auto& mark : aliases_) put_mark(w, mark);
    w.put(static_cast<uint8_t>(second_document_ ? 1 : 0));
    put_mark(w, second_document_.value_or(yaml_mark{}));
    return w.take();
}

bool yaml_document::restore(std::string_view& in) {
    static_assert(std::is_trivially_copyable_v<entry>);
    image_reader r(in);
    clear();
    if (r.get<uint32_t>() != sizeof(entry)) return false;
    root_ = r.get<uint32_t>();
    const uint32_t count = r.get<uint32_t>();
    r.align(8);
    bool read = read_array(r, count, node_store_, nodes_);
    const uint32_t children = r.get<uint32_t>();
    r.align(8);
    read = read && read_array(r, children, child_store_, children_);
    texts_ = r.get_text();
    const uint32_t tags = r.get<uint32_t>();
    for (uint32_t i = 0; i < tags && r.room_for(1, 4); ++i) explicit_tags_.emplace_back(r.get_text());
    const uint32_t anchors = r.get<uint32_t>();
    for (uint32_t i = 0; i < anchors && r.room_for(1, 12); ++i) {
        const yaml_mark mark = get_mark(r);
        anchors_.emplace_back(mark, std::string(r.get_text()));
    }
    const uint32_t aliases = r.get<uint32_t>();
    if (r.room_for(aliases, 8)) {
        for (uint32_t i = 0; i < aliases; ++i) aliases_.push_back(get_mark(r));
    }
    const bool second = r.get<uint8_t>() != 0;
    const yaml_mark second_mark = get_mark(r);
    if (second) second_document_ = second_mark;
    // Every index must point inside the document, and every kind be one: the loaders follow
    // them unchecked.
    bool whole = read && !r.failed() && root_ < nodes_.size();
    for (const entry& n : nodes_) {
        if (!whole) break;
        whole = static_cast<uint8_t>(n.what) <= static_cast<uint8_t>(kind::map) &&
                static_cast<uint8_t>(n.tag) <= static_cast<uint8_t>(tag_kind::explicit_tag) &&
                static_cast<uint64_t>(n.first) + n.count <= children_.size() &&
                static_cast<uint64_t>(n.text_at) + n.text_size <= texts_.size() &&
                (n.tag != tag_kind::explicit_tag || n.explicit_tag < explicit_tags_.size());
    }
    for (const uint32_t c : children_) whole = whole && c < nodes_.size();
    if (!whole) {
        clear();
        return false;
    }
    in = r.rest();
    parsed_ = true;
    return true;
}

namespace {

uint64_t content_hash(std::string_view content) { return std::hash<std::string_view>()(content); }

// Every file's path, size and content hash, hashed: what the digest of an image stands for.
uint64_t pack_hash(const pack_source& source) {
    image_writer w;
    for (const auto& f : source.files) {
        w.put_text(f.path);
        w.put(static_cast<uint64_t>(f.content.size()));
        w.put(content_hash(f.content));
    }
    return content_hash(w.take());
}

}  // namespace

std::string pack_sha1(const pack_source& source) {
    boost::uuids::detail::sha1 sha;
    for (const auto& f : source.files) {
        sha.process_bytes(f.path.data(), f.path.size() + 1);  // with the NUL as separator
        sha.process_bytes(f.content.data(), f.content.size());
    }
    boost::uuids::detail::sha1::digest_type d;
    sha.get_digest(d);
    char hex[41];
    for (int i = 0; i < 5; ++i) std::snprintf(hex + 8 * i, 9, "%08x", d[i]);
    return std::string(hex, 40);
}

// The image made at build time (cmake/build_data.S.in). The tool that makes it is built
// without one, and so is any build that makes none: the image is then empty.
#if PRECIS_PACK_IMAGE
PRECIS_BUILD_DATA_SYMBOLS(pack_image)
#endif

const pack_image& pack_image::embedded() {
#if PRECIS_PACK_IMAGE
    static const pack_image image(PRECIS_BUILD_DATA(pack_image));
#else
    static const pack_image image{std::string_view()};
#endif
    return image;
}

std::string pack_image::write(const pack_source& source, const std::string& digest) {
    image_writer w;
    w.put_bytes(pack_image_magic);
    w.put_text(digest);
    w.put(pack_hash(source));
    struct imaged {
        const pack_source::file* f;
        std::string image;
        bool checked;
    };
    std::vector<imaged> documents;
    for (const auto& f : source.files) {
        if (!ends_with(f.path, ".yaml")) continue;
        yaml_document doc;
        yaml_document::syntax_error error;
        if (doc.parse(f.content, error)) documents.push_back({&f, doc.image(), passes_file_checks(f, doc)});
    }
    w.put(static_cast<uint32_t>(documents.size()));
    for (const auto& [f, image, checked] : documents) {
        w.put_text(f->path);
        w.put(static_cast<uint64_t>(f->content.size()));
        w.put(content_hash(f->content));
        w.put(static_cast<uint8_t>(checked ? 1 : 0));
        w.put(static_cast<uint32_t>(image.size()));
        w.align(8);  // (the image lies in memory at a multiple of 16: so does each document)
        w.put_bytes(image);
    }
    return w.take();
}

pack_image::pack_image(std::string_view bytes) {
    image_reader r(bytes);
    if (r.bytes(pack_image_magic.size()) != pack_image_magic) return;
    std::string digest(r.get_text());
    const uint64_t whole = r.get<uint64_t>();
    const uint32_t count = r.get<uint32_t>();
    std::vector<entry> files;
    for (uint32_t i = 0; i < count && !r.failed(); ++i) {
        entry e;
        e.path = r.get_text();
        e.size = r.get<uint64_t>();
        e.hash = r.get<uint64_t>();
        e.checked = r.get<uint8_t>() == 1;
        const uint32_t size = r.get<uint32_t>();
        r.align(8);
        e.document = r.bytes(size);
        files.push_back(e);
    }
    if (r.failed()) return;
    files_ = std::move(files);
    digest_ = std::move(digest);
    pack_hash_ = whole;
}

std::string pack_image::digest_of(const pack_source& source) const {
    return !digest_.empty() && pack_hash(source) == pack_hash_ ? digest_ : std::string();
}

std::string_view pack_image::document(const pack_source::file& f, bool* checked) const {
    if (checked != nullptr) *checked = false;
    for (const entry& e : files_) {
        if (e.path == f.path) {
            const bool same = e.size == f.content.size() && e.hash == content_hash(f.content);
            if (!same) return {};
            if (checked != nullptr) *checked = e.checked;
            return e.document;
        }
    }
    return {};
}

namespace {

const char* const quoting_advice =
    " (quote French text in double quotes when it holds ': ' or ' #', or starts with an "
    "apostrophe, '@', '&', '*', '!', '%', '|', '>' or '`': \"Élections : …\", \"aujourd'hui\")";

// The problem reported for a file libyaml could not read. yaml-cpp's reading of the error is
// preferred when it has one: its messages are the ones pack authors have seen so far.
diagnostic syntax_problem(const pack_source::file& f,
                          const yaml_document::syntax_error& libyaml_error) {
    try {
        YAML::Load(f.content.str());
    } catch (const YAML::ParserException& e) {
        return {f.path, e.mark.line + 1, e.mark.column + 1,
                "YAML syntax error: " + e.msg + quoting_advice};
    } catch (const YAML::Exception& e) {
        return {f.path, e.mark.line + 1, e.mark.column + 1, "YAML error: " + e.msg};
    }
    const yaml_mark& m = libyaml_error.mark;
    const bool known = m.line >= 0 && m.column >= 0;
    return {f.path, known ? m.line + 1 : 0, known ? m.column + 1 : 0,
            "YAML syntax error: " + libyaml_error.message + quoting_advice};
}

}  // namespace

yaml_pack::yaml_pack(const pack_source& source, std::vector<diagnostic>& problems) {
    embedded_ = &source == &embedded_pack();
    const pack_image* image = embedded_ ? &pack_image::embedded() : nullptr;
    for (const auto& f : source.files) {
        if (!ends_with(f.path, ".yaml")) continue;
        files_.push_back({&f, std::make_unique<yaml_document>()});
        if (image != nullptr) {
            bool checked = false;
            std::string_view bytes = image->document(f, &checked);
            if (!bytes.empty() && files_.back().doc->restore(bytes)) {
                files_.back().checked = checked;
                continue;
            }
        }
        yaml_document::syntax_error error;
        if (files_.back().doc->parse(f.content, error)) continue;
        // A file that is not UTF-8 is reported as such by lint_pack, not as bad YAML.
        if (first_invalid_utf8(f.content) == std::string_view::npos) {
            problems.push_back(syntax_problem(f, error));
        }
    }
}

void yaml_pack::release(std::string_view prefix) {
    for (auto& f : files_) {
        if (f.source->path.rfind(prefix, 0) == 0) f.doc = std::make_unique<yaml_document>();
    }
}

const yaml_pack::file* yaml_pack::find(std::string_view path) const {
    for (const auto& f : files_) {
        if (f.source->path == path) return &f;
    }
    return nullptr;
}

// ---- problems ----

void file_problems::at(const yaml_mark& mark, std::string message) const {
    const bool known = mark.line >= 0 && mark.column >= 0;
    sink_.push_back({file_, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0,
                     std::move(message)});
}

namespace {

bool yaml_would_read_as_non_text(const std::string& tag, std::string_view s) {
    // (None of the words is longer than five bytes: most texts are, and are not compared.)
    if (s.size() > 5 || tag == "!") return false;  // "!": quoted in the file, text for sure
    static constexpr std::string_view words[] = {"y",  "Y",   "yes", "Yes", "YES", "n",     "N",
                                                 "no", "No",  "NO",  "true", "True", "TRUE", "false",
                                                 "False", "FALSE", "on", "On", "ON", "off", "Off",
                                                 "OFF", "~", "null", "Null", "NULL"};
    return std::any_of(std::begin(words), std::end(words),
                       [&](std::string_view w) { return s == w; });
}

// The allowed key nearest to a misspelt one (edit distance at most 2), or an empty view.
template <typename It>
std::string_view closest_key(const std::string& key, It first, It last) {
    std::string_view best;
    std::size_t best_distance = 3;
    for (; first != last; ++first) {
        const std::string_view b(*first);
        std::vector<std::size_t> row(b.size() + 1);
        for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
        for (std::size_t i = 1; i <= key.size(); ++i) {
            std::size_t diagonal = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= b.size(); ++j) {
                const std::size_t up = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                                   diagonal + (key[i - 1] == b[j - 1] ? 0u : 1u)});
                diagonal = up;
            }
        }
        if (row[b.size()] < best_distance) {
            best_distance = row[b.size()];
            best = b;
        }
    }
    return best;
}

template <typename It>
void check_keys_among(const yaml_node& map, It first, It last, const file_problems& where) {
    if (!map.is_map()) return;
    for (const auto& kv : map) {
        const std::string_view written = kv.first.scalar();
        const bool ok = std::any_of(first, last, [&](const auto& a) { return written == std::string_view(a); });
        if (ok) continue;
        const std::string key(written);
        std::string message = "unknown key '" + key + "'";
        if (const std::string_view near = closest_key(key, first, last); !near.empty()) {
            message += " (did you mean '" + std::string(near) + "'?)";
        } else if (key.find(' ') != std::string::npos ||
                   std::any_of(key.begin(), key.end(), [](char c) { return c & 0x80; })) {
            // Keys are plain English words: this one is French text that a ': ' split.
            message += " (French text containing ': ' must be quoted: \"" + key + " : …\")";
        }
        where.at(kv.first, message);
    }
}

}  // namespace

std::optional<std::string> as_text(const yaml_node& node, const file_problems& where,
                                   const char* what) {
    const auto text = as_text_view(node, where, what);
    return text ? std::optional<std::string>(std::in_place, *text) : std::nullopt;
}

std::optional<std::string_view> as_text_view(const yaml_node& node, const file_problems& where,
                                             const char* what) {
    if (!node.is_defined() || node.is_null()) {
        where.at(node, std::string(what) + " is missing or null (write it in double quotes)");
        return std::nullopt;
    }
    if (node.is_map() && node.size() == 1) {
        // "- Élections : le vote" is a one-pair map to YAML: the ": " split the French text.
        const auto pair = *node.begin();
        where.at(node, std::string(what) + " must be a string; YAML read '" +
                           pair.first.text_or("") + ": …' as a key and a value because "
                           "of ': ': quote the whole text (\"" + pair.first.text_or("") +
                           " : …\")");
        return std::nullopt;
    }
    if (!node.is_scalar()) {
        where.at(node, std::string(what) + (node.is_sequence()
                                                ? " must be a string; YAML read '[…]' as a list: "
                                                  "quote the text"
                                                : " must be a string"));
        return std::nullopt;
    }
    if (yaml_would_read_as_non_text(node.tag(), node.scalar())) {
        where.at(node, std::string(what) + " '" + std::string(node.scalar()) +
                           "' is read by YAML as a boolean or null: quote it (\"" +
                           std::string(node.scalar()) + "\")");
        return std::nullopt;
    }
    return node.scalar();
}

void check_keys(const yaml_node& map, std::initializer_list<const char*> allowed,
                const file_problems& where) {
    check_keys_among(map, allowed.begin(), allowed.end(), where);
}

void check_keys(const yaml_node& map, const std::string_view* allowed_begin,
                const std::string_view* allowed_end, const file_problems& where) {
    check_keys_among(map, allowed_begin, allowed_end, where);
}

}  // namespace precis::rules
