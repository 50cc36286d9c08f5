#include "dict/names.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "dict/data_files.h"
#include "dict/tsv.h"
#include "dict/word_list.h"
#include "text/locale_names.h"
#include "text/split.h"
#include "text/utf8.h"

namespace mtlint {
namespace fs = std::filesystem;
namespace {

void AddTokens(std::string_view name, SortedWords* out) {
  size_t begin = 0;
  while (begin < name.size()) {
    size_t end = name.find_first_of(" ,", begin);
    if (end == std::string_view::npos) end = name.size();
    if (end > begin) out->Add(name.substr(begin, end - begin));
    begin = end + 1;
  }
}

NameOrder ParseOrder(const TsvTable& table, size_t row, const std::string& s) {
  if (s == "family-first") return NameOrder::kFamilyFirst;
  if (s == "given-first") return NameOrder::kGivenFirst;
  throw std::runtime_error(
      fmt::format("{}:{}: order must be family-first or given-first, not '{}'",
                  table.path.string(), table.lines[row], s));
}

}  // namespace

void NameData::AddName(std::string text, NameKind kind, size_t index,
                       const std::string& canonical) {
  if (text.empty()) return;
  AddTokens(text, &tokens_);
  names_.push_back({std::move(text), kind, index, canonical});
}

NameData::NameData(const std::vector<fs::path>& dirs,
                   const std::vector<std::string>& accepted) {
  // Places: ICU's English country names, then the news-style overrides.
  std::map<std::string, std::string> countries;
  for (auto& [code, name] : CountryDisplayNames()) countries[code] = name;
  for (const fs::path& dir : dirs) {
    for (const fs::path& f : DataFiles(dir / "names", "people", ".tsv")) {
      TsvTable t =
          ReadTsv(f, {"canonical", "family", "given", "order", "aliases",
                      "native", "title", "organization", "country", "checked"});
      for (size_t r = 0; r < t.rows.size(); ++r) {
        std::vector<std::string>& row = t.rows[r];
        Person p{row[0],
                 row[1],
                 row[2],
                 ParseOrder(t, r, row[3]),
                 SplitList(row[4]),
                 row[5],
                 row[6],
                 row[7],
                 row[8],
                 row[9]};
        size_t index = people_.size();
        for (std::string& native : SplitList(p.native)) {
          natives_.emplace_back(std::move(native), index);
        }
        person_by_name_[p.canonical] = index;
        person_first_words_.emplace(FirstWord(p.canonical));
        AddName(p.canonical, NameKind::kPerson, index, p.canonical);
        for (const std::string& a : p.aliases) {
          person_by_name_.emplace(a, index);
          person_first_words_.emplace(FirstWord(a));
          AddName(a, NameKind::kPerson, index, p.canonical);
        }
        people_.push_back(std::move(p));
      }
    }
    for (const fs::path& f : DataFiles(dir / "names", "titles", ".tsv")) {
      TsvTable t = ReadTsv(f, {"phrase", "rank"});
      for (std::vector<std::string>& row : t.rows) {
        size_t words =
            static_cast<size_t>(std::count(row[0].begin(), row[0].end(), ' ')) +
            1;
        longest_title_ = std::max(longest_title_, words);
        for (size_t i = 0; i < row[0].size(); ++i) {
          title_tails_.emplace(row[0].substr(i));
        }
        title_ranks_[row[0]] = row[1];
      }
    }
    for (const fs::path& f : DataFiles(dir / "names", "orgs", ".tsv")) {
      TsvTable t =
          ReadTsv(f, {"canonical", "aliases", "kind", "country", "native"});
      for (std::vector<std::string>& row : t.rows) {
        AddName(row[0], NameKind::kOrganization, 0, row[0]);
        for (std::string& a : SplitList(row[1])) {
          AddName(a, NameKind::kOrganization, 0, row[0]);
        }
      }
    }
    for (const fs::path& f :
         DataFiles(dir / "names", "places-overrides", ".tsv")) {
      TsvTable t = ReadTsv(f, {"code", "news_form", "aliases"});
      for (std::vector<std::string>& row : t.rows) {
        AddName(row[1], NameKind::kPlace, 0, row[1]);
        for (std::string& a : SplitList(row[2])) {
          AddName(a, NameKind::kPlace, 0, row[1]);
        }
      }
    }
    for (const fs::path& f : DataFiles(dir / "names", "capitals", ".tsv")) {
      TsvTable t = ReadTsv(f, {"country", "city", "aliases", "is_capital"});
      for (std::vector<std::string>& row : t.rows) {
        AddName(row[1], NameKind::kPlace, 0, row[1]);
        for (std::string& a : SplitList(row[2])) {
          AddName(a, NameKind::kPlace, 0, row[1]);
        }
      }
    }
    for (const fs::path& f : DataFiles(dir / "names", "surnames-zh", ".tsv")) {
      TsvTable t =
          ReadTsv(f, {"pinyin", "hanzi", "wade_giles", "cantonese", "other"});
      for (std::vector<std::string>& row : t.rows) {
        surnames_.insert(row[0]);
        tokens_.Add(row[0]);
        ChineseSurname surname{row[1], {row[0]}};
        for (size_t c = 2; c < row.size(); ++c) {
          for (std::string& v : SplitList(row[c])) {
            tokens_.Add(v);
            if (std::find(surname.forms.begin(), surname.forms.end(), v) ==
                surname.forms.end()) {
              surname.forms.push_back(v);
            }
          }
        }
        longest_surname_ = std::max(longest_surname_, CountCodePoints(row[1]));
        surnames_by_hanzi_.emplace(row[1], std::move(surname));
      }
    }
    for (const fs::path& f :
         DataFiles(dir / "names", "pinyin-syllables", ".txt")) {
      for (std::string& s : ReadWordList(f)) pinyin_.insert(std::move(s));
    }
    for (const fs::path& f : DataFiles(dir / "names", "tokens-", ".txt"))
      tokens_.AddList(f);
    for (const fs::path& f : DataFiles(dir / "names", "doubled", ".txt")) {
      for (std::string& s : ReadWordList(f)) doubled_.insert(std::move(s));
    }
  }
  for (auto& [code, name] : countries) AddName(name, NameKind::kPlace, 0, name);
  for (const std::string& name : accepted) AddTokens(name, &tokens_);
  for (size_t i = 0; i < people_.size(); ++i) {
    const Person& p = people_[i];
    if (p.order == NameOrder::kFamilyFirst && !p.given.empty() &&
        !p.family.empty()) {
      std::string reversed = p.given + " " + p.family;
      reversed_first_words_.insert(reversed.substr(0, reversed.find(' ')));
      person_by_reversed_name_.emplace(std::move(reversed), i);
    }
  }
  tokens_.Seal();
}

const Person* NameData::FindReversed(std::string_view name) const {
  auto it = person_by_reversed_name_.find(name);
  return it == person_by_reversed_name_.end() ? nullptr : &people_[it->second];
}

std::string_view NameData::TitleRank(std::string_view phrase) const {
  auto it = title_ranks_.find(phrase);
  return it == title_ranks_.end() ? std::string_view() : it->second;
}

const Person* NameData::FindPerson(std::string_view name) const {
  auto it = person_by_name_.find(name);
  return it == person_by_name_.end() ? nullptr : &people_[it->second];
}

bool NameData::IsNameToken(std::string_view token) const {
  return tokens_.Has(token);
}

const ChineseSurname* NameData::SurnameByHanzi(std::string_view hanzi) const {
  auto it = surnames_by_hanzi_.find(std::string(hanzi));
  return it == surnames_by_hanzi_.end() ? nullptr : &it->second;
}

bool NameData::IsChineseSurname(std::string_view pinyin) const {
  return surnames_.contains(pinyin);
}

}  // namespace mtlint
