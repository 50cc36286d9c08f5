#include "cli/lint_session.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <stdexcept>

namespace mtlint {
namespace {

Color ResolveColor(const std::string& mode, int fd) {
  if (mode == "always") return Color::kAlways;
  if (mode == "never") return Color::kNever;
  const char* term = std::getenv("TERM");
  bool terminal = isatty(fd) && std::getenv("NO_COLOR") == nullptr &&
                  !(term && std::string_view(term) == "dumb");
  return terminal ? Color::kAlways : Color::kNever;
}

void PrintError(std::string_view message) {
  std::cerr << "mtlint: error: " << message << '\n';
}

}  // namespace

std::string DisplayName(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

CommandLineSettings CommandLineOf(const LintOptions& options) {
  return {options.enable, options.disable, options.dict_dirs,
          options.dict_path};
}

std::unique_ptr<LintSession> LintSession::Start(const LintOptions& options,
                                                std::ostream& out, int out_fd) {
  std::unique_ptr<LintSession> session(new LintSession(options, out, out_fd));
  try {
    // A mistyped check on the command line is named before any file is
    // looked at.
    SelectChecks(options.enable, options.disable);
    session->SetUp(options);
  } catch (const std::invalid_argument& e) {
    PrintError(e.what());
    return nullptr;
  } catch (const ConfigError& e) {
    PrintError(e.what());
    return nullptr;
  }
  return session;
}

LintSession::LintSession(const LintOptions& options, std::ostream& out,
                         int out_fd)
    : start_(std::chrono::steady_clock::now()),
      fail_on_(ParseSeverity(options.fail_on).value_or(Severity::kWarning)),
      max_warnings_(options.max_warnings),
      formatter_(MakeFormatter(options.format, out,
                               ResolveColor(options.color, out_fd))),
      configs_(options.config) {}

void LintSession::SetUp(const LintOptions& options) {
  inputs_ = ExpandInputs(
      options.paths.empty() ? std::vector<std::string>{"-"} : options.paths,
      [this](const std::filesystem::path& p) { return configs_.Excluded(p); });
  for (const std::string& e : inputs_.errors) Error(e);
  // Most runs have one configuration; files sharing one share a Linter,
  // and so its dictionaries, which are costly to load.
  for (const std::string& file : inputs_.files) {
    const Config& config = configs_.ForInput(file);
    Setup& setup = setups_[&config];
    if (!setup.linter) {
      LintSettings settings = ResolveSettings(config, CommandLineOf(options));
      setup.dictionaries =
          std::make_unique<Dictionaries>(std::move(settings.dictionaries));
      setup.linter = std::make_unique<Linter>(
          settings.selection, *setup.dictionaries, settings.severities);
    }
    linters_[file] = setup.linter.get();
  }
}

std::optional<std::string> LintSession::Read(const std::string& path) {
  try {
    return ReadInput(path);
  } catch (const std::exception& e) {
    Error(e.what());
    return std::nullopt;
  }
}

void LintSession::Report(const std::string& path, std::string_view text,
                         const std::vector<Diagnostic>& diagnostics) {
  ++summary_.files;
  summary_.bytes += text.size();
  for (const Diagnostic& d : diagnostics) {
    ++summary_.by_severity[static_cast<int>(d.severity)];
    failed_ = failed_ || d.severity >= fail_on_;
  }
  formatter_->File(path, text, diagnostics);
}

void LintSession::Error(std::string_view message) {
  PrintError(message);
  error_ = true;
}

int LintSession::Finish() {
  summary_.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
          .count();
  formatter_->Finish(summary_);
  std::cout.flush();
  if (error_) return 2;
  // Either limit fails the run (ESLint's --max-warnings), so a team can
  // pass on warnings with --fail-on error and still cap how many pile up.
  size_t warnings = summary_.by_severity[static_cast<int>(Severity::kWarning)];
  bool too_many =
      max_warnings_ >= 0 && warnings > static_cast<size_t>(max_warnings_);
  return failed_ || too_many ? 1 : 0;
}

size_t LintSession::reported() const {
  size_t n = 0;
  for (size_t count : summary_.by_severity) n += count;
  return n;
}

}  // namespace mtlint
