#pragma once

#include <memory>

#include "checks/check.h"
#include "checks/reference_facts.h"

namespace mtlint {

// See docs/checks/reference-number.md.
class ReferenceNumberCheck : public Check {
 public:
  explicit ReferenceNumberCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  std::unique_ptr<ReferenceFacts> facts_;  // null without a reference
};

}  // namespace mtlint
