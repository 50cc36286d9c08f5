#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_hash.h"

namespace mtlint {

class Segmenter;

// Where a calque comes from: its language and original expression.
struct CalqueSource {
  std::string language;  // "Spanish"
  std::string original;  // "guerra comercial"
};

// One phrase of dictionaries/calques/<lang>-en.tsv, tokenised the way
// documents are, so that "EE. UU." and "EE.UU." match as they are written.
struct CalquePattern {
  std::vector<std::string> tokens;  // lowercase
  std::vector<bool> space_before;   // white space before token k (k > 0)
  std::string phrase;
  std::string replacement;
  std::vector<std::string> guards;  // lowercase phrases containing `phrase`
  bool safe = false;
  std::vector<CalqueSource> sources;  // one per language listing it
};

// All calque lists, indexed by first token for a single pass over a text.
class CalqueIndex {
 public:
  // Reads calques/*-en.tsv of every directory. Throws std::runtime_error
  // naming the file and line of a bad row.
  CalqueIndex(const std::vector<std::filesystem::path>& dirs,
              Segmenter& segmenter);

  const std::vector<CalquePattern>& patterns() const { return patterns_; }
  // Patterns whose first token is `lowercase_token`, longest first.
  const std::vector<size_t>* StartingWith(
      std::string_view lowercase_token) const;

 private:
  std::vector<CalquePattern> patterns_;
  StringMap<std::vector<size_t>> by_first_token_;
};

}  // namespace mtlint
