#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mtlint {

// Levenshtein distance over bytes, or limit + 1 for any distance over
// `limit`, given up as soon as it is known to exceed it.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

// Which of 64 classes of bytes `s` holds. Two words whose classes differ in
// more than 2 * limit classes are farther apart than `limit` (an edit adds
// or removes at most two classes): a test that costs nothing once the
// classes of a word are kept.
uint64_t ByteClasses(std::string_view s);
inline bool MayBeWithin(uint64_t a_classes, uint64_t b_classes, size_t limit) {
  return static_cast<size_t>(std::popcount(a_classes ^ b_classes)) <= 2 * limit;
}

// The candidate nearest to `word` when it is near enough to be a likely typo
// (ninja's SpellcheckString), or empty.
std::string_view ClosestMatch(std::string_view word,
                              const std::vector<std::string_view>& candidates);

}  // namespace mtlint
