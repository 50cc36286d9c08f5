#pragma once

#include <string_view>

#include "core/byte_range.h"
#include "core/line_index.h"

namespace mtlint {

// Both ends of a range as lines and columns; `end` is the position just
// after the last byte (SARIF's and GitHub's end column), so an empty range
// has begin == end.
struct SpanPosition {
  LineColumn begin;
  LineColumn end;
};

// Turns the byte ranges of one file's diagnostics into lines and columns
// (docs/output.md, "Positions"). The only place formatters compute
// positions.
class SpanLocator {
 public:
  explicit SpanLocator(std::string_view text)
      : text_(text), lines_(text), cursor_(text, lines_) {}
  SpanLocator(const SpanLocator&) = delete;
  SpanLocator& operator=(const SpanLocator&) = delete;

  // Ranges must come in increasing order of their start, as sorted
  // diagnostics do; each call then costs time proportional to the distance
  // walked and the range's length, not to the line's length.
  SpanPosition Locate(ByteRange range);
  // Only the start, for formats that show no end.
  LineColumn Start(ByteRange range) { return cursor_.Locate(range.begin); }
  const LineIndex& lines() const { return lines_; }

 private:
  std::string_view text_;
  LineIndex lines_;
  PositionCursor cursor_;
};

}  // namespace mtlint
