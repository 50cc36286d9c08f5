#include "text/plural.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using mtlint::AnySingular;
using mtlint::IsPluralOf;

namespace {

std::vector<std::string> Singulars(std::string_view word) {
  std::vector<std::string> forms;
  AnySingular(word, [&](std::string_view s) {
    forms.emplace_back(s);
    return false;
  });
  return forms;
}

}  // namespace

TEST_CASE("a word is read as itself and the singulars it may be", "[plural]") {
  CHECK(Singulars("war") == std::vector<std::string>{"war"});
  CHECK(Singulars("wars") == std::vector<std::string>{"wars", "war"});
  CHECK(Singulars("taxes") == std::vector<std::string>{"taxes", "taxe", "tax"});
  CHECK(Singulars("policies") ==
        std::vector<std::string>{"policies", "policie", "polici", "policy"});
  // Three letters are no "-ies" plural.
  CHECK(Singulars("ies") == std::vector<std::string>{"ies", "ie", "i"});
  // The search stops at the first form the caller accepts.
  size_t asked = 0;
  CHECK(AnySingular("taxes", [&](std::string_view s) {
    ++asked;
    return s == "taxe";
  }));
  CHECK(asked == 2);
}

TEST_CASE("regular plurals of a phrase's last word", "[plural]") {
  CHECK(IsPluralOf("wars", "war"));
  CHECK(IsPluralOf("taxes", "tax"));
  CHECK(IsPluralOf("policies", "policy"));
  CHECK_FALSE(IsPluralOf("war", "war"));
  CHECK_FALSE(IsPluralOf("wars", "wa"));
  CHECK_FALSE(IsPluralOf("policys", "policies"));
  CHECK_FALSE(IsPluralOf("ies", "y"));
  CHECK_FALSE(IsPluralOf("warring", "war"));
}
