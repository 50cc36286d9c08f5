#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/flat_string_table.h"

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

// The patterns that start with one token, longest first.
struct CalqueCandidates {
  std::vector<size_t> patterns;
  // Those of one token, and the second tokens of the others: a text whose
  // next token is none of these (nor their plural) can only match one of
  // the single-token patterns.
  std::vector<size_t> single_token;
  StringSet second_tokens;
};

// All calque lists, indexed by first token for a single pass over a text.
class CalqueIndex {
 public:
  // Reads calques/*-en.tsv of every directory. Throws std::runtime_error
  // naming the file and line of a bad row.
  CalqueIndex(const std::vector<std::filesystem::path>& dirs,
              Segmenter& segmenter);

  const std::vector<CalquePattern>& patterns() const { return patterns_; }
  // Patterns whose first token is `lowercase_token`, or null.
  const CalqueCandidates* StartingWith(std::string_view lowercase_token) const;

 private:
  std::vector<CalquePattern> patterns_;
  StringMap<CalqueCandidates> by_first_token_;
};

}  // namespace mtlint
