#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace mtlint {

// Hashing for string-keyed tables that are looked up with a string_view,
// without building a std::string for every lookup (FlatStringTable). The keys
// are words: eight bytes at a time, multiplied and folded, inline (cheaper
// than std::hash's out-of-line Murmur for a few bytes).
struct StringHash {
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char* p = s.data();
    size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      h = (h ^ w) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    // The last 1 to 7 bytes without a loop: two overlapping loads of four,
    // or the first, middle and last byte (as wyhash reads short keys).
    uint64_t w = 0;
    if (n >= 4) {
      uint32_t first, last;
      std::memcpy(&first, p, 4);
      std::memcpy(&last, p + n - 4, 4);
      w = (uint64_t{last} << 32) | first;
    } else if (n > 0) {
      auto byte = [&](size_t i) {
        return uint64_t{static_cast<unsigned char>(p[i])};
      };
      w = (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
    }
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

// Whether two strings are equal, words of up to 16 bytes compared inline
// with two overlapping loads (or three bytes): cheaper than the call to
// memcmp that == makes, for the keys of a hash table.
inline bool SameString(std::string_view a, std::string_view b) {
  size_t n = a.size();
  if (n != b.size()) return false;
  if (n > 16) return std::memcmp(a.data(), b.data(), n) == 0;
  auto ends = [&](auto word) {
    using Word = decltype(word);
    Word a_first, a_last, b_first, b_last;
    std::memcpy(&a_first, a.data(), sizeof(Word));
    std::memcpy(&a_last, a.data() + n - sizeof(Word), sizeof(Word));
    std::memcpy(&b_first, b.data(), sizeof(Word));
    std::memcpy(&b_last, b.data() + n - sizeof(Word), sizeof(Word));
    return ((a_first ^ b_first) | (a_last ^ b_last)) == 0;
  };
  if (n >= 8) return ends(uint64_t{});
  if (n >= 4) return ends(uint32_t{});
  return n == 0 ||
         (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

}  // namespace mtlint
