#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/word-repeated.md.
class WordRepeatedCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
