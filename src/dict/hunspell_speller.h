#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/flat_string_table.h"
#include "dict/speller.h"

class Hunspell;

namespace mtlint {

// Hunspell with lookups and suggestions cached: an article repeats its
// words, and an archive repeats its vocabulary.
class HunspellSpeller : public Speller {
 public:
  // `base` is the dictionary without extension: /usr/share/hunspell/en_US
  // for en_US.aff and en_US.dic. Throws std::runtime_error naming the
  // missing file.
  explicit HunspellSpeller(const std::string& base);
  // Throws the error the constructor would for missing files, cheaply.
  static void CheckFiles(const std::string& base);
  ~HunspellSpeller() override;

  // Words the project or the user accepts (names of products, house
  // spellings); added at load time.
  void AddWords(const std::vector<std::string>& words);

  bool IsCorrect(std::string_view word) const override;
  std::vector<std::string> Suggest(std::string_view word) const override;

 private:
  std::unique_ptr<Hunspell> hunspell_;
  mutable std::mutex mutex_;  // Hunspell is not thread-safe
  mutable StringMap<bool> cache_;
  // Suggestions cost milliseconds, and a misspelling tends to recur.
  mutable std::unordered_map<std::string, std::vector<std::string>>
      suggestions_;
};

}  // namespace mtlint
