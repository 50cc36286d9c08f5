#pragma once

#include <string>
#include <string_view>

#include "core/word_answers.h"
#include "dict/names.h"
#include "dict/speller.h"

namespace mtlint {

// What the name checks share about a capitalised word.
class NameWords {
 public:
  NameWords(const NameData& names, const Speller& speller)
      : names_(names), speller_(speller) {}

  // A word or name that exists: a token of a known name or of the name
  // allow-lists, a word the speller knows as written ("Beijing", "Monday")
  // or in lowercase (a capitalised sentence start), or pinyin ("Xinbo").
  // Remembered: the same names recur through an article and an archive.
  bool IsKnown(std::string_view word) const;

  // Letters of `lowercase` left over when it is split into as many pinyin
  // syllables as possible: 0 for "xinbo", 1 for "yuyuuantian".
  size_t LettersOutsidePinyin(std::string_view lowercase) const;

 private:
  bool Judge(std::string_view word) const;

  const NameData& names_;
  const Speller& speller_;
  mutable WordAnswers<bool> known_;
};

// Edits that still make a misspelling of a name: one for short names, two
// from six letters on.
size_t NameEditLimit(std::string_view word);

// Capitalised words of letters only (apostrophes and inner hyphens
// allowed), not all capitals: the shape of a name.
bool HasNameShape(std::string_view word);

}  // namespace mtlint
