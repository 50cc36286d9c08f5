#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/spacing.md.
class SpacingCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
