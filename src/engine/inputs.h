#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "engine/path_glob.h"

namespace mtlint {

// What the command line named: files to lint, and paths that could not be
// used (each with its reason), which do not stop the others.
struct Inputs {
  std::vector<std::string> files;  // "-" is standard input
  std::vector<std::string> errors;
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
// says) into the files to lint. Paths named are never excluded, as in
// ruff: naming a file asks for it.
Inputs ExpandInputs(const std::vector<std::string>& paths,
                    const WalkFilter& filter = {});

// Reads a whole file ("-": standard input). Throws std::runtime_error naming
// the path and the system's reason.
std::string ReadInput(const std::string& path);

}  // namespace mtlint
