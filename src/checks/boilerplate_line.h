#pragma once

#include <array>
#include <cstdint>
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
  // Per lowered first byte, the rules that may match a judgeable line
  // starting with it, in rule order: a line is tried against few rules.
  std::array<std::vector<uint32_t>, 256> rules_by_first_byte_;
  std::vector<uint32_t> all_rules_;
};

}  // namespace mtlint
