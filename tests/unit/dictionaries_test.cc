// Validates the shipped dictionaries: every file is UTF-8 in NFC, tables
// have their columns, and no entry is listed twice.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>

#include "dict/names.h"
#include "dict/tsv.h"
#include "dict/word_list.h"
#include "engine/inputs.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace fs = std::filesystem;

namespace {

const fs::path kDictionaries = fs::path(MTLINT_SOURCE_DIR) / "dictionaries";

std::vector<fs::path> FilesWithExtension(std::string_view extension) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(kDictionaries)) {
    if (e.is_regular_file() && e.path().extension() == extension) {
      out.push_back(e.path());
    }
  }
  return out;
}

// The key that must be unique in each table: its first column, except
// where one pinyin is written with several characters, and where one
// country has several cities.
std::string Key(const fs::path& file, const std::vector<std::string>& row) {
  std::string name = file.filename().string();
  if (name.rfind("surnames-zh", 0) == 0 || name.rfind("capitals", 0) == 0) {
    return row[0] + "\t" + row[1];
  }
  return row[0];
}

const std::map<std::string, std::vector<std::string_view>>& Headers() {
  static const std::map<std::string, std::vector<std::string_view>> headers = {
      {"people",
       {"canonical", "family", "given", "order", "aliases", "native", "title",
        "organization", "country", "checked"}},
      {"orgs", {"canonical", "aliases", "kind", "country", "native"}},
      {"places-overrides", {"code", "news_form", "aliases"}},
      {"capitals", {"country", "city", "aliases", "is_capital"}},
      {"surnames-zh", {"pinyin", "hanzi", "wade_giles", "cantonese", "other"}},
      {"titles", {"phrase", "rank"}},
      {"boilerplate", {"pattern", "label"}},
      {"abbreviations", {"form", "preferred", "source"}},
      {"calques", {"phrase", "replacement", "source", "guards", "safe"}},
  };
  return headers;
}

}  // namespace

TEST_CASE("every dictionary file is UTF-8 in NFC", "[dictionaries]") {
  for (const auto& e : fs::recursive_directory_iterator(kDictionaries)) {
    if (!e.is_regular_file()) continue;
    INFO(e.path().string());
    std::string text = mtlint::ReadInput(e.path().string());
    CHECK(mtlint::FindInvalidUtf8(text).empty());
    CHECK(mtlint::IsNfc(text));
  }
}

TEST_CASE("tables have their columns and unique keys", "[dictionaries]") {
  size_t tables = 0;
  for (const fs::path& file : FilesWithExtension(".tsv")) {
    INFO(file.string());
    // Calque lists are named by language ("es-en.tsv"), the others by
    // what they hold.
    std::string stem = file.parent_path().filename() == "calques"
                           ? "calques"
                           : file.stem().string();
    auto header = Headers().find(stem);
    REQUIRE(header != Headers().end());
    mtlint::TsvTable table = mtlint::ReadTsv(file, header->second);
    std::set<std::string> keys;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      INFO("line " << table.lines[r]);
      CHECK(keys.insert(Key(file, table.rows[r])).second);
      for (const std::string& field : table.rows[r]) {
        CHECK(field == mtlint::ToNfc(field));
        CHECK((field.empty() || (field.front() != ' ' && field.back() != ' ')));
      }
    }
    ++tables;
  }
  CHECK(tables >= 1);
}

TEST_CASE("word lists have no duplicates", "[dictionaries]") {
  for (const fs::path& file : FilesWithExtension(".txt")) {
    INFO(file.string());
    std::vector<std::string> words = mtlint::ReadWordList(file);
    std::set<std::string> unique(words.begin(), words.end());
    CHECK(unique.size() == words.size());
  }
}

TEST_CASE("the shipped name dictionaries load", "[dictionaries]") {
  mtlint::NameData names({kDictionaries});
  CHECK(names.IsPinyinSyllable("zhuang"));
  CHECK(names.pinyin_syllable_count() == 410);
}
