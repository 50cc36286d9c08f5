#include "checks/spacing.h"

#include <fmt/format.h>

#include <string>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

bool IsSentenceEnd(char c) { return c == '.' || c == '!' || c == '?'; }

bool ClosesPhrase(char32_t cp) {
  return cp == U'"' || cp == U')' || cp == U']' || cp == U'\u201D' ||
         cp == U'\u2019' || cp == U'\u00BB';
}

// One line of text and the helpers its rules share.
class LineScanner {
 public:
  LineScanner(std::string_view text, ByteRange line, DiagnosticSink& sink)
      : text_(text), line_(line), sink_(sink) {}

  void Scan() {
    TrailingSpace();
    for (size_t i = line_.begin; i < line_.end; ++i) {
      char c = text_[i];
      if (IsBlank(c)) {
        size_t end = i;
        while (end < line_.end && IsBlank(text_[end])) ++end;
        if (end < line_.end && i > line_.begin) Spaces({i, end});
        i = end - 1;
      } else if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' ||
                 c == '?') {
        MissingSpaceAfter(i);
      }
    }
  }

 private:
  char32_t Before(size_t at) const {
    return at > line_.begin ? DecodeUtf8Before(text_, at).code_point
                            : kInvalidCodePoint;
  }
  char32_t After(size_t at) const {
    return at < line_.end ? DecodeUtf8(text_, at).code_point
                          : kInvalidCodePoint;
  }

  void Remove(ByteRange r, std::string message, std::string label) {
    Diagnostic& d = sink_.Report(Severity::kWarning, r, std::move(message));
    d.fixes.push_back(ReplaceFix(std::move(label), r, "", true));
  }

  void TrailingSpace() {
    size_t end = line_.end;
    size_t begin = end;
    while (begin > line_.begin && IsBlank(text_[begin - 1])) --begin;
    if (begin < end) {
      Remove({begin, end}, "trailing white space", "remove the trailing space");
    }
  }

  // A run of blanks between two non-blank characters of the line.
  void Spaces(ByteRange r) {
    char next = text_[r.end];
    char32_t before = Before(r.begin);
    bool after_word = IsLetter(before) || IsDigit(before) ||
                      ClosesPhrase(before);
    bool punct_next = next == ',' || next == '.' || next == ';' ||
                      next == ':' || next == '!' || next == '?';
    if (punct_next && after_word && r.end + 1 <= line_.end) {
      // "said , adding": the mark must end something, not start ".5" or
      // ".NET", and an ellipsis may stand apart.
      char32_t after_mark = After(r.end + 1);
      bool ellipsis = next == '.' && after_mark == U'.';
      if (!ellipsis && (after_mark == kInvalidCodePoint ||
                        IsWhiteSpace(after_mark) || ClosesPhrase(after_mark))) {
        Remove(r, fmt::format("space before '{}'", next),
               fmt::format("remove the space before '{}'", next));
        return;
      }
    }
    if (before == U'(' || before == U'[') {
      Remove(r, fmt::format("space after '{}'", EncodeUtf8(before)),
             "remove the space");
      return;
    }
    if ((next == ')' || next == ']') && after_word) {
      Remove(r, fmt::format("space before '{}'", next), "remove the space");
      return;
    }
    if (r.size() < 2 || text_[r.begin] == '\t') return;
    // Two spaces after a full stop are an old typing habit, not an error
    // inside a sentence.
    size_t p = r.begin;
    while (p > line_.begin && ClosesPhrase(Before(p))) {
      p -= DecodeUtf8Before(text_, p).length;
    }
    if (p > line_.begin && IsSentenceEnd(text_[p - 1])) return;
    Diagnostic& d = sink_.Report(Severity::kWarning, r,
                                 fmt::format("{} spaces in a row", r.size()));
    d.fixes.push_back(ReplaceFix("replace with one space", r, " ", true));
  }

  // "said,adding", "end.The": a mark glued to the next word.
  void MissingSpaceAfter(size_t at) {
    char c = text_[at];
    char32_t prev = Before(at);
    char32_t next = After(at + 1);
    // "in 2023,the": a comma after a number is glued too; "1,000" is not.
    bool number_comma = c == ',' && IsDigit(prev);
    if (!(IsLetter(prev) || number_comma) || !IsLetter(next)) return;
    if (c == '.') {
      // "U.S.", "e.g.", "Ph.D", "example.com" keep their dots; a full stop
      // glued to a capitalised word of two or more letters does not.
      if (!IsLower(prev) || !IsUpper(next)) return;
      size_t second = at + 1 + DecodeUtf8(text_, at + 1).length;
      if (!IsLower(After(second))) return;
      size_t word = at;
      while (word > line_.begin && IsLetter(Before(word))) {
        word -= DecodeUtf8Before(text_, word).length;
      }
      if (at - word < 2) return;
    } else if ((c == '!' || c == '?') && !IsUpper(next)) {
      return;
    }
    Diagnostic& d =
        sink_.Report(Severity::kWarning, {at, at + 1},
                     fmt::format("no space after '{}'", c));
    d.fixes.push_back(ReplaceFix(fmt::format("insert a space after '{}'", c),
                                 {at + 1, at + 1}, " ", true));
  }

  std::string_view text_;
  ByteRange line_;
  DiagnosticSink& sink_;
};

}  // namespace

void SpacingCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  const LineIndex& lines = doc.lines();
  for (size_t n = 1; n <= lines.line_count(); ++n) {
    LineScanner(doc.text(), lines.LineRange(n), sink).Scan();
  }
}

}  // namespace mtlint
