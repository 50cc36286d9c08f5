#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace mtlint {

// Han characters to toneless pinyin with ICU's `Han-Latin/Names` (the
// readings of names: 单 is Shan, not Dan) followed by `Latin-ASCII`:
// "马朝旭" → "ma chao xu". Creating one loads ICU's transliterator
// registry, which is slow: create it only when a source text needs it.
// Not thread-safe; one per thread.
class HanTransliterator {
 public:
  HanTransliterator();
  ~HanTransliterator();
  HanTransliterator(const HanTransliterator&) = delete;
  HanTransliterator& operator=(const HanTransliterator&) = delete;

  // Lowercase ASCII syllables separated by single spaces; characters
  // without a reading are kept as they are.
  std::string ToPinyin(std::string_view han) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mtlint
