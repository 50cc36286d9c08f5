#pragma once

#include <memory>

#include "checks/check.h"
#include "checks/reference_facts.h"

namespace mtlint {

// See docs/checks/reference-name.md.
class ReferenceNameCheck : public Check {
 public:
  explicit ReferenceNameCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  std::unique_ptr<ReferenceFacts> facts_;  // null without a reference
};

}  // namespace mtlint
