#pragma once

#include <string>

#include "cli/lint_session.h"

namespace mtlint {

// `mtlint dump-config [PATH]`: prints, as TOML, the configuration that
// applies to PATH (a file, or files in a directory; default the current
// directory) with the command line's --config, --enable, --disable,
// --dict-dir and --dict-path over it. Returns the exit status: 0, or 2
// for a bad configuration or path.
int RunDumpConfig(const std::string& path, const LintOptions& options);

}  // namespace mtlint
