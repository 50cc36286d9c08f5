#pragma once

#include "checks/check.h"
#include "dict/grammar.h"

namespace mtlint {

// See docs/checks/hyphen-spacing.md.
class HyphenSpacingCheck : public Check {
 public:
  explicit HyphenSpacingCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  bool JoinsLikeDash(std::string_view text, ByteRange before,
                     ByteRange after) const;

  const GrammarLists& grammar_;
};

}  // namespace mtlint
