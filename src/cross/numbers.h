#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/document.h"
#include "core/byte_range.h"

namespace mtlint {

enum class NumberKind {
  kCount,    // 35,000; five; 1100亿
  kPercent,  // 5%, five percent, 百分之五
  kYear,     // 2023 (from "2023年"; in English any 1000-2100 is a count)
  kMonth,    // February, 2月
  kDate,     // February 10, 2月10日: value month * 100 + day
  kDecade,   // the 1980s, 80年代: value 1980
  kOrdinal,  // 20th, third, 第二十
};

// A number as written in some text: digits, words or Chinese numerals,
// with its scale ("3.5 million", "3.5万") folded into the value.
struct NumberMention {
  ByteRange range;
  double value = 0;
  NumberKind kind = NumberKind::kCount;
  bool digits = false;    // written with digits, not words
  bool attached = false;  // part of a code or a name: COVID-19, G20, 5G
  std::string currency;   // "$", "yuan", "美元" when an amount of money
  // Other values it may stand for: the upper end of "一万六七千"
  // (16,000 to 17,000), the "80" of "80年代".
  std::vector<double> also;
};

// Numbers of English text within `range`: digits with separators and
// decimals, "percent", "million", "$", word numbers ("twenty-five",
// "three thousand"), ordinals, months and dates ("Feb. 10", "10
// February").
std::vector<NumberMention> EnglishNumbers(std::string_view text,
                                          ByteRange range);
// Numbers of Chinese text: Arabic digits with 万 and 亿, Chinese numerals
// ("四十八", "一万六七千", "两百"), 百分之, years, months and dates. A small
// numeral is a number only before a measure word ("三只", not "三心二意"),
// and 一 and 两 are left out: translations write them as "a" and "both".
std::vector<NumberMention> ChineseNumbers(std::string_view text,
                                          ByteRange range);
// Numbers of Spanish text: "1.500" (thousands) and "3,5" (decimal),
// "millones", "por ciento", word numbers, "10 de febrero".
std::vector<NumberMention> SpanishNumbers(std::string_view text,
                                          ByteRange range);

// Whether two mentions may be the same number (value, or one of the other
// values, equal; a date to a date).
bool SameNumber(const NumberMention& a, const NumberMention& b);

// A value as English writes it: "35,000", "3.5", "110 billion", "8.9%",
// "February 10".
std::string FormatNumber(const NumberMention& n);

// The words around a number that say what it counts: the content words of
// its sentence near it (lowercase, a final "s" dropped), and the names in
// the sentence.
struct NumberContext {
  std::vector<std::string> keywords;
  std::vector<std::string> names;
};
NumberContext ContextOf(const Document& doc, const Sentence& sentence,
                        ByteRange number);
// How many keywords and names two contexts share.
size_t SharedKeywords(const NumberContext& a, const NumberContext& b);
size_t SharedNames(const NumberContext& a, const NumberContext& b);

}  // namespace mtlint
