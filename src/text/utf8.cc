#include "text/utf8.h"

#include <bit>
#include <cstring>

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

// Skips bytes while `stop(eight)`, over eight bytes at a time, says none of
// them is to be stopped at, then byte by byte while `keep` says so.
template <typename Stop, typename Keep>
size_t SkipWhile(std::string_view text, size_t from, Stop stop, Keep keep) {
  size_t i = from;
  while (i + 8 <= text.size()) {
    uint64_t eight;
    std::memcpy(&eight, text.data() + i, 8);
    if (stop(eight) != 0) break;
    i += 8;
  }
  while (i < text.size() && keep(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

}  // namespace

size_t SkipAscii(std::string_view text, size_t from) {
  return SkipWhile(
      text, from, [](uint64_t eight) { return eight & kHighBits; },
      [](unsigned char c) { return c < 0x80; });
}

size_t SkipPrintableAscii(std::string_view text, size_t from) {
  // With no high bit set, a byte below 0x20 or equal to 0x7F leaves a high
  // bit in these differences ("determine if a word has a byte less than
  // n", Bit Twiddling Hacks).
  return SkipWhile(
      text, from,
      [](uint64_t eight) {
        uint64_t del = eight ^ (0x7F * kOnes);
        return (eight | ((eight - 0x20 * kOnes) & ~eight) |
                ((del - kOnes) & ~del)) &
               kHighBits;
      },
      [](unsigned char c) { return c >= 0x20 && c < 0x7F; });
}

size_t FindDoubleSpace(std::string_view text, size_t from, size_t end) {
  size_t i = from;
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
