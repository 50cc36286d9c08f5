#pragma once

#include <string>
#include <string_view>

#include "dict/dictionaries.h"
#include "engine/fixer.h"
#include "engine/linter.h"
#include "engine/quote_style.h"

namespace mtlint {

struct NormalizeOptions {
  QuoteStyle quotes = QuoteStyle::kCurly;
  // Remove the lines boilerplate-line finds, though its fix needs review:
  // asking for it is the review.
  bool strip_boilerplate = false;
};

// `mtlint normalize`: the fixer (FixText) run with a fixed set of checks,
// applying their safe fixes until none is left: unicode-nfc,
// char-invisible, spacing, hyphen-spacing and encoding-mojibake, plus
// quote-marks' direction fixes and the quote style (engine/quote_style.h)
// with --quotes curly, the quote style alone with --quotes straight, and
// boilerplate-line's line removal with --strip-boilerplate. See
// docs/normalize.md.
class Normalizer {
 public:
  // `dictionaries` must outlive the Normalizer (boilerplate patterns).
  Normalizer(const NormalizeOptions& options, const Dictionaries& dictionaries);

  // The normalized text and its edits on `text`. `left` holds what the
  // checks still find, such as encoding-binary for a file that is not
  // text (left as it is).
  FixResult Normalize(const std::string& path, std::string_view text);

 private:
  Linter linter_;
};

}  // namespace mtlint
