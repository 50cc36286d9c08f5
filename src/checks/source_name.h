#pragma once

#include <memory>

#include "checks/check.h"
#include "cross/companions.h"
#include "text/transliterator.h"

namespace mtlint {

// See docs/checks/source-name.md.
class SourceNameCheck : public Check {
 public:
  explicit SourceNameCheck(const CheckContext& context);
  ~SourceNameCheck() override;
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const NameData* names_ = nullptr;
  const CompanionText* source_ = nullptr;  // null without a Chinese --source
  std::unique_ptr<HanTransliterator> pinyin_;
};

}  // namespace mtlint
