#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace mtlint {

// One decoded code point. An invalid byte decodes as kInvalidCodePoint with
// length 1, so that every byte is covered and decoding always advances.
struct DecodedCodePoint {
  char32_t code_point;
  size_t length;
};
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// The slow paths of the two below, for bytes above ASCII.
DecodedCodePoint DecodeUtf8Sequence(std::string_view text, size_t offset);
DecodedCodePoint DecodeUtf8SequenceBefore(std::string_view text, size_t offset);

inline DecodedCodePoint DecodeUtf8(std::string_view text, size_t offset) {
  auto c = static_cast<unsigned char>(text[offset]);
  if (c < 0x80) return {c, 1};
  return DecodeUtf8Sequence(text, offset);
}

// The code point that ends at `offset` (offset > 0).
inline DecodedCodePoint DecodeUtf8Before(std::string_view text, size_t offset) {
  auto c = static_cast<unsigned char>(text[offset - 1]);
  if (c < 0x80) return {c, 1};
  return DecodeUtf8SequenceBefore(text, offset);
}

// Whether some code point of `text` satisfies `predicate` (an invalid byte
// is kInvalidCodePoint).
template <typename Predicate>
bool AnyCodePoint(std::string_view text, Predicate predicate) {
  for (size_t i = 0; i < text.size();) {
    DecodedCodePoint d = DecodeUtf8(text, i);
    if (predicate(d.code_point)) return true;
    i += d.length;
  }
  return false;
}

// The first offset from `from` whose byte is not ASCII, or text.size().
// News text is mostly ASCII: scanners skip it eight bytes at a time.
size_t SkipAscii(std::string_view text, size_t from);

// The same for printable ASCII (0x20 to 0x7E): stops also at controls,
// line breaks and DEL.
size_t SkipPrintableAscii(std::string_view text, size_t from);

// The first offset in [from, end) where two spaces stand in a row, or
// `end`: words are one space apart, and a scan that stopped at each space
// would stop every few bytes.
size_t FindDoubleSpace(std::string_view text, size_t from, size_t end);

// The maximal runs of bytes that are not well-formed UTF-8.
std::vector<ByteRange> FindInvalidUtf8(std::string_view text);

size_t CountCodePoints(std::string_view text);

std::string EncodeUtf8(char32_t code_point);

}  // namespace mtlint
