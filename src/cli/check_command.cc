#include "cli/check_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <stdexcept>

namespace mtlint {

int RunCheck(const LintOptions& options) {
  std::unique_ptr<LintSession> session =
      LintSession::Start(options, std::cout, STDOUT_FILENO);
  if (!session) return 2;
  for (const std::string& path : session->files()) {
    std::optional<std::string> text = session->Read(path);
    if (!text) continue;
    std::string shown = DisplayName(path);
    try {
      session->Report(shown, *text, session->linter(path).Lint(shown, *text));
    } catch (const std::exception& e) {
      session->Error(fmt::format("{}: {}", shown, e.what()));
    }
  }
  return session->Finish();
}

}  // namespace mtlint
