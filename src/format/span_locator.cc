#include "format/span_locator.h"

#include <algorithm>

#include "text/utf8.h"

namespace mtlint {

SpanPosition SpanLocator::Locate(ByteRange range) {
  SpanPosition p;
  p.begin = Start(range);
  size_t begin = std::min(range.begin, text_.size());
  size_t end = std::clamp(range.end, begin, text_.size());
  std::string_view inside = text_.substr(begin, end - begin);
  // Ends are not sorted, so a second cursor would walk back over long lines;
  // counting from the start is linear in the range instead.
  if (inside.find('\n') == std::string_view::npos) {
    p.end = {p.begin.line, p.begin.column + CountCodePoints(inside)};
  } else {
    p.end = lines_.Locate(end);
  }
  return p;
}

}  // namespace mtlint
