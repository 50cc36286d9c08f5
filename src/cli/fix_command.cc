#include "cli/fix_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <stdexcept>

#include "cli/interactive_fix.h"
#include "engine/atomic_write.h"
#include "engine/fixer.h"
#include "format/human_formatter.h"
#include "format/unified_diff.h"

namespace mtlint {
namespace {

struct Tally {
  size_t fixed = 0;  // fixes applied
  size_t files = 0;  // files changed
};

// Fixes one file (on a worker thread: nothing is printed here) and returns
// what to print.
Emit FixFile(const std::string& path, const std::string& shown,
             std::string original, Linter& linter, const FixOptions& options,
             LintSession& session, Tally& tally) {
  auto result = std::make_shared<FixResult>(
      FixText(linter, shown, original,
              options.unsafe ? FixMode::kUnsafe : FixMode::kSafe));
  bool changed = result->text != original;
  std::string output;  // for standard output
  std::string error;
  if (options.diff) {
    output = UnifiedDiff(shown, original, result->edits);
  } else if (path == "-") {
    output = result->text;
  } else if (changed) {
    error = WriteFixedFile(path, original, result->text);
  }
  return [&session, &tally, shown, result, changed, output = std::move(output),
          error = std::move(error)] {
    if (!error.empty()) return session.Error(error);
    std::cout << output;
    tally.fixed += result->fixed;
    tally.files += changed ? 1 : 0;
    session.Report(shown, result->text, result->left);
  };
}

}  // namespace

std::string WriteFixedFile(const std::string& path, std::string_view original,
                           std::string_view fixed) {
  try {
    switch (ReplaceFile(path, original, fixed)) {
      case WriteStatus::kWritten:
        break;
      case WriteStatus::kChangedSinceRead:
        return fmt::format("{}: changed while it was being fixed; not written",
                           path);
      case WriteStatus::kRemovedSinceRead:
        return fmt::format("{}: removed while it was being fixed; not written",
                           path);
    }
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

int RunFix(const FixOptions& options) {
  if (options.interactive) return RunInteractiveFix(options);
  // Standard output carries the diff or the fixed standard input; what is
  // left is then reported on standard error, so the two never mix.
  const std::vector<std::string>& paths = options.lint.paths;
  bool stdout_taken = options.diff || paths.empty() ||
                      std::find(paths.begin(), paths.end(), "-") != paths.end();
  std::unique_ptr<LintSession> session =
      LintSession::Start(options.lint, stdout_taken ? std::cerr : std::cout,
                         stdout_taken ? STDERR_FILENO : STDOUT_FILENO);
  if (!session) return 2;
  Tally tally;
  LintSession& s = *session;
  s.ForEachFile([&](const std::string& path, const std::string& shown,
                    std::string text, Linter& linter) {
    return FixFile(path, shown, std::move(text), linter, options, s, tally);
  });
  int status = session->Finish();
  if (options.lint.format == "human") {
    std::cerr << FixSummaryLine(tally.fixed, tally.files, session->reported(),
                                options.diff)
              << '\n';
  }
  return status;
}

}  // namespace mtlint
