#include "text/utf8.h"

#include <catch2/catch.hpp>

using mtlint::ByteRange;

TEST_CASE("valid UTF-8 has no invalid ranges", "[utf8]") {
  CHECK(mtlint::FindInvalidUtf8("plain ASCII").empty());
  CHECK(mtlint::FindInvalidUtf8("caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80")
            .empty());
}

TEST_CASE("invalid bytes are found at their offsets", "[utf8]") {
  // Lone continuation, overlong "/", surrogate, truncated sequence at end.
  std::string text =
      "a\x80"
      "b\xC0\xAF"
      "c\xED\xA0\x80"
      "d\xE2\x82";
  std::vector<ByteRange> invalid = mtlint::FindInvalidUtf8(text);
  REQUIRE(invalid.size() == 4);
  CHECK(invalid[0] == ByteRange{1, 2});
  CHECK(invalid[1] == ByteRange{3, 5});
  CHECK(invalid[2] == ByteRange{6, 9});
  CHECK(invalid[3] == ByteRange{10, 12});
}

TEST_CASE("code points above U+10FFFF are invalid", "[utf8]") {
  CHECK(mtlint::FindInvalidUtf8("\xF4\x90\x80\x80").size() == 1);
  CHECK(mtlint::FindInvalidUtf8("\xF5\x80\x80\x80").size() == 1);
}

TEST_CASE("decoding forwards and backwards", "[utf8]") {
  std::string text = "x\xE2\x80\x9Cy";  // x“y
  auto d = mtlint::DecodeUtf8(text, 1);
  CHECK(d.code_point == U'\u201C');
  CHECK(d.length == 3);
  auto b = mtlint::DecodeUtf8Before(text, 4);
  CHECK(b.code_point == U'\u201C');
  CHECK(b.length == 3);
  CHECK(mtlint::DecodeUtf8("\xFF", 0).code_point == mtlint::kInvalidCodePoint);
  CHECK(mtlint::DecodeUtf8Before("a\x80", 2).length == 1);
}

TEST_CASE("code points are counted with invalid bytes as one each", "[utf8]") {
  CHECK(mtlint::CountCodePoints("caf\xC3\xA9") == 4);
  CHECK(mtlint::CountCodePoints("\xF0\x9F\x98\x80!") == 2);
  CHECK(mtlint::CountCodePoints("\xFF\xFE") == 2);
}

TEST_CASE("encoding round-trips", "[utf8]") {
  for (char32_t cp : {U'a', U'\u00E9', U'\u4E2D', U'\U0001F600'}) {
    std::string s = mtlint::EncodeUtf8(cp);
    CHECK(mtlint::DecodeUtf8(s, 0).code_point == cp);
    CHECK(mtlint::DecodeUtf8(s, 0).length == s.size());
  }
}

TEST_CASE("invalid bytes are found after long ASCII stretches", "[utf8]") {
  std::string ascii(21, 'a');
  std::string text = ascii + "\x80" + ascii + "\xC3\xA9" + ascii + "\xE2\x82";
  std::vector<ByteRange> invalid = mtlint::FindInvalidUtf8(text);
  REQUIRE(invalid.size() == 2);
  CHECK(invalid[0] == ByteRange{21, 22});
  CHECK(invalid[1] == ByteRange{text.size() - 2, text.size()});
}

TEST_CASE("ASCII is skipped up to the first byte that is not", "[utf8]") {
  // Every stop byte at every place of an eight-byte block and past it, so
  // that both the block test and the byte-by-byte tail are exercised.
  for (size_t at = 0; at < 20; ++at) {
    for (char stop : {'\x80', '\xE2', '\xFF'}) {
      std::string text(20, 'x');
      text[at] = stop;
      CHECK(mtlint::SkipAscii(text, 0) == at);
      CHECK(mtlint::SkipPrintableAscii(text, 0) == at);
    }
    for (char stop : {'\n', '\t', '\x00', '\x1F', '\x7F'}) {
      std::string text(20, '~');
      text[at] = stop;
      CHECK(mtlint::SkipAscii(text, 0) == 20);
      CHECK(mtlint::SkipPrintableAscii(text, 0) == at);
    }
  }
  std::string printable = " !09AZaz~ the end.";
  CHECK(mtlint::SkipPrintableAscii(printable, 0) == printable.size());
  CHECK(mtlint::SkipAscii(printable, 3) == printable.size());
  CHECK(mtlint::SkipAscii("", 0) == 0);
  CHECK(mtlint::SkipAscii("ab\xC3\xA9", 3) == 3);
}

TEST_CASE("a double space is found wherever it stands", "[utf8]") {
  // Two spaces at every place of the sixteen-byte blocks, the overlapping
  // eight-byte loads and the tail, among single spaces and tabs that do not
  // count.
  auto first_pair = [](const std::string& text, size_t from, size_t end) {
    for (size_t k = from; k + 1 < end; ++k) {
      if (text[k] == ' ' && text[k + 1] == ' ') return k;
    }
    return end;
  };
  for (size_t at = 0; at + 1 < 40; ++at) {
    std::string text = "ab c\td \te\t\tfg h ij kl mn\top q rs t uv";
    text.resize(40, 'z');
    text[at] = ' ';
    text[at + 1] = ' ';
    size_t expected = first_pair(text, 0, text.size());
    CHECK(expected <= at);
    CHECK(mtlint::FindDoubleSpace(text, 0, text.size()) == expected);
    CHECK(mtlint::FindDoubleSpace(text, at + 1, text.size()) ==
          first_pair(text, at + 1, text.size()));
    CHECK(mtlint::FindDoubleSpace(text, 0, at + 1) ==
          first_pair(text, 0, at + 1));
  }
  CHECK(mtlint::FindDoubleSpace("one two\tthree \tfour", 0, 19) == 19);
  CHECK(mtlint::FindDoubleSpace("", 0, 0) == 0);
}
