#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/script-foreign.md.
class ScriptForeignCheck : public Check {
 public:
  void Run(const Document& doc, DiagnosticSink& sink) const override;
};

}  // namespace mtlint
