#pragma once

#include <string>
#include <vector>

namespace mtlint {

struct NormalizeCommandOptions {
  std::vector<std::string> paths;  // files, directories, "-"
  bool write = false;              // -w: rewrite the files in place
  std::string quotes = "curly";    // curly, straight, keep
  bool strip_boilerplate = false;
  std::vector<std::string> dict_dirs;  // for the boilerplate patterns
};

// Prints the normalized text of each input (or with -w rewrites the files
// that change); see docs/normalize.md. Returns 0, or 2 after a usage or I/O
// error.
int RunNormalize(const NormalizeCommandOptions& options);

}  // namespace mtlint
