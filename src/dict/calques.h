#pragma once

#include <filesystem>
#include <span>
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

// The patterns that start with one token. A text's next token selects the
// longer ones: "the" starts ninety patterns, and the word after it in a
// text is the second token of at most a few of them.
struct CalqueCandidates {
  std::vector<size_t> single_token;
  StringMap<std::vector<size_t>> by_second_token;
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
  // Whether `next_lowercase` is the second token of some pattern, written
  // as is or as the plural of a pattern's last word ("wars" of "war",
  // "taxes" of "tax", "policies" of "policy"): most words are none.
  bool MayBeSecond(std::string_view next_lowercase) const;
  // The patterns of `candidates` that may match where the next token is
  // `next_lowercase` (empty for none), as MayBeSecond reads it, longest
  // first, then in list order. Usually one list of the index; merged into
  // `scratch` when several apply.
  std::span<const size_t> MayMatch(const CalqueCandidates& candidates,
                                   std::string_view next_lowercase,
                                   std::vector<size_t>* scratch) const;

 private:
  // Longest first, then in list order.
  bool Before(size_t a, size_t b) const;

  std::vector<CalquePattern> patterns_;
  StringMap<CalqueCandidates> by_first_token_;
  StringSet second_tokens_;  // of every pattern
};

}  // namespace mtlint
