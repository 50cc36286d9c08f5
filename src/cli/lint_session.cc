#include "cli/lint_session.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <thread>

#include "cli/progress_line.h"

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

std::vector<PathGlob> Globs(const std::vector<std::string>& patterns) {
  return {patterns.begin(), patterns.end()};
}

void PrintError(std::string_view message) {
  std::cerr << "mtlint: error: " << message << '\n';
}

void Warning(std::string_view message) {
  std::cerr << "mtlint: warning: " << message << '\n';
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
  } catch (const std::runtime_error& e) {
    PrintError(e.what());  // an unreadable --reference or --source
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
      configs_(options.config),
      stdin_name_(options.stdin_filename),
      jobs_(options.jobs > 0
                ? static_cast<size_t>(options.jobs)
                : std::max<size_t>(1, std::thread::hardware_concurrency())),
      progress_(options.progress) {}

void LintSession::SetUp(const LintOptions& options) {
  WalkFilter filter{
      [this](const std::filesystem::path& p) { return configs_.Excluded(p); },
      Globs(options.include), Globs(options.exclude)};
  inputs_ = ExpandInputs(
      options.paths.empty() ? std::vector<std::string>{"-"} : options.paths,
      filter);
  for (const std::string& e : inputs_.errors) Error(e);
  for (const std::string& w : inputs_.warnings) Warning(w);
  // A source is the original of one article: with several, which one it
  // belongs to is anybody's guess.
  if (!options.source.empty() && inputs_.files.size() > 1) {
    throw std::invalid_argument(fmt::format(
        "--source pairs with a single input, but {} files were given ({}, "
        "{}, ...); run one mtlint per translated file",
        inputs_.files.size(), Shown(inputs_.files[0]),
        Shown(inputs_.files[1])));
  }
  ReadCompanions(options);
  jobs_ = std::min(jobs_, std::max<size_t>(1, inputs_.files.size()));
  // Most runs have one configuration; files sharing one share its
  // dictionaries, which are costly to load, and its Linters.
  for (const std::string& file : inputs_.files) {
    const Config& config =
        file == "-" && !stdin_name_.empty()
            ? configs_.ForDirectory(
                  std::filesystem::path(stdin_name_).parent_path())
            : configs_.ForInput(file);
    Setup& setup = setups_[&config];
    if (!setup.dictionaries) {
      setup.settings = ResolveSettings(config, CommandLineOf(options));
      setup.dictionaries =
          std::make_unique<Dictionaries>(setup.settings.dictionaries);
      setup.linters.resize(jobs_);
    }
    by_file_[file] = &setup;
  }
}

Linter& LintSession::LinterFor(const std::string& path, size_t worker) {
  Setup& setup = *by_file_.at(path);
  // Each thread makes and uses only its own slot.
  std::unique_ptr<Linter>& linter = setup.linters.at(worker);
  if (!linter) {
    linter = std::make_unique<Linter>(
        setup.settings.selection, *setup.dictionaries,
        setup.settings.severities, setup.settings.options, companions_.get());
  }
  return *linter;
}

std::string LintSession::Shown(const std::string& path) const {
  if (path == "-" && !stdin_name_.empty()) return stdin_name_;
  return DisplayName(path);
}

void LintSession::ForEachFile(const FileWork& work) {
  const std::vector<std::string>& files = inputs_.files;
  ProgressLine progress(
      std::cerr,
      progress_ ? ProgressLine::Mode::kForced : ProgressLine::Mode::kAuto,
      isatty(STDERR_FILENO), files.size());
  size_t done = 0;
  // Enough finished files queued to keep every thread busy while the
  // output catches up, few enough that memory follows the largest file.
  size_t window = 4 * jobs_;
  RunInOrder(
      files.size(), jobs_, window,
      [&](size_t i, size_t worker) -> Emit {
        const std::string& path = files[i];
        std::string shown = Shown(path);
        Emit emit;
        try {
          std::string text = ReadInput(path);  // its errors name the path
          try {
            emit = work(path, shown, std::move(text), LinterFor(path, worker));
          } catch (const std::exception& e) {
            emit = [this, m = fmt::format("{}: {}", shown, e.what())] {
              Error(m);
            };
          }
        } catch (const std::exception& e) {
          emit = [this, m = std::string(e.what())] { Error(m); };
        }
        return [emit = std::move(emit), &progress] {
          progress.Clear();
          emit();
        };
      },
      [&] { progress.Update(++done, summary_.bytes, reported()); });
}

void LintSession::ReadCompanions(const LintOptions& options) {
  if (options.references.empty() && options.source.empty()) return;
  companions_ = std::make_unique<Companions>();
  for (const std::string& path : options.references) {
    companions_->AddReferenceFile(path);
  }
  if (!options.source.empty()) companions_->SetSourceFile(options.source);
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
