#include "core/edits.h"

#include <catch2/catch.hpp>
#include <random>

#include "core/fix_set.h"

using mtlint::ApplyEdits;
using mtlint::ComposeEdits;
using mtlint::Edit;
using mtlint::Fix;
using mtlint::FixSet;

namespace {

// Random edits on `text` that a FixSet accepts: sorted, no conflicts.
std::vector<Edit> RandomEdits(std::string_view text, std::mt19937& rng) {
  FixSet set;
  std::uniform_int_distribution<size_t> offset(0, text.size());
  std::uniform_int_distribution<int> length(0, 3);
  std::uniform_int_distribution<int> count(0, 6);
  for (int n = count(rng); n > 0; --n) {
    size_t begin = offset(rng);
    size_t end = std::min(text.size(), begin + length(rng));
    std::string replacement(length(rng), "xyz\n"[n % 4]);
    set.Add(Fix{"f", {Edit{{begin, end}, replacement}}, true});
  }
  return set.edits();
}

}  // namespace

TEST_CASE("applying edits keeps the bytes around them", "[edits]") {
  CHECK(ApplyEdits("a b\xFF\r\n", {Edit{{1, 2}, ""}}) == "ab\xFF\r\n");
  CHECK(ApplyEdits("abc", {Edit{{0, 0}, "<"}, Edit{{3, 3}, ">"}}) == "<abc>");
  CHECK(ApplyEdits("abc", {}) == "abc");
}

TEST_CASE("composed edits equal the two rounds applied in turn", "[edits]") {
  std::mt19937 rng(20240501);
  for (int round = 0; round < 5000; ++round) {
    std::string original(rng() % 12, 'a');
    for (size_t i = 0; i < original.size(); ++i) original[i] += i;
    std::vector<Edit> first = RandomEdits(original, rng);
    std::string middle = ApplyEdits(original, first);
    std::vector<Edit> second = RandomEdits(middle, rng);
    std::vector<Edit> composed = ComposeEdits(middle, first, second);
    INFO("original '" << original << "' middle '" << middle << "'");
    REQUIRE(ApplyEdits(original, composed) == ApplyEdits(middle, second));
    // The result is itself a valid edit list on the original.
    FixSet check;
    for (const Edit& e : composed) {
      REQUIRE(e.range.end <= original.size());
      REQUIRE(check.Add(Fix{"f", {e}, true}));
    }
  }
}
