#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/flat_string_table.h"

namespace mtlint {

// ICU's suppression of sentence breaks after abbreviations ("en@ss=standard",
// SimpleFilteredSentenceBreakIterator), with the list of ICU's data and
// ICU 72's exact matching, quirks included: one space is stepped over
// before the abbreviation, which is matched backwards with nothing
// required before it; an abbreviation with an inner full stop ("U.S.",
// "Ph.D.") is matched forwards from its first part and suppresses nothing
// when a longer one could follow ("U.S." could be "U.S.A."). The
// segmenter's fast path applies it to the breaks it draws itself.
class BreakSuppressions {
 public:
  // Reads the list ICU has for `locale`; empty when ICU has none or one
  // outside ASCII, which usable() reports.
  explicit BreakSuppressions(const char* locale);

  bool usable() const { return !backward_.empty(); }
  // Whether ICU drops the sentence break at `at` of `text`.
  bool Suppresses(std::string_view text, size_t at) const;

 private:
  void Add(const std::vector<std::string>& entries);

  // Abbreviations written backwards, and the first parts of those with an
  // inner full stop (true: read on forwards).
  StringMap<bool> backward_;
  size_t longest_backward_ = 0;
  StringSet forward_;           // abbreviations with an inner full stop
  StringSet forward_prefixes_;  // their proper prefixes
};

}  // namespace mtlint
