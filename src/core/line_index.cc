#include "core/line_index.h"

#include <algorithm>

#include "text/utf8.h"

namespace mtlint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = text.find('\n'); i != std::string_view::npos;
       i = text.find('\n', i + 1)) {
    starts_.push_back(i + 1);
  }
}

size_t LineIndex::LineOf(size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<size_t>(it - starts_.begin());
}

LineColumn LineIndex::Locate(size_t offset) const {
  offset = std::min(offset, text_.size());
  size_t line = LineOf(offset);
  size_t start = starts_[line - 1];
  return {line, CountCodePoints(text_.substr(start, offset - start)) + 1};
}

ByteRange LineIndex::LineRange(size_t line) const {
  size_t begin = starts_[line - 1];
  size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return {begin, end};
}

LineColumn PositionCursor::Locate(size_t offset) {
  offset = std::min(offset, text_.size());
  if (offset < offset_ || lines_.LineOf(offset) != position_.line) {
    position_ = lines_.Locate(offset);
  } else {
    position_.column +=
        CountCodePoints(text_.substr(offset_, offset - offset_));
  }
  offset_ = offset;
  return position_;
}

}  // namespace mtlint
