#pragma once

#include "checks/check.h"
#include "core/word_answers.h"
#include "dict/speller.h"

namespace mtlint {

class AddressScanner;

// See docs/checks/spelling.md.
class SpellingCheck : public Check {
 public:
  explicit SpellingCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  // What a word is, whatever its place: fine (an ordinary word the speller
  // knows, or no ordinary word), rejected by the house, or unknown.
  enum class Verdict : uint8_t { kFine, kRejected, kUnknown };
  Verdict Judge(std::string_view word, std::string_view folded) const;
  // Reports word token `i`, rejected or unknown, unless its place excuses
  // it; `addresses` answers IsInsideAddress within the token's paragraph.
  void CheckToken(const Document& doc, AddressScanner& addresses, uint32_t i,
                  Verdict verdict, DiagnosticSink& sink) const;
  // Reports a word the house rejects, with the speller's other spellings.
  void ReportRejected(std::string_view word, const Token& t,
                      DiagnosticSink& sink) const;

  const Dictionaries& dictionaries_;
  size_t max_suggestions_;
  const Speller& speller_;
  mutable WordAnswers<bool> correct_;  // the speller's, as written
};

}  // namespace mtlint
