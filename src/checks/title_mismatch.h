#pragma once

#include <memory>

#include "checks/check.h"
#include "checks/reference_facts.h"
#include "dict/names.h"

namespace mtlint {

// See docs/checks/title-mismatch.md.
class TitleMismatchCheck : public Check {
 public:
  explicit TitleMismatchCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const NameData& names_;
  // With a reference, its titles rank above the dictionary's
  // (reference-title); null without one.
  std::unique_ptr<ReferenceFacts> reference_;
};

}  // namespace mtlint
