#include "core/fix_set.h"

#include <catch2/catch.hpp>

using mtlint::ByteRange;
using mtlint::Edit;
using mtlint::Fix;
using mtlint::FixSet;

namespace {
Fix One(size_t begin, size_t end, std::string replacement) {
  return Fix{"f", {Edit{ByteRange{begin, end}, std::move(replacement)}}, true};
}
}  // namespace

TEST_CASE("edits apply back to front", "[fix-set]") {
  FixSet set;
  REQUIRE(set.Add(One(4, 5, "")));         // "high -level": drop the space
  REQUIRE(set.Add(One(0, 0, "The ")));     // insertion at the start
  REQUIRE(set.Add(One(11, 11, " talk")));  // insertion at the end
  CHECK(set.Apply("high -level") == "The high-level talk");
}

TEST_CASE("overlapping fixes are refused whole", "[fix-set]") {
  FixSet set;
  REQUIRE(set.Add(One(2, 6, "x")));
  CHECK_FALSE(set.Add(One(5, 8, "y")));
  CHECK_FALSE(set.Add(One(0, 3, "y")));
  CHECK(set.Add(One(6, 8, "z")));  // touching is not overlapping
  Fix two{"two", {Edit{{0, 1}, "a"}, Edit{{3, 4}, "b"}}, true};
  CHECK_FALSE(set.Add(two));  // its second edit overlaps: nothing of it stays
  CHECK(set.Apply("0123456789") == "01xz89");
}

TEST_CASE("two insertions at one offset conflict", "[fix-set]") {
  FixSet set;
  REQUIRE(set.Add(One(3, 3, "a")));
  CHECK_FALSE(set.Add(One(3, 3, "b")));
  CHECK_FALSE(set.Add(One(2, 5, "c")));  // replaces around the insertion
  CHECK(set.Add(One(3, 4, "d")));        // begins where it inserts
  CHECK(set.Apply("01234") == "012ad4");
}

TEST_CASE("bytes outside the edits are kept, invalid ones too", "[fix-set]") {
  FixSet set;
  REQUIRE(set.Add(One(1, 2, "")));
  CHECK(set.Apply("a b\xFF\r\n") == "ab\xFF\r\n");
}
