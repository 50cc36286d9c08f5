#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "engine/config.h"

namespace mtlint {

// The nearest .mtlint.toml in `dir` (absolute) or a directory above it,
// stopping at the repository root (a directory holding `.git`) or the
// filesystem root; or nothing.
std::optional<std::filesystem::path> FindConfigFile(
    const std::filesystem::path& dir);

// Which configuration governs each file. Nearest wins: a file found nearer
// replaces the ones above it, without merging (docs/configuration.md).
// Each configuration file is read once, and the answer for a directory is
// kept, so walking a tree costs one search per directory.
class ConfigFinder {
 public:
  // `forced` (--config): one file for everything, no discovery; empty:
  // discover.
  explicit ConfigFinder(std::string forced = "");

  // The configuration of files in `dir`. Throws ConfigError.
  const Config& ForDirectory(const std::filesystem::path& dir);
  // The configuration of an input ("-": the current directory's).
  const Config& ForInput(const std::string& path);
  // Whether an entry met while walking a directory is excluded by the
  // configuration of the directory holding it. Throws ConfigError.
  bool Excluded(const std::filesystem::path& entry);

 private:
  const Config& Load(const std::filesystem::path& file);

  std::string forced_;
  std::map<std::filesystem::path, const Config*> by_dir_;
  // By absolute path; the empty path holds the defaults.
  std::map<std::filesystem::path, std::unique_ptr<Config>> by_file_;
};

}  // namespace mtlint
