#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "text/token.h"

namespace mtlint {

enum class WordBreakClass : uint8_t;  // UAX #29 Word_Break, in the .cc

// Word boundaries and token kinds exactly as ICU 72's word break iterator
// draws them (UAX #29 with ICU's tailoring: '@' is a letter, ':' does not join
// letters), for text made only of ASCII, Latin-1 and Latin Extended
// letters and the common typographic punctuation (U+2010..U+2027). News copy
// is nearly all such text, and ICU's general state machine with its UTF-8 to
// UTF-16 conversion was a fifth of the time of a lint; a range with any
// other character (combining marks, soft hyphens, other scripts, invalid
// UTF-8) is left to ICU. Tests hold the two to the same output.
class LatinWordBreaker {
 public:
  // Appends the non-space tokens of text[range] and returns true, or returns
  // false and appends nothing when the range holds a character this breaker
  // does not handle.
  bool Words(std::string_view text, ByteRange range, std::vector<Token>* out);

 private:
  std::vector<WordBreakClass> classes_;  // per code point of the range
  std::vector<uint32_t> starts_;  // each code point's byte offset, then end
};

}  // namespace mtlint
