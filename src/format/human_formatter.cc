#include "format/human_formatter.h"

#include <fmt/format.h>

#include "format/source_excerpt.h"
#include "format/span_locator.h"

namespace mtlint {
namespace {

constexpr std::string_view kBold = "1";
constexpr std::string_view kGreen = "32";
constexpr std::string_view kCyan = "36";

std::string_view SeverityStyle(Severity s) {
  switch (s) {
    case Severity::kError:
      return "1;31";
    case Severity::kWarning:
      return "1;35";
    case Severity::kNote:
      return "1;36";
  }
  return kBold;
}

std::string Plural(size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

std::string HumanFormatter::Paint(std::string_view style,
                                  std::string_view s) const {
  if (color_ == Color::kNever) return std::string(s);
  return fmt::format("\x1b[{}m{}\x1b[0m", style, s);
}

void HumanFormatter::File(const std::string& path, std::string_view text,
                          const std::vector<Diagnostic>& diagnostics) {
  SpanLocator locator(text);
  for (const Diagnostic& d : diagnostics) {
    LineColumn at = locator.Start(d.range);
    out_ << Paint(kBold, fmt::format("{}:{}:{}:", path, at.line, at.column))
         << ' ' << Paint(SeverityStyle(d.severity), SeverityName(d.severity))
         << ": " << d.message << ' '
         << Paint(kCyan, fmt::format("[{}]", d.check)) << '\n';
    Excerpt e = MakeExcerpt(text, locator.lines(), d.range);
    std::string gutter = fmt::format("{:>5}", at.line);
    std::string blank(gutter.size(), ' ');
    out_ << gutter << " | " << e.text << '\n';
    out_ << blank << " | " << std::string(e.underline_begin, ' ')
         << Paint(kGreen, "^" + std::string(e.underline_width - 1, '~'))
         << '\n';
    for (size_t i = 0; i < d.fixes.size(); ++i) {
      out_ << blank << " = " << Paint(kGreen, FixLine(d, i)) << '\n';
    }
    for (const std::string& note : d.notes) {
      out_ << blank << " = note: " << note << '\n';
    }
  }
}

void HumanFormatter::Finish(const RunSummary& s) {
  if (s.by_severity[0] + s.by_severity[1] + s.by_severity[2] == 0) return;
  out_ << RunSummaryLine(s) << '\n';
}

std::string FixLine(const Diagnostic& d, size_t i) {
  const Fix& f = d.fixes[i];
  std::string name = d.fixes.size() == 1 ? "fix" : fmt::format("fix {}", i + 1);
  return fmt::format("{}{}: {}", name, f.safe ? "" : " (review)", f.label);
}

std::string RunSummaryLine(const RunSummary& s) {
  return fmt::format(
      "{}, {} and {} in {} ({} bytes, {:.2f} s)",
      Plural(s.by_severity[static_cast<int>(Severity::kError)], "error"),
      Plural(s.by_severity[static_cast<int>(Severity::kWarning)], "warning"),
      Plural(s.by_severity[static_cast<int>(Severity::kNote)], "note"),
      Plural(s.files, "file"), s.bytes, s.seconds);
}

std::string FixSummaryLine(size_t fixed, size_t files, size_t left,
                           bool preview) {
  return fmt::format("{} {} in {}; {} left", preview ? "would fix" : "fixed",
                     Plural(fixed, "problem"), Plural(files, "file"), left);
}

}  // namespace mtlint
