#include "text/word_shape.h"

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {

bool StartsUpper(std::string_view word) {
  return !word.empty() && IsUpper(DecodeUtf8(word, 0).code_point);
}

}  // namespace mtlint
