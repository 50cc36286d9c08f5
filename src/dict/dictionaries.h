#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dict/boilerplate.h"
#include "dict/calques.h"
#include "dict/grammar.h"
#include "dict/names.h"
#include "dict/speller.h"

namespace mtlint {

struct DictionaryOptions {
  // Hunspell dictionary without extension (--dict-path).
  std::string hunspell_base = "/usr/share/hunspell/en_US";
  // The shipped dictionaries, then the user's (--dict-dir), searched in
  // order for each list.
  std::vector<std::filesystem::path> dirs;
};

// The word lists and the speller the checks read. Each is loaded on first
// use, so a run whose checks need no speller does not pay for Hunspell.
class Dictionaries {
 public:
  explicit Dictionaries(DictionaryOptions options);
  ~Dictionaries();

  // Ordinary words plus every words/accept*.txt list of every directory.
  const Speller& speller() const;
  // The name dictionaries of dictionaries/names/.
  const NameData& names() const;
  // The calque lists of dictionaries/calques/.
  const CalqueIndex& calques() const;
  // The closed-class word lists of grammar/.
  const GrammarLists& grammar() const;
  // The line patterns of boilerplate*.tsv.
  std::vector<BoilerplateRule> boilerplate() const {
    return ReadBoilerplateRules(options_.dirs);
  }

 private:
  DictionaryOptions options_;
  mutable std::once_flag speller_once_;
  mutable std::unique_ptr<Speller> speller_;
  mutable std::once_flag names_once_;
  mutable std::unique_ptr<NameData> names_;
  mutable std::once_flag grammar_once_;
  mutable std::unique_ptr<GrammarLists> grammar_;
  mutable std::once_flag calques_once_;
  mutable std::unique_ptr<CalqueIndex> calques_;
};

// The shipped directory followed by the user's.
DictionaryOptions DefaultDictionaryOptions(
    const std::vector<std::string>& user_dirs, const std::string& dict_path);

}  // namespace mtlint
