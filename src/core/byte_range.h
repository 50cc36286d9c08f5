#pragma once

#include <cstddef>
#include <string_view>

namespace mtlint {

// A half-open range [begin, end) of bytes in the original input: the one
// coordinate system of diagnostics and edits.
struct ByteRange {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  // The bytes of `text` in the range.
  std::string_view In(std::string_view text) const {
    return text.substr(begin, size());
  }
  bool Overlaps(const ByteRange& other) const {
    return begin < other.end && other.begin < end;
  }
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

}  // namespace mtlint
