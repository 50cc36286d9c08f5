#include "checks/spacing.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "text/address.h"
#include "text/byte_set.h"
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

bool OpensPhrase(char32_t cp) {
  return cp == U'(' || cp == U'[' || cp == U'\u201C' || cp == U'\u2018' ||
         cp == U'\u00AB';
}

// What a space may follow before closing punctuation: the end of a word,
// a number, a quotation or a bracket ("5% ,", "3° )").
bool EndsPhrase(char32_t cp) {
  return IsLetter(cp) || IsDigit(cp) || ClosesPhrase(cp) || cp == U'%' ||
         cp == U'\u2030' || cp == U'\u00B0' || cp == U'\u2032' ||
         cp == U'\u2033';
}

// A mark that a space before may be wrong before.
bool IsSpacedMark(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == ')' || c == ']';
}

// The bytes the line scan stops at besides double spaces: the marks a
// space may be wrong before or after, and tabs. A lone space between two
// words, most of the text's blanks, is not stopped at.
constexpr ByteSet kWatched("\t,;:.!?()[]");

// Whether one space between `prev` and `next` is beyond every rule below.
bool IsQuietSpace(char prev, char next) {
  return prev != '(' && prev != '[' && !IsBlank(next) && !IsSpacedMark(next);
}

// One line of text and the helpers its rules share.
class LineScanner {
 public:
  LineScanner(std::string_view text, ByteRange line, DiagnosticSink& sink)
      : text_(text), line_(line), sink_(sink), seen_(line.begin) {}

  void Scan() {
    TrailingSpace();
    size_t mark = kWatched.Find(text_, line_.begin, line_.end);
    size_t pair = FindDoubleSpace(text_, line_.begin, line_.end);
    while (mark < line_.end || pair < line_.end) {
      if (pair < mark) {
        Blanks(pair);
        pair = FindDoubleSpace(text_, std::max(seen_, pair + 1), line_.end);
        continue;
      }
      char c = text_[mark];
      if (c == '\t') {
        Blanks(mark);
      } else if (c == '(' || c == '[') {
        if (mark + 1 < line_.end && IsBlank(text_[mark + 1])) Blanks(mark + 1);
      } else {
        if (mark > line_.begin && IsBlank(text_[mark - 1])) Blanks(mark - 1);
        if (c != ')' && c != ']') MissingSpaceAfter(mark);
      }
      mark = kWatched.Find(text_, std::max(seen_, mark + 1), line_.end);
    }
  }

 private:
  // The run of blanks around `at`, once: those between two characters of
  // the line, unless it is one quiet blank.
  void Blanks(size_t at) {
    if (at < seen_) return;
    size_t begin = at;
    while (begin > line_.begin && IsBlank(text_[begin - 1])) --begin;
    size_t end = at;
    while (end < line_.end && IsBlank(text_[end])) ++end;
    seen_ = end;
    if (begin == line_.begin || end == line_.end) return;
    if (end - begin == 1 && IsQuietSpace(text_[begin - 1], text_[end])) return;
    Spaces({begin, end});
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
    Remove(r, r, std::move(message), std::move(label));
  }
  // `shown` also covers the mark the spaces stand before, as a reader sees
  // the fault ("said ,"); the fix removes only the spaces.
  void Remove(ByteRange shown, ByteRange r, std::string message,
              std::string label) {
    Diagnostic& d = sink_.Report(Severity::kWarning, shown, std::move(message));
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

  // A run of blanks between two non-blank characters of the line (not a
  // lone quiet blank: Scan passes over those).
  void Spaces(ByteRange r) {
    char next = text_[r.end];
    char32_t before = Before(r.begin);
    bool punct_next = next == ',' || next == '.' || next == ';' ||
                      next == ':' || next == '!' || next == '?';
    if (punct_next && EndsPhrase(before) && SpaceBeforeMark(r)) return;
    if (before == U'(' || before == U'[') {
      Remove(r, fmt::format("space after '{}'", EncodeUtf8(before)),
             "remove the space");
      return;
    }
    if ((next == ')' || next == ']') && EndsPhrase(before)) {
      Remove({r.begin, r.end + 1}, r, fmt::format("space before '{}'", next),
             "remove the space");
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
    RepeatedBlanks(r);
  }

  // "said , adding", "levy ,which": spaces before a punctuation mark that
  // ends something. Returns whether they were reported.
  bool SpaceBeforeMark(ByteRange r) {
    char mark = text_[r.end];
    char32_t after = After(r.end + 1);
    ByteRange with_mark{r.begin, r.end + 1};
    if (after == kInvalidCodePoint || IsWhiteSpace(after) ||
        ClosesPhrase(after)) {
      Remove(with_mark, r, fmt::format("space before '{}'", mark),
             fmt::format("remove the space before '{}'", mark));
      return true;
    }
    // A full stop glued to what follows starts it: ".5", ".NET", "...".
    if (mark == '.') return false;
    Diagnostic& d = sink_.Report(Severity::kWarning, with_mark,
                                 fmt::format("space before '{}'", mark));
    // "10 :30" or "2023 ,2024": which of the two was meant is unclear.
    if (IsDigit(Before(r.begin)) && IsDigit(after)) return true;
    if (IsLetter(after) || IsDigit(after) || OpensPhrase(after)) {
      d.fixes.push_back(
          ReplaceFix(fmt::format("move the space after '{}'", mark), with_mark,
                     fmt::format("{} ", mark), true));
    } else {
      d.fixes.push_back(ReplaceFix(
          fmt::format("remove the space before '{}'", mark), r, "", true));
    }
    return true;
  }

  // A tab among spaces may align a table column, so replacing the run with
  // one space needs a look.
  void RepeatedBlanks(ByteRange r) {
    size_t tabs = static_cast<size_t>(
        std::count(text_.begin() + r.begin, text_.begin() + r.end, '\t'));
    size_t spaces = r.size() - tabs;
    std::string message = tabs == 0
                              ? fmt::format("{} spaces in a row", spaces)
                              : fmt::format("{} {} and {} {} in a row", spaces,
                                            spaces == 1 ? "space" : "spaces",
                                            tabs, tabs == 1 ? "tab" : "tabs");
    Diagnostic& d = sink_.Report(Severity::kWarning, r, std::move(message));
    d.fixes.push_back(ReplaceFix("replace with one space", r, " ", tabs == 0));
  }

  // "said,adding", "end.The": a mark glued to the next word.
  void MissingSpaceAfter(size_t at) {
    char c = text_[at];
    // Most marks are followed by a space or end the line.
    char32_t next = After(at + 1);
    if (!IsLetter(next)) return;
    char32_t prev = Before(at);
    // "in 2023,the": a comma after a number is glued too; "1,000" is not.
    bool number_comma = c == ',' && IsDigit(prev);
    if (!IsLetter(prev) && !number_comma) return;
    // "mailto:press@wto.org", "Booking.Com": a space would break the address.
    if (IsInsideAddress(text_, line_, at)) return;
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
    Diagnostic& d = sink_.Report(Severity::kWarning, {at, at + 1},
                                 fmt::format("no space after '{}'", c));
    d.fixes.push_back(ReplaceFix(fmt::format("insert a space after '{}'", c),
                                 {at + 1, at + 1}, " ", true));
  }

  std::string_view text_;
  ByteRange line_;
  DiagnosticSink& sink_;
  size_t seen_;  // where the blanks handled so far end
};

}  // namespace

void SpacingCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  const LineIndex& lines = doc.lines();
  for (size_t n = 1; n <= lines.line_count(); ++n) {
    LineScanner(doc.text(), lines.LineRange(n), sink).Scan();
  }
}

}  // namespace mtlint
