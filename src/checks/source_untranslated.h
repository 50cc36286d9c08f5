#pragma once

#include "checks/check.h"
#include "cross/companions.h"

namespace mtlint {

// See docs/checks/source-untranslated.md.
class SourceUntranslatedCheck : public Check {
 public:
  explicit SourceUntranslatedCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const CompanionText* source_ = nullptr;  // null without --source
  const Speller* speller_ = nullptr;
};

}  // namespace mtlint
