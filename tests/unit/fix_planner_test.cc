#include "engine/fix_planner.h"

#include <algorithm>
#include <catch2/catch.hpp>

using mtlint::ByteRange;
using mtlint::Diagnostic;
using mtlint::Edit;
using mtlint::Fix;
using mtlint::FixMode;
using mtlint::FixSet;
using mtlint::PlanFixes;

namespace {

Diagnostic Finding(std::string check, ByteRange range, std::vector<Fix> fixes) {
  return Diagnostic{std::move(check),
                    mtlint::Severity::kWarning,
                    range,
                    "m",
                    std::move(fixes),
                    {}};
}

Fix Replace(size_t begin, size_t end, std::string replacement,
            bool safe = true) {
  return Fix{"f", {Edit{{begin, end}, std::move(replacement)}}, safe};
}

const Diagnostic& Of(const std::vector<Diagnostic>& v, std::string_view check) {
  return *std::find_if(v.begin(), v.end(),
                       [&](const Diagnostic& d) { return d.check == check; });
}

}  // namespace

TEST_CASE("overlapping fixes: the first by range wins, whatever the order",
          "[fix-planner]") {
  const std::string text = "of the  the high -level talks";
  // Removing the repeated "the " starts before collapsing the double space
  // inside it, so spacing's fix is dropped; hyphen-spacing's is independent.
  std::vector<Diagnostic> given = {
      Finding("hyphen-spacing", {12, 23}, {Replace(16, 17, "")}),
      Finding("spacing", {6, 8}, {Replace(6, 8, " ")}),
      Finding("word-repeated", {3, 11}, {Replace(3, 8, "")}),
  };
  auto by_check = [](const Diagnostic& a, const Diagnostic& b) {
    return a.check < b.check;
  };
  do {
    std::vector<Diagnostic> diagnostics = given;
    FixSet plan = PlanFixes(&diagnostics, FixMode::kSafe);
    CHECK(plan.size() == 2);
    CHECK(plan.Apply(text) == "of the high-level talks");
    CHECK(Of(diagnostics, "spacing").notes ==
          std::vector<std::string>{
              "fix not applied: overlaps a fix from word-repeated"});
    CHECK(Of(diagnostics, "word-repeated").notes.empty());
    CHECK(Of(diagnostics, "hyphen-spacing").notes.empty());
  } while (std::next_permutation(given.begin(), given.end(), by_check));
}

TEST_CASE("the same range: check ID decides", "[fix-planner]") {
  for (bool reversed : {false, true}) {
    std::vector<Diagnostic> diagnostics = {
        Finding("quote-marks", {0, 1}, {Replace(0, 1, "\"")}),
        Finding("char-invisible", {0, 1}, {Replace(0, 1, "")}),
    };
    if (reversed) std::swap(diagnostics[0], diagnostics[1]);
    FixSet plan = PlanFixes(&diagnostics, FixMode::kSafe);
    CHECK(plan.Apply("'x") == "x");
    CHECK(Of(diagnostics, "quote-marks").notes ==
          std::vector<std::string>{
              "fix not applied: overlaps a fix from char-invisible"});
  }
}

TEST_CASE("planner: two insertions at one offset, the first check wins",
          "[fix-planner]") {
  std::vector<Diagnostic> diagnostics = {
      Finding("b-check", {3, 3}, {Replace(3, 3, "b")}),
      Finding("a-check", {3, 3}, {Replace(3, 3, "a")}),
  };
  FixSet plan = PlanFixes(&diagnostics, FixMode::kSafe);
  CHECK(plan.Apply("xyz.") == "xyza.");
  CHECK(
      Of(diagnostics, "b-check").notes ==
      std::vector<std::string>{"fix not applied: overlaps a fix from a-check"});
}

TEST_CASE("edits apply back to front, each at its original offset",
          "[fix-planner]") {
  // Each fix changes the length of the text before the next one's offset.
  std::vector<Diagnostic> diagnostics = {
      Finding("c", {0, 3}, {Replace(0, 3, "The")}),
      Finding("c", {4, 5}, {Replace(4, 5, "")}),
      Finding("c", {10, 10}, {Replace(10, 10, " talks")}),
      Finding("c", {8, 9},
              {Fix{"two edits", {Edit{{5, 5}, "<"}, Edit{{9, 9}, ">"}}, true}}),
  };
  FixSet plan = PlanFixes(&diagnostics, FixMode::kSafe);
  CHECK(plan.size() == 4);
  CHECK(plan.Apply("the  high!.") == "The <high>! talks.");
}

TEST_CASE("safe mode takes the first safe fix; unsafe the first fix",
          "[fix-planner]") {
  Diagnostic d =
      Finding("c", {0, 3},
              {Replace(0, 3, "review", false), Replace(0, 3, "safe", true)});
  Diagnostic review_only = Finding("c", {4, 5}, {Replace(4, 5, "R", false)});
  std::vector<Diagnostic> safe = {d, review_only};
  CHECK(PlanFixes(&safe, FixMode::kSafe).Apply("abc d") == "safe d");
  std::vector<Diagnostic> unsafe = {d, review_only};
  CHECK(PlanFixes(&unsafe, FixMode::kUnsafe).Apply("abc d") == "review R");
}

TEST_CASE("a fix whose own edits overlap is not applied, with a note",
          "[fix-planner]") {
  std::vector<Diagnostic> diagnostics = {Finding(
      "c", {0, 4}, {Fix{"bad", {Edit{{0, 3}, "x"}, Edit{{2, 4}, "y"}}, true}})};
  CHECK(PlanFixes(&diagnostics, FixMode::kSafe).size() == 0);
  CHECK(diagnostics[0].notes ==
        std::vector<std::string>{"fix not applied: its edits overlap each "
                                 "other"});
}
