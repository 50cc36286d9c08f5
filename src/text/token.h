#pragma once

#include <cstdint>

#include "core/byte_range.h"

namespace mtlint {

enum class TokenKind : uint8_t {
  kWord,         // letters (also kana and ideographs)
  kNumber,       // digits, with their inner separators ("3.5", "1,000")
  kPunctuation,  // anything else that is not white space
};

// A word-segmentation token. Offsets are 32-bit to keep tokens small: the
// document refuses inputs of 4 GiB and more.
struct Token {
  uint32_t begin;
  uint32_t end;
  TokenKind kind;

  ByteRange range() const { return {begin, end}; }
  bool is_word() const { return kind == TokenKind::kWord; }
};

}  // namespace mtlint
