// The values of the slots of templates.yaml, as realisation fills them: a string in place
// for each slot the realiser knows (see templates.cpp), where a map would look each name up
// by string comparisons, at each template tried.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace precis::rules {

class slot_values final {
  public:
    static constexpr std::size_t known_slots = 10;  // templates.cpp's slot_names

    // The slot's value, empty until set (as a map's operator[]).
    std::string& operator[](std::string_view name);
    // The slot's value; null for a name no slot has and nothing was set under.
    const std::string* find(std::string_view name) const;

  private:
    std::array<std::string, known_slots> known_;  // by the slot's index in templates.cpp's slot_names
    std::map<std::string, std::string, std::less<>> others_;
};

// `text` with each "{slot}" replaced by its value; empty when a slot it names is empty or has
// no value (as fill_template over a map).
std::string fill_template(const std::string& text, const slot_values& slots);

}  // namespace precis::rules
