#include "cli/interactive_fix.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <stdexcept>

#include "cli/interactive_review.h"
#include "cli/terminal.h"

namespace mtlint {
namespace {

Highlight ChooseHighlight(const std::string& color) {
  if (color == "always") return Highlight::kReverseVideo;
  if (color == "never") return Highlight::kBrackets;
  const char* term = std::getenv("TERM");
  bool terminal =
      IsTerminal(STDOUT_FILENO) && !(term && std::string_view(term) == "dumb");
  return terminal ? Highlight::kReverseVideo : Highlight::kBrackets;
}

// Whether the file is one mtlint does not read as text; such files are
// never changed, so there is nothing to review.
const Diagnostic* NotText(const std::vector<Diagnostic>& diagnostics) {
  auto it = std::find_if(
      diagnostics.begin(), diagnostics.end(),
      [](const Diagnostic& d) { return d.check == "encoding-binary"; });
  return it == diagnostics.end() ? nullptr : &*it;
}

}  // namespace

int RunInteractiveFix(const FixOptions& options) {
  const std::vector<std::string>& paths = options.lint.paths;
  if (paths.empty() ||
      std::find(paths.begin(), paths.end(), "-") != paths.end()) {
    std::cerr << "mtlint: error: fix --interactive reads its answers from "
                 "standard input, so it cannot fix standard input: name the "
                 "files\n";
    return 2;
  }
  if (options.lint.format != "human") {
    std::cerr << "mtlint: error: fix --interactive shows findings as text; "
                 "--format does not apply\n";
    return 2;
  }
  // The review talks on standard output; errors go to standard error.
  std::unique_ptr<LintSession> session =
      LintSession::Start(options.lint, std::cerr, STDERR_FILENO);
  if (!session) return 2;
  std::unique_ptr<AnswerReader> answers;
  if (IsTerminal(STDIN_FILENO)) {
    answers = std::make_unique<KeyAnswers>(STDIN_FILENO);
  } else {
    answers = std::make_unique<LineAnswers>(std::cin);
  }
  InteractiveReview review(*answers, std::cout,
                           ChooseHighlight(options.lint.color));
  size_t applied = 0;
  size_t skipped = 0;
  size_t files = 0;
  for (const std::string& path : session->files()) {
    std::optional<std::string> original = session->Read(path);
    if (!original) continue;
    std::vector<Diagnostic> diagnostics;
    try {
      diagnostics = session->linter(path).Lint(path, *original);
    } catch (const std::exception& e) {
      session->Error(fmt::format("{}: {}", path, e.what()));
      continue;
    }
    if (const Diagnostic* d = NotText(diagnostics)) {
      std::cout << fmt::format("{}: not reviewed: {}\n", path, d->message);
      continue;
    }
    FileReview r = review.Review(path, *original, diagnostics);
    // What was accepted is written as it is, without linting it again:
    // the reviewer saw exactly these changes and no others.
    std::string error =
        r.accepted.size() == 0
            ? ""
            : WriteFixedFile(path, *original, r.accepted.Apply(*original));
    if (!error.empty()) session->Error(error);
    bool written = error.empty();
    size_t file_applied = written ? r.applied : 0;
    applied += file_applied;
    skipped += r.skipped;
    files += file_applied + r.skipped > 0 ? 1 : 0;
    if (r.quit) break;
  }
  std::cout << ReviewSummaryLine(applied, skipped, files) << '\n';
  std::cout.flush();
  return session->Finish() == 2 ? 2 : 0;
}

}  // namespace mtlint
