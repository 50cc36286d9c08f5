#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

// Spelling of ordinary words, behind an interface so that checks can be
// tested with a fake.
class Speller {
 public:
  virtual ~Speller() = default;
  virtual bool IsCorrect(std::string_view word) const = 0;
  // Corrections, best first.
  virtual std::vector<std::string> Suggest(std::string_view word) const = 0;
};

// Reorders a spellchecker's suggestions for machine-translated text: a word
// cut short by the translation ("decoup") most likely lost its end, so
// completions of it come first; splitting a word in two ("de coup") is
// rarely the fix and goes last. Otherwise the speller's order stands.
std::vector<std::string> RankSuggestions(std::string_view word,
                                         std::vector<std::string> suggestions);

}  // namespace mtlint
