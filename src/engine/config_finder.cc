#include "engine/config_finder.h"

#include <system_error>

namespace mtlint {
namespace fs = std::filesystem;
namespace {

// Absolute and lexically normal, without a trailing separator, so that one
// directory has one spelling as a key.
fs::path Absolute(const fs::path& p) {
  fs::path a = fs::absolute(p.empty() ? fs::path(".") : p).lexically_normal();
  if (a.has_relative_path() && a.filename().empty()) a = a.parent_path();
  return a;
}

}  // namespace

std::optional<fs::path> FindConfigFile(const fs::path& dir) {
  std::error_code ec;
  for (fs::path d = dir;; d = d.parent_path()) {
    fs::path candidate = d / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    // `.git` is a directory, or a file in a worktree or submodule.
    if (fs::exists(d / ".git", ec) || d == d.parent_path()) return std::nullopt;
  }
}

ConfigFinder::ConfigFinder(std::string forced) : forced_(std::move(forced)) {}

const Config& ConfigFinder::ForDirectory(const fs::path& dir) {
  if (!forced_.empty()) return Load(forced_);
  fs::path absolute = Absolute(dir);
  auto it = by_dir_.find(absolute);
  if (it != by_dir_.end()) return *it->second;
  const Config& config = Load(FindConfigFile(absolute).value_or(fs::path()));
  by_dir_.emplace(std::move(absolute), &config);
  return config;
}

const Config& ConfigFinder::ForInput(const std::string& path) {
  return ForDirectory(path == "-" ? fs::path(".")
                                  : fs::path(path).parent_path());
}

bool ConfigFinder::Excluded(const fs::path& entry) {
  return ForDirectory(entry.parent_path()).Excludes(Absolute(entry));
}

const Config& ConfigFinder::Load(const fs::path& file) {
  fs::path key = file.empty() ? fs::path() : Absolute(file);
  auto it = by_file_.find(key);
  if (it != by_file_.end()) return *it->second;
  auto config = std::make_unique<Config>();
  if (file.empty()) {
    config->base = Absolute(".");
  } else {
    // Discovered files are named relative to the current directory in
    // messages; --config is named as the user gave it.
    std::string shown = file == fs::path(forced_)
                            ? forced_
                            : key.lexically_proximate(Absolute(".")).string();
    *config = ReadConfig(file, shown);
  }
  return *by_file_.emplace(std::move(key), std::move(config)).first->second;
}

}  // namespace mtlint
