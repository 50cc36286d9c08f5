#pragma once

#include "checks/check.h"
#include "dict/names.h"

namespace mtlint {

// See docs/checks/name-order.md.
class NameOrderCheck : public Check {
 public:
  explicit NameOrderCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const NameData& names_;
};

}  // namespace mtlint
