#pragma once

#include "cli/lint_session.h"

namespace mtlint {

struct FixOptions {
  LintOptions lint;
  bool unsafe = false;  // also apply the best fix of what needs review
  bool diff = false;    // print a unified diff instead of writing
};

// Fixes the files in place (standard input: to standard output), or prints
// the diff; reports what is left. Returns the exit status.
int RunFix(const FixOptions& options);

}  // namespace mtlint
