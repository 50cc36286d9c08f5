#pragma once

#include "checks/check.h"
#include "cross/companions.h"

namespace mtlint {

// See docs/checks/source-number.md.
class SourceNumberCheck : public Check {
 public:
  explicit SourceNumberCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const CompanionText* source_ = nullptr;  // null without --source
};

}  // namespace mtlint
