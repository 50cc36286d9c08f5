#pragma once

#include <string>
#include <vector>

#include "checks/check.h"
#include "text/line_pattern.h"

namespace mtlint {

// See docs/checks/boilerplate-line.md.
class BoilerplateLineCheck : public Check {
 public:
  explicit BoilerplateLineCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  struct Rule {
    LinePattern pattern;
    std::string label;
  };
  std::vector<Rule> rules_;
};

}  // namespace mtlint
