#pragma once

#include <cstdint>

namespace mtlint {

// UAX #29 Sentence_Break values, as the segmenter's fast paths tell them
// apart (text/sentence_breaks.h, text/latin_sentence_breaker.h).
enum class SentenceBreakClass : uint8_t {
  kOther,
  kATerm,  // '.'
  kSTerm,  // '!', '?'
  kClose,  // quotes and brackets
  kSp,     // spaces
  kLower,
  kUpper,
  kOLetter,
  kNumeric,
  kSContinue,  // ',', ';', ':', '-' and dashes
  kLineBreak,  // CR, LF
  kSep,        // a paragraph separator (U+2028, U+2029, U+0085)
  kExtend,     // Extend and Format: marks and invisible formatting
};

// ICU's Sentence_Break of `cp`.
SentenceBreakClass SentenceBreakClassOf(char32_t cp);

}  // namespace mtlint
