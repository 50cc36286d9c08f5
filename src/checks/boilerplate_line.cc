#include "checks/boilerplate_line.h"

#include <fmt/format.h>

namespace mtlint {
namespace {

// Credits, prompts and banners are short; a longer line is a paragraph of
// text, and skipping it keeps the regular expressions off most of a file.
constexpr size_t kMaxBoilerplateLine = 300;

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

BoilerplateLineCheck::BoilerplateLineCheck(const CheckContext& context) {
  for (BoilerplateRule& r : context.dictionaries.boilerplate()) {
    rules_.push_back({LinePattern(r.pattern), std::move(r.label)});
  }
}

void BoilerplateLineCheck::Run(const Document& doc,
                               DiagnosticSink& sink) const {
  const LineIndex& lines = doc.lines();
  std::string_view text = doc.text();
  PrefilterLine folded;
  for (size_t n = 1; n <= lines.line_count(); ++n) {
    ByteRange line = lines.LineRange(n);
    ByteRange trimmed = line;
    while (trimmed.begin < trimmed.end && IsBlank(text[trimmed.begin]))
      ++trimmed.begin;
    while (trimmed.end > trimmed.begin && IsBlank(text[trimmed.end - 1]))
      --trimmed.end;
    if (trimmed.empty() || trimmed.size() > kMaxBoilerplateLine) continue;
    folded.Set(doc.Text(trimmed));
    for (const Rule& rule : rules_) {
      if (!rule.pattern.MayMatch(folded) ||
          !rule.pattern.Matches(doc.Text(trimmed))) {
        continue;
      }
      // The whole line goes, with its line break.
      size_t end =
          n < lines.line_count() ? lines.LineRange(n + 1).begin : line.end;
      Diagnostic& d =
          sink.Report(Severity::kWarning, trimmed,
                      fmt::format("{} line, not article text", rule.label));
      d.fixes.push_back(
          ReplaceFix("remove the line", {line.begin, end}, "", false));
      break;
    }
  }
}

}  // namespace mtlint
