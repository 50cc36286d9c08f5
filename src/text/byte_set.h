#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mtlint {

// The bytes a scanner stops at, each tested with one look-up: the checks
// that look for a few characters pass over the rest of the text without
// decoding it. A byte of UTF-8 above ASCII in the set stops the scan in the
// middle of a character only if it is a continuation byte (0x80 to 0xBF).
//
// Where SSE2 is (every x86-64), a set of a few bytes, with or without all
// the bytes above ASCII and the controls below 0x20, is searched sixteen
// bytes at a time: each scan of a check passes over a whole article.
class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) in_[static_cast<unsigned char>(c)] = true;
    Describe();
  }

  // This set with the bytes from `first` to `last` added.
  constexpr ByteSet With(unsigned char first, unsigned char last) const {
    ByteSet set = *this;
    for (unsigned c = first; c <= last; ++c) set.in_[c] = true;
    set.Describe();
    return set;
  }

  constexpr bool Has(char c) const {
    return in_[static_cast<unsigned char>(c)];
  }

  // The first offset in [from, end) whose byte is in the set, or `end`.
  size_t Find(std::string_view text, size_t from, size_t end) const {
#if defined(__SSE2__)
    if (vector_) from = FindBlock(text, from, end);
#endif
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
  static constexpr size_t kMaxListed = 12;

  // How the set reads as vector compares: every byte above ASCII or none,
  // every control below 0x20 or none (only with the bytes above ASCII: one
  // signed compare takes both), and at most kMaxListed bytes besides.
  constexpr void Describe() {
    high_ = true;
    for (unsigned c = 0x80; c <= 0xFF; ++c) high_ = high_ && in_[c];
    controls_ = high_;
    for (unsigned c = 0; c < 0x20; ++c) controls_ = controls_ && in_[c];
    listed_count_ = 0;
    vector_ = true;
    for (unsigned c = 0; c <= 0xFF; ++c) {
      if (!in_[c] || (high_ && c >= 0x80) || (controls_ && c < 0x20)) continue;
      if (listed_count_ == kMaxListed) {
        vector_ = false;
        break;
      }
      listed_[listed_count_++] = static_cast<char>(c);
    }
  }

#if defined(__SSE2__)
  // The first offset of a byte in the set among the whole 16-byte blocks
  // from `from`, or where fewer than 16 bytes are left before `end`.
  size_t FindBlock(std::string_view text, size_t from, size_t end) const {
    __m128i listed[kMaxListed];
    for (size_t k = 0; k < listed_count_; ++k) {
      listed[k] = _mm_set1_epi8(listed_[k]);
    }
    const __m128i space = _mm_set1_epi8(0x20);
    for (; from + 16 <= end; from += 16) {
      __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
      // The high bit of each byte marks a hit: bytes above ASCII have it.
      __m128i hit = controls_ ? _mm_cmplt_epi8(v, space)
                              : (high_ ? v : _mm_setzero_si128());
      for (size_t k = 0; k < listed_count_; ++k) {
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, listed[k]));
      }
      if (int mask = _mm_movemask_epi8(hit); mask != 0) {
        return from + static_cast<size_t>(
                          std::countr_zero(static_cast<unsigned>(mask)));
      }
    }
    return from;
  }
#endif

  std::array<bool, 256> in_{};
  bool high_ = false;      // every byte above ASCII is in the set
  bool controls_ = false;  // so is every byte below 0x20
  bool vector_ = false;    // Describe found the set searchable by blocks
  std::array<char, kMaxListed> listed_{};
  size_t listed_count_ = 0;
};

}  // namespace mtlint
