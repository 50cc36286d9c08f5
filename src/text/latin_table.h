#pragma once

#include <array>
#include <cstddef>

namespace mtlint {

// A per-character value for the text the segmenter's fast paths handle:
// ASCII, Latin-1 Supplement and Latin Extended-A and -B (U+00A0..U+024F)
// and the general punctuation of news copy (U+2010..U+2027), looked up by
// table. Every other code point gets `outside`.
template <typename Value>
class LatinTable {
 public:
  template <typename ValueOf>
  LatinTable(ValueOf value_of, Value outside) : outside_(outside) {
    for (size_t c = 0; c < ascii_.size(); ++c) ascii_[c] = value_of(c);
    for (size_t c = 0; c < latin_.size(); ++c) {
      latin_[c] = value_of(kLatinFirst + c);
    }
    for (size_t c = 0; c < punctuation_.size(); ++c) {
      punctuation_[c] = value_of(kPunctuationFirst + c);
    }
  }

  Value operator()(char32_t cp) const {
    if (cp < 0x80) return ascii_[cp];
    if (cp >= kLatinFirst && cp <= kLatinLast) return latin_[cp - kLatinFirst];
    if (cp >= kPunctuationFirst && cp <= kPunctuationLast) {
      return punctuation_[cp - kPunctuationFirst];
    }
    return outside_;
  }

 private:
  static constexpr char32_t kLatinFirst = 0xA0, kLatinLast = 0x24F;
  static constexpr char32_t kPunctuationFirst = 0x2010,
                            kPunctuationLast = 0x2027;

  std::array<Value, 128> ascii_;
  std::array<Value, kLatinLast - kLatinFirst + 1> latin_;
  std::array<Value, kPunctuationLast - kPunctuationFirst + 1> punctuation_;
  Value outside_;
};

}  // namespace mtlint
