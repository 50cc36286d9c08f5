#include "core/line_index.h"

#include <catch2/catch.hpp>
#include <random>

using mtlint::LineColumn;
using mtlint::LineIndex;

TEST_CASE("columns count code points, not bytes", "[line-index]") {
  std::string text = "caf\xC3\xA9 au lait\n\xE4\xB8\xAD\xE6\x96\x87 text\n";
  LineIndex lines(text);
  LineColumn a = lines.Locate(text.find("au"));
  CHECK(a.line == 1);
  CHECK(a.column == 6);
  LineColumn b = lines.Locate(text.find("text"));
  CHECK(b.line == 2);
  CHECK(b.column == 4);
}

TEST_CASE("line ranges exclude CRLF terminators", "[line-index]") {
  std::string text = "one\r\ntwo\r\nthree";
  LineIndex lines(text);
  REQUIRE(lines.line_count() == 3);
  CHECK(lines.LineRange(1) == mtlint::ByteRange{0, 3});
  CHECK(lines.LineRange(2) == mtlint::ByteRange{5, 8});
  CHECK(lines.LineRange(3) == mtlint::ByteRange{10, 15});
  CHECK(lines.Locate(5).line == 2);
  CHECK(lines.Locate(5).column == 1);
}

TEST_CASE("the cursor agrees with direct lookup", "[line-index]") {
  std::string text;
  std::mt19937 random(7);
  const char* pieces[] = {
      "a", " ", "\n", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xFF"};
  for (int i = 0; i < 2000; ++i) text += pieces[random() % 7];
  LineIndex lines(text);
  mtlint::PositionCursor cursor(text, lines);
  // Offsets at code point starts, increasing, as diagnostics are sorted.
  for (size_t offset = 0; offset < text.size(); offset += 1 + random() % 13) {
    while (offset < text.size() &&
           (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
      ++offset;
    }
    LineColumn expected = lines.Locate(offset);
    LineColumn actual = cursor.Locate(offset);
    REQUIRE(actual.line == expected.line);
    REQUIRE(actual.column == expected.column);
  }
}
