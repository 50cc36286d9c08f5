#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/number-separator.md.
class NumberSeparatorCheck : public Check {
 public:
  explicit NumberSeparatorCheck(const CheckContext& context)
      : min_digits_(context.Option("min-digits")) {}
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  size_t min_digits_;
};

}  // namespace mtlint
