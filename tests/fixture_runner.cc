// Runs the cases of one fixture file against the check its directory is
// named after: fixtures/checks/<check-id>/<name>.case, with the directory's
// dict/ (if any) as an extra dictionary directory, <name>.toml (if any) as
// the configuration (the check's options), and the case's reference and
// source texts (reference1.txt, ..., source.txt) as companions. Exits 0
// when every case gives exactly the expected diagnostics and fixed text.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "case_file.h"
#include "core/line_index.h"
#include "cross/companions.h"
#include "engine/config.h"
#include "engine/fix_planner.h"
#include "engine/inputs.h"
#include "engine/linter.h"

namespace mtlint {
namespace {

std::vector<std::string> Render(std::string_view text,
                                const std::vector<Diagnostic>& diagnostics) {
  LineIndex lines(text);
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    LineColumn at = lines.Locate(d.range.begin);
    out.push_back(fmt::format("{}:{}: {}: {} [{}]", at.line, at.column,
                              SeverityName(d.severity), d.message, d.check));
  }
  return out;
}

void PrintLines(std::string_view heading, const std::vector<std::string>& v) {
  std::cout << "  " << heading << ":\n";
  for (const std::string& l : v) std::cout << "    " << l << '\n';
}

bool RunCase(Linter& linter, const FixtureCase& c, const std::string& where) {
  std::vector<Diagnostic> diagnostics = linter.Lint("case", c.input);
  std::vector<std::string> actual = Render(c.input, diagnostics);
  bool ok = true;
  if (actual != c.diagnostics) {
    std::cout << where << ": diagnostics differ\n";
    PrintLines("expected", c.diagnostics);
    PrintLines("actual", actual);
    ok = false;
  }
  // The first fix of every diagnostic, as far as they do not conflict: one
  // pass of `mtlint fix --unsafe`.
  std::string fixed = PlanFixes(&diagnostics, FixMode::kUnsafe).Apply(c.input);
  std::string expected_fixed = c.has_fixed ? c.fixed : c.input;
  if (fixed != expected_fixed) {
    std::cout << where << ": fixed text differs\n  expected:\n"
              << expected_fixed << "  actual:\n"
              << fixed;
    ok = false;
  }
  // Fixing must converge: the fixed text offers no further fix.
  if (fixed != c.input) {
    for (const Diagnostic& d : linter.Lint("fixed", fixed)) {
      if (d.fixes.empty()) continue;
      std::cout << where << ": the fixed text still has a fix: "
                << Render(fixed, {d}).front() << '\n';
      ok = false;
    }
  }
  return ok;
}

}  // namespace
}  // namespace mtlint

int main(int argc, char** argv) {
  using namespace mtlint;
  if (argc != 2) {
    std::cerr
        << "usage: fixture_runner fixtures/checks/<check-id>/<name>.case\n";
    return 2;
  }
  std::filesystem::path path = argv[1];
  std::string check = path.parent_path().filename().string();
  try {
    std::vector<FixtureCase> cases = ParseCaseFile(ReadInput(path.string()));
    if (cases.empty()) throw std::runtime_error("no cases");
    // A dict/ beside the cases adds fixture-only names and words, so cases
    // do not depend on the shipped lists' contents.
    std::vector<std::string> dict_dirs;
    if (std::filesystem::is_directory(path.parent_path() / "dict")) {
      dict_dirs.push_back((path.parent_path() / "dict").string());
    }
    std::filesystem::path toml = path;
    toml.replace_extension(".toml");
    Config config = std::filesystem::exists(toml)
                        ? ReadConfig(toml, toml.string())
                        : Config();
    LintSettings settings =
        ResolveSettings(config, {{check}, {"all"}, dict_dirs, ""});
    Dictionaries dictionaries(settings.dictionaries);
    Linter linter(settings.selection, dictionaries, settings.severities,
                  settings.options);
    size_t failed = 0;
    for (const FixtureCase& c : cases) {
      std::string where =
          fmt::format("{}:{}: {}", path.string(), c.line, c.title);
      if (c.references.empty() && !c.has_source) {
        if (!RunCase(linter, c, where)) ++failed;
        continue;
      }
      // A case with companion texts gets a Linter of its own.
      Companions companions;
      for (size_t i = 0; i < c.references.size(); ++i) {
        companions.AddReference(fmt::format("reference{}.txt", i + 1),
                                c.references[i]);
      }
      if (c.has_source) companions.SetSource("source.txt", c.source);
      Linter with_companions(settings.selection, dictionaries,
                             settings.severities, settings.options,
                             &companions);
      if (!RunCase(with_companions, c, where)) ++failed;
    }
    std::cout << fmt::format("{} passed, {} failed\n", cases.size() - failed,
                             failed);
    return failed == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << path.string() << ": " << e.what() << '\n';
    return 2;
  }
}
