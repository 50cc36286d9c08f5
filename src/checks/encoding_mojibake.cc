#include "checks/encoding_mojibake.h"

#include <fmt/format.h>

#include <cstdint>

#include "text/mojibake.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Characters that show as nothing, or as a plain space, in a message.
bool IsHidden(char32_t cp) {
  return IsInvisible(cp) || cp == U'\u00A0' || cp == U'\u00AD';
}

// Quotes text, spelling out what cannot be seen: mojibake is full of C1
// controls, no-break spaces and soft hyphens, shown as <U+0081>.
std::string Quote(std::string_view text) {
  std::string out = "'";
  for (size_t i = 0; i < text.size();) {
    DecodedCodePoint d = DecodeUtf8(text, i);
    if (IsHidden(d.code_point)) {
      out += fmt::format("<U+{:04X}>", static_cast<uint32_t>(d.code_point));
    } else {
      out.append(text, i, d.length);
    }
    i += d.length;
  }
  return out + "'";
}

// A repair that is one character nobody can see is named instead.
std::string QuoteRepair(std::string_view text) {
  DecodedCodePoint d = DecodeUtf8(text, 0);
  if (d.length == text.size() &&
      (IsHidden(d.code_point) || IsWhiteSpace(d.code_point) ||
       IsMark(d.code_point))) {
    return DescribeCodePoint(d.code_point);
  }
  return Quote(text);
}

std::string_view Times(int rounds) {
  return rounds == 1 ? "" : rounds == 2 ? " twice" : " three times";
}

}  // namespace

void EncodingMojibakeCheck::Run(const Document& doc,
                                DiagnosticSink& sink) const {
  for (const Mojibake& m : FindMojibake(doc.text())) {
    std::string_view text = doc.Text(m.range);
    if (m.meanings.size() == 1) {
      std::string repair = QuoteRepair(m.meanings.front());
      Diagnostic& d = sink.Report(
          Severity::kWarning, m.range,
          fmt::format("{} is mojibake: UTF-8 read as Windows-1252{}; the "
                      "text was {}",
                      Quote(text), Times(m.rounds), repair));
      d.fixes.push_back(ReplaceFix(fmt::format("replace with {}", repair),
                                   m.range, m.meanings.front(), true));
      continue;
    }
    // The decoder replaced one byte by U+FFFD: several characters fit, so
    // there is no fix, only the list of what the text may have been.
    Diagnostic& d = sink.Report(
        Severity::kWarning, m.range,
        fmt::format("{} is mojibake: UTF-8 read as Windows-1252, with a byte "
                    "lost",
                    Quote(text)));
    std::string candidates;
    for (const std::string& meaning : m.meanings) {
      if (!candidates.empty()) candidates += ", ";
      candidates += QuoteRepair(meaning);
    }
    d.notes.push_back(fmt::format(
        "the lost byte makes the text one of {}; retype it", candidates));
  }
}

}  // namespace mtlint
