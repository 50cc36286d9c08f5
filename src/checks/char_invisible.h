#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/char-invisible.md.
class CharInvisibleCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
