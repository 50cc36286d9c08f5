#pragma once

#include <string>
#include <vector>

#include "checks/check.h"
#include "core/flat_string_table.h"
#include "dict/names.h"

namespace mtlint {

// See docs/checks/dropped-role.md.
class DroppedRoleCheck : public Check {
 public:
  explicit DroppedRoleCheck(const CheckContext& context);
  void Run(const Document& doc, DiagnosticSink& sink) const override;

 private:
  const NameData& names_;
  // Organisation names by their first word, longest first.
  StringMap<std::vector<std::string>> orgs_by_first_word_;
};

}  // namespace mtlint
