#include "checks/hyphen_spacing.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "text/byte_set.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

bool IsHyphen(char32_t cp) {
  return cp == U'-' || cp == U'\u2010' || cp == U'\u2011';
}

// The first bytes of the hyphens: '-', and 0xE2 of U+2010 and U+2011.
constexpr ByteSet kHyphenStarts("-\xE2");

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

bool HyphenAt(std::string_view text, size_t at) {
  return at < text.size() && IsHyphen(DecodeUtf8(text, at).code_point);
}

size_t WordStart(std::string_view text, size_t end) {
  return SkipLettersBack(text, end, 0);
}

size_t WordEnd(std::string_view text, size_t begin) {
  return SkipLetters(text, begin, text.size());
}

// Words that link the two halves of suspended compounds. Hard-wrapped text
// may break the line anywhere inside or after them, so any white space
// separates their words.
constexpr std::array<std::string_view, 6> kConnectors = {
    "and", "or", "to", "nor", "versus", "as well as"};

// Where `phrase` ends if it starts at `at`, or npos.
size_t MatchForward(std::string_view text, ByteRange para, size_t at,
                    std::string_view phrase) {
  while (true) {
    size_t space = std::min(phrase.find(' '), phrase.size());
    size_t end = WordEnd(text, at);
    if (text.substr(at, end - at) != phrase.substr(0, space)) {
      return std::string_view::npos;
    }
    if (space == phrase.size()) return end;
    phrase.remove_prefix(space + 1);
    at = SkipWhiteSpace(text, end, para.end);
    if (at == end) return std::string_view::npos;
  }
}

// Where `phrase` starts if it ends at `at`, or npos.
size_t MatchBackward(std::string_view text, ByteRange para, size_t at,
                     std::string_view phrase) {
  while (true) {
    size_t space = phrase.rfind(' ');
    size_t start = WordStart(text, at);
    // With no space left, npos + 1 is 0: the whole phrase is one word.
    if (text.substr(start, at - start) != phrase.substr(space + 1)) {
      return std::string_view::npos;
    }
    if (space == std::string_view::npos) return start;
    phrase.remove_suffix(phrase.size() - space);
    at = SkipWhiteSpaceBack(text, start, para.begin);
    if (at == start) return std::string_view::npos;
  }
}

// "pre- and post-war", "short- to medium-term": the second compound
// follows the connector. A connector with a hyphen of its own belongs to a
// compound: "up- and-coming" is a broken "up-and-coming".
bool IsSuspendedHyphen(std::string_view text, ByteRange para,
                       size_t word_begin) {
  for (std::string_view connector : kConnectors) {
    size_t end = MatchForward(text, para, word_begin, connector);
    if (end == std::string_view::npos) continue;
    if (end == para.end || SkipWhiteSpace(text, end, para.end) > end) {
      return true;
    }
  }
  return false;
}

// "state-owned and -operated": the mirror image, whose second compound
// leaves out the part it shares with the first. "hit-and -run" has no
// connector of its own: it is a broken compound.
bool IsSuspendedSecondPart(std::string_view text, ByteRange para,
                           size_t spaces_begin) {
  for (std::string_view connector : kConnectors) {
    size_t begin = MatchBackward(text, para, spaces_begin, connector);
    if (begin == std::string_view::npos) continue;
    if (begin == para.begin ||
        SkipWhiteSpaceBack(text, begin, para.begin) < begin) {
      return true;
    }
  }
  return false;
}

// "he said -and I quote- that": a clause word on the spaced side of the
// hyphen means a dash typed as a hyphen, not a broken compound. A clause
// word followed by a hyphen starts a compound: "hit- and-run".
bool IsClauseWordAt(std::string_view text, size_t begin) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "and", "or",   "but",   "nor", "so",   "the",  "a",
      "an",  "i",    "we",    "he",  "she",  "it",   "they",
      "you", "that", "which", "who", "this", "these"};
  size_t end = WordEnd(text, begin);
  if (HyphenAt(text, end)) return false;
  std::string word = FoldCase(text.substr(begin, end - begin));
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

void Report(const Document& doc, DiagnosticSink& sink, size_t word_begin,
            size_t word_end, ByteRange spaces, std::string_view side) {
  std::string_view text = doc.text();
  std::string joined(text.substr(word_begin, spaces.begin - word_begin));
  joined += text.substr(spaces.end, word_end - spaces.end);
  std::string_view original = text.substr(word_begin, word_end - word_begin);
  Diagnostic& d =
      sink.Report(Severity::kWarning, {word_begin, word_end},
                  fmt::format("space {} the hyphen in '{}'", side, original));
  d.fixes.push_back(
      ReplaceFix(fmt::format("join as '{}'", joined), spaces, "", true));
}

// A word of lowercase letters only, after white space, an opening bracket
// or quote, or the start of the paragraph: not the end of a longer
// compound ("mother-in-Law"), an address or a number.
bool IsLowercaseWord(std::string_view text, ByteRange para, ByteRange word) {
  if (word.begin > para.begin) {
    char32_t cp = DecodeUtf8Before(text, word.begin).code_point;
    if (!IsWhiteSpace(cp) && cp != U'(' && cp != U'[' && cp != U'"' &&
        cp != U'\u201C' && cp != U'\u2018') {
      return false;
    }
  }
  return !AnyCodePoint(word.In(text), [](char32_t cp) { return !IsLower(cp); });
}

// The fix inserts the spaces and leaves the hyphen: which dash the house
// prefers is its own choice.
void ReportDash(DiagnosticSink& sink, std::string_view text, ByteRange before,
                ByteRange hyphen, ByteRange after) {
  std::string_view original = ByteRange{before.begin, after.end}.In(text);
  std::string spaced =
      fmt::format("{} {} {}", before.In(text), hyphen.In(text), after.In(text));
  Diagnostic& d =
      sink.Report(Severity::kWarning, {before.begin, after.end},
                  fmt::format("hyphen used as a dash in '{}'", original));
  d.fixes.push_back(Fix{fmt::format("space it as a dash: '{}'", spaced),
                        {Edit{{hyphen.begin, hyphen.begin}, " "},
                         Edit{{hyphen.end, hyphen.end}, " "}},
                        false});
}

}  // namespace

HyphenSpacingCheck::HyphenSpacingCheck(const CheckContext& context)
    : grammar_(context.dictionaries.grammar()) {}

// "a crisis of trust-Reuters", the second word known to be capitalised: no
// compound joins a lowercase word to a capitalised one but those of prefixes
// ("anti-American", "al-Qaeda") and a few second words ("far-Right"), so the
// hyphen stands for a dash. One capital letter ("class-A shares", "plan-B") is
// a compound of its own.
bool HyphenSpacingCheck::JoinsLikeDash(std::string_view text, ByteRange before,
                                       ByteRange after) const {
  if (CountCodePoints(before.In(text)) < 2 ||
      CountCodePoints(after.In(text)) < 2) {
    return false;
  }
  return !grammar_.hyphen_prefixes.Has(before.In(text)) &&
         !grammar_.hyphen_capitalised.Has(FoldCase(after.In(text)));
}

void HyphenSpacingCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  for (const Paragraph& p : doc.paragraphs()) {
    for (size_t i = kHyphenStarts.Find(text, p.range.begin, p.range.end);
         i < p.range.end; i = kHyphenStarts.Find(text, i, p.range.end)) {
      DecodedCodePoint hyphen = DecodeUtf8(text, i);
      size_t after = i + hyphen.length;
      if (!IsHyphen(hyphen.code_point) || i == p.range.begin ||
          after >= p.range.end) {
        i = after;
        continue;
      }
      bool space_before = IsSpace(text[i - 1]);
      bool space_after = IsSpace(text[after]);
      if (space_before && !space_after) {
        // "high -level": a letter, spaces, the hyphen, a letter.
        size_t s = i;
        while (s > p.range.begin && IsSpace(text[s - 1])) --s;
        if (s > p.range.begin &&
            IsLetter(DecodeUtf8Before(text, s).code_point) &&
            IsLetter(DecodeUtf8(text, after).code_point) &&
            !IsSuspendedSecondPart(text, p.range, s) &&
            !IsClauseWordAt(text, after)) {
          Report(doc, sink, WordStart(text, s), WordEnd(text, after), {s, i},
                 "before");
        }
      } else if (!space_before && space_after) {
        // "well- known": a letter, the hyphen, spaces, a lowercase letter.
        size_t e = after;
        while (e < p.range.end && IsSpace(text[e])) ++e;
        if (e < p.range.end && IsLetter(DecodeUtf8Before(text, i).code_point) &&
            IsLower(DecodeUtf8(text, e).code_point) &&
            !IsSuspendedHyphen(text, p.range, e) && !IsClauseWordAt(text, e)) {
          Report(doc, sink, WordStart(text, i), WordEnd(text, e), {after, e},
                 "after");
        }
      } else if (!space_before && !space_after &&
                 IsUpper(DecodeUtf8(text, after).code_point)) {
        ByteRange before{WordStart(text, i), i};
        ByteRange next{after, WordEnd(text, after)};
        if (IsLowercaseWord(text, p.range, before) &&
            JoinsLikeDash(text, before, next)) {
          ReportDash(sink, text, before, {i, after}, next);
        }
      }
      i = after;
    }
  }
}

}  // namespace mtlint
