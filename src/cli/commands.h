#pragma once

namespace mtlint {

// Parses the command line, runs the command and returns the exit status:
// 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.
int RunCommandLine(int argc, char** argv);

}  // namespace mtlint
