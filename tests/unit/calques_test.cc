// Every row of every calque list is a test case: the phrase inside a
// sentence gives exactly one diagnostic whose fix writes the replacement,
// and each of its guards stays clean.
#include <catch2/catch.hpp>
#include <filesystem>

#include "engine/check_selection.h"
#include "engine/linter.h"

namespace {

const std::string kBefore = "Officials said the ";
const std::string kAfter = " was discussed on Monday.\n";

}  // namespace

TEST_CASE("every calque row flags its phrase and keeps its guards clean",
          "[calques]") {
  mtlint::Dictionaries dictionaries(mtlint::DefaultDictionaryOptions({}, ""));
  mtlint::Linter linter(mtlint::SelectChecks({"calque-phrase"}, {"all"}),
                        dictionaries);
  const mtlint::CalqueIndex& calques = dictionaries.calques();
  for (const mtlint::CalquePattern& p : calques.patterns()) {
    INFO("phrase: " << p.phrase);
    std::string text = kBefore + p.phrase + kAfter;
    std::vector<mtlint::Diagnostic> found = linter.Lint("row", text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].range.begin == kBefore.size());
    CHECK(found[0].range.end == kBefore.size() + p.phrase.size());
    REQUIRE(found[0].fixes.size() == 1);
    CHECK(found[0].fixes[0].edits[0].replacement == p.replacement);
    CHECK(found[0].fixes[0].safe == p.safe);
    for (const std::string& guard : p.guards) {
      INFO("guard: " << guard);
      std::string guarded = kBefore + guard + kAfter;
      size_t at = kBefore.size() + guard.find(p.phrase);
      for (const mtlint::Diagnostic& d : linter.Lint("guard", guarded)) {
        CHECK_FALSE((d.range.begin <= at && at < d.range.end));
      }
    }
  }
}
