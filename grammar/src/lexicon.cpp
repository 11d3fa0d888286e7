// Part of speech and lemma from hunspell-fr, cached. Hunspell is not thread-safe, so one mutex
// guards it; the cache is sharded so that readers of known words rarely contend, and each thread
// keeps a small direct-mapped front cache so that most tokens take no lock at all.
#include <array>
#include <atomic>
#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "closed_class.hpp"
#include "precis/grammar/parser.hpp"

namespace precis::grammar {
namespace {

// Maps one hunspell `po:` tag to part-of-speech bits.
uint32_t bits_of_tag(std::string_view tag) {
    static const std::unordered_map<std::string_view, uint32_t> table = {
        {"nom", pos_noun},
        {"adj", pos_adj},
        {"infi", pos_verb | pos_infinitive},
        {"ppas", pos_verb | pos_past_participle},
        {"ppre", pos_verb | pos_present_participle},
        {"npr", pos_proper | pos_place_name},
        {"prn", pos_proper | pos_first_name},
        {"patr", pos_proper | pos_surname},
        {"adv", pos_adverb},
        {"negadv", pos_adverb},
        {"det", pos_determiner},
        {"prep", pos_preposition},
        {"cjco", pos_conjunction},
        {"cjsub", pos_conjunction},
        {"nb", pos_number},
        {"ipre", pos_verb | pos_present},
        {"ipsi", pos_verb | pos_past},
        {"iimp", pos_verb | pos_past | pos_imperfect},
        {"ifut", pos_verb | pos_future},
        {"cond", pos_verb | pos_conditional},
        {"spre", pos_verb | pos_subjunctive},
        {"simp", pos_verb | pos_subjunctive},
        {"3sg", pos_3sg},
        {"3pl", pos_3pl},
        {"3pl!", pos_3pl},
    };
    if (auto it = table.find(tag); it != table.end()) return it->second;
    if (tag.size() > 1 && tag[0] == 'v' && tag[1] >= '0' && tag[1] <= '3') {
        // "v3_i____e_": the ninth letter says the verb takes être in compound tenses.
        return pos_verb | (tag.size() > 8 && tag[8] == 'e' ? pos_etre_verb : 0u);
    }
    if (tag.substr(0, 3) == "pro") return pos_pronoun;
    return pos_none;
}

// Reads hunspell's analyses ("st:signer po:v1_it_q__a po:ppas", one per reading).
lexicon::analysis read_analyses(const std::vector<std::string>& readings) {
    lexicon::analysis out;
    if (readings.empty()) return out;
    out.pos = pos_none;
    for (const auto& reading : readings) {
        std::string stem;
        uint32_t bits = 0;
        std::size_t i = 0;
        while (i < reading.size()) {
            while (i < reading.size() && reading[i] == ' ') ++i;
            std::size_t j = reading.find(' ', i);
            if (j == std::string::npos) j = reading.size();
            std::string_view field(reading.data() + i, j - i);
            if (field.substr(0, 3) == "st:") stem = std::string(field.substr(3));
            if (field.substr(0, 3) == "po:") bits |= bits_of_tag(field.substr(3));
            i = j;
        }
        if (out.lemma.empty()) out.lemma = stem;
        // "étaient" is être before it is étayer: the auxiliary reading wins.
        if ((bits & pos_verb) && (out.verb_lemma.empty() || stem == "être" || stem == "avoir"))
            out.verb_lemma = stem;
        out.pos |= bits;
    }
    if (out.pos == pos_none) out.pos = pos_unknown;
    if (out.verb_lemma == "avoir" || out.verb_lemma == "être") out.pos |= pos_aux;
    return out;
}

}  // namespace

struct lexicon::impl {
    // Never reused, unlike an address: a front-cache slot filled for a destroyed lexicon can
    // never be taken for one of a later lexicon.
    static inline std::atomic<uint64_t> next_id{1};
    const uint64_t id = next_id.fetch_add(1);
    std::unique_ptr<Hunspell> speller;
    std::mutex speller_mutex;
    static constexpr std::size_t shard_count = 16;
    // A bound on memory in long-running hosts: 65 536 forms in all (a few MB) cover the words
    // of news text; rarer forms past it are answered by hunspell each time, not cached.
    static constexpr std::size_t max_entries_per_shard = 4096;
    struct shard {
        std::shared_mutex mutex;
        std::unordered_map<std::string, analysis> entries;
    };
    std::array<shard, shard_count> shards;
};

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

}  // namespace

lexicon::lexicon(const std::string& dic_dir) : impl_(std::make_unique<impl>()) {
    namespace fs = std::filesystem;
    if (dic_dir.empty()) return;  // never look for a dictionary in the working directory
    for (const char* name : {"fr_FR", "fr"}) {
        fs::path aff = fs::path(dic_dir) / (std::string(name) + ".aff");
        fs::path dic = fs::path(dic_dir) / (std::string(name) + ".dic");
        std::error_code ec;
        if (fs::exists(aff, ec) && fs::exists(dic, ec)) {
            std::lock_guard<std::mutex> lock(hunspell_lifetime_mutex());
            impl_->speller = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
            break;
        }
    }
}

lexicon::~lexicon() {
    std::lock_guard<std::mutex> lock(hunspell_lifetime_mutex());
    impl_->speller.reset();
}

bool lexicon::available() const { return impl_->speller != nullptr; }

std::string lexicon::default_directory() {
    std::error_code ec;
    if (std::filesystem::exists("/usr/share/hunspell/fr_FR.dic", ec)) return "/usr/share/hunspell";
    return {};
}

namespace {

// Per-thread front cache: slots point at entries of a lexicon's shared cache, whose keys and
// values are never erased and never move (unordered_map nodes), so a hit needs no lock and the
// slot needs no copy of the key.
struct front_slot {
    uint64_t owner = 0;  // lexicon::impl::id; 0 when empty
    std::size_t hash = 0;
    const std::string* key = nullptr;
    const lexicon::analysis* found = nullptr;
};
// A news article uses a few hundred distinct forms, a corpus pass some ten thousand: twice the
// slots of a per-article working set keep the frequent words of the whole run resident.
constexpr std::size_t front_size = 8192;

front_slot& front_slot_for(std::size_t hash) {
    thread_local std::vector<front_slot> slots(front_size);
    return slots[hash & (front_size - 1)];
}

// The front cache's hash: FNV-1a, cheaper than std::hash on the short forms of running text.
// std::hash is computed only on a front miss, for the shared cache.
std::size_t front_hash(std::string_view word) {
    uint64_t h = 14695981039346656037ull;
    for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
}

}  // namespace

lexicon::analysis lexicon::lookup(std::string_view word) const { return find(word); }

const lexicon::analysis& lexicon::find(std::string_view word) const {
    const std::size_t quick = front_hash(word);
    front_slot& front = front_slot_for(quick);
    if (front.owner == impl_->id && front.hash == quick && *front.key == word) return *front.found;

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
        } else if (impl_->speller) {
            // hunspell-fr spells the apostrophe both ways; ask with the typewriter one.
            std::string asked(word);
            for (std::size_t p; (p = asked.find("\xE2\x80\x99")) != std::string::npos;) {
                asked.replace(p, 3, "'");
            }
            std::vector<std::string> readings;
            {
                std::lock_guard lock(impl_->speller_mutex);
                readings = impl_->speller->analyze(asked);
            }
            fresh = read_analyses(readings);
        }
        std::unique_lock lock(shard.mutex);
        if (shard.entries.size() >= impl::max_entries_per_shard) {
            // Full: the answer lives in a per-thread slot until this thread's next overflow.
            thread_local analysis overflow;
            overflow = std::move(fresh);
            return overflow;
        }
        entry = &*shard.entries.emplace(std::string(word), std::move(fresh)).first;
    }
    front.owner = impl_->id;
    front.hash = quick;
    front.key = &entry->first;
    front.found = &entry->second;
    return entry->second;
}

}  // namespace precis::grammar
