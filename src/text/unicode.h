#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mtlint {

// ICU's answers for the helpers below, which answer ASCII themselves
// (tests/unit/unicode_test.cc holds them to ICU's for every ASCII
// character).
namespace icu_properties {
bool IsLetter(char32_t cp);
bool IsUpper(char32_t cp);
bool IsLower(char32_t cp);
bool IsDigit(char32_t cp);
bool IsWhiteSpace(char32_t cp);
}  // namespace icu_properties

// Character properties from ICU, behind small helpers so that ICU headers stay
// inside src/text. Most text is ASCII, which is answered here.
inline bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return icu_properties::IsLetter(cp);
}
inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return icu_properties::IsUpper(cp);
}
inline bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return icu_properties::IsLower(cp);
}
inline bool IsDigit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return icu_properties::IsDigit(cp);
}
// 'A' to 'Z' lowered, every other byte as it is: ASCII case, whatever the
// C locale says.
inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
// `s` with AsciiLower applied to every byte.
std::string AsciiLowered(std::string_view s);
// Whether every byte of `s` is ASCII.
bool IsAscii(std::string_view s);

// Tab, line feed, vertical tab, form feed, carriage return, space.
inline bool IsWhiteSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return icu_properties::IsWhiteSpace(cp);
}
bool IsMark(char32_t cp);
bool IsEmoji(char32_t cp);
// Controls, format characters (zero-width, bidi) and line separators: what a
// terminal shows as nothing or garbles.
bool IsInvisible(char32_t cp);
// "U+200B ZERO WIDTH SPACE"
std::string DescribeCodePoint(char32_t cp);
// Columns the code point takes in a terminal: 0 for marks, 2 for wide ones.
int DisplayWidth(char32_t cp);

// Runs of white space or letters in UTF-8 text: where the run that starts
// at `at` ends, going no further than `end`, and where the run that ends at
// `at` starts, going back no further than `begin`.
size_t SkipWhiteSpace(std::string_view text, size_t at, size_t end);
size_t SkipWhiteSpaceBack(std::string_view text, size_t at, size_t begin);
size_t SkipLetters(std::string_view text, size_t at, size_t end);
size_t SkipLettersBack(std::string_view text, size_t at, size_t begin);

// Scripts: ICU UScriptCode values.
int ScriptOf(char32_t cp);
// The script's English name ("Han", "Cyrillic").
std::string ScriptName(int script);
// Common and Inherited characters belong to any script.
bool IsNeutralScript(int script);
bool IsLatinScript(int script);
bool IsHanScript(int script);
// Scripts that share one run of untranslated text: Han with kana, Hangul and
// Bopomofo, as ICU's script extensions do for CJK.
int ScriptFamily(int script);

// Full Unicode case folding, for comparisons.
std::string FoldCase(std::string_view utf8);

// Normalization form C.
bool IsNfc(std::string_view utf8);
std::string ToNfc(std::string_view utf8);
// The text without its combining marks ("Kahramanmaraş" → "Kahramanmaras"):
// spellings that differ only in them are one name.
std::string StripDiacritics(std::string_view utf8);
// Whether NFC never combines this code point with anything before it.
bool NfcBoundaryBefore(char32_t cp);
// The canonical combining class: 0 for starters, above 0 for the combining
// marks that normalization sorts.
int CombiningClass(char32_t cp);
// The most code points of combining class above 0 in a row. IsNfc and
// ToNfc sort such a row in time quadratic in its length.
size_t LongestMarkRun(std::string_view utf8);

}  // namespace mtlint
