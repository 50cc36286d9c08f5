#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dict/abbreviations.h"
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
  // The house's own spellings (the configuration's [dictionaries]): words
  // and names it accepts, and words it rejects though the speller knows
  // them. They add to words/accept*.txt and words/reject*.txt.
  std::vector<std::string> accept;
  std::vector<std::string> reject;
};

// The word lists and the speller the checks read. Each is loaded on first
// use, so a run whose checks need no speller does not pay for Hunspell.
class Dictionaries {
 public:
  explicit Dictionaries(DictionaryOptions options);
  ~Dictionaries();

  // Ordinary words plus every words/accept*.txt list of every directory and
  // the accepted words.
  const Speller& speller() const;
  // The name dictionaries of dictionaries/names/, with the accepted words
  // as name tokens.
  const NameData& names() const;
  // Whether the house rejects a word (words/reject*.txt, the rejected
  // words). An entry with a capital matches exactly ("Zelenskiy"); an
  // all-lowercase one in any case ("judgement": also "Judgement").
  bool IsRejected(std::string_view word) const;
  // The same, given the word's case folding as well (Document::Folded).
  bool IsRejected(std::string_view word, std::string_view folded) const;
  // The calque lists of dictionaries/calques/.
  const CalqueIndex& calques() const;
  // The closed-class word lists of grammar/.
  const GrammarLists& grammar() const;
  // The house forms of abbreviations, style/abbreviations*.tsv.
  std::map<std::string, std::string, std::less<>> abbreviations() const {
    return ReadAbbreviations(options_.dirs);
  }
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
  mutable std::once_flag rejected_once_;
  mutable std::set<std::string, std::less<>> rejected_;  // a few words
};

// The shipped directory followed by the user's.
DictionaryOptions DefaultDictionaryOptions(
    const std::vector<std::string>& user_dirs, const std::string& dict_path);

}  // namespace mtlint
