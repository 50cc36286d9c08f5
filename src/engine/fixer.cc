#include "engine/fixer.h"

#include "core/edits.h"
#include "core/fix_set.h"

namespace mtlint {

FixResult FixText(Linter& linter, const std::string& path,
                  std::string_view text, FixMode mode) {
  FixResult result;
  result.text = text;
  for (int pass = 0;; ++pass) {
    result.left = linter.Lint(path, result.text);
    FixSet plan = PlanFixes(&result.left, mode);
    if (plan.size() == 0 || pass == kMaxFixPasses) break;
    result.edits = ComposeEdits(result.text, result.edits, plan.edits());
    result.text = plan.Apply(result.text);
    result.fixed += plan.size();
  }
  return result;
}

}  // namespace mtlint
