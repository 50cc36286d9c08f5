#include "format/source_excerpt.h"

#include <fmt/format.h>

#include <algorithm>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Code points of context shown on each side of the span.
constexpr size_t kContext = 40;
// Code points of the span itself shown before it is cut.
constexpr size_t kMaxSpan = 80;

size_t StepBack(std::string_view text, size_t from, size_t floor,
                size_t count) {
  while (count-- > 0 && from > floor)
    from -= DecodeUtf8Before(text, from).length;
  return from;
}

size_t StepForward(std::string_view text, size_t from, size_t ceiling,
                   size_t count) {
  while (count-- > 0 && from < ceiling) from += DecodeUtf8(text, from).length;
  return std::min(from, ceiling);
}

// Appends one code point as the terminal should show it; returns its width.
size_t Show(std::string_view text, size_t at, DecodedCodePoint d,
            std::string* out) {
  if (d.code_point == kInvalidCodePoint) {
    std::string s =
        fmt::format("<0x{:02X}>", static_cast<unsigned char>(text[at]));
    *out += s;
    return s.size();
  }
  if (d.code_point == U'\t') {
    *out += ' ';
    return 1;
  }
  if (IsInvisible(d.code_point) || d.code_point == U'\u00AD') {
    std::string s =
        fmt::format("<U+{:04X}>", static_cast<uint32_t>(d.code_point));
    *out += s;
    return s.size();
  }
  out->append(text.substr(at, d.length));
  return static_cast<size_t>(DisplayWidth(d.code_point));
}

}  // namespace

Excerpt MakeExcerpt(std::string_view text, const LineIndex& lines,
                    ByteRange span) {
  ByteRange line = lines.LineRange(lines.LineOf(span.begin));
  size_t span_end = std::min(span.end, line.end);
  size_t shown_end = StepForward(text, span.begin, span_end, kMaxSpan);
  size_t begin = StepBack(text, span.begin, line.begin, kContext);
  size_t end = StepForward(text, shown_end, line.end, kContext);

  Excerpt e;
  size_t column = 0;
  size_t underline_end = 0;
  if (begin > line.begin) {
    e.text = "...";
    column = 3;
  }
  e.underline_begin = column;
  for (size_t i = begin; i < end;) {
    if (i == span.begin) e.underline_begin = column;
    DecodedCodePoint d = DecodeUtf8(text, i);
    column += Show(text, i, d, &e.text);
    i += d.length;
    if (i == shown_end) underline_end = column;
  }
  if (span.begin >= end) e.underline_begin = column;  // at the line's end
  e.underline_width =
      underline_end > e.underline_begin ? underline_end - e.underline_begin : 1;
  if (end < line.end) e.text += "...";
  return e;
}

}  // namespace mtlint
