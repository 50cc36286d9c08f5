#pragma once

#include <chrono>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "cross/companions.h"
#include "dict/dictionaries.h"
#include "engine/check_selection.h"
#include "engine/config_finder.h"
#include "engine/inputs.h"
#include "engine/linter.h"
#include "engine/ordered_runner.h"
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
  // -j: files linted at once; 0: one per core.
  int jobs = 0;
  // --stdin-filename: what standard input is shown as, and where its
  // configuration is looked for.
  std::string stdin_filename;
  bool progress = false;  // --progress: even when stderr is no terminal
  // --include and --exclude: globs for the files found in directories.
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  // --reference: articles on the same story from a trusted outlet; their
  // names, titles and numbers are checked against (docs/cross-checking.md).
  std::vector<std::string> references;
  // --source: the original the input was translated from (one input only).
  std::string source;
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
  // The Linter for one of files(), set up by that file's configuration,
  // for use on this thread.
  Linter& linter(const std::string& path) { return LinterFor(path, 0); }
  // The name a file is shown under: --stdin-filename or "<stdin>" for "-".
  std::string Shown(const std::string& path) const;

  // What work on one file returns, to be run on the calling thread in the
  // order of files(): Report(), Error(), printing a diff.
  using FileWork =
      std::function<Emit(const std::string& path, const std::string& shown,
                         std::string text, Linter& linter)>;
  // Reads each of files() and runs `work` on it, on -j threads; a file that
  // cannot be read, or whose work throws, is reported as an error instead.
  // Output is the same for any -j.
  void ForEachFile(const FileWork& work);

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
  // One configuration's dictionaries and the Linters reading them, one
  // per thread, each made by its thread when first needed.
  struct Setup {
    LintSettings settings;
    std::unique_ptr<Dictionaries> dictionaries;
    std::vector<std::unique_ptr<Linter>> linters;
  };

  LintSession(const LintOptions& options, std::ostream& out, int out_fd);
  // Finds the files and the configuration of each. Throws ConfigError, and
  // std::invalid_argument for a --source that cannot pair with the inputs.
  void SetUp(const LintOptions& options);
  // Reads --reference and --source. Throws std::runtime_error.
  void ReadCompanions(const LintOptions& options);
  Linter& LinterFor(const std::string& path, size_t worker);

  std::chrono::steady_clock::time_point start_;
  Severity fail_on_;
  int max_warnings_;
  std::unique_ptr<Formatter> formatter_;
  ConfigFinder configs_;
  Inputs inputs_;
  std::string stdin_name_;
  size_t jobs_;
  bool progress_;
  std::unique_ptr<Companions> companions_;  // null: none given
  std::map<const Config*, Setup> setups_;
  std::map<std::string, Setup*> by_file_;
  RunSummary summary_;
  bool failed_ = false;
  bool error_ = false;
};

// The name a path is shown under: "<stdin>" for "-".
std::string DisplayName(const std::string& path);

}  // namespace mtlint
