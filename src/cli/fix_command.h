#pragma once

#include <string>
#include <string_view>

#include "cli/lint_session.h"

namespace mtlint {

struct FixOptions {
  LintOptions lint;
  bool unsafe = false;       // also apply the best fix of what needs review
  bool diff = false;         // print a unified diff instead of writing
  bool interactive = false;  // review each finding (cli/interactive_fix.h)
};

// Fixes the files in place (standard input: to standard output), or prints
// the diff; reports what is left. Returns the exit status.
int RunFix(const FixOptions& options);

// Writes `fixed` over the file at `path` (engine/atomic_write.h) unless the
// file no longer holds `original`. Returns why it was not written, or ""
// once it was; safe on any thread.
std::string WriteFixedFile(const std::string& path, std::string_view original,
                           std::string_view fixed);

}  // namespace mtlint
