#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/quote-unbalanced.md.
class QuoteUnbalancedCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
