#include "text/latin_word_breaker.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "describe_tokens.h"

using mtlint::Token;
using mtlint::TokenKind;

TEST_CASE("the Latin word breaker draws ICU's tokens and kinds",
          "[latin-word-breaker]") {
  std::string text =
      "U.S. don\xE2\x80\x99t 3.5 1,000;2 a1 1a __ _ a@b.com x:y "
      "\xC3\xA9t\xC3\xA9 "
      "\xE2\x80\x9CHi\xE2\x80\x9D\xE2\x80\x94so...";
  std::vector<Token> tokens;
  REQUIRE(mtlint::BreakLatinWords(text, {0, text.size()}, &tokens));
  CHECK(DescribeTokens(text, tokens) ==
        "[U.S]w[.]p[don\xE2\x80\x99t]w[3.5]n[1,000;2]n[a1]n[1a]w[__]w[_]p"
        "[a@b.com]w[x]w[:]p[y]w[\xC3\xA9t\xC3\xA9]w[\xE2\x80\x9C]p[Hi]w"
        "[\xE2\x80\x9D]p[\xE2\x80\x94]p[so]w[.]p[.]p[.]p");
}

TEST_CASE("the Latin word breaker leaves other text to ICU",
          "[latin-word-breaker]") {
  std::vector<Token> tokens;
  for (std::string text : {"inter\xC2\xADnational",     // soft hyphen: Format
                           "cafe\xCC\x81",              // combining accent
                           "\xE4\xB8\xAD\xE5\x9B\xBD",  // Han
                           "bad \xFF byte", "cut \xC3"}) {
    INFO(text);
    CHECK_FALSE(mtlint::BreakLatinWords(text, {0, text.size()}, &tokens));
    CHECK(tokens.empty());
  }
  // A range ends inside a character: not the breaker's to cut.
  std::string text = "\xC3\xA9t\xC3\xA9";
  CHECK_FALSE(mtlint::BreakLatinWords(text, {0, 1}, &tokens));
}
