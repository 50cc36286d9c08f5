#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/quote-spacing.md.
class QuoteSpacingCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
