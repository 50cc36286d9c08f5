#include "core/offset_map.h"

#include <catch2/catch.hpp>

using mtlint::ByteRange;
using mtlint::Diagnostic;
using mtlint::Edit;
using mtlint::OffsetMap;
using Kind = mtlint::OffsetMap::Kind;

namespace {

// The view "high -level x" of the source "**high** -level `c`":
// "high" [2,6), " -level " [8,16), the code span as "x".
OffsetMap Sample() {
  OffsetMap map;
  map.Append({2, 6}, 4, Kind::kVerbatim);
  map.Append({8, 16}, 8, Kind::kVerbatim);
  map.Append({17, 18}, 1, Kind::kMarkup);
  return map;
}

}  // namespace

TEST_CASE("view ranges map to source ranges only over prose", "[offset_map]") {
  OffsetMap map = Sample();
  CHECK(map.ToSource(ByteRange{0, 4}) == ByteRange{2, 6});
  CHECK(map.ToSource(ByteRange{5, 11}) == ByteRange{9, 15});
  CHECK(map.ToSource(ByteRange{4, 4}) == ByteRange{8, 8});
  CHECK_FALSE(map.ToSource(ByteRange{0, 11}));   // across "**"
  CHECK_FALSE(map.ToSource(ByteRange{12, 13}));  // the placeholder
  CHECK_FALSE(map.ToSource(ByteRange{11, 13}));
  CHECK_FALSE(map.ToSource(ByteRange{0, 20}));  // past the view
}

TEST_CASE("adjacent verbatim pieces join", "[offset_map]") {
  OffsetMap map;
  map.Append({0, 3}, 3, Kind::kVerbatim);
  map.Append({3, 4}, 1, Kind::kVerbatim);
  map.Append({4, 9}, 1, Kind::kProse);  // "&amp;"
  map.Append({9, 12}, 3, Kind::kVerbatim);
  CHECK(map.pieces().size() == 3);
  CHECK(map.ToSource(ByteRange{0, 8}) == ByteRange{0, 12});
  CHECK(map.TrimBack(2) == 2);
  CHECK(map.view_end() == 6);
  CHECK(map.pieces().back().source == ByteRange{9, 10});
}

TEST_CASE("edits map only byte for byte", "[offset_map]") {
  OffsetMap map = Sample();
  size_t size = 20;
  // Inside one verbatim piece.
  std::optional<Edit> e = map.ToSource(Edit{{4, 5}, ""}, size);
  REQUIRE(e);
  CHECK(e->range == ByteRange{8, 9});
  e = map.ToSource(Edit{{2, 2}, "g"}, size);
  REQUIRE(e);
  CHECK(e->range == ByteRange{4, 4});
  // Between "high" and " -level": before or after "**"? Not offered.
  CHECK_FALSE(map.ToSource(Edit{{4, 4}, "-"}, size));
  // Across pieces, or on the placeholder.
  CHECK_FALSE(map.ToSource(Edit{{3, 6}, ""}, size));
  CHECK_FALSE(map.ToSource(Edit{{12, 13}, "y"}, size));
  // At the ends of the view: only where the source ends too.
  CHECK_FALSE(map.ToSource(Edit{{0, 0}, "A "}, size));
  OffsetMap whole;
  whole.Append({0, 5}, 5, Kind::kVerbatim);
  CHECK(whole.ToSource(Edit{{0, 0}, "A "}, 5));
  CHECK(whole.ToSource(Edit{{5, 5}, "."}, 5));
  CHECK_FALSE(whole.ToSource(Edit{{5, 5}, "."}, 6));
}

TEST_CASE("diagnostics move to the source or are dropped", "[offset_map]") {
  OffsetMap map = Sample();
  std::string view = "high -level x";
  std::vector<Diagnostic> ds(4);
  ds[0].range = {4, 6};  // " -" in prose: kept, with its fix
  ds[0].fixes.push_back({"join", {Edit{{4, 5}, ""}}, true});
  ds[1].range = {0, 11};  // across "**": dropped
  ds[2].range = {5, 11};  // kept, but a fix at the markup goes
  ds[2].fixes.push_back({"insert", {Edit{{4, 4}, "-"}}, true});
  ds[2].fixes.push_back({"replace", {Edit{{5, 6}, "\xE2\x80\x93"}}, false});
  ds[3].range = {5, 11};  // a fix adding a line break goes
  ds[3].fixes.push_back({"break", {Edit{{4, 5}, "\n"}}, false});
  mtlint::MapToSource(map, view, 20, "lost", &ds);
  REQUIRE(ds.size() == 3);
  CHECK(ds[0].range == ByteRange{8, 10});
  REQUIRE(ds[0].fixes.size() == 1);
  CHECK(ds[0].fixes[0].edits[0].range == ByteRange{8, 9});
  CHECK(ds[0].notes.empty());
  CHECK(ds[1].range == ByteRange{9, 15});
  REQUIRE(ds[1].fixes.size() == 1);
  CHECK(ds[1].fixes[0].label == "replace");
  CHECK(ds[1].notes == std::vector<std::string>{"lost"});
  CHECK(ds[2].fixes.empty());
  CHECK(ds[2].notes == std::vector<std::string>{"lost"});
}
