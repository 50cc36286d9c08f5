#include "text/utf8.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/byte_set.h"

namespace mtlint {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The length of the well-formed sequence at `offset`, or 0 (Unicode Table
// 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
size_t SequenceLength(std::string_view text, size_t offset,
                      char32_t* code_point) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + offset;
  size_t left = text.size() - offset;
  unsigned char c = s[0];
  if (c < 0x80) {
    *code_point = c;
    return 1;
  }
  size_t length;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (left < length) return 0;
  if (s[1] < lo || s[1] > hi) return 0;
  cp = (cp << 6) | (s[1] & 0x3F);
  for (size_t i = 2; i < length; ++i) {
    if (!IsContinuation(s[i])) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  *code_point = cp;
  return length;
}

}  // namespace

DecodedCodePoint DecodeUtf8Sequence(std::string_view text, size_t offset) {
  char32_t cp = 0;
  size_t length = SequenceLength(text, offset, &cp);
  if (length == 0) return {kInvalidCodePoint, 1};
  return {cp, length};
}

DecodedCodePoint DecodeUtf8SequenceBefore(std::string_view text,
                                          size_t offset) {
  size_t start = offset - 1;
  // A code point is at most 4 bytes: step back over continuation bytes.
  while (start > 0 && offset - start < 4 &&
         IsContinuation(static_cast<unsigned char>(text[start]))) {
    --start;
  }
  DecodedCodePoint d = DecodeUtf8(text, start);
  if (d.code_point != kInvalidCodePoint && start + d.length == offset) return d;
  return {kInvalidCodePoint, 1};
}

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x8080808080808080ull;

}  // namespace

// Both searches stop at few bytes besides all those above ASCII: ByteSet
// reads them by blocks.
size_t SkipAscii(std::string_view text, size_t from) {
  static constexpr ByteSet kNonAscii = ByteSet("").With(0x80, 0xFF);
  return kNonAscii.Find(text, from, text.size());
}

size_t SkipPrintableAscii(std::string_view text, size_t from) {
  static constexpr ByteSet kUnprintable =
      ByteSet("\x7F").With(0x00, 0x1F).With(0x80, 0xFF);
  return kUnprintable.Find(text, from, text.size());
}

size_t FindDoubleSpace(std::string_view text, size_t from, size_t end) {
  size_t i = from;
#if defined(__SSE2__)
  // Sixteen pairs at a time: each byte beside the next one.
  const __m128i space = _mm_set1_epi8(' ');
  for (; i + 17 <= end; i += 16) {
    auto at = [&](size_t k) {
      return _mm_cmpeq_epi8(
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + k)),
          space);
    };
    if (int pairs = _mm_movemask_epi8(_mm_and_si128(at(i), at(i + 1)))) {
      return i + static_cast<size_t>(
                     std::countr_zero(static_cast<unsigned>(pairs)));
    }
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    // Eight bytes at a time, moving on by seven: a pair across two loads is
    // whole in the second.
    for (; i + 8 <= end; i += 7) {
      uint64_t eight;
      std::memcpy(&eight, text.data() + i, 8);
      uint64_t y = eight ^ (' ' * kOnes);
      // A high bit for each zero byte of y, each byte on its own (no borrow
      // runs into the next byte).
      uint64_t space = ~(((y & ~kHighBits) + ~kHighBits) | y | ~kHighBits);
      uint64_t pair = space & (space >> 8);
      if (pair != 0) return i + static_cast<size_t>(std::countr_zero(pair)) / 8;
    }
  }
  for (; i + 1 < end; ++i) {
    if (text[i] == ' ' && text[i + 1] == ' ') return i;
  }
  return end;
}

std::vector<ByteRange> FindInvalidUtf8(std::string_view text) {
  std::vector<ByteRange> invalid;
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      i = SkipAscii(text, i);
      continue;
    }
    char32_t cp;
    size_t length = SequenceLength(text, i, &cp);
    if (length > 0) {
      i += length;
      continue;
    }
    if (!invalid.empty() && invalid.back().end == i) {
      ++invalid.back().end;
    } else {
      invalid.push_back({i, i + 1});
    }
    ++i;
  }
  return invalid;
}

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++count) {
    i += static_cast<unsigned char>(text[i]) < 0x80
             ? 1
             : DecodeUtf8(text, i).length;
  }
  return count;
}

std::string EncodeUtf8(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

}  // namespace mtlint
