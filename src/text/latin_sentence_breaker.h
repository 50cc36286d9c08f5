#pragma once

#include <string_view>
#include <vector>

#include "text/break_suppressions.h"

namespace mtlint {

// Sentence boundaries exactly as ICU 72's "en@ss=standard" iterator draws
// them (UAX #29, then text/break_suppressions.h), for text of the
// characters of text/latin_table.h without line breaks. ICU's iterator
// and its UTF-8 text provider were a tenth of a lint; text with any other
// character is left to ICU. Tests hold the two to the same output.
class LatinSentenceBreaker {
 public:
  LatinSentenceBreaker();

  // Appends the boundaries inside `text` (offsets other than 0 and the
  // end) and returns true, or returns false and appends nothing when the
  // text holds a character this breaker does not handle.
  bool Breaks(std::string_view text, std::vector<size_t>* out) const;

 private:
  BreakSuppressions suppressions_;
};

}  // namespace mtlint
