#include "checks/quote_spacing.h"

#include <fmt/format.h>

#include "analysis/quotes.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// A quote glued to a word on its outer side faces that word: pairing by
// count has gone wrong there ('said. "Fund' opens), so its inner space
// says nothing.
bool GluedOutside(std::string_view text, size_t at_outer, bool before) {
  if (before) {
    if (at_outer == 0) return false;
    char32_t c = DecodeUtf8Before(text, at_outer).code_point;
    return !IsWhiteSpace(c) && c != U'(' && c != U'[';
  }
  if (at_outer >= text.size()) return false;
  char32_t c = DecodeUtf8(text, at_outer).code_point;
  return IsLetter(c) || IsDigit(c);
}

}  // namespace

void QuoteSpacingCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  for (const MarkPair& p : doc.quotes().pairs) {
    if (!p.is_quote) continue;  // brackets: see the spacing check
    std::string open(doc.Text(p.open));
    std::string close(doc.Text(p.close));
    // A quotation split over paragraphs has a line break inside: no space
    // to judge there.
    size_t after = p.open.end;
    while (after < p.close.begin && IsBlank(text[after])) ++after;
    if (after > p.open.end && after < p.close.begin && text[after] != '\n' &&
        text[after] != '\r' && !GluedOutside(text, p.open.begin, true)) {
      ByteRange r{p.open.end, after};
      sink.Report(Severity::kWarning, {p.open.begin, after},
                  fmt::format("space after the opening quote '{}'", open))
          .fixes.push_back(ReplaceFix("remove the space", r, "", true));
    }
    size_t before = p.close.begin;
    while (before > p.open.end && IsBlank(text[before - 1])) --before;
    if (before < p.close.begin && before > after && text[before - 1] != '\n' &&
        !GluedOutside(text, p.close.end, false)) {
      ByteRange r{before, p.close.begin};
      sink.Report(Severity::kWarning, {before, p.close.end},
                  fmt::format("space before the closing quote '{}'", close))
          .fixes.push_back(ReplaceFix("remove the space", r, "", true));
    }
  }
}

}  // namespace mtlint
