#include "engine/fixer.h"

#include <catch2/catch.hpp>

#include "core/edits.h"
#include "engine/check_selection.h"
#include "text/utf8.h"

using mtlint::FixMode;
using mtlint::FixResult;
using mtlint::FixText;

namespace {

// One linter for the file: building the dictionaries takes a while.
mtlint::Linter& DefaultLinter() {
  static mtlint::Dictionaries dictionaries(
      mtlint::DefaultDictionaryOptions({}, ""));
  static mtlint::Linter linter(mtlint::CheckSelection::Default(), dictionaries);
  return linter;
}

}  // namespace

TEST_CASE("fixing runs again until nothing is left", "[fixer]") {
  std::string text = "They said the the the talks  would resume.\n";
  FixResult result = FixText(DefaultLinter(), "a.txt", text, FixMode::kSafe);
  // The second "the the" overlaps the first, so it waits for a second pass.
  CHECK(result.text == "They said the talks would resume.\n");
  CHECK(result.fixed == 3);
  CHECK(result.left.empty());
  CHECK(mtlint::ApplyEdits(text, result.edits) == result.text);
  FixResult again =
      FixText(DefaultLinter(), "a.txt", result.text, FixMode::kSafe);
  CHECK(again.fixed == 0);
  CHECK(again.text == result.text);
  CHECK(again.edits.empty());
}

TEST_CASE("fixing keeps the byte order mark and CRLF", "[fixer]") {
  FixResult result =
      FixText(DefaultLinter(), "a.txt",
              "\xEF\xBB\xBFThe high -level talks resumed.\r\nThey ended.\r\n",
              FixMode::kSafe);
  CHECK(result.text ==
        "\xEF\xBB\xBFThe high-level talks resumed.\r\nThey ended.\r\n");
  CHECK(result.fixed == 1);
}

TEST_CASE("no fix joins invalid bytes into a character", "[fixer]") {
  // Found by the lint_fix fuzzer: removing the zero-width space between
  // the lone bytes 0xC3 and 0xA9 made them "é", and a lone 0xC2 and 0x9F
  // a C1 control that char-invisible then removed too.
  std::string text =
      "The talks \xC3\u200B\xA9 resumed \xC2\u200B\x9F today.\n"
      "A \xF0\x9F\u200B\x98\x80 and \xE2\u200B\u200B\x80\x9C.\n";
  size_t invalid = 0;
  for (const mtlint::ByteRange& r : mtlint::FindInvalidUtf8(text)) {
    invalid += r.size();
  }
  REQUIRE(invalid == 11);
  FixResult result = FixText(DefaultLinter(), "a.txt", text, FixMode::kUnsafe);
  CHECK(result.text == text);
  size_t left = 0;
  for (const mtlint::Diagnostic& d : result.left) {
    if (d.check != "char-invisible") continue;
    CHECK(d.fixes.empty());
    CHECK(d.notes.back() ==
          "no fix: deleting these bytes would join the invalid UTF-8 next to "
          "them into a character");
    ++left;
  }
  CHECK(left == 5);
  // A zero-width space next to an invalid byte but not between two that
  // would join is not removed either: the rule is simple, and safe.
  FixResult one = FixText(DefaultLinter(), "b.txt",
                          "The \xE9\u200B talks resumed.\n", FixMode::kUnsafe);
  CHECK(one.text == "The \xE9\u200B talks resumed.\n");
}

TEST_CASE("a fix over invalid bytes is withheld", "[fixer]") {
  // Found by the normalize fuzzer: boilerplate-line's fix removes its whole
  // line, invalid bytes and all (normalize --strip-boilerplate applies it).
  static mtlint::Dictionaries dictionaries(
      mtlint::DefaultDictionaryOptions({}, ""));
  mtlint::Linter linter(mtlint::SelectChecks({"boilerplate-line"}, {"all"}),
                        dictionaries);
  std::string text =
      "Click here to subscribe to our daily b\x8E\x96\x9A\x98ing\n"
      "Click here to subscribe to our daily briefing\n"
      "The talks resumed.\n";
  FixResult result = FixText(linter, "a.txt", text, FixMode::kUnsafe);
  CHECK(result.text ==
        "Click here to subscribe to our daily b\x8E\x96\x9A\x98ing\n"
        "The talks resumed.\n");
  REQUIRE(result.left.size() == 1);
  CHECK(result.left[0].fixes.empty());
  CHECK(result.left[0].notes ==
        std::vector<std::string>{
            "no fix: it would change bytes that are not UTF-8"});
}

TEST_CASE("no fix touches an invalid byte", "[fixer]") {
  // Fixable spacing, hyphens, quotes and repeats right next to invalid
  // bytes; even the fixes that need review are applied.
  std::string text =
      "Caf\xE9  au lait\xFF , the the\xC3 talks. The high\xFF -level "
      "\xE2\x80 \xE2\x80\x9C quoted \xE2\x80\x9D \xF0\x9F talks\xE9 .\r\n"
      "\xC0\xAF\xED\xA0\x80 the  the \xFE\n";
  FixResult result = FixText(DefaultLinter(), "a.txt", text, FixMode::kUnsafe);
  CHECK(result.fixed > 0);
  CHECK(mtlint::ApplyEdits(text, result.edits) == result.text);
  std::vector<mtlint::ByteRange> invalid = mtlint::FindInvalidUtf8(text);
  REQUIRE(invalid.size() >= 6);
  for (const mtlint::Edit& e : result.edits) {
    for (const mtlint::ByteRange& bad : invalid) {
      INFO("edit [" << e.range.begin << ", " << e.range.end << ") '"
                    << e.replacement << "', invalid [" << bad.begin << ", "
                    << bad.end << ")");
      CHECK_FALSE(e.range.Overlaps(bad));
      CHECK_FALSE((bad.begin < e.range.begin && e.range.begin < bad.end));
    }
  }
}
