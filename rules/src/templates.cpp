// templates.yaml: French and English realisations per event, with named slots.
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>
#include <vector>

#include "pack_model.hpp"
#include "rule_reader.hpp"
#include "slots.hpp"

namespace precis::rules {

namespace {

// What the realiser can put in a slot.
constexpr std::string_view slot_names[] = {
    "actors",     // the event's actors joined ("Belgium and Morocco")
    "subject",    // the key clause's subject
    "verb",       // its verb, in the present tense
    "object",     // its object
    "purpose",    // a purpose phrase, as a verb phrase ("strengthen cooperation")
    "topic",      // the document's topic
    "place",      // a country or city
    "country",    // the main country
    "noun",       // the event's noun ("agreement", "election")
    "value",      // a money amount or quantity
};

static_assert(std::size(slot_names) == slot_values::known_slots);

// The index of a slot in slot_names, or -1.
int slot_index(std::string_view name) {
    for (std::size_t k = 0; k < std::size(slot_names); ++k) {
        if (name == slot_names[k]) return static_cast<int>(k);
    }
    return -1;
}

}  // namespace

bool known_slot(const std::string& slot) { return slot_index(slot) >= 0; }

std::vector<std::string> template_slots(const std::string& text, std::string& error) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '}') {
            error = "'}' without '{'";
            return out;
        }
        if (text[i] != '{') continue;
        const auto close = text.find('}', i);
        if (close == std::string::npos) {
            error = "'{' without '}'";
            return out;
        }
        out.push_back(text.substr(i + 1, close - i - 1));
        i = close;
    }
    return out;
}

namespace {

// `text` with each "{slot}" replaced by find(name)'s value; empty when that is null or empty.
// Every slot is looked up before anything is written: most templates of a pack name a slot
// that the sentence at hand leaves empty, and then there is no text to build.
template <typename Find>
std::string fill_slots(const std::string& text, Find find) {
    // Each slot's braces are found in one reading of the text, then kept for the writing: a
    // template is short, and a loop over its bytes costs less than calls to std::string::find.
    struct slot_at {
        std::size_t open, close;
        const std::string* value;
    };
    slot_at fixed[16];
    std::vector<slot_at> more;  // past the 16th slot of a template
    std::size_t count = 0;
    const char* const bytes = text.data();
    const std::size_t n = text.size();
    std::size_t size = n;
    for (std::size_t i = 0; i < n; ++i) {
        if (bytes[i] != '{') continue;
        std::size_t close = i + 1;
        while (close < n && bytes[close] != '}') ++close;
        if (close == n) return {};
        const std::string* value = find(std::string_view(bytes + i + 1, close - i - 1));
        if (value == nullptr || value->empty()) return {};
        if (count < std::size(fixed)) {
            fixed[count] = slot_at{i, close, value};
        } else {
            more.push_back(slot_at{i, close, value});
        }
        ++count;
        size = size - (close + 1 - i) + value->size();  // the slot, braces and all, for its value
        i = close;  // (the next slot opens after this one closes)
    }
    // Made at its size at once, then written through a pointer: no test of room at each piece.
    // (A byte more of room: a sentence takes its full stop after, english_sentence.)
    std::string out;
    out.reserve(size + 1);
    out.resize(size);
    char* o = out.data();
    std::size_t from = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const slot_at& at = k < std::size(fixed) ? fixed[k] : more[k - std::size(fixed)];
        std::memcpy(o, bytes + from, at.open - from);
        o += at.open - from;
        std::memcpy(o, at.value->data(), at.value->size());
        o += at.value->size();
        from = at.close + 1;
    }
    std::memcpy(o, bytes + from, n - from);
    return out;
}

}  // namespace

std::string fill_template(const std::string& text, const std::map<std::string, std::string>& slots) {
    return fill_slots(text, [&](std::string_view name) -> const std::string* {
        auto it = slots.find(std::string(name));
        return it == slots.end() ? nullptr : &it->second;
    });
}

std::string fill_template(const std::string& text, const slot_values& slots) {
    return fill_slots(text, [&](std::string_view name) { return slots.find(name); });
}

std::string& slot_values::operator[](std::string_view name) {
    const int k = slot_index(name);
    if (k >= 0) return known_[static_cast<std::size_t>(k)];
    auto it = others_.find(name);
    if (it == others_.end()) it = others_.emplace(std::string(name), std::string()).first;
    return it->second;
}

const std::string* slot_values::find(std::string_view name) const {
    const int k = slot_index(name);
    if (k >= 0) return &known_[static_cast<std::size_t>(k)];
    auto it = others_.find(name);
    return it == others_.end() ? nullptr : &it->second;
}

void load_templates(const yaml_pack& pack, pack_rules& out, std::vector<diagnostic>& problems) {
    auto list = section(pack, "templates.yaml", "templates", {"description", "templates"},
                        problems, nullptr);
    if (!list) return;
    const file_problems where("templates.yaml", problems);
    for (const auto& item : *list) {
        std::string name;
        if (!claim_name(out, item, where, name)) continue;
        check_keys(item, {"name", "event", "fr", "en", "description"}, where);
        template_def t;
        t.name = name;
        auto event = as_text(item["event"], where, "event");
        if (!event) continue;
        t.event = *event;
        if (t.event != "*") {
            const bool known = std::any_of(out.events.begin(), out.events.end(),
                                           [&](const event_def& e) { return e.name == t.event; });
            if (!known) {
                where.at(item["event"], "unknown event '" + t.event + "' (see events.yaml)");
                continue;
            }
        }
        if (!item["fr"].is_defined() && !item["en"].is_defined()) {
            where.at(item, "a template needs 'fr' or 'en'");
            continue;
        }
        bool ok = true;
        for (auto [key, text, slots] : {std::tuple{"fr", &t.fr, &t.slots_fr},
                                        std::tuple{"en", &t.en, &t.slots_en}}) {
            if (!item[key].is_defined()) continue;
            auto s = as_text(item[key], where, key);
            if (!s) {
                ok = false;
                continue;
            }
            *text = *s;
            std::string error;
            *slots = template_slots(*s, error);
            if (!error.empty()) {
                where.at(item[key], error);
                ok = false;
            }
            for (const auto& slot : *slots) {
                if (!known_slot(slot)) {
                    where.at(item[key], "unknown slot '{" + slot + "}'");
                    ok = false;
                }
            }
        }
        if (ok) out.templates.push_back(std::move(t));
    }
}

}  // namespace precis::rules
