#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/number-separator.md.
class NumberSeparatorCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
