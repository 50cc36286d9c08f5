#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/document.h"
#include "core/byte_range.h"
#include "dict/names.h"
#include "text/transliterator.h"

namespace mtlint {

// A person named in a Chinese text.
struct SourceName {
  ByteRange range;  // the hanzi
  // The name as English writes it: the dictionary's form for a person
  // people.tsv knows by its native form, else pinyin, family name first
  // ("Zheng Yonggang").
  std::string expected;
  std::string family;  // pinyin, "Zheng"
  std::string given;   // pinyin, "Yonggang"
  const ChineseSurname* surname = nullptr;
  const Person* person = nullptr;  // when people.tsv knows the person
  // How sure it is a name and not a word that starts with a surname's
  // character ("高度"): 3 the dictionary knows it, 2 a verb of saying or
  // the like right after it (表示) marks its end, 1 a title before it
  // (外交部发言人) marks its start, 0 nothing.
  int evidence = 0;
};

// The names in `range` of a Chinese document: people whose native form
// (people.tsv) occurs, and every surname of surnames-zh.tsv followed by a
// given name of two hanzi or one (two candidates at one place). ICU's
// word segmentation, whose dictionary holds words and not names, must have
// left the surname a word of its own and each hanzi of the given name a
// word of one: "商务部" starts with the surname 商 but 商务 is a word.
// Only candidates with evidence may be reported as missing.
std::vector<SourceName> FindChineseNames(const Document& doc, ByteRange range,
                                         const NameData& names,
                                         const HanTransliterator& pinyin);

}  // namespace mtlint
