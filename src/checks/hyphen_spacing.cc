#include "checks/hyphen_spacing.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

bool IsHyphen(char32_t cp) {
  return cp == U'-' || cp == U'\u2010' || cp == U'\u2011';
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// "pre- and post-war": a suspended hyphen is followed by a conjunction.
bool IsSuspendedHyphen(std::string_view text, size_t word_begin) {
  static constexpr std::array<std::string_view, 4> kConjunctions = {
      "and ", "or ", "to ", "nor "};
  std::string_view rest = text.substr(word_begin);
  for (std::string_view c : kConjunctions) {
    if (rest.substr(0, c.size()) == c) return true;
  }
  return false;
}

// "he said -and I quote- that": a clause word on the spaced side of the
// hyphen means a dash typed as a hyphen, not a broken compound.
bool IsClauseWord(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "and", "or",  "but",   "nor",  "so",  "the", "a",    "an",   "i",
      "we",  "he",  "she",   "it",   "they", "you", "that", "which", "who",
      "this", "these"};
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

// The start of the word that ends at `end`, and the end of the one that
// starts at `begin`.
size_t WordStart(std::string_view text, size_t end) {
  while (end > 0) {
    DecodedCodePoint d = DecodeUtf8Before(text, end);
    if (!IsLetter(d.code_point)) break;
    end -= d.length;
  }
  return end;
}

size_t WordEnd(std::string_view text, size_t begin) {
  while (begin < text.size()) {
    DecodedCodePoint d = DecodeUtf8(text, begin);
    if (!IsLetter(d.code_point)) break;
    begin += d.length;
  }
  return begin;
}

void Report(const Document& doc, DiagnosticSink& sink, size_t word_begin,
            size_t word_end, ByteRange spaces, std::string_view side) {
  std::string_view text = doc.text();
  std::string joined(text.substr(word_begin, spaces.begin - word_begin));
  joined += text.substr(spaces.end, word_end - spaces.end);
  std::string_view original = text.substr(word_begin, word_end - word_begin);
  Diagnostic& d = sink.Report(
      Severity::kWarning, {word_begin, word_end},
      fmt::format("space {} the hyphen in '{}'", side, original));
  d.fixes.push_back(
      ReplaceFix(fmt::format("join as '{}'", joined), spaces, "", true));
}

}  // namespace

void HyphenSpacingCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  for (const Paragraph& p : doc.paragraphs()) {
    for (size_t i = p.range.begin; i < p.range.end;) {
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
            !IsClauseWord(text.substr(after, WordEnd(text, after) - after))) {
          Report(doc, sink, WordStart(text, s), WordEnd(text, after), {s, i},
                 "before");
        }
      } else if (!space_before && space_after) {
        // "well- known": a letter, the hyphen, spaces, a lowercase letter.
        size_t e = after;
        while (e < p.range.end && IsSpace(text[e])) ++e;
        if (e < p.range.end && IsLetter(DecodeUtf8Before(text, i).code_point) &&
            IsLower(DecodeUtf8(text, e).code_point) &&
            !IsSuspendedHyphen(text, e) &&
            !IsClauseWord(text.substr(e, WordEnd(text, e) - e))) {
          Report(doc, sink, WordStart(text, i), WordEnd(text, e), {after, e},
                 "after");
        }
      }
      i = after;
    }
  }
}

}  // namespace mtlint
