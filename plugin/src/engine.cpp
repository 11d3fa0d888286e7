#include "engine.hpp"

#include <nlohmann/json.hpp>
#include <sys/stat.h>

#if defined(__GLIBC__)
#endif

#include "result_document.hpp"

namespace precis::plugin {

using json = nlohmann::json;

namespace {

outcome fail(int32_t status, std::string code, std::string message, long long offset = -1) {
    error_info e;
    e.code = std::move(code);
    e.message = std::move(message);
    e.offset = offset;
    return {status, error_document(e)};
}

// Parses an options object; empty text means {}. Throws std::invalid_argument with a message.
json parse_options_object(std::string_view text) {
    if (text.empty()) return json::object();
    json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
        throw std::invalid_argument("options must be a JSON object");
    }
    return j;
}

void check_known_keys(const json& j, std::initializer_list<const char*> keys, const char* what) {
    for (const auto& [key, value] : j.items()) {
        bool known = false;
        for (const char* k : keys) known = known || key == k;
        if (!known) throw std::invalid_argument(std::string("unknown ") + what + " '" + key + "'");
    }
}

// Spans are 32-bit offsets and the grammar walks text with 32-bit signed indices; NFC can make
// text up to three times longer, so inputs stay well below 2^31 / 3 bytes.
constexpr std::size_t k_max_input_bytes_ceiling = 512u << 20;

std::size_t positive(const json& j, const char* key, std::size_t fallback) {
    if (!j.contains(key)) return fallback;
    const json& v = j.at(key);
    if (!v.is_number_unsigned() || v.get<std::size_t>() == 0) {
        throw std::invalid_argument(std::string("limits.") + key + " must be a positive integer");
    }
    return v.get<std::size_t>();
}

// Modification time and size of every file of a pack directory, to notice edits.
std::vector<std::pair<std::string, std::pair<int64_t, int64_t>>> fingerprint_of(
    const rules::pack_source& source) {
    std::vector<std::pair<std::string, std::pair<int64_t, int64_t>>> fp;
    for (const auto& f : source.files) fp.push_back({f.path, {f.mtime_ns, f.size}});
    return fp;
}

}  // namespace

// Options of one call, read with nlohmann's SAX interface: no tree is built per call, which
// is cheaper and never leaves a DOM to destroy while memory runs out (see json_writer.hpp).
class call_options_reader final : public nlohmann::json_sax<json> {
public:
    std::string date;
    bool trace = true;
    std::string error;  // set when the options are refused

    bool null() override { return value_of_wrong_type(); }
    bool boolean(bool b) override {
        if (depth_ != 1 || key_ != "trace") return value_of_wrong_type();
        trace = b;
        return true;
    }
    bool number_integer(number_integer_t) override { return value_of_wrong_type(); }
    bool number_unsigned(number_unsigned_t) override { return value_of_wrong_type(); }
    bool number_float(number_float_t, const string_t&) override { return value_of_wrong_type(); }
    bool binary(binary_t&) override { return value_of_wrong_type(); }
    bool string(string_t& s) override {
        if (depth_ != 1 || key_ != "date") return value_of_wrong_type();
        if (!is_iso_date(s)) return refuse("date must be \"YYYY-MM-DD\"");
        date = std::move(s);
        return true;
    }
    bool start_object(std::size_t) override {
        if (depth_ != 0) return value_of_wrong_type();
        ++depth_;
        return true;
    }
    bool key(string_t& k) override {
        if (k != "date" && k != "trace") return refuse("unknown option '" + k + "'");
        key_ = std::move(k);
        return true;
    }
    bool end_object() override {
        --depth_;
        return true;
    }
    bool start_array(std::size_t) override { return value_of_wrong_type(); }
    bool end_array() override { return value_of_wrong_type(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return refuse("options must be a JSON object");
    }

private:
    static bool is_iso_date(const std::string& s) {
        if (s.size() != 10) return false;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const bool dash = i == 4 || i == 7;
            if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
        }
        return true;
    }
    bool value_of_wrong_type() {
        if (depth_ == 0) return refuse("options must be a JSON object");
        if (key_ == "trace") return refuse("trace must be a boolean");
        return refuse("date must be \"YYYY-MM-DD\"");
    }
    bool refuse(std::string why) {
        if (error.empty()) error = std::move(why);
        return false;
    }
    int depth_ = 0;
    std::string key_;
};

namespace {

// The document this thread's last call parsed: the next call parses into it, reusing the
// storage of its text, sentences and their vectors instead of allocating it all again (and
// freeing it after). A document holds no rule set's data, so it outlives reloads and serves
// any engine. A call that finds none here (the thread's first, or one made from within
// another) makes its own.
thread_local std::unique_ptr<grammar::document> thread_document;

// Beyond this a document is not kept: one long text must not leave a thread holding its
// storage. A dev article's document holds about 230 KB of vectors (the largest 900 KB); a
// higher bound saves little more and adds to the peak resident memory of every thread.
constexpr std::size_t k_kept_document_bytes = 512u << 10;

// The bytes a document's vectors hold (their capacity; the strings inside are few and short).
std::size_t storage_bytes(const grammar::document& d) {
    std::size_t bytes = d.text.capacity() + d.to_source.capacity() * sizeof(uint32_t) +
                        d.sentences.capacity() * sizeof(grammar::sentence);
    for (const grammar::sentence& s : d.sentences) {
        bytes += s.tokens.capacity() * sizeof(grammar::token) +
                 s.actors.capacity() * sizeof(grammar::actor) +
                 s.values.capacity() * sizeof(grammar::value) +
                 s.clauses.capacity() * sizeof(grammar::clause);
    }
    return bytes;
}

}  // namespace

struct engine::call {
    call()
        : storage(thread_document ? std::move(thread_document)
                                  : std::make_unique<grammar::document>()),
          doc(*storage) {}
    ~call() {
        if (!thread_document && storage_bytes(doc) <= k_kept_document_bytes) {
            thread_document = std::move(storage);
        }
    }
    call(const call&) = delete;
    call& operator=(const call&) = delete;

    std::unique_ptr<grammar::document> storage;
    grammar::document& doc;
    std::shared_ptr<const rules::rule_set> rules;
    std::string date;
    bool trace = true;
};

engine::~engine() = default;

engine::engine() : sink_(std::make_shared<host_sink>()) {
    logger_ = std::make_shared<spdlog::logger>("precis", sink_);
    logger_->set_level(spdlog::level::off);
    logger_->set_pattern("%v");
    // spdlog reports its own failures (a callback that throws, formatting) on stderr by
    // default; the library never writes there, so they are dropped.
    logger_->set_error_handler([](const std::string&) {});
}

std::unique_ptr<engine> engine::create(std::string_view options_json, outcome& diagnostics) {
    std::unique_ptr<engine> e(new engine());
    json options;
    try {
        options = parse_options_object(options_json);
        check_known_keys(options, {"rules", "limits", "dictionary"}, "engine option");
        if (options.contains("limits")) {
            const json& l = options.at("limits");
            if (!l.is_object()) throw std::invalid_argument("limits must be an object");
            check_known_keys(l,
                             {"max_input_bytes", "max_sentence_bytes", "max_nesting",
                              "max_sentences"},
                             "limit");
            e->limits_.max_input_bytes = positive(l, "max_input_bytes", e->limits_.max_input_bytes);
            if (e->limits_.max_input_bytes > k_max_input_bytes_ceiling) {
                throw std::invalid_argument("limits.max_input_bytes must be at most " +
                                            std::to_string(k_max_input_bytes_ceiling));
            }
            auto& g = e->limits_.grammar;
            g.max_sentence_bytes = positive(l, "max_sentence_bytes", g.max_sentence_bytes);
            g.max_nesting = positive(l, "max_nesting", g.max_nesting);
            g.max_sentences = positive(l, "max_sentences", g.max_sentences);
        }
        for (const char* key : {"rules", "dictionary"}) {
            if (options.contains(key) && !options.at(key).is_string()) {
                throw std::invalid_argument(std::string(key) + " must be a string");
            }
        }
    } catch (const std::invalid_argument& err) {
        diagnostics = fail(PRECIS_INVALID_ARGUMENT, "invalid_argument", err.what());
        return nullptr;
    }
    // By default the lexicon compiled into the library; a "dictionary" directory asks hunspell
    // on that dictionary at run time instead.
    if (options.contains("dictionary")) {
        e->lexicon_ = std::make_unique<grammar::lexicon>(options.at("dictionary").get<std::string>());
    } else {
        e->lexicon_ = std::make_unique<grammar::lexicon>(grammar::lexicon::compiled);
        if (!e->lexicon_->available()) {
            e->lexicon_ = std::make_unique<grammar::lexicon>(grammar::lexicon::default_directory());
        }
    }
    const std::string dir = options.contains("rules") ? options.at("rules").get<std::string>() : "";
    diagnostics = e->reload(dir);
    if (diagnostics.status != PRECIS_OK) return nullptr;
    return e;
}

std::shared_ptr<const rules::rule_set> engine::current_rules() const {
    std::lock_guard<std::mutex> lock(rules_mutex_);
    return rules_;
}

outcome engine::reload(const std::string& rules_dir) {
    std::lock_guard<std::mutex> one_at_a_time(reload_mutex_);
    // (The heap is not trimmed afterwards: malloc_trim walks every arena of the process under
    // its lock, and gave back the previous pack's pages only for the next load to fault them
    // in again, most of a reload's time. What the previous pack freed is the next one's room:
    // the peak stays that of two packs at once. A host that wants the pages back between
    // reloads calls malloc_trim itself.)
    rules::pack_source source;
    const rules::load_result loaded = rules::load_from(rules_dir, &source);
    const std::string origin = rules_dir.empty() ? "embedded" : rules_dir;
    if (!loaded.rules) {
        logger_->warn("rule pack {} refused: {} problem(s); keeping the previous rules", origin,
                      loaded.problems.size());
        return {PRECIS_RULES_INVALID, pack_document(nullptr, loaded.problems)};
    }
    std::shared_ptr<const rules::rule_set> previous;  // freed after the lock is released
    {
        std::lock_guard<std::mutex> lock(rules_mutex_);
        previous = std::move(rules_);
        rules_ = loaded.rules;
        rules_dir_ = rules_dir;
        fingerprint_ = fingerprint_of(source);
    }
    logger_->info("rule pack {} {} loaded ({})", loaded.rules->identity().name,
                  loaded.rules->identity().version, loaded.rules->identity().digest);
    return {PRECIS_OK, pack_document(&loaded.rules->identity(), {})};
}

bool engine::reload_if_changed(outcome& result) {
    std::string dir;
    decltype(fingerprint_) before;
    {
        std::lock_guard<std::mutex> lock(rules_mutex_);
        dir = rules_dir_;
        before = fingerprint_;
    }
    if (dir.empty()) return false;
    std::vector<rules::diagnostic> problems;
    const rules::pack_source now = rules::read_pack_directory(dir, problems);
    if (problems.empty() && fingerprint_of(now) == before) return false;
    result = reload(dir);
    if (result.status != PRECIS_OK) {
        // Remember the failed state so that an unchanged broken pack is not re-reported on
        // every poll; the next edit triggers a new attempt.
        std::lock_guard<std::mutex> lock(rules_mutex_);
        fingerprint_ = fingerprint_of(now);
    }
    return true;
}

void engine::set_logger(precis_log_callback cb, void* user, int32_t min_level) {
    sink_->set(cb, user);
    const int level = cb == nullptr ? spdlog::level::off : std::clamp(min_level, 0, 6);
    logger_->set_level(static_cast<spdlog::level::level_enum>(level));
}

namespace {

// The scratch this thread used last (any engine's: a scratch holds no engine's data). A thread
// that calls again finds its ICU objects and buffers in its own memory, instead of one another
// thread grew through the pool; the pool serves the threads that have none.
thread_local std::unique_ptr<grammar::scratch> thread_scratch;

}  // namespace

std::unique_ptr<grammar::scratch> engine::take_scratch() {
    if (thread_scratch) return std::move(thread_scratch);
    {
        std::lock_guard<std::mutex> lock(pool_mutex_);
        if (!pool_.empty()) {
            auto s = std::move(pool_.back());
            pool_.pop_back();
            return s;
        }
    }
    return std::make_unique<grammar::scratch>();
}

void engine::give_back(std::unique_ptr<grammar::scratch> s) {
    if (!thread_scratch) {
        thread_scratch = std::move(s);
        return;
    }
    std::lock_guard<std::mutex> lock(pool_mutex_);
    if (pool_.size() < 64) pool_.push_back(std::move(s));
}

bool engine::prepare(std::string_view text, std::string_view options_json, call& c,
                     outcome& error) {
    if (!options_json.empty()) {
        call_options_reader reader;
        if (!json::sax_parse(options_json.begin(), options_json.end(), &reader) ||
            !reader.error.empty()) {
            error = fail(PRECIS_INVALID_ARGUMENT, "invalid_argument",
                         reader.error.empty() ? "options must be a JSON object" : reader.error);
            return false;
        }
        c.date = std::move(reader.date);
        c.trace = reader.trace;
    }
    if (text.size() > limits_.max_input_bytes) {
        error = fail(PRECIS_INPUT_TOO_LARGE, "input_too_large",
                     "input of " + std::to_string(text.size()) + " bytes exceeds max_input_bytes " +
                         std::to_string(limits_.max_input_bytes));
        return false;
    }
    c.rules = current_rules();
    grammar::parse_options po;
    po.bounds = limits_.grammar;
    po.anchor_date = c.date;
    auto scratch = take_scratch();
    grammar::parse_error perr;
    const bool parsed =
        grammar::parse(text, c.rules->vocabulary(), *lexicon_, po, *scratch, c.doc, perr,
                       grammar::reuse_storage);
    give_back(std::move(scratch));
    if (!parsed) {
        if (perr.what == grammar::parse_error::code::invalid_utf8) {
            error = fail(PRECIS_INVALID_UTF8, "invalid_utf8", perr.message,
                         static_cast<long long>(perr.offset));
        } else {
            error = fail(PRECIS_LIMIT_EXCEEDED, "limit_exceeded", perr.message,
                         static_cast<long long>(perr.offset));
        }
        return false;
    }
    return true;
}

outcome engine::summarize(std::string_view text, std::string_view options_json) {
    call c;
    outcome error;
    if (!prepare(text, options_json, c, error)) return error;
    rules::summarize_options so;
    so.trace = c.trace;
    const rules::summary s = c.rules->summarize(c.doc, so);
    return {PRECIS_OK, summary_document(c.rules->identity(), c.doc, s)};
}

outcome engine::parse(std::string_view text, std::string_view options_json) {
    call c;
    outcome error;
    if (!prepare(text, options_json, c, error)) return error;
    return {PRECIS_OK, parse_document(c.rules->identity(), c.doc)};
}

}  // namespace precis::plugin
