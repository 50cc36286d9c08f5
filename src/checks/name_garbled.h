#pragma once

#include <memory>
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/name_words.h"
#include "checks/reference_facts.h"
#include "core/word_answers.h"

namespace mtlint {

// See docs/checks/name-garbled.md.
class NameGarbledCheck : public Check {
 public:
  explicit NameGarbledCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  struct Candidate {
    std::string key;        // letters only, lowercase: "yuyuantantian"
    std::string canonical;  // "Yuyuan Tantian"
  };
  // What a word's letters say, the same in every document.
  struct Garbled {
    size_t stray = 0;      // letters outside pinyin syllables
    int32_t nearest = -1;  // the nearest candidate, when stray is in range
  };
  Garbled Judge(std::string_view word) const;

  NameWords words_;
  std::vector<Candidate> candidates_;
  mutable WordAnswers<Garbled> garbled_;  // Judge's answers
  // With a reference, its spellings rank above the dictionary's
  // (reference-name); null without one.
  std::unique_ptr<ReferenceFacts> reference_;
};

}  // namespace mtlint
