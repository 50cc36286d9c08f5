#include "text/latin_sentence_breaker.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

std::vector<size_t> Breaks(std::string_view text) {
  static mtlint::LatinSentenceBreaker breaker;
  std::vector<size_t> out;
  REQUIRE(breaker.Breaks(text, &out));
  return out;
}

}  // namespace

TEST_CASE("the Latin sentence breaker draws ICU's boundaries",
          "[latin-sentence-breaker]") {
  using V = std::vector<size_t>;
  CHECK(Breaks("He left. She stayed.") == V{9});
  CHECK(Breaks("He left.  \"She stayed?\" No!") == V{10, 24});
  CHECK(Breaks("He left. \"Fine.\"") == V{9});  // a quote after the space
  CHECK(Breaks("It rose 3.5 percent, i.e. a lot.").empty());  // SB6, SB8
  CHECK(Breaks("Wait... what?! Yes.") == V{15});
  // ICU's abbreviations: "Mr." holds, "Dr." is not in its list, and
  // "U.S." and "Lt." give way because "U.S.A." and "Lt.Cdr." exist, as
  // do "Ph.D." (read from "D.", for "D.C.") and "a.m.".
  CHECK(Breaks("Mr. Smith left. Dr. Jones came.") == V{16, 20});
  CHECK(Breaks("The U.S. Treasury and Lt. Dan agreed.") == V{9, 26});
  CHECK(Breaks("Ask Ph.D. Smith.") == V{10});
  CHECK(Breaks("Call me at 5 a.m. Smith said.") == V{18});
}

TEST_CASE("the Latin sentence breaker leaves other text to ICU",
          "[latin-sentence-breaker]") {
  mtlint::LatinSentenceBreaker breaker;
  std::vector<size_t> out;
  for (std::string text : {"Done.\xCC\x81 Next.", "One\xE2\x80\xA8two.",
                           "Line\nbreak. Here.", "\xE4\xB8\xAD. A."}) {
    INFO(text);
    CHECK_FALSE(breaker.Breaks(text, &out));
    CHECK(out.empty());
  }
}
