#pragma once

#include "checks/check.h"
#include "dict/calques.h"

namespace mtlint {

// See docs/checks/calque-phrase.md.
class CalquePhraseCheck : public Check {
 public:
  explicit CalquePhraseCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const CalqueIndex& calques_;
};

}  // namespace mtlint
