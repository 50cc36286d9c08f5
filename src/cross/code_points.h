#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace mtlint {

// A code point of a text and the bytes it takes, for scanning Chinese text
// a character at a time with byte offsets at hand.
struct CodePoint {
  char32_t c;
  size_t begin;
  size_t end;
};

// The code points of text[range]; an invalid byte is kInvalidCodePoint.
std::vector<CodePoint> DecodeRange(std::string_view text, ByteRange range);

// Whether `word` stands at code point `at`, or ends right before it.
bool MatchesAt(const std::vector<CodePoint>& cps, size_t at,
               std::u32string_view word);
bool EndsAt(const std::vector<CodePoint>& cps, size_t at,
            std::u32string_view word);

}  // namespace mtlint
