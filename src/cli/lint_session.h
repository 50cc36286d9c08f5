#pragma once

#include <chrono>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "dict/dictionaries.h"
#include "engine/check_selection.h"
#include "engine/config_finder.h"
#include "engine/inputs.h"
#include "engine/linter.h"
#include "format/formatter.h"

namespace mtlint {

// The options `check` and `fix` share.
struct LintOptions {
  std::vector<std::string> paths;
  std::string format = "human";
  std::string color = "auto";
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  std::string fail_on = "warning";
  // More warnings than this make the exit status 1; -1: no limit.
  int max_warnings = -1;
  std::string dict_path;               // Hunspell dictionary, without extension
  std::vector<std::string> dict_dirs;  // the user's dictionary directories
  // --config: the configuration file for every input, instead of each
  // one's nearest .mtlint.toml.
  std::string config;
};

// What the command line sets over configuration files.
CommandLineSettings CommandLineOf(const LintOptions& options);

// What `check` and `fix` share: the files named, a Linter for each
// configuration they fall under, the formatter, the tally of what was
// reported and the exit status.
class LintSession {
 public:
  // `out` (open on file descriptor `out_fd`, which decides --color auto)
  // receives the diagnostics. Returns null, after printing why, when the
  // options name an unknown check or a configuration file is bad.
  static std::unique_ptr<LintSession> Start(const LintOptions& options,
                                            std::ostream& out, int out_fd);

  // The files to process; paths that could not be used are already
  // reported.
  const std::vector<std::string>& files() const { return inputs_.files; }
  // The Linter for one of files(), set up by that file's configuration.
  Linter& linter(const std::string& path) { return *linters_.at(path); }

  // The bytes of a file ("-": standard input), or nothing after reporting
  // why it cannot be read.
  std::optional<std::string> Read(const std::string& path);
  // Formats the diagnostics of one file (`text` holds their offsets) and
  // counts them.
  void Report(const std::string& path, std::string_view text,
              const std::vector<Diagnostic>& diagnostics);
  // Prints "mtlint: error: MESSAGE"; the exit status becomes 2.
  void Error(std::string_view message);
  // Prints the formatter's summary and returns the exit status: 2 after an
  // error, else 1 if a diagnostic reached --fail-on or the warnings exceed
  // --max-warnings, else 0.
  int Finish();

  size_t reported() const;  // diagnostics reported so far

 private:
  // One configuration's dictionaries and the Linter reading them.
  struct Setup {
    std::unique_ptr<Dictionaries> dictionaries;
    std::unique_ptr<Linter> linter;
  };

  LintSession(const LintOptions& options, std::ostream& out, int out_fd);
  // Finds the files and the configuration of each. Throws ConfigError.
  void SetUp(const LintOptions& options);

  std::chrono::steady_clock::time_point start_;
  Severity fail_on_;
  int max_warnings_;
  std::unique_ptr<Formatter> formatter_;
  ConfigFinder configs_;
  Inputs inputs_;
  std::map<const Config*, Setup> setups_;
  std::map<std::string, Linter*> linters_;  // by file
  RunSummary summary_;
  bool failed_ = false;
  bool error_ = false;
};

// The name a path is shown under: "<stdin>" for "-".
std::string DisplayName(const std::string& path);

}  // namespace mtlint
