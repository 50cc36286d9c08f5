#pragma once

#include "checks/check.h"
#include "dict/names.h"

namespace mtlint {

// See docs/checks/name-duplicated.md.
class NameDuplicatedCheck : public Check {
 public:
  explicit NameDuplicatedCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const NameData& names_;
};

}  // namespace mtlint
