#include "case_file.h"

#include <catch2/catch.hpp>

TEST_CASE("case files parse into input, diagnostics and fixed text",
          "[fixtures]") {
  auto cases = mtlint::ParseCaseFile(
      "# comment\n"
      "=== one\n--- input\nA  b.\n\n--- diagnostics\n"
      "1:2: warning: 2 spaces in a row [spacing]\n--- fixed\nA b.\n\n"
      "=== two\n--- input\nclean\n--- diagnostics\n");
  REQUIRE(cases.size() == 2);
  CHECK(cases[0].title == "one");
  CHECK(cases[0].input == "A  b.\n");
  CHECK(cases[0].diagnostics ==
        std::vector<std::string>{"1:2: warning: 2 spaces in a row [spacing]"});
  CHECK(cases[0].has_fixed);
  CHECK(cases[0].fixed == "A b.\n");
  CHECK(cases[1].line == 11);
  CHECK(cases[1].diagnostics.empty());
  CHECK_FALSE(cases[1].has_fixed);
}

TEST_CASE("escapes spell invisible characters and raw bytes", "[fixtures]") {
  CHECK(mtlint::Unescape("a\\u{200B}b") ==
        "a\xE2\x80\x8B"
        "b");
  CHECK(mtlint::Unescape("\\x{FF}") == "\xFF");
  CHECK(mtlint::Unescape("no \\escape") == "no \\escape");
}

TEST_CASE("text outside a section is an error", "[fixtures]") {
  CHECK_THROWS(mtlint::ParseCaseFile("stray\n"));
}

TEST_CASE("reference and source sections hold companion texts", "[fixtures]") {
  auto cases = mtlint::ParseCaseFile(
      "=== one\n--- input\nA b.\n--- reference\nR1.\n--- reference\nR2.\n"
      "--- source\nS.\n--- diagnostics\n");
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].references == std::vector<std::string>{"R1.\n", "R2.\n"});
  CHECK(cases[0].has_source);
  CHECK(cases[0].source == "S.\n");
}
