#include "dict/speller.h"

#include <algorithm>

namespace mtlint {
namespace {

int Rank(std::string_view word, std::string_view suggestion) {
  if (suggestion.find_first_of(" -") != std::string_view::npos) return 2;
  if (suggestion.size() > word.size() &&
      suggestion.substr(0, word.size()) == word) {
    return 0;
  }
  return 1;
}

}  // namespace

std::vector<std::string> RankSuggestions(std::string_view word,
                                         std::vector<std::string> suggestions) {
  std::stable_sort(suggestions.begin(), suggestions.end(),
                   [&](const std::string& a, const std::string& b) {
                     int ra = Rank(word, a);
                     int rb = Rank(word, b);
                     if (ra != rb) return ra < rb;
                     // Among completions, the shortest adds the least.
                     return ra == 0 && a.size() < b.size();
                   });
  return suggestions;
}

}  // namespace mtlint
