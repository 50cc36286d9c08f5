#pragma once

#include <memory>
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/name_words.h"
#include "checks/reference_facts.h"

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
  NameWords words_;
  std::vector<Candidate> candidates_;
  // With a reference, its spellings rank above the dictionary's
  // (reference-name); null without one.
  std::unique_ptr<ReferenceFacts> reference_;
};

}  // namespace mtlint
