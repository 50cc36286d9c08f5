#include "cli/check_command.h"

#include <unistd.h>

#include <iostream>
#include <stdexcept>

namespace mtlint {

int RunCheck(const LintOptions& options) {
  std::unique_ptr<LintSession> session =
      LintSession::Start(options, std::cout, STDOUT_FILENO);
  if (!session) return 2;
  LintSession& s = *session;
  s.ForEachFile([&s](const std::string&, const std::string& shown,
                     std::string text, Linter& linter) -> Emit {
    std::vector<Diagnostic> diagnostics = linter.Lint(shown, text);
    return [&s, shown, text = std::move(text),
            diagnostics = std::move(diagnostics)] {
      s.Report(shown, text, diagnostics);
    };
  });
  return session->Finish();
}

}  // namespace mtlint
