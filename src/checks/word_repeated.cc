#include "checks/word_repeated.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "text/unicode.h"
#include "text/word_shape.h"

namespace mtlint {
namespace {

// Words that English grammar repeats on purpose: "he had had enough",
// "what it is is clear", "he said that that was wrong", "they do do it".
constexpr std::array<std::string_view, 8> kLegitimateRepeats = {
    "had", "that", "is", "do", "does", "did", "was", "ha"};

// Chinese and Japanese write words without spaces and repeat them as
// grammar (研究研究, 看看), so only a repeat set apart by white space counts:
// spaces, or the line break of hard-wrapped text.
bool SpacesBetween(std::string_view text, size_t begin, size_t end) {
  return begin < end &&
         std::all_of(text.begin() + begin, text.begin() + end, [](char c) {
           return c == ' ' || c == '\t' || c == '\n' || c == '\r';
         });
}

}  // namespace

void WordRepeatedCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
      const Token& prev = tokens[i - 1];
      const Token& cur = tokens[i];
      if (!prev.is_word() || !cur.is_word()) continue;
      // Most neighbours differ in their first letter, which folding keeps:
      // the foldings are compared only when the first bytes agree.
      char first = text[prev.begin], second = text[cur.begin];
      if (static_cast<unsigned char>(first) < 0x80 &&
          static_cast<unsigned char>(second) < 0x80 &&
          AsciiLower(first) != AsciiLower(second)) {
        continue;
      }
      if (!SpacesBetween(text, prev.end, cur.begin)) continue;
      std::string_view a = doc.Text(prev);
      std::string_view b = doc.Text(cur);
      std::string_view folded = doc.Folded(i - 1);
      if (folded != doc.Folded(i)) continue;
      if (std::find(kLegitimateRepeats.begin(), kLegitimateRepeats.end(),
                    folded) != kLegitimateRepeats.end()) {
        continue;
      }
      // Two capitalised words are a name ("Bora Bora", "Biden Biden"): the
      // name checks judge those.
      if (StartsUpper(a) && StartsUpper(b)) continue;
      Diagnostic& d = sink.Report(Severity::kWarning, {prev.begin, cur.end},
                                  fmt::format("word '{}' is repeated", b));
      // Removing an exact repeat is safe; with different case, which one
      // to keep is the editor's call.
      d.fixes.push_back(ReplaceFix("remove the repeated word",
                                   {prev.end, cur.end}, "", a == b));
    }
  }
}

}  // namespace mtlint
