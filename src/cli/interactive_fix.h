#pragma once

#include "cli/fix_command.h"

namespace mtlint {

// `mtlint fix --interactive`: shows the findings of each file one at a time,
// asks which fix to apply (single keys on a terminal, one answer a line
// otherwise) and writes what was accepted. Returns the exit status: 0, or 2
// after a usage or I/O error. See docs/fix.md, "Interactive review".
int RunInteractiveFix(const FixOptions& options);

}  // namespace mtlint
