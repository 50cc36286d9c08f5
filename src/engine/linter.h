#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "checks/check_options.h"
#include "core/diagnostic.h"
#include "dict/dictionaries.h"
#include "engine/check_selection.h"
#include "text/segmenter.h"

namespace mtlint {

class Document;

// Severities a configuration file sets for every diagnostic of a check,
// by check ID.
using SeverityOverrides = std::map<std::string, Severity, std::less<>>;

// Lints buffers with one set of checks. Holds ICU iterators, so a Linter
// belongs to one thread.
class Linter {
 public:
  // `companions`: the reference and source texts of the run, if any; they
  // must outlive the Linter.
  Linter(const CheckSelection& selection, const Dictionaries& dictionaries,
         SeverityOverrides severities = {}, const OptionOverrides& options = {},
         const Companions* companions = nullptr);

  // The diagnostics of one input, sorted. A path ending in .md or
  // .markdown is read as Markdown (docs/markdown.md): only its prose is
  // linted, and its suppression comments apply.
  std::vector<Diagnostic> Lint(const std::string& path, std::string_view text);

  // Adds a check the registry does not make, or makes differently
  // (engine/normalizer.cc). `id` must outlive the Linter.
  void Add(std::string_view id, std::unique_ptr<Check> check) {
    checks_.push_back({id, std::move(check)});
  }

 private:
  struct Entry {
    std::string_view id;
    std::unique_ptr<Check> check;
  };
  // Runs the checks on a document.
  void Run(const Document& doc, std::vector<Diagnostic>& out) const;
  // Lints the prose of a Markdown file.
  void LintMarkdown(const std::string& path, std::string_view text,
                    std::vector<Diagnostic>& out);
  // Applies the severity overrides and sorts.
  void Finish(std::vector<Diagnostic>& diagnostics) const;

  std::vector<Entry> checks_;
  SeverityOverrides severities_;
  bool report_binary_;
  bool report_suppression_;
  Segmenter segmenter_;
};

}  // namespace mtlint
