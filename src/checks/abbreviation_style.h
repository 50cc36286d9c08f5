#pragma once

#include <map>
#include <string>

#include "checks/check.h"

namespace mtlint {

// See docs/checks/abbreviation-style.md.
class AbbreviationStyleCheck : public Check {
 public:
  explicit AbbreviationStyleCheck(const CheckContext& context)
      : preferred_(context.dictionaries.abbreviations()) {}
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  std::map<std::string, std::string, std::less<>> preferred_;
};

}  // namespace mtlint
