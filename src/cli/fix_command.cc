#include "cli/fix_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
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

// Fixes one file, or reports why it could not be.
void FixFile(const std::string& path, const FixOptions& options,
             LintSession& session, Tally& tally) {
  std::optional<std::string> original = session.Read(path);
  if (!original) return;
  std::string shown = DisplayName(path);
  FixResult result;
  try {
    result = FixText(session.linter(path), shown, *original,
                     options.unsafe ? FixMode::kUnsafe : FixMode::kSafe);
  } catch (const std::exception& e) {
    session.Error(fmt::format("{}: {}", shown, e.what()));
    return;
  }
  bool changed = result.text != *original;
  if (options.diff) {
    std::cout << UnifiedDiff(shown, *original, result.edits);
  } else if (path == "-") {
    std::cout << result.text;
  } else if (changed &&
             !WriteFixedFile(path, *original, result.text, session)) {
    return;
  }
  tally.fixed += result.fixed;
  tally.files += changed ? 1 : 0;
  session.Report(shown, result.text, result.left);
}

}  // namespace

bool WriteFixedFile(const std::string& path, std::string_view original,
                    std::string_view fixed, LintSession& session) {
  try {
    if (ReplaceFile(path, original, fixed) == WriteStatus::kChangedSinceRead) {
      session.Error(fmt::format(
          "{}: changed while it was being fixed; not written", path));
      return false;
    }
  } catch (const std::exception& e) {
    session.Error(e.what());
    return false;
  }
  return true;
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
  for (const std::string& path : session->files()) {
    FixFile(path, options, *session, tally);
  }
  int status = session->Finish();
  if (options.lint.format == "human") {
    std::cerr << FixSummaryLine(tally.fixed, tally.files, session->reported(),
                                options.diff)
              << '\n';
  }
  return status;
}

}  // namespace mtlint
