#pragma once

#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "text/token.h"

namespace mtlint {

// Word boundaries and token kinds exactly as ICU 72's word break iterator
// draws them (UAX #29 with ICU's tailoring: '@' is a letter, ':' does not join
// letters), for text of the characters of text/latin_table.h. News copy is
// nearly all such text, and ICU's general state machine with its UTF-8 to
// UTF-16 conversion was a fifth of the time of a lint; a range with any
// other character (combining marks, soft hyphens, other scripts, invalid
// UTF-8) is left to ICU. Tests hold the two to the same output.
//
// Appends the non-space tokens of text[range] and returns true, or returns
// false and appends nothing when the range holds a character this breaker
// does not handle.
bool BreakLatinWords(std::string_view text, ByteRange range,
                     std::vector<Token>* out);

}  // namespace mtlint
