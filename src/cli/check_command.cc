#include "cli/check_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <stdexcept>

#include "engine/check_selection.h"
#include "engine/inputs.h"
#include "engine/linter.h"
#include "format/formatter.h"

namespace mtlint {
namespace {

Color ResolveColor(const std::string& mode) {
  if (mode == "always") return Color::kAlways;
  if (mode == "never") return Color::kNever;
  const char* term = std::getenv("TERM");
  bool terminal = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr &&
                  !(term && std::string_view(term) == "dumb");
  return terminal ? Color::kAlways : Color::kNever;
}

void PrintError(const std::string& message) {
  std::cerr << "mtlint: error: " << message << '\n';
}

}  // namespace

int RunCheck(const CheckOptions& options) {
  auto start = std::chrono::steady_clock::now();
  std::optional<Severity> fail_on = ParseSeverity(options.fail_on);
  CheckSelection selection;
  try {
    selection = SelectChecks(options.enable, options.disable);
  } catch (const std::invalid_argument& e) {
    PrintError(e.what());
    return 2;
  }
  std::unique_ptr<Formatter> formatter =
      MakeFormatter(options.format, std::cout, ResolveColor(options.color));

  Inputs inputs = ExpandInputs(options.paths.empty()
                                   ? std::vector<std::string>{"-"}
                                   : options.paths);
  bool io_error = !inputs.errors.empty();
  for (const std::string& e : inputs.errors) PrintError(e);

  Dictionaries dictionaries(
      DefaultDictionaryOptions(options.dict_dirs, options.dict_path));
  Linter linter(selection, dictionaries);
  RunSummary summary;
  bool failed = false;
  for (const std::string& path : inputs.files) {
    std::string text;
    std::string shown = path == "-" ? "<stdin>" : path;
    try {
      text = ReadInput(path);
    } catch (const std::exception& e) {
      PrintError(e.what());
      io_error = true;
      continue;
    }
    std::vector<Diagnostic> diagnostics;
    try {
      diagnostics = linter.Lint(shown, text);
    } catch (const std::exception& e) {
      PrintError(fmt::format("{}: {}", shown, e.what()));
      io_error = true;
      continue;
    }
    ++summary.files;
    summary.bytes += text.size();
    for (const Diagnostic& d : diagnostics) {
      ++summary.by_severity[static_cast<int>(d.severity)];
      failed = failed || d.severity >= *fail_on;
    }
    formatter->File(shown, text, diagnostics);
  }
  summary.seconds = std::chrono::duration<double>(
                        std::chrono::steady_clock::now() - start)
                        .count();
  formatter->Finish(summary);
  std::cout.flush();
  if (io_error) return 2;
  return failed ? 1 : 0;
}

}  // namespace mtlint
