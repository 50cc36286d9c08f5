#include "checks/char_invisible.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

enum class Kind {
  kNone,
  kZeroWidth,    // invisible, removed
  kJoiner,       // ZWJ/ZWNJ: part of emoji and some scripts
  kBidi,         // reorders text: can hide what is written
  kSoftHyphen,   // invisible until a line breaks there
  kControl,      // C0 and C1 controls
  kOddSpace,     // a space that should be a plain space
  kReplacement,  // U+FFFD: text was already lost
  kSeparator,    // U+2028, U+2029: a line break in some programs only
};

bool IsTag(char32_t cp) { return cp >= 0xE0000 && cp <= 0xE007F; }

Kind Classify(char32_t cp) {
  switch (cp) {
    case U'\u200B':
    case U'\u2060':
    case U'\uFEFF':
    case U'\u180E':
    case U'\u034F':  // combining grapheme joiner
    case U'\u3164':  // Hangul filler: shows as a blank or as nothing
      return Kind::kZeroWidth;
    case U'\u2028':
    case U'\u2029':
      return Kind::kSeparator;
    case U'\u200C':
    case U'\u200D':
      return Kind::kJoiner;
    case U'\u00AD':
      return Kind::kSoftHyphen;
    case U'\uFFFD':
      return Kind::kReplacement;
    case U'\u00A0':
    case U'\u202F':
    case U'\u2007':
    case U'\u3000':
      return Kind::kOddSpace;
    default:
      break;
  }
  if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
      cp == 0x200E || cp == 0x200F || cp == 0x061C) {
    return Kind::kBidi;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return Kind::kOddSpace;
  // Tags, invisible mathematical operators, interlinear annotation marks.
  if (IsTag(cp) || (cp >= 0x2061 && cp <= 0x2064) ||
      (cp >= 0xFFF9 && cp <= 0xFFFB)) {
    return Kind::kZeroWidth;
  }
  if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F ||
      (cp >= 0x80 && cp <= 0x9F)) {
    return Kind::kControl;
  }
  return Kind::kNone;
}

// Tag characters after an emoji spell a flag: 🏴 + tags is the flag of
// England.
bool InEmojiTagSequence(std::string_view text, size_t at) {
  while (at > 0) {
    DecodedCodePoint d = DecodeUtf8Before(text, at);
    if (!IsTag(d.code_point)) return IsEmoji(d.code_point);
    at -= d.length;
  }
  return false;
}

// British style writes these titles without a full stop: "Mr Smith".
bool IsTitleWithoutStop(std::string_view word) {
  static constexpr std::array<std::string_view, 5> kTitles = {"Mr", "Mrs", "Ms",
                                                              "Dr", "St"};
  return std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end();
}

// No-break spaces belong between a number and its unit ("10 km", "€ 5"),
// after short abbreviations ("Mr. Smith", "No. 5", "Mr Smith") and around
// French punctuation; elsewhere they are paste or translation debris.
bool NoBreakSpaceBelongs(std::string_view text, ByteRange para, ByteRange r) {
  char32_t before =
      r.begin > para.begin ? DecodeUtf8Before(text, r.begin).code_point : 0;
  char32_t after = r.end < para.end ? DecodeUtf8(text, r.end).code_point : 0;
  if (IsDigit(before) || IsDigit(after)) return true;
  if (after == U'!' || after == U'?' || after == U':' || after == U';' ||
      after == U'\u00BB' || before == U'\u00AB') {
    return true;
  }
  size_t word = SkipLettersBack(text, r.begin, para.begin);
  if (IsTitleWithoutStop(text.substr(word, r.begin - word))) return true;
  if (before == U'.') {
    // "Mr. Smith", "No. 5", "p. 12": one to three letters, the first a
    // capital unless it stands alone.
    size_t stop = r.begin - 1;
    word = SkipLettersBack(text, stop, para.begin);
    size_t letters = CountCodePoints(text.substr(word, stop - word));
    return letters == 1 || (letters >= 2 && letters <= 3 &&
                            IsUpper(DecodeUtf8(text, word).code_point));
  }
  return false;
}

// A line separator breaks a line inside a paragraph, which plain text
// writes as a space; a paragraph separator ends a paragraph, which plain
// text writes as a line break, in the style of the file.
void ReportSeparator(const Document& doc, DiagnosticSink& sink, char32_t cp,
                     ByteRange r) {
  std::string_view text = doc.text();
  Diagnostic& d =
      sink.Report(Severity::kWarning, r,
                  fmt::format("{} where a line break or a space belongs",
                              DescribeCodePoint(cp)));
  bool paragraph = cp == U'\u2029';
  if (paragraph) {
    size_t line_end = doc.lines().LineRange(doc.lines().LineOf(r.begin)).end;
    bool crlf = line_end < text.size() && text[line_end] == '\r';
    d.fixes.push_back(ReplaceFix("replace with a line break", r,
                                 crlf ? "\r\n" : "\n", false));
  }
  bool spaced = r.begin == 0 || r.end == text.size() ||
                IsWhiteSpace(DecodeUtf8Before(text, r.begin).code_point) ||
                IsWhiteSpace(DecodeUtf8(text, r.end).code_point);
  d.fixes.push_back(
      spaced ? ReplaceFix("remove it", r, "", !paragraph)
             : ReplaceFix("replace with a space", r, " ", !paragraph));
}

}  // namespace

void CharInvisibleCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  for (size_t i = 0; i < text.size();) {
    unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII: nothing to see
      i = SkipPrintableAscii(text, i);
      continue;
    }
    DecodedCodePoint d = DecodeUtf8(text, i);
    ByteRange r{i, i + d.length};
    i += d.length;
    if (d.code_point == kInvalidCodePoint) continue;
    Kind kind = Classify(d.code_point);
    if (kind == Kind::kNone) continue;
    std::string name = DescribeCodePoint(d.code_point);
    switch (kind) {
      case Kind::kNone:
        break;
      case Kind::kZeroWidth: {
        // A byte order mark opening the file is an encoding signature.
        if (d.code_point == U'\uFEFF' && r.begin == 0) break;
        if (IsTag(d.code_point) && InEmojiTagSequence(text, r.begin)) break;
        sink.Report(Severity::kWarning, r,
                    fmt::format("invisible character {}", name))
            .fixes.push_back(ReplaceFix("remove it", r, "", true));
        break;
      }
      case Kind::kJoiner: {
        char32_t before =
            r.begin > 0 ? DecodeUtf8Before(text, r.begin).code_point : 0;
        char32_t after =
            r.end < text.size() ? DecodeUtf8(text, r.end).code_point : 0;
        if (IsEmoji(before) || IsEmoji(after) ||
            !IsLatinScript(ScriptOf(before)))
          break;
        sink.Report(Severity::kWarning, r,
                    fmt::format("invisible character {} in Latin text", name))
            .fixes.push_back(ReplaceFix("remove it", r, "", true));
        break;
      }
      case Kind::kBidi: {
        Diagnostic& diag = sink.Report(
            Severity::kError, r,
            fmt::format("bidirectional control character {}", name));
        diag.notes.push_back(
            "bidirectional controls reorder the text around them and can hide "
            "or disguise what is written");
        diag.fixes.push_back(ReplaceFix("remove it", r, "", false));
        break;
      }
      case Kind::kSoftHyphen:
        sink.Report(Severity::kWarning, r,
                    "soft hyphen (U+00AD): invisible, but breaks searches "
                    "and splits the word where a line ends")
            .fixes.push_back(ReplaceFix("remove it", r, "", true));
        break;
      case Kind::kControl:
        sink.Report(Severity::kWarning, r,
                    fmt::format("control character {}", name))
            .fixes.push_back(ReplaceFix("remove it", r, "", false));
        break;
      case Kind::kOddSpace: {
        const Paragraph* para = doc.ParagraphAt(r.begin);
        ByteRange bounds = para ? para->range : ByteRange{0, text.size()};
        if (d.code_point != U'\u3000' && NoBreakSpaceBelongs(text, bounds, r))
          break;
        sink.Report(Severity::kWarning, r,
                    fmt::format("{} where a plain space belongs", name))
            .fixes.push_back(ReplaceFix("replace with a space", r, " ", true));
        break;
      }
      case Kind::kSeparator:
        ReportSeparator(doc, sink, d.code_point, r);
        break;
      case Kind::kReplacement:
        sink.Report(Severity::kWarning, r,
                    "replacement character U+FFFD: an earlier conversion lost "
                    "the character that stood here");
        break;
    }
  }
}

}  // namespace mtlint
