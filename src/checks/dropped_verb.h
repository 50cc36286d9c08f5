#pragma once

#include "checks/check.h"
#include "dict/grammar.h"

namespace mtlint {

// See docs/checks/dropped-verb.md.
class DroppedVerbCheck : public Check {
 public:
  explicit DroppedVerbCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const GrammarLists& grammar_;
};

}  // namespace mtlint
