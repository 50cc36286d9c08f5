#include "text/edit_distance.h"

#include <algorithm>

namespace mtlint {

uint64_t ByteClasses(std::string_view s) {
  uint64_t mask = 0;
  for (char c : s) mask |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  return mask;
}

size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > limit) return limit + 1;
  // A common prefix or suffix never changes the distance.
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return std::min(a.size() + b.size(), limit + 1);
  // Most pairs end here.
  if (!MayBeWithin(ByteClasses(a), ByteClasses(b), limit)) return limit + 1;
  // One row of the table, on the stack for the short words compared here.
  constexpr size_t kStackRow = 64;
  size_t stack_row[kStackRow];
  std::vector<size_t> heap_row;
  size_t* row = stack_row;
  if (b.size() + 1 > kStackRow) {
    heap_row.resize(b.size() + 1);
    row = heap_row.data();
  }
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    size_t best = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}

std::string_view ClosestMatch(std::string_view word,
                              const std::vector<std::string_view>& candidates) {
  // A third of the word's length, at least 1: "hyphen-spaceing" still finds
  // "hyphen-spacing", "foo" finds nothing.
  size_t limit = std::max<size_t>(1, word.size() / 3);
  std::string_view best;
  size_t best_distance = limit + 1;
  for (std::string_view c : candidates) {
    size_t d = EditDistance(word, c, limit);
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace mtlint
