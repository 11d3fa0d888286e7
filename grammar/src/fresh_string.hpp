// Setting a string that was just made (a member of a token, actor or verb group in place).
#pragma once

#include <new>
#include <string>
#include <string_view>

namespace precis::grammar {

// Gives `s` the contents `text` by building it anew: for a string still empty, an inline copy
// instead of a library call that first weighs the string's capacity. `text` must not lie in
// `s` itself.
inline void rebuild(std::string& s, std::string_view text) {
    s.~basic_string();
    new (&s) std::string(text.data(), text.size());
}

}  // namespace precis::grammar
