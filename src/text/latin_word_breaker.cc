#include "text/latin_word_breaker.h"

#include <unicode/uchar.h>

#include "text/byte_set.h"
#include "text/latin_table.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// UAX #29 Word_Break values, as far as this breaker needs them; kOther is a
// segment of its own, kUnhandled sends the range to ICU.
enum class Class : uint8_t {
  kOther,
  kSpace,         // Other, and white space: a segment to skip
  kLetter,        // ALetter
  kNumeric,       // Numeric
  kExtendNumLet,  // ExtendNumLet ('_')
  kMidLetter,     // joins letters
  kMidNum,        // joins digits
  kMidNumLet,     // joins either ('.', '\'', U+2019)
  kUnhandled,
};

Class FromIcu(char32_t cp) {
  switch (u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_WORD_BREAK)) {
    case U_WB_OTHER:
      return Class::kOther;
    case U_WB_ALETTER:
      return Class::kLetter;
    case U_WB_NUMERIC:
      return Class::kNumeric;
    case U_WB_EXTENDNUMLET:
      return Class::kExtendNumLet;
    case U_WB_MIDLETTER:
      return Class::kMidLetter;
    case U_WB_MIDNUM:
      return Class::kMidNum;
    case U_WB_MIDNUMLET:
      return Class::kMidNumLet;
    default:  // Format, Extend and the rest: rules this breaker lacks
      return Class::kUnhandled;
  }
}

constexpr Class AsciiClass(char c) {
  // ICU 72 counts '@' as a letter, to keep e-mail addresses whole.
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') {
    return Class::kLetter;
  }
  if (c >= '0' && c <= '9') return Class::kNumeric;
  switch (c) {
    case '_':
      return Class::kExtendNumLet;
    case '.':
    case '\'':
      return Class::kMidNumLet;
    case ',':
    case ';':
      return Class::kMidNum;
    default:  // ':' too: ICU takes it out of MidLetter
      return Class::kOther;
  }
}

const LatinTable<Class>& Classes() {
  static const LatinTable<Class> table(
      [](char32_t c) {
        Class k = c < 0x80 ? AsciiClass(static_cast<char>(c)) : FromIcu(c);
        return k == Class::kOther && IsWhiteSpace(c) ? Class::kSpace : k;
      },
      Class::kUnhandled);
  return table;
}

constexpr bool Joins(Class c) {
  return c == Class::kLetter || c == Class::kNumeric ||
         c == Class::kExtendNumLet;
}

// The ASCII bytes whose class Joins, for the scan of a run of them.
constexpr ByteSet kAsciiJoiners = [] {
  ByteSet joiners("");
  for (unsigned char c = 0; c < 0x80; ++c) {
    if (Joins(AsciiClass(static_cast<char>(c)))) joiners = joiners.With(c, c);
  }
  return joiners;
}();

// WB6/7 and WB11/12: a middle character joins letter to letter or digit to
// digit.
bool Bridges(Class before, Class middle, Class after) {
  if (before != after) return false;
  if (before == Class::kLetter) {
    return middle == Class::kMidLetter || middle == Class::kMidNumLet;
  }
  if (before == Class::kNumeric) {
    return middle == Class::kMidNum || middle == Class::kMidNumLet;
  }
  return false;
}

// The token kind of ICU's rule status for a token ending in `before`, `last`
// (`before` is kOther for a token of one character).
TokenKind KindOf(Class before, Class last) {
  if (last == Class::kLetter) return TokenKind::kWord;
  if (last == Class::kNumeric) return TokenKind::kNumber;
  // An ExtendNumLet: "a_" and "__" are words, "1_" a number, "_" nothing.
  if (before == Class::kNumeric) return TokenKind::kNumber;
  return before == Class::kOther ? TokenKind::kPunctuation : TokenKind::kWord;
}

}  // namespace

bool BreakLatinWords(std::string_view text, ByteRange range,
                     std::vector<Token>* out) {
  const LatinTable<Class>& class_of = Classes();
  const size_t mark = out->size();
  // The class of the character at `at` and its length; kOther for the end.
  auto at = [&](size_t i, size_t* length) {
    if (i >= range.end) {
      *length = 0;
      return Class::kOther;
    }
    DecodedCodePoint d = DecodeUtf8(text, i);
    *length = d.length;
    if (i + d.length > range.end) return Class::kUnhandled;
    return class_of(d.code_point);
  };
  for (size_t i = range.begin; i < range.end;) {
    // A space, between most tokens, is a segment to skip.
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    size_t length;
    Class c = at(i, &length);
    if (c == Class::kUnhandled) {
      out->resize(mark);
      return false;
    }
    auto b = static_cast<uint32_t>(i);
    i += length;
    if (c == Class::kSpace) continue;
    if (!Joins(c)) {  // a segment of one character
      out->push_back({b, static_cast<uint32_t>(i), TokenKind::kPunctuation});
      continue;
    }
    // ICU's rule status is that of the last rule applied: it follows the
    // token's last two classes ("a1" is a number, "1__" a word).
    Class before = Class::kOther;
    Class last = c;
    for (;;) {
      // ASCII letters and digits, most of a token, a byte at a time; the
      // run's last two bytes give its classes.
      size_t run = i;
      while (i < range.end && kAsciiJoiners.Has(text[i])) ++i;
      if (i - run >= 2) {
        before = class_of(static_cast<unsigned char>(text[i - 2]));
      } else if (i > run) {
        before = last;
      }
      if (i > run) last = class_of(static_cast<unsigned char>(text[i - 1]));
      // Most tokens end at a space, which neither joins nor bridges.
      if (i < range.end && text[i] == ' ') break;
      size_t next_length, after_length;
      Class next = at(i, &next_length);
      if (Joins(next)) {
        before = last;
        last = next;
        i += next_length;
        continue;
      }
      if (next_length == 0 || next == Class::kUnhandled) break;
      Class after = at(i + next_length, &after_length);
      if (after_length == 0 || !Bridges(last, next, after)) break;
      before = next;
      last = after;
      i += next_length + after_length;
    }
    out->push_back({b, static_cast<uint32_t>(i), KindOf(before, last)});
  }
  return true;
}

}  // namespace mtlint
