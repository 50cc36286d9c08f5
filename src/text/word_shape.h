#pragma once

#include <string_view>

namespace mtlint {

// Whether the word's first letter is uppercase ("Trump", "U.S.").
bool StartsUpper(std::string_view word);

}  // namespace mtlint
