#include "format/unified_diff.h"

#include <catch2/catch.hpp>

using mtlint::Edit;
using mtlint::UnifiedDiff;

namespace {

std::string Numbered(int n) {
  std::string text;
  for (int i = 1; i <= n; ++i) text += "line " + std::to_string(i) + "\n";
  return text;
}

// The edit that replaces the first `from` in `text` with `to`.
Edit Replace(const std::string& text, const std::string& from, std::string to) {
  size_t at = text.find(from);
  return Edit{{at, at + from.size()}, std::move(to)};
}

}  // namespace

TEST_CASE("diff: changes near each other share a hunk", "[unified-diff]") {
  std::string text = Numbered(12);
  CHECK(UnifiedDiff("a.txt", text,
                    {Replace(text, "line 2\n", "line two\n"),
                     Replace(text, "line 9\n", "line nine\n")}) ==
        "--- a/a.txt\n+++ b/a.txt\n"
        "@@ -1,12 +1,12 @@\n"
        " line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
        " line 6\n line 7\n line 8\n-line 9\n+line nine\n line 10\n"
        " line 11\n line 12\n");
}

TEST_CASE("diff: distant changes get their own hunks", "[unified-diff]") {
  std::string text = Numbered(20);
  CHECK(UnifiedDiff("d/a.txt", text,
                    {Replace(text, "line 2\n", ""),
                     Replace(text, "line 10\n", "line 10\nextra\n")}) ==
        "--- a/d/a.txt\n+++ b/d/a.txt\n"
        "@@ -1,5 +1,4 @@\n"
        " line 1\n-line 2\n line 3\n line 4\n line 5\n"
        "@@ -7,7 +6,8 @@\n"
        " line 7\n line 8\n line 9\n-line 10\n+line 10\n+extra\n"
        " line 11\n line 12\n line 13\n");
}

TEST_CASE("diff: edits on adjacent lines form one block", "[unified-diff]") {
  std::string text = "a b\nc d\n";
  CHECK(UnifiedDiff("f", text, {Edit{{1, 2}, ""}, Edit{{5, 6}, ""}}) ==
        "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-a b\n-c d\n+ab\n+cd\n");
}

TEST_CASE("diff: a missing final newline is marked", "[unified-diff]") {
  CHECK(UnifiedDiff("f", "a\nb", {Edit{{2, 3}, "c"}}) ==
        "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n"
        "\\ No newline at end of file\n+c\n"
        "\\ No newline at end of file\n");
  CHECK(UnifiedDiff("f", "a\n", {Edit{{2, 2}, "b"}}) ==
        "--- a/f\n+++ b/f\n@@ -1 +1,2 @@\n a\n+b\n"
        "\\ No newline at end of file\n");
}

TEST_CASE("diff: CRLF and invalid bytes pass through", "[unified-diff]") {
  std::string text = "\xEF\xBB\xBFx\r\nhigh -level \xFF\r\n";
  CHECK(UnifiedDiff("f", text, {Replace(text, " -", "-")}) ==
        "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n \xEF\xBB\xBFx\r\n"
        "-high -level \xFF\r\n+high-level \xFF\r\n");
}

TEST_CASE("diff: empty sides name the line before", "[unified-diff]") {
  CHECK(UnifiedDiff("f", "", {Edit{{0, 0}, "x\n"}}) ==
        "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n");
  CHECK(UnifiedDiff("f", "x\n", {Edit{{0, 2}, ""}}) ==
        "--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-x\n");
}

TEST_CASE("diff: nothing for edits that change nothing", "[unified-diff]") {
  CHECK(UnifiedDiff("f", "abc\n", {}).empty());
  CHECK(UnifiedDiff("f", "abc\n", {Edit{{1, 2}, "b"}}).empty());
}
