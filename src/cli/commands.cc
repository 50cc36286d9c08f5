#include "cli/commands.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <limits>

#include "checks/check_docs.h"
#include "checks/registry.h"
#include "cli/check_command.h"
#include "cli/dump_config.h"
#include "cli/fix_command.h"
#include "cli/normalize_command.h"
#include "core/version.h"
#include "format/formatter.h"

namespace mtlint {
namespace {

constexpr const char* kFooter = R"(Examples:
  mtlint check article.txt              lint one article
  mtlint check drafts/                  lint every *.txt and *.md below drafts/
  cat article.txt | mtlint check -      lint standard input
  mtlint check --format jsonl a.txt     one JSON object per diagnostic
  mtlint check --format sarif . > r.sarif
                                        SARIF 2.1.0 for code scanning
  mtlint check --format github .        annotations in a GitHub Actions job
  mtlint check --format summary archive/
                                        counts per check and per file
  mtlint check --fail-on error --max-warnings 20 drafts/
                                        fail on errors or on over 20 warnings
  mtlint check --disable all --enable hyphen-spacing a.txt
                                        run a single check
  mtlint check --reference other.txt a.txt
                                        names, titles and numbers checked
                                        against another outlet's article
  mtlint check --source a.zh.txt a.txt  numbers, names and untranslated text
                                        checked against the original
  mtlint fix drafts/                    apply the safe fixes in place
  mtlint fix --diff a.txt > a.patch     preview the fixes as a patch
  mtlint fix - < a.txt > fixed.txt      fix standard input
  mtlint fix -i a.txt                   review each finding and choose its fix
  mtlint normalize a.txt > clean.txt    NFC, invisible characters, spacing,
                                        mojibake, curly quotes
  mtlint normalize -w --quotes straight --strip-boilerplate drafts/
                                        the same in place, straight quotes,
                                        boilerplate lines removed
  mtlint dump-config drafts/             the configuration drafts/ gets
  mtlint list-checks                    what mtlint looks for
  mtlint explain quote-unbalanced       one check's documentation

Exit status: 0 nothing at or above --fail-on (and at most --max-warnings
warnings), 1 findings, 2 usage or I/O error.)";

// The options that set what a configuration file sets: `check`, `fix` and
// `dump-config` take them.
void AddSettingsOptions(CLI::App* command, LintOptions* options) {
  command
      ->add_option("--config", options->config,
                   "Use this configuration file for every input instead of "
                   "the nearest .mtlint.toml (see docs/configuration.md)")
      ->type_name("FILE")
      ->check(CLI::ExistingFile);
  command
      ->add_option("--enable", options->enable,
                   "Enable checks: IDs, globs (quote-*) or all; repeatable, "
                   "or comma-separated; over the configuration file")
      ->type_name("CHECK")
      ->allow_extra_args(false)
      ->delimiter(',');
  command
      ->add_option("--disable", options->disable,
                   "Disable checks (applied before --enable); repeatable, or "
                   "comma-separated; over the configuration file")
      ->type_name("CHECK")
      ->allow_extra_args(false)
      ->delimiter(',');
  command
      ->add_option("--dict-path", options->dict_path,
                   "Hunspell dictionary to use, without .aff/.dic "
                   "(default: /usr/share/hunspell/en_US)")
      ->type_name("PATH");
  command
      ->add_option("--dict-dir", options->dict_dirs,
                   "A directory of your own word lists (see "
                   "docs/dictionaries.md); repeatable")
      ->type_name("DIR")
      ->allow_extra_args(false)
      ->check(CLI::ExistingDirectory);
}

// The options `check` and `fix` share.
void AddLintOptions(CLI::App* command, LintOptions* options) {
  command->add_option("paths", options->paths,
                      "Files, directories (*.txt, *.md, recursively) or - for "
                      "standard input (the default)");
  command
      ->add_option("--format", options->format,
                   "Output format: human, jsonl (JSON Lines), sarif (SARIF "
                   "2.1.0), github (Actions annotations), summary (counts)")
      ->check(CLI::IsMember(FormatterNames()))
      ->capture_default_str();
  command
      ->add_option("--color", options->color,
                   "Colour: auto (only on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  AddSettingsOptions(command, options);
  command
      ->add_option("-j,--jobs", options->jobs,
                   "Files linted at once (default: one per core); the output "
                   "is the same for any number")
      ->type_name("N")
      ->check(CLI::Range(1, 1024).description(""));
  command
      ->add_option("--include", options->include,
                   "Lint only the files found in directories that match "
                   "this glob (default: *.txt and *.md); repeatable")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command
      ->add_option("--exclude", options->exclude,
                   "Skip files and directories found in directories that "
                   "match this glob (drafts/, *.tmp.md); repeatable")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command
      ->add_option("--stdin-filename", options->stdin_filename,
                   "Show standard input under this name, and take its "
                   "configuration from there (for editors and hooks)")
      ->type_name("NAME");
  command->add_flag("--progress", options->progress,
                    "Show progress on standard error even when it is not a "
                    "terminal (on a terminal it shows after a second)");
  command
      ->add_option("--fail-on", options->fail_on,
                   "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"note", "warning", "error"}))
      ->capture_default_str();
  command
      ->add_option("--max-warnings", options->max_warnings,
                   "Exit status 1 also when there are more than N warnings, "
                   "whatever --fail-on says")
      ->type_name("N")
      ->check(CLI::Range(0, std::numeric_limits<int>::max()).description(""));
  command
      ->add_option("--reference", options->references,
                   "An article on the same story from a trusted outlet: its "
                   "names, titles and numbers are checked against "
                   "(reference-* checks); repeatable")
      ->type_name("FILE")
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  command
      ->add_option("--source", options->source,
                   "The original the input was translated from (Chinese or "
                   "Spanish): numbers, names and untranslated text are "
                   "checked against it (source-* checks); one input only")
      ->type_name("FILE")
      ->check(CLI::ExistingFile);
}

int ListChecks() {
  size_t width = 0;
  for (const CheckInfo& info : Registry())
    width = std::max(width, info.id.size());
  for (const CheckInfo& info : Registry()) {
    std::cout << fmt::format("{:<{}}  {}\n", info.id, width, info.summary);
  }
  return 0;
}

int Explain(const std::string& id) {
  if (!FindCheck(id)) {
    std::string_view near = SuggestCheck(id);
    std::cerr << "mtlint: error: unknown check '" << id << "'"
              << (near.empty() ? std::string(" (see `mtlint list-checks`)")
                               : fmt::format("; did you mean '{}'?", near))
              << '\n';
    return 2;
  }
  std::cout << CheckDocumentation(id);
  return 0;
}

}  // namespace

int RunCommandLine(int argc, char** argv) {
  CLI::App app{
      "mtlint: finds and fixes the artifacts of machine translation in news "
      "articles (garbled names, calques, dropped words, broken typography).",
      "mtlint"};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string(kVersion));
  app.require_subcommand(1);

  LintOptions check_options;
  CLI::App* check =
      app.add_subcommand("check", "Lint files and report findings");
  AddLintOptions(check, &check_options);

  FixOptions fix_options;
  CLI::App* fix = app.add_subcommand(
      "fix", "Apply the safe fixes in place and report what is left");
  AddLintOptions(fix, &fix_options.lint);
  CLI::Option* unsafe =
      fix->add_flag("--unsafe", fix_options.unsafe,
                    "Also apply the first fix of findings that need review");
  CLI::Option* diff = fix->add_flag(
      "--diff", fix_options.diff,
      "Print the changes as a unified diff (patch -p1, git apply) and write "
      "nothing");
  fix->add_flag("-i,--interactive", fix_options.interactive,
                "Review each finding and choose its fix (answers from standard "
                "input; single keys on a terminal)")
      ->excludes(unsafe)
      ->excludes(diff);

  LintOptions dump_options;
  std::string dump_path = ".";
  CLI::App* dump = app.add_subcommand(
      "dump-config",
      "Print the configuration a path gets, as TOML: its .mtlint.toml with "
      "the command line over it");
  dump->add_option("path", dump_path,
                   "A file, or a directory for the files in it (default: the "
                   "current directory)");
  AddSettingsOptions(dump, &dump_options);

  NormalizeCommandOptions normalize_options;
  CLI::App* normalize = app.add_subcommand(
      "normalize", "Print the text normalized (or rewrite it with -w)");
  normalize->add_option("paths", normalize_options.paths,
                        "Files, directories (*.txt, *.md, recursively) or - "
                        "for standard input (the default)");
  normalize->add_flag("-w,--write", normalize_options.write,
                      "Rewrite the files that change instead of printing");
  normalize
      ->add_option("--quotes", normalize_options.quotes,
                   "Quotation marks: curly, straight, or keep as they are")
      ->check(CLI::IsMember({"curly", "straight", "keep"}))
      ->capture_default_str();
  normalize->add_flag("--strip-boilerplate",
                      normalize_options.strip_boilerplate,
                      "Remove the lines boilerplate-line finds (credits, "
                      "navigation, banners)");
  normalize
      ->add_option("--dict-dir", normalize_options.dict_dirs,
                   "A directory of your own word lists (boilerplate "
                   "patterns); repeatable")
      ->type_name("DIR")
      ->allow_extra_args(false)
      ->check(CLI::ExistingDirectory);

  CLI::App* list =
      app.add_subcommand("list-checks", "List every check with a summary");
  std::string explain_id;
  CLI::App* explain =
      app.add_subcommand("explain", "Print the documentation of a check");
  explain->add_option("check", explain_id, "Check ID (see list-checks)")
      ->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  if (*check) return RunCheck(check_options);
  if (*fix) return RunFix(fix_options);
  if (*normalize) return RunNormalize(normalize_options);
  if (*dump) return RunDumpConfig(dump_path, dump_options);
  if (*list) return ListChecks();
  if (*explain) return Explain(explain_id);
  return 2;
}

}  // namespace mtlint
