#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/encoding-invalid-utf8.md.
class EncodingInvalidUtf8Check : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
