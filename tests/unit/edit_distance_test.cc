#include "text/edit_distance.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

namespace {

// The textbook table, for comparison.
size_t Levenshtein(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1,
                                     std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

TEST_CASE("edit distance within the limit, limit + 1 beyond it",
          "[edit_distance]") {
  CHECK(mtlint::EditDistance("Peredue", "Perdue", 2) == 1);
  CHECK(mtlint::EditDistance("kitten", "sitting", 3) == 3);
  CHECK(mtlint::EditDistance("kitten", "sitting", 2) == 3);
  CHECK(mtlint::EditDistance("", "abc", 5) == 3);
  CHECK(mtlint::EditDistance("abc", "abc", 0) == 0);
  CHECK(mtlint::EditDistance("abcdef", "ab", 1) == 2);
  std::string long_a(100, 'a');
  std::string long_b = long_a;
  long_b[50] = 'b';
  CHECK(mtlint::EditDistance(long_a, long_b, 3) == 1);

  std::mt19937 random(7);
  size_t letters = 4;
  auto word = [&] {
    std::string w(random() % 12, ' ');
    for (char& c : w) c = static_cast<char>('a' + random() % letters);
    return w;
  };
  for (int n = 0; n < 10000; ++n) {
    if (n == 5000) letters = 26;
    std::string a = word();
    std::string b = word();
    size_t limit = random() % 5;
    INFO(a << " / " << b << " limit " << limit);
    CHECK(mtlint::EditDistance(a, b, limit) ==
          std::min(Levenshtein(a, b), limit + 1));
  }
}
