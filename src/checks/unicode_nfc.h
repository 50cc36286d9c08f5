#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/unicode-nfc.md.
class UnicodeNfcCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
