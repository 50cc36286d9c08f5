#include "text/unicode.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <stdexcept>

#include "text/utf8.h"

namespace mtlint {
namespace {

// ICU's normalizer for a form ("NFC"), which ships with ICU's data.
const icu::Normalizer2& LoadNormalizer(
    const icu::Normalizer2* (*instance)(UErrorCode&), const char* form) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = instance(status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU ") + form +
                             " data unavailable: " + u_errorName(status));
  }
  return *n;
}

const icu::Normalizer2& Nfc() {
  static const icu::Normalizer2& nfc =
      LoadNormalizer(icu::Normalizer2::getNFCInstance, "NFC");
  return nfc;
}

const icu::Normalizer2& Nfd() {
  static const icu::Normalizer2& nfd =
      LoadNormalizer(icu::Normalizer2::getNFDInstance, "NFD");
  return nfd;
}

// The text in a normalization form; as it was if ICU fails.
std::string Normalize(const icu::Normalizer2& form, std::string_view utf8) {
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  form.normalizeUTF8(
      0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink,
      nullptr, status);
  if (U_FAILURE(status)) return std::string(utf8);
  return out;
}

template <typename Property>
size_t SkipForward(std::string_view text, size_t at, size_t end, Property has) {
  while (at < end) {
    DecodedCodePoint d = DecodeUtf8(text, at);
    if (!has(d.code_point)) break;
    at += d.length;
  }
  return at;
}

template <typename Property>
size_t SkipBack(std::string_view text, size_t at, size_t begin, Property has) {
  while (at > begin) {
    DecodedCodePoint d = DecodeUtf8Before(text, at);
    if (!has(d.code_point)) break;
    at -= d.length;
  }
  return at;
}

}  // namespace

bool IsAscii(std::string_view s) { return SkipAscii(s, 0) == s.size(); }

namespace icu_properties {
bool IsLetter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }
bool IsUpper(char32_t cp) { return u_isUUppercase(static_cast<UChar32>(cp)); }
bool IsLower(char32_t cp) { return u_isULowercase(static_cast<UChar32>(cp)); }
bool IsDigit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }
bool IsWhiteSpace(char32_t cp) {
  return u_isUWhiteSpace(static_cast<UChar32>(cp));
}
}  // namespace icu_properties
bool IsMark(char32_t cp) {
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

bool IsEmoji(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp),
                             UCHAR_EXTENDED_PICTOGRAPHIC);
}

bool IsInvisible(char32_t cp) {
  int type = u_charType(static_cast<UChar32>(cp));
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR ||
         type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR;
}

std::string DescribeCodePoint(char32_t cp) {
  char name[128];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = u_charName(static_cast<UChar32>(cp), U_EXTENDED_CHAR_NAME,
                              name, sizeof name, &status);
  std::string out = fmt::format("U+{:04X}", static_cast<uint32_t>(cp));
  if (U_SUCCESS(status) && length > 0) {
    out += ' ';
    out.append(name, static_cast<size_t>(length));
  }
  return out;
}

int DisplayWidth(char32_t cp) {
  UChar32 c = static_cast<UChar32>(cp);
  if (IsMark(cp) || u_charType(c) == U_FORMAT_CHAR) return 0;
  int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

size_t SkipWhiteSpace(std::string_view text, size_t at, size_t end) {
  return SkipForward(text, at, end, IsWhiteSpace);
}

size_t SkipWhiteSpaceBack(std::string_view text, size_t at, size_t begin) {
  return SkipBack(text, at, begin, IsWhiteSpace);
}

size_t SkipLetters(std::string_view text, size_t at, size_t end) {
  return SkipForward(text, at, end, IsLetter);
}

size_t SkipLettersBack(std::string_view text, size_t at, size_t begin) {
  return SkipBack(text, at, begin, IsLetter);
}

int ScriptOf(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
  return U_SUCCESS(status) ? script : USCRIPT_UNKNOWN;
}

std::string ScriptName(int script) {
  const char* name = uscript_getName(static_cast<UScriptCode>(script));
  std::string out = name ? name : "Unknown";
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  return out;
}

bool IsNeutralScript(int script) {
  return script == USCRIPT_COMMON || script == USCRIPT_INHERITED ||
         script == USCRIPT_UNKNOWN;
}

bool IsLatinScript(int script) { return script == USCRIPT_LATIN; }

bool IsHanScript(int script) { return script == USCRIPT_HAN; }

int ScriptFamily(int script) {
  switch (script) {
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
    case USCRIPT_BOPOMOFO:
      return USCRIPT_HAN;
    default:
      return script;
  }
}

std::string AsciiLowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

std::string FoldCase(std::string_view utf8) {
  if (IsAscii(utf8)) return AsciiLowered(utf8);
  std::string out;
  icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

bool IsNfc(std::string_view utf8) {
  if (IsAscii(utf8)) return true;
  UErrorCode status = U_ZERO_ERROR;
  bool yes = Nfc().isNormalizedUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status);
  return U_SUCCESS(status) && yes;
}

std::string ToNfc(std::string_view utf8) { return Normalize(Nfc(), utf8); }

std::string StripDiacritics(std::string_view utf8) {
  std::string decomposed = Normalize(Nfd(), utf8);
  std::string out;
  for (size_t i = 0; i < decomposed.size();) {
    DecodedCodePoint d = DecodeUtf8(decomposed, i);
    if (!IsMark(d.code_point)) out.append(decomposed, i, d.length);
    i += d.length;
  }
  return out;
}

bool NfcBoundaryBefore(char32_t cp) {
  return Nfc().hasBoundaryBefore(static_cast<UChar32>(cp));
}

int CombiningClass(char32_t cp) {
  return u_getCombiningClass(static_cast<UChar32>(cp));
}

size_t LongestMarkRun(std::string_view utf8) {
  size_t longest = 0;
  size_t run = 0;
  for (size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {  // ASCII: class 0
      run = 0;
      i = SkipAscii(utf8, i);
      continue;
    }
    DecodedCodePoint d = DecodeUtf8(utf8, i);
    if (d.code_point != kInvalidCodePoint && CombiningClass(d.code_point)) {
      longest = std::max(longest, ++run);
    } else {
      run = 0;
    }
    i += d.length;
  }
  return longest;
}

}  // namespace mtlint
