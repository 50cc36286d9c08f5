#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/encoding-mojibake.md.
class EncodingMojibakeCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
