// Part of speech and lemma from hunspell-fr, cached: from the lexicon table compiled at build
// time, or from a hunspell instance on a dictionary directory (the hunspell library is loaded
// then, on that first use: an engine on the compiled table never loads it). Hunspell is not
// thread-safe, so
// one mutex guards it; the cache is sharded so that readers of known words rarely contend, and each thread
// keeps a small two-way front cache so that most tokens take no lock at all.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <filesystem>
#include <dlfcn.h>
#include <hunspell/hunspell.h>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <type_traits>
#include <unordered_map>

#include "closed_class.hpp"
#include "hunspell_reading.hpp"
#include "lexicon_table.hpp"
#include "precis/grammar/parser.hpp"
#include "precis/grammar/short_hash.hpp"

namespace precis::grammar {

struct lexicon::impl {
    // Never reused, unlike an address: a front-cache slot filled for a destroyed lexicon can
    // never be taken for one of a later lexicon.
    static inline std::atomic<uint64_t> next_id{1};
    const uint64_t id = next_id.fetch_add(1);
    std::optional<lexicon_table> table;
    Hunhandle* speller = nullptr;
    std::mutex speller_mutex;
    static constexpr std::size_t shard_count = 16;
    // A bound on memory in long-running hosts: 65 536 forms in all (a few MB) cover the words
    // of news text; rarer forms past it are answered by hunspell each time, not cached.
    static constexpr std::size_t max_entries_per_shard = 4096;
    struct shard {
        std::shared_mutex mutex;
        std::unordered_map<std::string, analysis> entries;
    };
    // Shared with the documents whose token lemmas view the answers (kept_answers).
    using shard_array = std::array<shard, shard_count>;
    const std::shared_ptr<shard_array> shared_shards = std::make_shared<shard_array>();
    shard_array& shards = *shared_shards;
};

#ifdef PRECIS_COMPILED_LEXICON
// The table precis-make-lexicon wrote at build time, linked in by lexicon_blob.S.
extern "C" const unsigned char precis_lexicon_fr_begin[];
extern "C" const unsigned char precis_lexicon_fr_end[];
#endif

namespace {

// Hunspell keeps one process-wide Unicode table with a plain reference count
// (initialize_utf_tbl / free_utf_tbl in hunspell 1.7's csutil.cxx): creating and destroying
// Hunspell instances on two threads at once races on it, which frees the table under the
// other instance. Lexicons are created and freed from any thread, so every Hunspell instance
// is built and destroyed under this one lock.
std::mutex& hunspell_lifetime_mutex() {
    static std::mutex m;
    return m;
}

// Hunspell's C interface, from its shared library (PRECIS_HUNSPELL_SONAME, the one the build
// found), loaded on first use and kept: null when it cannot be loaded, and then no dictionary
// directory is read.
struct hunspell_api {
    Hunhandle* (*create)(const char* aff, const char* dic) = nullptr;
    void (*destroy)(Hunhandle* h) = nullptr;
    int (*analyze)(Hunhandle* h, char*** list, const char* word) = nullptr;
    void (*free_list)(Hunhandle* h, char*** list, int n) = nullptr;

    static const hunspell_api* get() {
        static const hunspell_api* const api = [] () -> const hunspell_api* {
            void* const lib = dlopen(PRECIS_HUNSPELL_SONAME, RTLD_NOW | RTLD_LOCAL);
            if (lib == nullptr) return nullptr;
            static hunspell_api loaded;
            auto bind = [&](auto& f, const char* name) {
                f = reinterpret_cast<std::remove_reference_t<decltype(f)>>(dlsym(lib, name));
                return f != nullptr;
            };
            const bool whole = bind(loaded.create, "Hunspell_create") && bind(loaded.destroy, "Hunspell_destroy") &&
                               bind(loaded.analyze, "Hunspell_analyze") && bind(loaded.free_list, "Hunspell_free_list");
            return whole ? &loaded : nullptr;
        }();
        return api;
    }
};

}  // namespace

lexicon::lexicon(const std::string& dic_dir) : impl_(std::make_unique<impl>()) {
    namespace fs = std::filesystem;
    if (dic_dir.empty()) return;  // never look for a dictionary in the working directory
    for (const char* name : {"fr_FR", "fr"}) {
        fs::path aff = fs::path(dic_dir) / (std::string(name) + ".aff");
        fs::path dic = fs::path(dic_dir) / (std::string(name) + ".dic");
        std::error_code ec;
        if (fs::exists(aff, ec) && fs::exists(dic, ec)) {
            const hunspell_api* api = hunspell_api::get();
            if (api == nullptr) return;
            std::lock_guard<std::mutex> lock(hunspell_lifetime_mutex());
            impl_->speller = api->create(aff.c_str(), dic.c_str());
            break;
        }
    }
}

lexicon::lexicon(compiled_t) : impl_(std::make_unique<impl>()) {
#ifdef PRECIS_COMPILED_LEXICON
    impl_->table = lexicon_table::open(
        precis_lexicon_fr_begin, static_cast<std::size_t>(precis_lexicon_fr_end - precis_lexicon_fr_begin));
#endif
}

bool lexicon::compiled_available() {
#ifdef PRECIS_COMPILED_LEXICON
    return lexicon_table::open(precis_lexicon_fr_begin,
                               static_cast<std::size_t>(precis_lexicon_fr_end - precis_lexicon_fr_begin))
        .has_value();
#else
    return false;
#endif
}

lexicon::~lexicon() {
    if (impl_->speller == nullptr) return;
    std::lock_guard<std::mutex> lock(hunspell_lifetime_mutex());
    hunspell_api::get()->destroy(impl_->speller);
}

bool lexicon::available() const { return impl_->table || impl_->speller != nullptr; }

std::string lexicon::default_directory() {
    std::error_code ec;
    if (std::filesystem::exists("/usr/share/hunspell/fr_FR.dic", ec)) return "/usr/share/hunspell";
    return {};
}

namespace {

enum class letter_case { none, initial, all, mixed };

// hunspell's reading of a form's case (get_captype): no capital; one capital, first; capitals
// only (besides caseless characters such as digits and hyphens); anything else.
letter_case case_of(std::string_view form) {
    int upper = 0, lower = 0;
    bool first_upper = false;
    for (int32_t i = 0, n = static_cast<int32_t>(form.size()); i < n;) {
        const int32_t at = i;
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(form.data()), i, n, c);
        if (c < 0) return letter_case::mixed;
        if (u_isupper(c)) {
            ++upper;
            first_upper = first_upper || at == 0;
        } else if (u_islower(c)) {
            ++lower;
        }
    }
    if (upper == 0) return letter_case::none;
    if (upper == 1 && first_upper) return letter_case::initial;
    return lower == 0 ? letter_case::all : letter_case::mixed;
}

// `form` with every code point lower-cased, or with the first upper-cased and the rest lower.
std::string recased(std::string_view form, bool title) {
    std::string out;
    out.reserve(form.size());
    for (int32_t i = 0, n = static_cast<int32_t>(form.size()); i < n;) {
        const int32_t at = i;
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(form.data()), i, n, c);
        if (c < 0) return std::string(form);
        c = title && at == 0 ? u_toupper(c) : u_tolower(c);
        uint8_t buf[U8_MAX_LENGTH];
        int32_t len = 0;
        U8_APPEND_UNSAFE(buf, len, c);
        out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
    }
    return out;
}

lexicon::analysis analysis_of(const lexicon_table::entry& e) {
    return {e.pos, std::string(e.lemma), std::string(e.verb_lemma)};
}

// The readings of `form` gathered with `more`'s, as read_analyses does over one list of
// readings: the first lemma stays, the auxiliaries win the verb lemma, and any known part of
// speech drops "unknown".
void gather(lexicon::analysis& form, const lexicon_table::entry& more) {
    form.pos |= more.pos;
    if (form.pos & ~pos_unknown) form.pos &= ~pos_unknown;
    if (form.lemma.empty()) form.lemma = std::string(more.lemma);
    if (!more.verb_lemma.empty() &&
        (form.verb_lemma.empty() || more.verb_lemma == "être" || more.verb_lemma == "avoir")) {
        form.verb_lemma = std::string(more.verb_lemma);
    }
    if (form.verb_lemma == "avoir" || form.verb_lemma == "être") form.pos |= pos_aux;
}

// `form` read as one word, with hunspell's handling of case. The table holds the forms as the
// dictionary writes them, with hunspell's answers for exactly those strings. A capitalised
// form missing from it ("Accord", opening a sentence) reads as its lower-case form. One in
// capitals ("KREMLIN") gathers the readings of the form as written, in lower case, in title
// case and, when hyphenated, with each part in title case ("ÉTATS-UNIS"), in that order.
std::optional<lexicon::analysis> table_word(const lexicon_table& table, std::string_view form) {
    const letter_case kind = case_of(form);
    if (kind != letter_case::all) {
        if (auto e = table.find(form)) return analysis_of(*e);
        if (kind == letter_case::initial) {
            if (auto e = table.find(recased(form, false))) return analysis_of(*e);
        }
        return std::nullopt;
    }
    std::string parts_titled;
    for (std::size_t at = 0; at <= form.size();) {
        const std::size_t dash = std::min(form.find('-', at), form.size());
        parts_titled += recased(form.substr(at, dash - at), true);
        if (dash < form.size()) parts_titled += '-';
        at = dash + 1;
    }
    const std::string title = recased(form, true);
    std::vector<std::string> variants{std::string(form), recased(form, false), title};
    if (parts_titled != title) variants.push_back(std::move(parts_titled));
    std::optional<lexicon::analysis> out;
    for (const std::string& variant : variants) {
        const auto e = table.find(variant);
        if (!e) continue;
        if (out) {
            gather(*out, *e);
        } else {
            out = analysis_of(*e);
        }
    }
    return out;
}

// What hunspell answers for `form`, from the compiled table: the word itself, or after an
// elided article, pronoun or conjunction ("d'euros", "qu'il"), the word that follows.
lexicon::analysis table_analysis(const lexicon_table& table, std::string_view form) {
    if (auto a = table_word(table, form)) return *std::move(a);
    static constexpr std::string_view elided[] = {"l'", "d'", "j'", "m'", "n'", "s'", "t'",
                                                  "c'", u8"ç'", "qu'", "jusqu'", "lorsqu'",
                                                  "puisqu'", "quoiqu'"};
    const std::size_t apostrophe = form.find('\'');
    if (apostrophe == std::string_view::npos || apostrophe + 1 >= form.size()) return {};
    const std::string head = recased(form.substr(0, apostrophe + 1), false);
    if (std::find(std::begin(elided), std::end(elided), head) == std::end(elided)) return {};
    if (auto a = table_word(table, form.substr(apostrophe + 1))) return *std::move(a);
    return {};
}

// Per-thread front cache: slots point at entries of a lexicon's shared cache, whose keys and
// values are never erased and never move (unordered_map nodes), so a hit needs no lock and the
// slot needs no copy of the key.
struct front_slot {
    uint64_t owner = 0;  // lexicon::impl::id; 0 when empty
    std::size_t hash = 0;
    const std::string* key = nullptr;
    const lexicon::analysis* found = nullptr;
};
// The grammar reads words through its own per-thread cache of forms (form_cache.hpp) and asks
// here only for forms that cache does not hold, which are mostly rare ones: 1024 slots (32 KB
// per thread) are enough, and the memory a larger front cache would take serves the cache of
// forms better.
constexpr std::size_t front_size = 1024;

// The two slots (ways) a hash may sit in, most recently used first: with one slot per hash,
// two frequent forms that collide evict each other on every sentence.
front_slot* front_set_for(std::size_t hash) {
    thread_local std::vector<front_slot> slots(front_size);
    return slots.data() + (hash & (front_size - 2));
}

// The front cache's hash, cheaper than std::hash on the short forms of running text. std::hash
// is computed only on a front miss, for the shared cache.
std::size_t front_hash(std::string_view word) { return static_cast<std::size_t>(short_hash(word)); }

}  // namespace

lexicon::analysis lexicon::lookup(std::string_view word) const { return find(word); }

uint64_t lexicon::id() const { return impl_->id; }

std::shared_ptr<const void> lexicon::kept_answers() const { return impl_->shared_shards; }

const lexicon::analysis& lexicon::find(std::string_view word) const {
    bool kept = true;
    return find(word, kept);
}

const lexicon::analysis& lexicon::find(std::string_view word, bool& kept) const {
    kept = true;
    const std::size_t quick = front_hash(word);
    front_slot* const ways = front_set_for(quick);
    const uint64_t owner = impl_->id;
    if (ways[0].owner == owner && ways[0].hash == quick && *ways[0].key == word)
        return *ways[0].found;
    if (ways[1].owner == owner && ways[1].hash == quick && *ways[1].key == word) {
        std::swap(ways[0], ways[1]);
        return *ways[0].found;
    }

    const std::size_t hash = std::hash<std::string_view>{}(word);

    auto& shard = impl_->shards[hash % impl::shard_count];
    const std::pair<const std::string, analysis>* entry = nullptr;
    {
        std::shared_lock lock(shard.mutex);
        // std::hash<std::string> equals std::hash<std::string_view> on the same bytes.
        if (auto it = shard.entries.find(std::string(word)); it != shard.entries.end())
            entry = &*it;
    }
    if (entry == nullptr) {
        analysis fresh;
        if (const closed_word* known = find_closed_word(word)) {
            fresh = analysis{known->pos, std::string(known->lemma), {}};
        } else if (impl_->table || impl_->speller) {
            // hunspell-fr spells the apostrophe both ways; ask with the typewriter one.
            std::string asked(word);
            for (std::size_t p; (p = asked.find("\xE2\x80\x99")) != std::string::npos;) {
                asked.replace(p, 3, "'");
            }
            if (impl_->table) {
                fresh = table_analysis(*impl_->table, asked);
            } else {
                std::vector<std::string> readings;
                {
                    const hunspell_api& api = *hunspell_api::get();
                    std::lock_guard lock(impl_->speller_mutex);
                    char** list = nullptr;
                    const int n = api.analyze(impl_->speller, &list, asked.c_str());
                    if (list != nullptr) {
                        readings.assign(list, list + std::max(n, 0));
                        api.free_list(impl_->speller, &list, n);
                    }
                }
                fresh = read_analyses(readings);
            }
        }
        std::unique_lock lock(shard.mutex);
        if (shard.entries.size() >= impl::max_entries_per_shard) {
            // Full: the answer lives in a per-thread slot until this thread's next overflow.
            thread_local analysis overflow;
            overflow = std::move(fresh);
            kept = false;
            return overflow;
        }
        entry = &*shard.entries.emplace(std::string(word), std::move(fresh)).first;
    }
    ways[1] = ways[0];
    ways[0] = {owner, quick, &entry->first, &entry->second};
    return entry->second;
}

}  // namespace precis::grammar
