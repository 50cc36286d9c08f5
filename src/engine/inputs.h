#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "engine/path_glob.h"

namespace mtlint {

// Token offsets are 32 bits (text/token.h): larger inputs are refused.
inline constexpr size_t kMaxInputSize = 0xFFFFFFFF;

// What the command line named: files to lint, paths named that could not
// be used (each with its reason), which do not stop the others, and
// entries met in directories that were skipped for what they are rather
// than for their name: FIFOs, devices, links to directories (not
// followed) or to nothing.
struct Inputs {
  std::vector<std::string> files;  // "-" is standard input
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

// Whether an entry met while walking a directory is left out (the
// configuration's exclude patterns).
using ExcludeFilter = std::function<bool(const std::filesystem::path&)>;

// What a directory walk keeps, besides skipping hidden entries. Globs
// (--include, --exclude) match paths relative to the directory walked.
struct WalkFilter {
  ExcludeFilter excluded;
  std::vector<PathGlob> include;  // files kept; none: *.txt and *.md
  std::vector<PathGlob> exclude;  // files and directories left out
};

// Expands files and directories (recursively, in sorted order, as `filter`
// says, symbolic links to directories not followed) into the files to lint.
// Paths named are never excluded, as in ruff: naming a file asks for it. A
// path named that is not a regular file or a directory (a FIFO, a device)
// is an error.
Inputs ExpandInputs(const std::vector<std::string>& paths,
                    const WalkFilter& filter = {});

// Reads a whole file ("-": standard input). Throws std::runtime_error naming
// the path and the system's reason, also for a file that is not a regular
// file (it is never opened in a way that could block) or that is larger
// than kMaxInputSize.
std::string ReadInput(const std::string& path);

}  // namespace mtlint
