#pragma once

#include "checks/check.h"
#include "dict/grammar.h"

namespace mtlint {

// See docs/checks/dropped-determiner.md.
class DroppedDeterminerCheck : public Check {
 public:
  explicit DroppedDeterminerCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const GrammarLists& grammar_;
};

}  // namespace mtlint
