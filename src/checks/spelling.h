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
  // Token `i`; `correct` answers for the speller, remembering its answers
  // for the document.
  // `addresses` answers IsInsideAddress within the token's paragraph.
  template <typename Correct>
  void CheckToken(const Document& doc, AddressScanner& addresses, uint32_t i,
                  Correct& correct, DiagnosticSink& sink) const;
  // Reports a word the house rejects, with the speller's other spellings.
  void ReportRejected(std::string_view word, const Token& t,
                      DiagnosticSink& sink) const;

  const Dictionaries& dictionaries_;
  size_t max_suggestions_;
  const Speller& speller_;
  mutable WordAnswers<bool> correct_;  // the speller's, as written
};

}  // namespace mtlint
