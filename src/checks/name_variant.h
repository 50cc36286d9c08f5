#pragma once

#include <memory>
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/name_words.h"
#include "checks/reference_facts.h"
#include "core/flat_string_table.h"
#include "core/word_answers.h"

namespace mtlint {

// See docs/checks/name-variant.md.
class NameVariantCheck : public Check {
 public:
  explicit NameVariantCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  struct DictionaryToken {
    std::string token;
    std::string canonical;  // the full name it belongs to
    uint64_t classes;       // ByteClasses(token)
  };
  // "Pham Minh Trung" for "Pham Minh Chinh": a full name that differs
  // from a known person's in one word. Reports the word; returns the
  // ranges it reported.
  // The dictionary's token nearest to `word` (ByteClasses `classes`)
  // within its edit limit, the first of equals; null if none, or if the
  // word is too short for a guess from the dictionary alone.
  const DictionaryToken* NearestInDictionary(std::string_view word,
                                             uint64_t classes) const;
  std::vector<ByteRange> FullNames(const Document& doc,
                                   const std::vector<Respelling>& respelled,
                                   DiagnosticSink& sink) const;

  const NameData& names_;
  NameWords words_;
  std::vector<DictionaryToken> dictionary_;
  // NearestInDictionary's answers: an index into dictionary_, or -1.
  mutable WordAnswers<int32_t> nearest_;
  // People with names of two words or more, by each word of their name,
  // and the words of each such person's name (empty for the others).
  StringMap<std::vector<size_t>> people_by_word_;
  std::vector<std::vector<std::string_view>> person_words_;
  // With a reference, its spellings rank above the dictionary's
  // (reference-name); null without one.
  std::unique_ptr<ReferenceFacts> reference_;
};

}  // namespace mtlint
