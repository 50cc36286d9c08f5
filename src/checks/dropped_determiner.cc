#include "checks/dropped_determiner.h"

#include <fmt/format.h>

#include "analysis/type_memo.h"

namespace mtlint {

DroppedDeterminerCheck::DroppedDeterminerCheck(const CheckContext& context)
    : grammar_(context.dictionaries.grammar()) {}

void DroppedDeterminerCheck::Run(const Document& doc,
                                 DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  // A determiner, and a word that cannot follow one.
  TypeMemo<bool> determiner(doc), cannot_follow(doc);
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
      const Token& det = tokens[i];
      const Token& next = tokens[i + 1];
      // The rarest condition first: most tokens are no determiner.
      if (!det.is_word() || !determiner(i, [&] {
            return grammar_.determiners.Has(doc.Folded(i));
          })) {
        continue;
      }
      if (!next.is_word() ||
          text.substr(det.end, next.begin - det.end) != " ") {
        continue;
      }
      // "Plan A is ready": a capital "A" mid-sentence is a name, not the
      // article; "the by-election": a hyphen makes a compound.
      std::string_view written = doc.Text(det);
      if (i != s.first_token && doc.Folded(i) != written) continue;
      if (next.end < text.size() && text[next.end] == '-') continue;
      if (!cannot_follow(i + 1, [&] {
            std::string_view word = doc.Folded(i + 1);
            return grammar_.prepositions.Has(word) ||
                   grammar_.auxiliaries.Has(word);
          })) {
        continue;
      }
      sink.Report(Severity::kWarning, {det.begin, next.end},
                  fmt::format("'{} {}': a word is missing after '{}'", written,
                              doc.Text(next), written));
    }
  }
}

}  // namespace mtlint
