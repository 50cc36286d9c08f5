#include "text/latin_sentence_breaker.h"

#include "text/byte_set.h"
#include "text/latin_table.h"
#include "text/sentence_break_class.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

using Class = SentenceBreakClass;

// Line breaks, separators, marks and formatting need rules this breaker
// lacks: text with them goes to ICU. So does text outside the table.
constexpr Class kUnhandled = Class::kExtend;

const LatinTable<Class>& Classes() {
  static const LatinTable<Class> table(
      [](char32_t c) {
        Class k = SentenceBreakClassOf(c);
        return k == Class::kLineBreak || k == Class::kSep ? kUnhandled : k;
      },
      kUnhandled);
  return table;
}

bool IsTerminator(Class c) { return c == Class::kATerm || c == Class::kSTerm; }

// The bytes the scan stops at: ASCII terminators and the ASCII this breaker
// cannot handle, and every byte above ASCII, which is decoded. The ASCII in
// between only sets the class before the next terminator.
const ByteSet& Stops() {
  static const ByteSet stops = [] {
    ByteSet set = ByteSet("").With(0x80, 0xFF);
    for (unsigned char c = 0; c < 0x80; ++c) {
      Class k = Classes()(c);
      if (IsTerminator(k) || k == kUnhandled) set = set.With(c, c);
    }
    return set;
  }();
  return stops;
}

}  // namespace

LatinSentenceBreaker::LatinSentenceBreaker() : suppressions_("en") {}

bool LatinSentenceBreaker::Breaks(std::string_view text,
                                  std::vector<size_t>* out) const {
  if (!suppressions_.usable()) return false;
  const LatinTable<Class>& class_of = Classes();
  const size_t mark = out->size();
  // The class of the character at `i` and its length; kOther for the end.
  auto at = [&](size_t i, size_t* length) {
    if (i >= text.size()) {
      *length = 0;
      return Class::kOther;
    }
    DecodedCodePoint d = DecodeUtf8(text, i);
    *length = d.length;
    return class_of(d.code_point);
  };
  auto fail = [&] {
    out->resize(mark);
    return false;
  };
  const ByteSet& stops = Stops();
  Class previous = Class::kOther;  // the class before character i
  for (size_t i = 0; i < text.size();) {
    if (size_t stop = stops.Find(text, i, text.size()); stop > i) {
      previous = class_of(static_cast<unsigned char>(text[stop - 1]));
      i = stop;
      continue;
    }
    size_t length;
    Class c = at(i, &length);
    if (c == kUnhandled) return fail();
    i += length;
    if (!IsTerminator(c)) {
      previous = c;
      continue;
    }
    // A run of terminators (SB8a keeps "?!" together), then its closing
    // marks and spaces (SB9, SB10): a break may follow them, at q.
    Class before_last = previous, last = c;
    Class next = at(i, &length);
    while (IsTerminator(next)) {
      before_last = last;
      last = next;
      i += length;
      next = at(i, &length);
    }
    previous = last;
    size_t q = i;
    while (next == Class::kClose) next = at(q += length, &length);
    while (next == Class::kSp) next = at(q += length, &length);
    if (next == kUnhandled) return fail();
    if (q == text.size()) continue;
    bool adjacent = q == i;
    if (last == Class::kATerm) {
      // SB6 "3.5", SB7 "U.S"
      if (adjacent && next == Class::kNumeric) continue;
      if (adjacent && next == Class::kUpper &&
          (before_last == Class::kUpper || before_last == Class::kLower)) {
        continue;
      }
      // SB8: "etc. and", "(p. 5) more": a lower-case letter before any
      // other letter or terminator.
      size_t r = q;
      Class k = next;
      while (r < text.size() && k != Class::kOLetter && k != Class::kUpper &&
             k != Class::kLower && !IsTerminator(k)) {
        if (k == kUnhandled) return fail();
        k = at(r += length, &length);
      }
      if (k == kUnhandled) return fail();
      if (k == Class::kLower) continue;
    }
    // SB8a: "Yes?, he said", "Wait... ."
    if (next == Class::kSContinue || IsTerminator(next)) continue;
    // SB11, unless ICU's abbreviation list takes the break back.
    if (!suppressions_.Suppresses(text, q)) out->push_back(q);
  }
  return true;
}

}  // namespace mtlint
