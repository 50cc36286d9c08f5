#pragma once

#include <string_view>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {

// Whether the word's first letter is uppercase ("Trump", "U.S.").
inline bool StartsUpper(std::string_view word) {
  return !word.empty() && IsUpper(DecodeUtf8(word, 0).code_point);
}

}  // namespace mtlint
