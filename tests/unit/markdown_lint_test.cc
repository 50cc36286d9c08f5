// Markdown through the Linter: findings at the file's bytes, nothing from
// code, URLs, HTML or front matter, suppression comments, fixes that never
// touch markup.
#include <catch2/catch.hpp>

#include "engine/check_selection.h"
#include "engine/fixer.h"
#include "engine/linter.h"

using mtlint::ByteRange;
using mtlint::Diagnostic;

namespace {

mtlint::Linter& TypoLinter() {
  static mtlint::Dictionaries dictionaries(
      mtlint::DefaultDictionaryOptions({}, ""));
  static mtlint::Linter linter(
      mtlint::SelectChecks({"word-repeated", "hyphen-spacing", "spacing",
                            "quote-marks", "suppression-comment"},
                           {"all"}),
      dictionaries);
  return linter;
}

// "check@text" for each finding, text being the file's bytes it covers.
std::vector<std::string> Found(const std::string& path,
                               const std::string& source) {
  std::vector<std::string> out;
  for (const Diagnostic& d : TypoLinter().Lint(path, source)) {
    out.push_back(d.check + "@" + source.substr(d.range.begin, d.range.size()));
  }
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("Markdown findings are at the file's bytes", "[markdown_lint]") {
  std::string source =
      "# Caf\xC3\xA9 owners the the heading\n"
      "\n"
      "Z\xC3\xBCrich `the the` said the the talks went on.\n"
      "\n"
      "- a list item with the the words\n"
      "\n"
      "> a quote with the the words\n"
      "\n"
      "| Cell |\n"
      "|------|\n"
      "| a cell with the the words |\n"
      "\n"
      "See [the the report](https://e.org/the the) now.\n";
  std::vector<Diagnostic> found = TypoLinter().Lint("a.md", source);
  REQUIRE(found.size() == 6);
  // Each "the the" of the prose, in order; none from the code span or
  // the link's address.
  size_t at = 0;
  for (const Diagnostic& d : found) {
    CHECK(d.check == "word-repeated");
    at = source.find("the the", at);
    if (source.compare(at - 1, 1, "`") == 0)
      at = source.find("the the", at + 1);
    CHECK(d.range == ByteRange{at, at + 7});
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].edits[0].range == ByteRange{at + 3, at + 7});
    at += 7;
  }
}

TEST_CASE("code, URLs, HTML and front matter are not linted",
          "[markdown_lint]") {
  std::string source =
      "---\n"
      "title: the the high -level \"report\"\n"
      "---\n"
      "Use `the the` and `high -level` and <https://e.org/the%20the>.\n"
      "\n"
      "```text\n"
      "the the high -level , \"quoted\"\n"
      "```\n"
      "\n"
      "<p>the the high -level</p>\n";
  CHECK(Found("a.md", source).empty());
  // As plain text all of it is prose.
  CHECK_FALSE(Found("a.txt", source).empty());
}

TEST_CASE("findings across markup are not reported", "[markdown_lint]") {
  CHECK(Found("a.md", "The **high** -level talks.\n").empty());
  CHECK(Found("a.md", "The high -level talks.\n") ==
        Strings{"hyphen-spacing@high -level"});
  // The space before "." is prose: reported and fixed byte for byte.
  std::vector<Diagnostic> found =
      TypoLinter().Lint("a.md", "See [the report](http://x.org) .\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].range == ByteRange{30, 32});
  REQUIRE(found[0].fixes.size() == 1);
}

TEST_CASE("mtlint-disable and mtlint-enable comments", "[markdown_lint]") {
  std::string source =
      "The the one.\n"
      "\n"
      "<!-- mtlint-disable word-repeated -->\n"
      "\n"
      "The the two. The high -level three.\n"
      "\n"
      "<!-- mtlint-enable word-repeated -->\n"
      "\n"
      "The the four.\n";
  CHECK(Found("a.md", source) == Strings{"word-repeated@The the",
                                         "hyphen-spacing@high -level",
                                         "word-repeated@The the"});
  // Without IDs: every check, until an enable.
  std::string all =
      "<!-- mtlint-disable -->\n"
      "The the one. The high -level two.\n"
      "<!-- mtlint-enable hyphen-spacing -->\n"
      "The the three. The high -level four.\n"
      "<!-- mtlint-enable -->\n"
      "The the five.\n";
  CHECK(Found("a.md", all) ==
        Strings{"hyphen-spacing@high -level", "word-repeated@The the"});
  // Globs, and comments inline in a paragraph.
  CHECK(Found("a.md",
              "A <!-- mtlint-disable word-* --> the the and high -level.\n") ==
        Strings{"hyphen-spacing@high -level"});
}

TEST_CASE("mtlint-disable-next-line comments", "[markdown_lint]") {
  std::string source =
      "<!-- mtlint-disable-next-line word-repeated -->\n"
      "\n"
      "The the one. The high -level two.\n"
      "The the three.\n"
      "<!-- mtlint-disable-next-line -->\n"
      "The the four. The high -level five.\n";
  CHECK(Found("a.md", source) ==
        Strings{"hyphen-spacing@high -level", "word-repeated@The the"});
}

TEST_CASE("unknown checks in suppression comments are reported",
          "[markdown_lint]") {
  std::string source =
      "<!-- mtlint-disable word-repeatd hyphen-spacing -->\n"
      "The the one. The high -level two.\n"
      "<!-- mtlint-disabel -->\n"
      "<!-- mtlint-enable nothing-like-it -->\n";
  std::vector<Diagnostic> found = TypoLinter().Lint("a.md", source);
  REQUIRE(found.size() == 4);
  CHECK(found[0].check == "suppression-comment");
  CHECK(found[0].message ==
        "unknown check 'word-repeatd'; did you mean 'word-repeated'?");
  CHECK(source.substr(found[0].range.begin, found[0].range.size()) ==
        "word-repeatd");
  // An unknown ID turns nothing off: word-repeated still runs.
  CHECK(found[1].check == "word-repeated");
  CHECK(found[2].message ==
        "unknown directive 'mtlint-disabel'; did you mean 'mtlint-disable'?");
  CHECK(found[3].message ==
        "unknown check 'nothing-like-it' (see `mtlint list-checks`)");
}

TEST_CASE("suppression comments are Markdown only", "[markdown_lint]") {
  std::string source = "<!-- mtlint-disable -->\nThe the one.\n";
  CHECK(Found("a.md", source).empty());
  CHECK(Found("a.txt", source) == Strings{"word-repeated@The the"});
}

TEST_CASE("fixing Markdown never changes code", "[markdown_lint]") {
  // The same "errors" in prose and in code: only the prose is fixed.
  const std::string code = "said `the the` and `high -level`";
  const std::string blocks =
      "\n"
      "```\n"
      "the the high -level , \"x\"\n"
      "```\n"
      "\n"
      "    the the  indented\n"
      "\n";
  std::string source = "They held the the talks on high -level ties , " + code +
                       " .\n" + blocks + "> Quoted the the words.\n";
  mtlint::FixResult result =
      mtlint::FixText(TypoLinter(), "a.md", source, mtlint::FixMode::kSafe);
  CHECK(result.text == "They held the talks on high-level ties, " + code +
                           ".\n" + blocks + "> Quoted the words.\n");
  CHECK(result.left.empty());
}
