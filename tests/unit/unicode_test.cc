// The ASCII answers of text/unicode.h and text/utf8.h are ICU's.
#include "text/unicode.h"

#include <unicode/uchar.h>

#include <catch2/catch.hpp>

#include "text/utf8.h"

TEST_CASE("ASCII character properties are ICU's", "[unicode]") {
  for (char32_t c = 0; c < 0x80; ++c) {
    INFO("U+" << static_cast<int>(c));
    auto u = static_cast<UChar32>(c);
    CHECK(mtlint::IsLetter(c) == static_cast<bool>(u_isalpha(u)));
    CHECK(mtlint::IsUpper(c) == static_cast<bool>(u_isUUppercase(u)));
    CHECK(mtlint::IsLower(c) == static_cast<bool>(u_isULowercase(u)));
    CHECK(mtlint::IsDigit(c) == static_cast<bool>(u_isdigit(u)));
    CHECK(mtlint::IsWhiteSpace(c) == static_cast<bool>(u_isUWhiteSpace(u)));
  }
  // Beyond ASCII, and the invalid marker, ICU answers.
  CHECK(mtlint::IsLetter(U'\u00E9'));
  CHECK(mtlint::IsUpper(U'\u00C9'));
  CHECK(mtlint::IsWhiteSpace(U'\u00A0'));
  CHECK_FALSE(mtlint::IsLetter(mtlint::kInvalidCodePoint));
  CHECK_FALSE(mtlint::IsWhiteSpace(mtlint::kInvalidCodePoint));
}

TEST_CASE("decoding ASCII takes the short path with the same answers",
          "[unicode]") {
  std::string text = "a\xC3\xA9z\x80";
  CHECK(mtlint::DecodeUtf8(text, 0).code_point == U'a');
  CHECK(mtlint::DecodeUtf8(text, 1).code_point == U'\u00E9');
  CHECK(mtlint::DecodeUtf8(text, 1).length == 2);
  CHECK(mtlint::DecodeUtf8(text, 3).code_point == U'z');
  CHECK(mtlint::DecodeUtf8(text, 4).code_point == mtlint::kInvalidCodePoint);
  CHECK(mtlint::DecodeUtf8Before(text, 1).code_point == U'a');
  CHECK(mtlint::DecodeUtf8Before(text, 3).code_point == U'\u00E9');
  CHECK(mtlint::DecodeUtf8Before(text, 4).code_point == U'z');
  CHECK(mtlint::DecodeUtf8Before(text, 5).code_point ==
        mtlint::kInvalidCodePoint);
}

TEST_CASE("ASCII lowering leaves every other byte as it is", "[unicode]") {
  CHECK(mtlint::AsciiLower('Q') == 'q');
  CHECK(mtlint::AsciiLower('@') == '@');
  CHECK(mtlint::AsciiLower('\xC3') == '\xC3');
  // Only ASCII letters: "É" (C3 89) stays as it is.
  CHECK(mtlint::AsciiLowered("Hong KONG \xC3\x89LYS\xC3\x89"
                             "E") ==
        "hong kong \xC3\x89lys\xC3\x89"
        "e");
}
