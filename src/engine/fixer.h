#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "engine/fix_planner.h"
#include "engine/linter.h"

namespace mtlint {

// A fix can uncover another (or be dropped for a conflict that the next
// round no longer has); a text that still offers fixes after this many
// rounds is left as far as it got.
inline constexpr int kMaxFixPasses = 8;

struct FixResult {
  std::string text;              // the fixed text
  std::vector<Edit> edits;       // turn the original into `text`
  size_t fixed = 0;              // fixes applied, over all passes
  std::vector<Diagnostic> left;  // the diagnostics of `text`
};

// Applies the fixes `mode` allows (PlanFixes), lints the result and applies
// again, until no fix is left or after kMaxFixPasses passes, so that fixing
// the result once more changes nothing. `left` carries the planner's notes
// on fixes that were not applied.
FixResult FixText(Linter& linter, const std::string& path,
                  std::string_view text, FixMode mode);

}  // namespace mtlint
