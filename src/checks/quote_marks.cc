#include "checks/quote_marks.h"

#include <fmt/format.h>

#include "text/byte_set.h"
#include "text/quote_chars.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Only quote marks matter: '"', '\'' and the curly ones, which all start
// with 0xE2.
constexpr ByteSet kQuoteStarts("\"'\xE2");

bool IsWordChar(char32_t cp) { return IsLetter(cp) || IsDigit(cp); }

// A quotation may end on a nested quotation or a bracket: "a ‘trade war’".
bool EndsQuotation(char32_t cp) {
  return cp == U'.' || cp == U',' || cp == U'!' || cp == U'?' ||
         cp == kRightSingle || cp == U')' || cp == U']' || IsWordChar(cp);
}

bool FollowsClosingQuote(char32_t cp) {
  return cp == kInvalidCodePoint || IsWhiteSpace(cp) || cp == U'.' ||
         cp == U',' || cp == U';' || cp == U':' || cp == U')' || cp == U'!' ||
         cp == U'?';
}

// Counts of one quote style in the document and where it first appears.
struct StyleCount {
  size_t count = 0;
  ByteRange first;
  void Add(ByteRange r) {
    if (count++ == 0) first = r;
  }
};

// Curly marks are the typographic default of news copy, so in a document
// that mixes styles the first straight mark is the one to point at.
void ReportMix(DiagnosticSink& sink, std::string_view what,
               const StyleCount& straight, const StyleCount& curly) {
  if (straight.count == 0 || curly.count == 0) return;
  sink.Report(Severity::kNote, straight.first,
              fmt::format("the document mixes straight ({}) and curly ({}) {}; "
                          "this is the first straight one",
                          straight.count, curly.count, what));
}

}  // namespace

void QuoteMarksCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  StyleCount straight_double, curly_double, straight_apostrophe,
      curly_apostrophe;
  for (const Paragraph& p : doc.paragraphs()) {
    std::string_view para = doc.Text(p.range);
    // „ and ‚ (kLowDouble, kLowSingle) in UTF-8, without encoding them for
    // every paragraph.
    bool low_quotes = para.find("\u201E") != para.npos ||
                      para.find("\u201A") != para.npos;
    for (size_t i = kQuoteStarts.Find(text, p.range.begin, p.range.end);
         i < p.range.end; i = kQuoteStarts.Find(text, i, p.range.end)) {
      DecodedCodePoint d = DecodeUtf8(text, i);
      ByteRange r{i, i + d.length};
      size_t next_at = i + d.length;
      char32_t prev = i > p.range.begin ? DecodeUtf8Before(text, i).code_point
                                        : kInvalidCodePoint;
      char32_t next = next_at < p.range.end
                          ? DecodeUtf8(text, next_at).code_point
                          : kInvalidCodePoint;
      bool between_letters = IsLetter(prev) && IsLetter(next);
      switch (d.code_point) {
        case U'"':
          straight_double.Add(r);
          break;
        case kLeftDouble:
        case kRightDouble:
          curly_double.Add(r);
          break;
        case U'\'':
          if (between_letters) straight_apostrophe.Add(r);
          break;
        case kRightSingle:
          if (between_letters) curly_apostrophe.Add(r);
          break;
      }
      if (!low_quotes && d.code_point == kLeftSingle && IsWordChar(prev)) {
        Diagnostic& diag = sink.Report(
            Severity::kWarning, r,
            "left single quote '‘' used as an apostrophe or closing quote");
        diag.fixes.push_back(ReplaceFix("replace with '’'", r, "’", true));
      } else if (!low_quotes && d.code_point == kLeftDouble &&
                 EndsQuotation(prev) && FollowsClosingQuote(next)) {
        Diagnostic& diag = sink.Report(
            Severity::kWarning, r, "opening quote '“' used as a closing quote");
        diag.fixes.push_back(ReplaceFix("replace with '”'", r, "”", true));
      }
      i = next_at;
    }
  }
  ReportMix(sink, "double quotes", straight_double, curly_double);
  ReportMix(sink, "apostrophes", straight_apostrophe, curly_apostrophe);
}

}  // namespace mtlint
