#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mtlint {

// Levenshtein distance over bytes, or limit + 1 for any distance over
// `limit`, given up as soon as it is known to exceed it.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

// The candidate nearest to `word` when it is near enough to be a likely typo
// (ninja's SpellcheckString), or empty.
std::string_view ClosestMatch(std::string_view word,
                              const std::vector<std::string_view>& candidates);

}  // namespace mtlint
