#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/hyphen-spacing.md.
class HyphenSpacingCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
