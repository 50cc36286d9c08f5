#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "dict/dictionaries.h"
#include "engine/check_selection.h"
#include "engine/linter.h"
#include "engine/path_glob.h"

namespace mtlint {

// The name of the configuration file that discovery looks for.
inline constexpr std::string_view kConfigFileName = ".mtlint.toml";

// A configuration that cannot be used; the message starts with
// "FILE:LINE:COLUMN: " when it concerns a place in the file.
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// [checks.<id>] of a configuration file; unset fields leave the default.
struct CheckConfig {
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  CheckOptions options;  // the check's own keys (its CheckInfo::options)
};

// One .mtlint.toml as read (docs/configuration.md), with relative paths
// already resolved against its directory. A default-constructed Config is
// what applies where there is no file.
struct Config {
  std::filesystem::path file;  // as shown in messages; empty: no file
  std::filesystem::path base;  // absolute: the directory of the file
  std::map<std::string, CheckConfig, std::less<>> checks;
  // [dictionaries]
  std::vector<std::filesystem::path> dict_dirs;  // paths
  std::string hunspell;                          // empty: the default
  std::vector<std::string> accept;
  std::vector<std::string> reject;
  std::vector<PathGlob> exclude;

  // Whether an entry met while walking a directory is excluded: `path`
  // (absolute, lexically normal) below `base` matches a pattern.
  bool Excludes(const std::filesystem::path& path) const;
};

// Parses the text of a configuration file. `shown` names the file in
// messages and `base` (absolute) is where its relative paths start.
// Throws ConfigError for a syntax error, an unknown key or check, a value
// of the wrong type, or a dictionary path that does not exist.
Config ParseConfig(std::string_view text, const std::string& shown,
                   const std::filesystem::path& base);
// Reads and parses a configuration file; `shown` names it in messages.
Config ReadConfig(const std::filesystem::path& file, const std::string& shown);

// What the command line sets over the configuration file.
struct CommandLineSettings {
  std::vector<std::string> enable;     // --enable
  std::vector<std::string> disable;    // --disable
  std::vector<std::string> dict_dirs;  // --dict-dir
  std::string dict_path;               // --dict-path
};

// Everything one Linter is built from.
struct LintSettings {
  CheckSelection selection;
  SeverityOverrides severities;
  OptionOverrides options;
  DictionaryOptions dictionaries;
};

// The configuration with the command line over it: --disable and --enable
// apply after [checks.*].enabled, --dict-dir directories come after
// [dictionaries].paths (so their rows win), --dict-path replaces hunspell.
// Throws std::invalid_argument for an unknown check on the command line.
LintSettings ResolveSettings(const Config& config,
                             const CommandLineSettings& command_line);

// The effective settings as a configuration file (`mtlint dump-config`):
// every check with enabled and any severity override, the dictionaries
// (absolute paths, the shipped directory left out) and the exclude
// patterns.
std::string SettingsToToml(const Config& config, const LintSettings& settings);

}  // namespace mtlint
