#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace mtlint {

struct LineColumn {
  size_t line = 1;    // 1-based
  size_t column = 1;  // 1-based, in code points (an invalid byte counts one)
};

// Maps byte offsets to lines and columns. Lines end at '\n'; a '\r' before it
// belongs to the line terminator, not to the line's text.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  LineColumn Locate(size_t offset) const;
  size_t LineOf(size_t offset) const;
  // The text of a 1-based line, without its terminator.
  ByteRange LineRange(size_t line) const;
  size_t line_count() const { return starts_.size(); }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

// Locates offsets in increasing order in time proportional to the distance
// walked, not to the line's length: diagnostics on one 50 MB line stay
// linear.
class PositionCursor {
 public:
  PositionCursor(std::string_view text, const LineIndex& lines)
      : text_(text), lines_(lines) {}
  LineColumn Locate(size_t offset);

 private:
  std::string_view text_;
  const LineIndex& lines_;
  size_t offset_ = 0;
  LineColumn position_;
};

}  // namespace mtlint
