#include "checks/unicode_nfc.h"

#include <fmt/format.h>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Unicode's stream-safe text format (UAX #15) allows at most 30 combining
// marks in a row; no language needs more on one letter.
constexpr size_t kStreamSafeMarks = 30;

// Describes what NFC changes: "e + U+0301 COMBINING ACUTE ACCENT".
std::string DescribeSequence(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    DecodedCodePoint d = DecodeUtf8(s, i);
    if (!out.empty()) out += " + ";
    out += d.code_point < 0x80 ? std::string(1, static_cast<char>(d.code_point))
                               : DescribeCodePoint(d.code_point);
    i += d.length;
  }
  return out;
}

}  // namespace

void UnicodeNfcCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  for (const Paragraph& p : doc.paragraphs()) {
    std::string_view para = doc.Text(p.range);
    // IsNfc and ToNfc sort a row of combining marks in time quadratic in
    // its length (a line of them would take minutes), so a row longer than
    // the stream-safe limit is reported without asking them.
    bool long_rows = LongestMarkRun(para) > kStreamSafeMarks;
    if (!long_rows && IsNfc(para)) continue;
    // Cut the paragraph where NFC cannot combine across, and normalize
    // only the pieces that change.
    std::string_view text = doc.text();
    size_t piece = p.range.begin;
    auto flush = [&](size_t end) {
      std::string_view s = text.substr(piece, end - piece);
      if (s.empty()) return;
      if (size_t marks = long_rows ? LongestMarkRun(s) : 0;
          marks > kStreamSafeMarks) {
        sink.Report(Severity::kWarning, {piece, end},
                    fmt::format("{} combining marks in a row, more than the "
                                "{} of Unicode's stream-safe text: not "
                                "normalized",
                                marks, kStreamSafeMarks));
        return;
      }
      if (IsNfc(s)) return;
      std::string nfc = ToNfc(s);
      Diagnostic& d = sink.Report(Severity::kWarning, {piece, end},
                                  fmt::format("'{}' is not in Unicode NFC ({})",
                                              s, DescribeSequence(s)));
      d.fixes.push_back(ReplaceFix(
          fmt::format("normalize to '{}' ({})", nfc, DescribeSequence(nfc)),
          {piece, end}, nfc, true));
    };
    for (size_t i = p.range.begin; i < p.range.end;) {
      DecodedCodePoint d = DecodeUtf8(text, i);
      if (d.code_point == kInvalidCodePoint) {
        // Invalid bytes are never rewritten: they close a piece.
        flush(i);
        piece = i + 1;
      } else if (i > piece && NfcBoundaryBefore(d.code_point)) {
        flush(i);
        piece = i;
      }
      i += d.length;
    }
    flush(p.range.end);
  }
}

}  // namespace mtlint
