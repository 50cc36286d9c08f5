#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/flat_string_table.h"
#include "dict/sorted_words.h"

namespace mtlint {

enum class NameOrder { kFamilyFirst, kGivenFirst };

struct Person {
  std::string canonical;
  std::string family;
  std::string given;
  NameOrder order = NameOrder::kGivenFirst;
  std::vector<std::string> aliases;
  std::string native;
  std::string title;
  std::string organization;
  std::string country;
  std::string checked;  // the date the role was last known to be current
};

enum class NameKind { kPerson, kOrganization, kPlace };

// A Chinese surname (surnames-zh.tsv) and the ways it is romanised.
struct ChineseSurname {
  std::string hanzi;               // "郑"
  std::vector<std::string> forms;  // pinyin first: "Zheng", "Cheng", "Trinh"
};

// A full form of a known name: a canonical name or one of its aliases.
struct KnownName {
  std::string text;
  NameKind kind;
  size_t index;  // into people() for persons, else unused
  std::string canonical;
};

// The name dictionaries of dictionaries/names/ (see docs/dictionaries.md),
// read from every directory in order so that users' lists add to the
// shipped ones.
class NameData {
 public:
  // Throws std::runtime_error naming the file and line of a bad row.
  // `accepted`: the house's names (the configuration's accept list), whose
  // tokens count as name tokens.
  explicit NameData(const std::vector<std::filesystem::path>& dirs,
                    const std::vector<std::string>& accepted = {});

  const std::vector<Person>& people() const { return people_; }
  const std::vector<KnownName>& names() const { return names_; }
  // A person by canonical name or alias, or null.
  const Person* FindPerson(std::string_view name) const;
  // Whether some name FindPerson knows starts with the word `word` (up to
  // its first space): most capitalised words start none.
  bool MayStartPerson(std::string_view word) const {
    return person_first_words_.contains(word);
  }
  // Whether a capitalised token belongs to a real name: a token of a known
  // name, of the allow-lists, or a Chinese surname.
  bool IsNameToken(std::string_view token) const;
  bool IsChineseSurname(std::string_view pinyin) const;
  // The surname written with these hanzi, or null.
  const ChineseSurname* SurnameByHanzi(std::string_view hanzi) const;
  // The most hanzi a surname has (2: 欧阳).
  size_t longest_surname() const { return longest_surname_; }
  // The native-script forms of people's names (people.tsv `native`, which
  // may list several: "김정은|金正恩"), each with its index in people().
  const std::vector<std::pair<std::string, size_t>>& native_names() const {
    return natives_;
  }
  bool IsPinyinSyllable(std::string_view syllable) const {
    return pinyin_.contains(syllable);
  }
  size_t pinyin_syllable_count() const { return pinyin_.size(); }
  // A family-first person written given name first ("Xinbo Wu"), or null.
  const Person* FindReversed(std::string_view name) const;
  // Whether some name FindReversed knows starts with the word `word` (up to
  // its first space): most capitalised words start none.
  bool MayStartReversed(std::string_view word) const {
    return reversed_first_words_.contains(word);
  }
  // The rank of a title phrase ("vice premier" → "vice-premier"), or empty.
  std::string_view TitleRank(std::string_view lowercase_phrase) const;
  // Whether some title phrase ends with `lowercase_tail`: a phrase ending
  // otherwise has no rank, whatever precedes the tail.
  bool MayEndTitle(std::string_view lowercase_tail) const {
    return title_tails_.contains(lowercase_tail);
  }
  // The longest title phrase, in words, for bounded searches.
  size_t longest_title() const { return longest_title_; }
  // Repeated-word names that are not errors ("Bora Bora").
  bool IsDoubledName(std::string_view name) const {
    return doubled_.contains(name);
  }

 private:
  void AddName(std::string text, NameKind kind, size_t index,
               const std::string& canonical);

  std::vector<Person> people_;
  std::vector<KnownName> names_;
  StringMap<size_t> person_by_name_;
  StringSet person_first_words_;  // of the keys of person_by_name_
  StringMap<size_t> person_by_reversed_name_;
  StringSet reversed_first_words_;  // of the keys of person_by_reversed_name_
  StringMap<std::string> title_ranks_;
  StringSet title_tails_;  // every suffix of every title phrase
  size_t longest_title_ = 0;
  SortedWords tokens_;
  StringSet surnames_;
  std::unordered_map<std::string, ChineseSurname> surnames_by_hanzi_;
  size_t longest_surname_ = 0;
  std::vector<std::pair<std::string, size_t>> natives_;
  StringSet pinyin_;
  StringSet doubled_;
};

}  // namespace mtlint
