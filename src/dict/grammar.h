#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/flat_string_table.h"

namespace mtlint {

// A set of lowercase words.
class WordSet {
 public:
  bool Has(std::string_view lowercase) const {
    return words_.contains(lowercase);
  }
  void Add(std::string word) { words_.insert(std::move(word)); }

 private:
  StringSet words_;
};

// The closed-class word lists of dictionaries/grammar/ that the
// dropped-word checks and hyphen-spacing read; each list is the union of
// grammar/<name>*.txt over every directory.
struct GrammarLists {
  WordSet determiners;         // articles-possessives
  WordSet prepositions;        // prepositions
  WordSet auxiliaries;         // auxiliaries
  WordSet have_forms;          // have-forms
  WordSet slot_prepositions;   // slot-prepositions
  WordSet subject_pronouns;    // subject-pronouns
  WordSet reporting_verbs;     // reporting-verbs
  WordSet closing_words;       // closing-words
  WordSet hyphen_prefixes;     // hyphen-prefixes
  WordSet hyphen_capitalised;  // hyphen-capitalised

  static GrammarLists Read(const std::vector<std::filesystem::path>& dirs);
};

}  // namespace mtlint
