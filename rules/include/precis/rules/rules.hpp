// Rule packs: load and validate them, compile them into an immutable rule set, and run that
// set over a clause tree to select, trim and realise headlines in French and English.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/grammar/document.hpp"
#include "precis/grammar/parser.hpp"

namespace precis::rules {

// One problem in a pack, pointing at its source ("file:line:col: message").
struct diagnostic {
    std::string file;     // path relative to the pack directory
    int line = 0;         // 1-based; 0 when the problem concerns the whole file
    int column = 0;       // 1-based
    std::string message;
    std::string to_string() const;
};

// A file's bytes: its own (read from a directory, or set), or a view of bytes that outlive
// every pack (the embedded pack's, read-only in the library, which a pack does not copy).
class file_bytes final {
public:
    file_bytes() = default;
    file_bytes(std::string own) : own_(std::move(own)) {}
    file_bytes(const char* own) : own_(own) {}
    static file_bytes viewing(std::string_view lasting) {
        file_bytes b;
        b.lasting_ = lasting;
        b.viewing_ = true;
        return b;
    }
    file_bytes& operator=(std::string own) {
        own_ = std::move(own);
        lasting_ = {};
        viewing_ = false;
        return *this;
    }
    std::string_view view() const { return viewing_ ? lasting_ : std::string_view(own_); }
    operator std::string_view() const { return view(); }
    std::string str() const { return std::string(view()); }
    const char* data() const { return view().data(); }
    std::size_t size() const { return view().size(); }
    bool empty() const { return size() == 0; }

private:
    std::string own_;
    std::string_view lasting_;
    bool viewing_ = false;
};

// The files of a pack, read from a directory or from the copy embedded in the library.
struct pack_source {
    std::string origin;   // the directory, or "embedded:fr-news"
    struct file {
        std::string path;     // relative, '/'-separated
        file_bytes content;
        int64_t mtime_ns = 0;
        int64_t size = 0;
    };
    std::vector<file> files;
};

// Reads every file of a pack directory. Refuses paths that leave it (symlinks included),
// and bounds sizes and counts; problems go to `problems`.
pack_source read_pack_directory(const std::string& dir, std::vector<diagnostic>& problems);

// The default pack (rules/packs/fr-news) as embedded in the library at build time.
const pack_source& embedded_pack();

class rule_set;

struct load_result {
    std::shared_ptr<const rule_set> rules;  // null when problems holds errors
    std::vector<diagnostic> problems;       // every problem found, not just the first
};

// Validates and compiles a pack. Never throws on bad pack content.
load_result load(const pack_source& source);

// Reads `dir` (the embedded pack when empty) and loads it, with the problems of both steps.
// When source_out is given it receives the files read (for change detection).
load_result load_from(const std::string& dir, pack_source* source_out = nullptr);

// Identity of a loaded pack, as results report it.
struct pack_identity {
    std::string name;     // "fr-news"
    std::string version;  // from pack.yaml
    std::string digest;   // hex digest of the pack's files
    std::string origin;
};

struct trace_entry {
    std::string rule;          // the rule's name in the pack
    grammar::span where;       // in document::text
    double score = 0.0;
    std::string note;          // what the rule did ("selected", "dropped attribution" …)
};

struct event {
    std::string predicate;     // "sign_agreement"
    std::vector<std::string> actors;
    std::string object;
    std::string date;          // ISO when known
    grammar::span where;
    uint32_t sentence = 0;
};

struct summary {
    std::string headline_fr;
    std::string headline_en;
    std::vector<std::string> summary_fr;
    std::vector<std::string> summary_en;
    std::vector<std::string> keywords;
    std::vector<event> events;
    std::vector<trace_entry> trace;
};

struct summarize_options {
    bool trace = true;
};

// An immutable compiled pack: safe to share between threads, swapped whole on reload.
class rule_set final {
public:
    ~rule_set();
    rule_set(const rule_set&) = delete;  // large and immutable: share it by pointer
    rule_set& operator=(const rule_set&) = delete;

    const pack_identity& identity() const;
    const grammar::vocabulary& vocabulary() const;

    // Selects, trims and realises; `doc` was parsed with this set's vocabulary.
    summary summarize(const grammar::document& doc, const summarize_options& options) const;

    struct impl;
    explicit rule_set(std::unique_ptr<impl> p);
    const impl& get() const { return *impl_; }

private:
    std::unique_ptr<impl> impl_;
};

}  // namespace precis::rules
