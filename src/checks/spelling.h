#pragma once

#include "checks/check.h"
#include "dict/speller.h"

namespace mtlint {

// See docs/checks/spelling.md.
class SpellingCheck : public Check {
 public:
  explicit SpellingCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  void CheckToken(const Document& doc, ByteRange paragraph, const Token& t,
                  DiagnosticSink& sink) const;

  const Speller& speller_;
};

}  // namespace mtlint
