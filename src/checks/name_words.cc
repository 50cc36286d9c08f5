#include "checks/name_words.h"

#include <algorithm>
#include <vector>

#include "text/unicode.h"
#include "text/utf8.h"
#include "text/word_shape.h"

namespace mtlint {

// The longest pinyin syllable ("chuang", "zhuang").
constexpr size_t kLongestSyllable = 6;

bool NameWords::IsKnown(std::string_view word) const {
  return known_.Get(word, [&] { return Judge(word); });
}

bool NameWords::Judge(std::string_view word) const {
  if (names_.IsNameToken(word) || speller_.IsCorrect(word)) return true;
  std::string folded = FoldCase(word);
  return speller_.IsCorrect(folded) || LettersOutsidePinyin(folded) == 0;
}

size_t NameWords::LettersOutsidePinyin(std::string_view s) const {
  // best[i]: fewest letters of s[0, i) outside syllables.
  std::vector<size_t> best(s.size() + 1, s.size() + 1);
  best[0] = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (best[i] > s.size()) continue;
    best[i + 1] = std::min(best[i + 1], best[i] + 1);
    for (size_t n = 1; n <= kLongestSyllable && i + n <= s.size(); ++n) {
      if (names_.IsPinyinSyllable(s.substr(i, n))) {
        best[i + n] = std::min(best[i + n], best[i]);
      }
    }
  }
  return best[s.size()];
}

size_t NameEditLimit(std::string_view word) {
  return CountCodePoints(word) >= 6 ? 2 : 1;
}

bool HasNameShape(std::string_view word) {
  if (!StartsUpper(word)) return false;
  bool lower = false;
  for (size_t i = 0; i < word.size();) {
    DecodedCodePoint d = DecodeUtf8(word, i);
    i += d.length;
    if (d.code_point == U'\'' || d.code_point == U'\u2019' ||
        d.code_point == U'-') {
      continue;
    }
    if (!IsLetter(d.code_point)) return false;
    lower = lower || IsLower(d.code_point);
  }
  return lower;
}

}  // namespace mtlint
