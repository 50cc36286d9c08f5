#include "format/github_formatter.h"

#include <fmt/format.h>

#include "format/human_formatter.h"
#include "format/span_locator.h"

namespace mtlint {
namespace {

// GitHub has no "note" command; "notice" is its lowest level.
std::string_view Command(Severity s) {
  return s == Severity::kNote ? "notice" : SeverityName(s);
}

std::string Escape(std::string_view s, bool property) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The annotation's text: the message, then the fixes and notes on lines of
// their own, as the human format shows them.
std::string Body(const Diagnostic& d) {
  std::string body = d.message;
  for (size_t i = 0; i < d.fixes.size(); ++i) {
    body.append("\n").append(FixLine(d, i));
  }
  for (const std::string& note : d.notes) body.append("\nnote: ").append(note);
  return body;
}

}  // namespace

std::string EscapeGithubData(std::string_view s) { return Escape(s, false); }

std::string EscapeGithubProperty(std::string_view s) { return Escape(s, true); }

void GithubFormatter::File(const std::string& path, std::string_view text,
                           const std::vector<Diagnostic>& diagnostics) {
  SpanLocator locator(text);
  std::string file = EscapeGithubProperty(path);
  for (const Diagnostic& d : diagnostics) {
    SpanPosition at = locator.Locate(d.range);
    out_ << fmt::format(
        "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
        Command(d.severity), file, at.begin.line, at.begin.column, at.end.line,
        at.end.column, EscapeGithubProperty(d.check),
        EscapeGithubData(Body(d)));
  }
}

}  // namespace mtlint
