#include "text/sentence_breaks.h"

#include <array>
#include <cstdint>

#include "text/byte_set.h"
#include "text/sentence_break_class.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// The Sentence_Break values that can start or stretch a sentence's end.
enum class End : uint8_t {
  kNone,        // no part of a sentence end
  kTerminator,  // ATerm or STerm: '.', '!', '?'
  kClose,       // closing quotes and brackets after a terminator
  kSpace,       // Sp, and the line breaks the segmenter turns into spaces
  kSeparator,   // a paragraph separator: always a break
};

End FromIcu(char32_t cp) {
  switch (SentenceBreakClassOf(cp)) {
    case SentenceBreakClass::kATerm:
    case SentenceBreakClass::kSTerm:
      return End::kTerminator;
    case SentenceBreakClass::kClose:
      return End::kClose;
    case SentenceBreakClass::kSp:
    case SentenceBreakClass::kLineBreak:
      return End::kSpace;
    case SentenceBreakClass::kSep:
      return End::kSeparator;
    default:
      return End::kNone;
  }
}

using AsciiEnds = std::array<End, 128>;

const AsciiEnds& AsciiEndClasses() {
  static const AsciiEnds table = [] {
    AsciiEnds t;
    for (char32_t c = 0; c < t.size(); ++c) t[c] = FromIcu(c);
    return t;
  }();
  return table;
}

End EndClass(const AsciiEnds& ascii, char32_t cp) {
  if (cp < ascii.size()) return ascii[cp];
  if (cp == kInvalidCodePoint) return End::kNone;  // U+FFFD to ICU
  return FromIcu(cp);
}

}  // namespace

bool MayEndSentenceInside(std::string_view paragraph) {
  const AsciiEnds& ascii = AsciiEndClasses();
  // The final end, SATerm+ Close* Sp* (rules SB9 and SB10 keep it whole),
  // read backwards.
  size_t end = paragraph.size();
  auto skip_back = [&](End what) {
    size_t skipped = 0;
    while (end > 0) {
      DecodedCodePoint d = DecodeUtf8Before(paragraph, end);
      if (EndClass(ascii, d.code_point) != what) break;
      end -= d.length;
      ++skipped;
    }
    return skipped;
  };
  size_t tail = end;
  skip_back(End::kSpace);
  skip_back(End::kClose);
  if (skip_back(End::kTerminator) == 0) end = tail;
  // Before it, any terminator or separator may end a sentence: in ASCII
  // only '.', '!' and '?' are either (tests/unit/segmenter_engines_test.cc
  // holds this to ICU), so bytes are compared until one of them or a byte
  // above ASCII.
  constexpr ByteSet kStops = ByteSet(".!?").With(0x80, 0xFF);
  for (size_t i = kStops.Find(paragraph, 0, end); i < end;
       i = kStops.Find(paragraph, i, end)) {
    if (static_cast<unsigned char>(paragraph[i]) < 0x80) return true;
    DecodedCodePoint d = DecodeUtf8Sequence(paragraph, i);
    End e = EndClass(ascii, d.code_point);
    if (e == End::kTerminator || e == End::kSeparator) return true;
    i += d.length;
  }
  return false;
}

}  // namespace mtlint
