#include "core/flat_string_table.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using mtlint::FlatStringTable;
using mtlint::StringMap;
using mtlint::StringSet;

TEST_CASE("a table of views numbers strings in the order they come",
          "[flat_string_table]") {
  FlatStringTable<std::string_view> types;
  std::string text = "the war the trade war";
  auto number = [&](std::string_view s) {
    auto [it, fresh] = types.insert(s);
    return std::pair<long, bool>{it - types.begin(), fresh};
  };
  CHECK(number(std::string_view(text).substr(0, 3)) ==
        std::pair<long, bool>{0, true});
  CHECK(number(std::string_view(text).substr(4, 3)) ==
        std::pair<long, bool>{1, true});
  // Another view of the same bytes is the same string.
  CHECK(number(std::string_view(text).substr(8, 3)) ==
        std::pair<long, bool>{0, false});
  CHECK(number("trade") == std::pair<long, bool>{2, true});
  CHECK(number(std::string_view(text).substr(18, 3)) ==
        std::pair<long, bool>{1, false});
  CHECK(number("") == std::pair<long, bool>{3, true});
  CHECK(types.size() == 4);
  CHECK(std::vector<std::string_view>(types.begin(), types.end()) ==
        std::vector<std::string_view>{"the", "war", "trade", ""});
}

TEST_CASE("a string map finds, adds and keeps its values",
          "[flat_string_table]") {
  StringMap<int> map;
  CHECK(map.find("absent") == map.end());
  CHECK_FALSE(map.contains("absent"));
  map["war"] = 1;
  CHECK(map.emplace("trade", 2).second);
  CHECK_FALSE(map.emplace("trade", 3).second);
  CHECK(map.try_emplace("talks", 4).second);
  ++map["war"];
  REQUIRE(map.find(std::string_view("trade")) != map.end());
  CHECK(map.find("trade")->second == 2);
  CHECK(map["war"] == 2);
  CHECK(map.contains("talks"));
  CHECK_FALSE(map.contains("Talks"));
  std::vector<std::string> keys;
  for (const auto& [key, value] : map) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"war", "trade", "talks"});
  map.clear();
  CHECK(map.empty());
  CHECK_FALSE(map.contains("war"));
  map["war"] = 5;
  CHECK(map.find("war")->second == 5);
}

TEST_CASE("entries survive the table's growth", "[flat_string_table]") {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i));
  StringSet set;
  for (const std::string& w : words) REQUIRE(set.insert(w).second);
  for (size_t i = 0; i < words.size(); ++i) {
    auto [it, fresh] = set.insert(words[i]);
    REQUIRE_FALSE(fresh);
    REQUIRE(it - set.begin() == static_cast<long>(i));
  }
  CHECK(set.size() == 5000);
  CHECK_FALSE(set.contains("w5000"));
}

TEST_CASE("strings compare equal byte for byte at every length",
          "[flat_string_table]") {
  std::string word = "internationalisation-wide";
  for (size_t n = 0; n < word.size(); ++n) {
    std::string a = word.substr(0, n);
    CHECK(mtlint::SameString(a, std::string(a)));
    CHECK_FALSE(mtlint::SameString(a, word.substr(0, n + 1)));
    // Each byte in turn differs: every one of them is compared.
    for (size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = '#';
      CHECK_FALSE(mtlint::SameString(a, b));
    }
  }
}
