#include "text/byte_set.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

using mtlint::ByteSet;

TEST_CASE("a byte set finds the first of its bytes in a range", "[byte_set]") {
  constexpr ByteSet marks("\"(\xE2");
  std::string text = "said \xE2\x80\x9Cyes\xE2\x80\x9D (twice) \"no\"";
  CHECK(marks.Find(text, 0, text.size()) == 5);
  CHECK(marks.Find(text, 6, text.size()) == 11);
  CHECK(marks.Find(text, 12, text.size()) == 15);
  CHECK(marks.Find(text, 16, text.size()) == 23);
  CHECK(marks.Find(text, 24, text.size()) == 26);
  // The end bounds the search even where a byte of the set lies past it.
  CHECK(marks.Find(text, 0, 4) == 4);
  CHECK(marks.Find(text, text.size(), text.size()) == text.size());
  CHECK(marks.Has('('));
  CHECK_FALSE(marks.Has(')'));
  CHECK_FALSE(marks.Has('\x80'));
}

TEST_CASE("a byte set takes ranges of bytes", "[byte_set]") {
  constexpr ByteSet set = ByteSet("\\").With(0x00, 0x1F).With(0xF0, 0xFF);
  for (int c = 0; c < 0x100; ++c) {
    INFO(c);
    CHECK(set.Has(static_cast<char>(c)) ==
          (c < 0x20 || c == '\\' || c >= 0xF0));
  }
}

TEST_CASE("a byte set finds a byte at every place of a block", "[byte_set]") {
  // Find tests four bytes at a time, then one: a stop at each place of a
  // block and of the tail, and an end just before it.
  constexpr ByteSet set(",");
  for (size_t at = 0; at < 13; ++at) {
    std::string text(13, 'a');
    text[at] = ',';
    for (size_t from = 0; from <= at; ++from) {
      CHECK(set.Find(text, from, text.size()) == at);
      CHECK(set.Find(text, from, at) == at);
    }
    CHECK(set.Find(text, at + 1, text.size()) == text.size());
  }
}

TEST_CASE("a byte set's block search finds what a byte scan finds",
          "[byte_set]") {
  // The sets of the checks, read sixteen bytes at a time where the
  // machine can, against a plain scan, over random text with every kind
  // of byte at every place of a block.
  const ByteSet sets[] = {ByteSet("\t,;:.!?()[]"),
                          ByteSet("\"()[]\xC2\xE2"),
                          ByteSet("\"\\").With(0x00, 0x1F).With(0x80, 0xFF),
                          ByteSet(".!?").With(0x80, 0xFF),
                          ByteSet("-"),
                          ByteSet("abcdefghijklmnopqrstuvwxyz")};
  std::mt19937 random(11);
  std::uniform_int_distribution<int> byte(0, 255), letter('a', 'z'),
      odds(0, 40);
  for (const ByteSet& set : sets) {
    for (int round = 0; round < 300; ++round) {
      std::string text(70, ' ');
      for (char& c : text) {
        c = odds(random) == 0 ? static_cast<char>(byte(random))
                              : static_cast<char>(letter(random));
      }
      for (size_t from = 0; from < text.size(); from += 7) {
        size_t expected = from;
        while (expected < text.size() && !set.Has(text[expected])) ++expected;
        REQUIRE(set.Find(text, from, text.size()) == expected);
      }
    }
  }
}
