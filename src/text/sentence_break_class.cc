#include "text/sentence_break_class.h"

#include <unicode/uchar.h>

namespace mtlint {

SentenceBreakClass SentenceBreakClassOf(char32_t cp) {
  using C = SentenceBreakClass;
  switch (
      u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM:
      return C::kATerm;
    case U_SB_STERM:
      return C::kSTerm;
    case U_SB_CLOSE:
      return C::kClose;
    case U_SB_SP:
      return C::kSp;
    case U_SB_LOWER:
      return C::kLower;
    case U_SB_UPPER:
      return C::kUpper;
    case U_SB_OLETTER:
      return C::kOLetter;
    case U_SB_NUMERIC:
      return C::kNumeric;
    case U_SB_SCONTINUE:
      return C::kSContinue;
    case U_SB_CR:
    case U_SB_LF:
      return C::kLineBreak;
    case U_SB_SEP:
      return C::kSep;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return C::kExtend;
    default:
      return C::kOther;
  }
}

}  // namespace mtlint
