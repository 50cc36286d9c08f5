#pragma once

#include <string>
#include <string_view>

namespace mtlint {

// Calls `f` with `word`, then with each singular `word` may be the regular
// plural of ("wars": "war"; "taxes": "taxe", "tax"; "policies": "policy"),
// until `f` returns true; returns whether it did. The calque index selects
// patterns by these forms and the calque check verifies them by the same
// reading (IsPluralOf).
template <typename F>
bool AnySingular(std::string_view word, F f) {
  if (f(word)) return true;
  if (word.ends_with("s") && f(word.substr(0, word.size() - 1))) return true;
  if (word.ends_with("es") && f(word.substr(0, word.size() - 2))) return true;
  // "ies" alone is no plural of "y".
  if (word.size() > 3 && word.ends_with("ies")) {
    std::string singular(word.substr(0, word.size() - 3));
    singular += 'y';
    return f(singular);
  }
  return false;
}

// Whether `word` is a regular plural of `singular`.
inline bool IsPluralOf(std::string_view word, std::string_view singular) {
  return word != singular &&
         AnySingular(word, [&](std::string_view s) { return s == singular; });
}

}  // namespace mtlint
