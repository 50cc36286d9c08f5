#pragma once

#include <string_view>
#include <vector>

namespace mtlint {

// The space-separated parts of a dictionary entry, empty parts dropped:
// "Pham Minh Chinh" → {"Pham", "Minh", "Chinh"}.
std::vector<std::string_view> SplitOnSpaces(std::string_view text);

// Up to the first space: "Pham Minh Chinh" → "Pham".
inline std::string_view FirstWord(std::string_view text) {
  return text.substr(0, text.find(' '));
}

}  // namespace mtlint
