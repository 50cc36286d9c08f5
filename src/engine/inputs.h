#pragma once

#include <string>
#include <vector>

namespace mtlint {

// What the command line named: files to lint, and paths that could not be
// used (each with its reason), which do not stop the others.
struct Inputs {
  std::vector<std::string> files;  // "-" is standard input
  std::vector<std::string> errors;
};

// Expands files and directories (recursively: *.txt and *.md, in sorted
// order, hidden entries skipped) into the files to lint.
Inputs ExpandInputs(const std::vector<std::string>& paths);

// Reads a whole file ("-": standard input). Throws std::runtime_error naming
// the path and the system's reason.
std::string ReadInput(const std::string& path);

}  // namespace mtlint
