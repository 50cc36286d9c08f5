#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dict/hunspell_speller.h"
#include "dict/sorted_words.h"

namespace mtlint {

// Answers from word lists first and loads Hunspell only for a word they do
// not hold, or for suggestions: Hunspell takes as long to load as the rest
// of mtlint's start-up, and most articles need it for a handful of words,
// if any. The lists hold only words Hunspell accepts, so the answers are
// Hunspell's.
class ListedSpeller : public Speller {
 public:
  // `known`: words Hunspell accepts; `accepted`: the project's and the
  // user's words, which Hunspell gets too, for its suggestions.
  ListedSpeller(std::string hunspell_base, SortedWords known,
                std::vector<std::string> accepted);

  bool IsCorrect(std::string_view word) const override;
  std::vector<std::string> Suggest(std::string_view word) const override;

 private:
  const HunspellSpeller& Hunspell() const;

  std::string hunspell_base_;
  SortedWords known_;
  std::vector<std::string> accepted_;
  mutable std::once_flag hunspell_once_;
  mutable std::unique_ptr<HunspellSpeller> hunspell_;
};

}  // namespace mtlint
