#include "engine/check_selection.h"

#include <catch2/catch.hpp>

#include "checks/check_docs.h"
#include "checks/registry.h"

TEST_CASE("every check is enabled by default", "[selection]") {
  mtlint::CheckSelection s = mtlint::SelectChecks({}, {});
  CHECK(s.enabled.size() == mtlint::Registry().size());
}

TEST_CASE("disable applies before enable", "[selection]") {
  mtlint::CheckSelection s = mtlint::SelectChecks({"spacing"}, {"all"});
  CHECK(s.enabled == std::set<std::string, std::less<>>{"spacing"});
  s = mtlint::SelectChecks({}, {"quote-*"});
  CHECK_FALSE(s.Has("quote-marks"));
  CHECK_FALSE(s.Has("quote-unbalanced"));
  CHECK(s.Has("spacing"));
}

TEST_CASE("an unknown check gets a suggestion", "[selection]") {
  CHECK_THROWS_WITH(mtlint::SelectChecks({"hyphen-spaceing"}, {}),
                    "unknown check 'hyphen-spaceing'; did you mean "
                    "'hyphen-spacing'?");
  CHECK_THROWS_WITH(mtlint::SelectChecks({}, {"zzz"}),
                    "unknown check 'zzz' (see `mtlint list-checks`)");
}

TEST_CASE("every registered check is documented", "[selection]") {
  for (const mtlint::CheckInfo& info : mtlint::Registry()) {
    INFO(info.id);
    std::string_view doc = mtlint::CheckDocumentation(info.id);
    REQUIRE_FALSE(doc.empty());
    CHECK(doc.substr(0, info.id.size() + 2) == "# " + std::string(info.id));
  }
}
