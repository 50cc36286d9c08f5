#pragma once

#include "checks/check.h"

namespace mtlint {

// See docs/checks/script-foreign.md.
class ScriptForeignCheck : public Check {
 public:
  explicit ScriptForeignCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  // With a source and source-untranslated, the runs copied from it are
  // that check's; empty otherwise.
  std::string_view source_;
};

}  // namespace mtlint
