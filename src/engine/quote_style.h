#pragma once

#include <optional>
#include <string_view>

#include "checks/check.h"

namespace mtlint {

// The quotation marks `mtlint normalize --quotes` asks for.
enum class QuoteStyle {
  kCurly,     // “ ” ‘ ’ and the apostrophe ’
  kStraight,  // " and '
  kKeep,      // as they are
};

// "curly", "straight" or "keep"; nothing for anything else.
std::optional<QuoteStyle> ParseQuoteStyle(std::string_view name);

// Rewrites quotation marks and apostrophes into one style, each with a safe
// fix (docs/normalize.md says which marks are left alone and why). It is
// not in the registry: it needs an option, which registered checks do not
// take, and a straight quote is no finding for `check`; normalize adds it
// to its Linter, so the fixer and planner apply it like any other fix.
class QuoteStyleCheck : public Check {
 public:
  explicit QuoteStyleCheck(QuoteStyle style) : style_(style) {}
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  QuoteStyle style_;
};

}  // namespace mtlint
