#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace mtlint {

// The bytes a scanner stops at, each tested with one look-up: the checks
// that look for a few characters pass over the rest of the text without
// decoding it. A byte of UTF-8 above ASCII in the set stops the scan in the
// middle of a character only if it is a continuation byte (0x80 to 0xBF).
class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) in_[static_cast<unsigned char>(c)] = true;
  }

  // This set with the bytes from `first` to `last` added.
  constexpr ByteSet With(unsigned char first, unsigned char last) const {
    ByteSet set = *this;
    for (unsigned c = first; c <= last; ++c) set.in_[c] = true;
    return set;
  }

  constexpr bool Has(char c) const {
    return in_[static_cast<unsigned char>(c)];
  }

  // The first offset in [from, end) whose byte is in the set, or `end`.
  size_t Find(std::string_view text, size_t from, size_t end) const {
    // Four bytes a test: one branch instead of four over long stretches of
    // text with nothing to stop at.
    while (from + 4 <= end && !(Has(text[from]) | Has(text[from + 1]) |
                                Has(text[from + 2]) | Has(text[from + 3]))) {
      from += 4;
    }
    while (from < end && !Has(text[from])) ++from;
    return from;
  }

 private:
  std::array<bool, 256> in_{};
};

}  // namespace mtlint
