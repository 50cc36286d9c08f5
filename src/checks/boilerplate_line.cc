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
  for (uint32_t k = 0; k < rules_.size(); ++k) {
    all_rules_.push_back(k);
    for (unsigned c = 0; c < rules_by_first_byte_.size(); ++c) {
      if (rules_[k].pattern.MayStartWith(static_cast<unsigned char>(c))) {
        rules_by_first_byte_[c].push_back(k);
      }
    }
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
    for (uint32_t k : folded.judgeable() ? rules_by_first_byte_[folded.front()]
                                         : all_rules_) {
      const Rule& rule = rules_[k];
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
