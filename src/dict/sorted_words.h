#pragma once

#include <deque>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/flat_string_table.h"

namespace mtlint {

// A large set of words that loads fast: each list file is kept whole in
// one buffer and its lines become views into it, one sorted run per list
// (generated lists come sorted, so nothing is sorted or hashed at load),
// instead of tens of thousands of separately allocated, hashed strings.
// Words added one at a time (names' tokens, accepted words) are hashed.
class SortedWords {
 public:
  // Adds the data lines of a list (see ForEachDataLine) as a run.
  void AddList(const std::filesystem::path& path);
  // Adds one word to the run of single words.
  void Add(std::string_view word);
  // Sorts the runs that need it; call after the last Add, before Has.
  void Seal();

  bool Has(std::string_view word) const;

 private:
  std::deque<std::string> storage_;  // stable addresses for the views
  std::vector<std::vector<std::string_view>> runs_;
  FlatStringTable<std::string_view> singles_;
};

}  // namespace mtlint
