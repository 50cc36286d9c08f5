#include "core/string_numbers.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using mtlint::StringNumbers;

TEST_CASE("strings are numbered in the order they first come",
          "[string_numbers]") {
  StringNumbers numbers;
  std::string text = "the war the trade war";
  CHECK(numbers.Number(std::string_view(text).substr(0, 3)) ==
        std::pair<uint32_t, bool>{0, true});
  CHECK(numbers.Number(std::string_view(text).substr(4, 3)) ==
        std::pair<uint32_t, bool>{1, true});
  // Another view of the same bytes is the same string.
  CHECK(numbers.Number(std::string_view(text).substr(8, 3)) ==
        std::pair<uint32_t, bool>{0, false});
  CHECK(numbers.Number("trade") == std::pair<uint32_t, bool>{2, true});
  CHECK(numbers.Number(std::string_view(text).substr(18, 3)) ==
        std::pair<uint32_t, bool>{1, false});
  CHECK(numbers.Number("") == std::pair<uint32_t, bool>{3, true});
  CHECK(numbers.size() == 4);
}

TEST_CASE("numbers survive the table's growth", "[string_numbers]") {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i));
  StringNumbers numbers;
  for (size_t i = 0; i < words.size(); ++i) {
    REQUIRE(numbers.Number(words[i]) ==
            std::pair<uint32_t, bool>{static_cast<uint32_t>(i), true});
  }
  for (size_t i = 0; i < words.size(); ++i) {
    REQUIRE(numbers.Number(words[i]) ==
            std::pair<uint32_t, bool>{static_cast<uint32_t>(i), false});
  }
  CHECK(numbers.size() == 5000);
}
