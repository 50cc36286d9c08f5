#include "text/latin_word_breaker.h"

#include <unicode/uchar.h>

#include <array>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {

// UAX #29 Word_Break values, as far as this breaker needs them; kOther is a
// segment of its own, kUnhandled sends the range to ICU.
enum class WordBreakClass : uint8_t {
  kOther,
  kLetter,        // ALetter
  kNumeric,       // Numeric
  kExtendNumLet,  // ExtendNumLet ('_')
  kMidLetter,     // joins letters
  kMidNum,        // joins digits
  kMidNumLet,     // joins either ('.', '\'', U+2019)
  kUnhandled,
};

namespace {

using Class = WordBreakClass;

constexpr char32_t kLatinFirst = 0xA0, kLatinLast = 0x24F;
constexpr char32_t kPunctuationFirst = 0x2010, kPunctuationLast = 0x2027;

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

Class AsciiClass(char c) {
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

struct Table {
  std::array<Class, 128> ascii;
  std::array<Class, kLatinLast - kLatinFirst + 1> latin;
  std::array<Class, kPunctuationLast - kPunctuationFirst + 1> punctuation;
};

const Table& Classes() {
  static const Table table = [] {
    Table t;
    for (size_t c = 0; c < t.ascii.size(); ++c) {
      t.ascii[c] = AsciiClass(static_cast<char>(c));
    }
    for (char32_t c = kLatinFirst; c <= kLatinLast; ++c) {
      t.latin[c - kLatinFirst] = FromIcu(c);
    }
    for (char32_t c = kPunctuationFirst; c <= kPunctuationLast; ++c) {
      t.punctuation[c - kPunctuationFirst] = FromIcu(c);
    }
    return t;
  }();
  return table;
}

Class ClassOf(const Table& t, char32_t cp) {
  if (cp < 0x80) return t.ascii[cp];
  if (cp >= kLatinFirst && cp <= kLatinLast) return t.latin[cp - kLatinFirst];
  if (cp >= kPunctuationFirst && cp <= kPunctuationLast) {
    return t.punctuation[cp - kPunctuationFirst];
  }
  return Class::kUnhandled;
}

bool Joins(Class c) {
  return c == Class::kLetter || c == Class::kNumeric ||
         c == Class::kExtendNumLet;
}

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

bool LatinWordBreaker::Words(std::string_view text, ByteRange range,
                             std::vector<Token>* out) {
  const Table& table = Classes();
  classes_.clear();
  starts_.clear();
  for (size_t i = range.begin; i < range.end;) {
    DecodedCodePoint d = DecodeUtf8(text, i);
    Class c = ClassOf(table, d.code_point);
    if (c == Class::kUnhandled || i + d.length > range.end) return false;
    classes_.push_back(c);
    starts_.push_back(static_cast<uint32_t>(i));
    i += d.length;
  }
  starts_.push_back(static_cast<uint32_t>(range.end));

  const size_t n = classes_.size();
  for (size_t i = 0; i < n;) {
    if (!Joins(classes_[i])) {
      // A segment of one character: punctuation, or white space to skip.
      uint32_t b = starts_[i], e = starts_[i + 1];
      if (!IsWhiteSpace(DecodeUtf8(text, b).code_point)) {
        out->push_back({b, e, TokenKind::kPunctuation});
      }
      ++i;
      continue;
    }
    // ICU's rule status is that of the last rule applied: it follows the
    // token's last two classes ("a1" is a number, "1__" a word).
    Class before = Class::kOther;
    Class last = classes_[i];
    size_t j = i + 1;
    while (j < n) {
      if (Joins(classes_[j])) {
        before = last;
        last = classes_[j];
      } else if (j + 1 < n && Bridges(last, classes_[j], classes_[j + 1])) {
        before = classes_[j];
        last = classes_[++j];
      } else {
        break;
      }
      ++j;
    }
    out->push_back({starts_[i], starts_[j], KindOf(before, last)});
    i = j;
  }
  return true;
}

}  // namespace mtlint
