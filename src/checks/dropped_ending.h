#pragma once

#include "checks/check.h"
#include "dict/grammar.h"

namespace mtlint {

// See docs/checks/dropped-ending.md.
class DroppedEndingCheck : public Check {
 public:
  explicit DroppedEndingCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const GrammarLists& grammar_;
};

}  // namespace mtlint
