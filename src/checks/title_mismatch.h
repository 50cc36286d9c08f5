#pragma once

#include "checks/check.h"
#include "dict/names.h"

namespace mtlint {

// See docs/checks/title-mismatch.md.
class TitleMismatchCheck : public Check {
 public:
  explicit TitleMismatchCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const NameData& names_;
};

}  // namespace mtlint
