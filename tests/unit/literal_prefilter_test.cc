// The boilerplate prefilter may only ever say "cannot match" where the
// regular expression does not match.
#include "text/literal_prefilter.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dict/boilerplate.h"
#include "dict/data_dir.h"
#include "text/line_pattern.h"

namespace {

using Clauses = std::vector<std::vector<std::string>>;

Clauses Sorted(Clauses c) {
  for (auto& clause : c) std::sort(clause.begin(), clause.end());
  std::sort(c.begin(), c.end());
  return c;
}

Clauses ClausesOf(std::string_view pattern) {
  return Sorted(mtlint::LiteralPrefilter(pattern).clauses());
}

std::string Join(const std::vector<std::string>& strings) {
  std::string out;
  for (const std::string& s : strings) {
    if (!out.empty()) out += '|';
    out += s;
  }
  return out;
}

// "^prefixes suffixes$ [clause] [clause]", each part only when known.
std::string Describe(std::string_view pattern) {
  mtlint::LiteralPrefilter filter(pattern);
  std::vector<std::string> parts;
  if (!filter.prefixes().empty())
    parts.push_back(std::string("^").append(Join(filter.prefixes())));
  if (!filter.suffixes().empty())
    parts.push_back(Join(filter.suffixes()) + "$");
  for (const auto& clause : ClausesOf(pattern)) {
    parts.push_back(std::string("[").append(Join(clause)).append("]"));
  }
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += ' ';
    out += p;
  }
  return out;
}

bool MayMatch(std::string_view pattern, std::string_view line) {
  mtlint::PrefilterLine folded;
  folded.Set(line);
  return mtlint::LiteralPrefilter(pattern).MayMatch(folded);
}

}  // namespace

TEST_CASE("literals, alternatives and optional parts become conditions",
          "[prefilter]") {
  CHECK(Describe("disclaimer\\s*:.*") == "^disclaimer [:]");
  CHECK(Describe(".*All Rights Reserved\\.?") ==
        "all rights reserved|all rights reserved.$");
  CHECK(Describe("(see also|related)\\s*:.*") == "^related|see also [:]");
  CHECK(Describe("(photo|image)s?\\s*(courtesy|credit)?\\s*:.*") ==
        "^image|images|photo|photos [:]");
  CHECK(Describe("machine[- ]translated") ==
        "^machine translated|machine-translated "
        "machine translated|machine-translated$");
  CHECK(Describe("(©|\\(c\\)|copyright)\\s.*") == "^(c)|copyright|\xC2\xA9");
  CHECK(Describe("[^|]{2,60}\\s*\\|\\s*(AFP|Reuters)") == "afp|reuters$ [|]");
  CHECK(Describe(".*market news\\b.*") == "[market news]");
  // One branch with nothing known: the alternation says nothing more than
  // what follows it.
  CHECK(Describe("(abc|.*)x") == "x$");
  CHECK(Describe("(abc|\\w+)").empty());
  CHECK(Describe("(abc\\s*x|def)y") == "^abc|def y$");
  // Repeats: at least once keeps the condition, possibly never drops it.
  CHECK(Describe("(abc)+") == "^abc abc$");
  CHECK(Describe("(abc)*").empty());
  CHECK(Describe("(abc){2,}") == "^abc abc$");
  CHECK(Describe("(abc){0,3}").empty());
  CHECK(Describe("a?b?").empty());
}

TEST_CASE("syntax the analysis does not know gives no clauses", "[prefilter]") {
  for (const char* pattern :
       {"(?i)abc", "(?=abc)abc", "abc\\p{L}", "\\x{41}bc", "[[:alpha:]]abc",
        "[a&&b]abc", "abc(", "abc)", "\\Qabc\\E", "(abc)\\1", "a{x}bc"}) {
    INFO(pattern);
    CHECK(Describe(pattern).empty());
    CHECK(MayMatch(pattern, "nothing alike"));
  }
}

TEST_CASE("a line is judged case-insensitively, or not at all", "[prefilter]") {
  CHECK(MayMatch("see also:.*", "SEE ALSO: more"));
  CHECK_FALSE(MayMatch("see also:.*", "Seen also: more"));
  CHECK_FALSE(MayMatch(".*all rights reserved", "All rights reserved here"));
  CHECK(MayMatch("(©|copyright)\\s.*", "\xC2\xA9 2025 Example"));
  // "ſ" (long s) and U+212A KELVIN SIGN fold to ASCII letters: such a
  // line may match where no lowercased literal occurs.
  CHECK(MayMatch("see also:.*",
                 "\xC5\xBF"
                 "ee also: more"));
  CHECK(MayMatch("ok", "o\xE2\x84\xAA"));
  // Other non-ASCII text is judged.
  CHECK_FALSE(MayMatch("see also:.*", "“Quoted” text"));
}

TEST_CASE("the prefilter never rejects a line its pattern matches",
          "[prefilter]") {
  std::vector<std::string> lines = {
      "Mauro Pimentel | AFP | Getty Images",
      "Anna Keller | Reuters",
      "Photo: Reuters",
      "Pictures courtesy: the ministry",
      "See Also: Markets rally as talks resume",
      "READ NEXT: the budget",
      "Disclaimer: this is not advice",
      "Market news and data brought to you by Benzinga APIs",
      "© 2025 Example Media. All rights reserved.",
      "(c) Example Media",
      "Copyright 2024 Example",
      "All Rights Reserved",
      "Click here to subscribe to our newsletter",
      "Sign up for our daily newsletter",
      "This article was machine-translated.",
      "This story has been translated by Google.",
      "Machine translated by DeepL",
      "Translated by Google Translate",
      "Follow us on Twitter",
      "Share this Facebook",
      "\xC5\xBF"
      "ee also: more",
      "The minister said that talks would resume.",
  };
  // Every input line of the boilerplate fixtures too.
  std::filesystem::path fixtures = std::filesystem::path(MTLINT_SOURCE_DIR) /
                                   "fixtures/checks/boilerplate-line";
  for (const auto& entry : std::filesystem::directory_iterator(fixtures)) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  std::vector<mtlint::BoilerplateRule> rules =
      mtlint::ReadBoilerplateRules({mtlint::ShippedDictionaryDir()});
  REQUIRE(!rules.empty());
  size_t matched = 0;
  for (const mtlint::BoilerplateRule& rule : rules) {
    INFO(rule.pattern);
    mtlint::LinePattern pattern(rule.pattern);
    CHECK(!Describe(rule.pattern).empty());
    for (const std::string& line : lines) {
      INFO(line);
      mtlint::PrefilterLine folded;
      folded.Set(line);
      if (pattern.Matches(line)) {
        ++matched;
        CHECK(pattern.MayMatch(folded));
      }
    }
  }
  CHECK(matched >= 20);
}

TEST_CASE("a prefilter tells the first bytes a match may start with",
          "[prefilter]") {
  mtlint::LiteralPrefilter see_also("(see also|related)\\s*:.*");
  CHECK(see_also.MayStartWith('s'));
  CHECK(see_also.MayStartWith('r'));
  CHECK_FALSE(see_also.MayStartWith('S'));  // the line's byte is lowered
  CHECK_FALSE(see_also.MayStartWith('x'));
  // No known prefix: any first byte.
  mtlint::LiteralPrefilter anywhere(".*market news\\b.*");
  for (unsigned c = 0; c < 256; ++c) {
    CHECK(anywhere.MayStartWith(static_cast<unsigned char>(c)));
  }
}
