#pragma once

#include "cli/lint_session.h"

namespace mtlint {

// Lints the files and prints what was found; returns the exit status.
int RunCheck(const LintOptions& options);

}  // namespace mtlint
