#include "checks/dropped_verb.h"

#include <fmt/format.h>

#include "analysis/type_memo.h"
#include "text/word_shape.h"

namespace mtlint {
namespace {

// Longest name taken as a subject: "Wang Yi", "Luiz Inácio Lula".
constexpr uint32_t kMaxSubjectWords = 3;

bool IsObjectPronoun(std::string_view lowercase) {
  return lowercase == "him" || lowercase == "her" || lowercase == "them" ||
         lowercase == "me" || lowercase == "us" || lowercase == "it" ||
         lowercase == "you";
}

}  // namespace

DroppedVerbCheck::DroppedVerbCheck(const CheckContext& context)
    : grammar_(context.dictionaries.grammar()) {}

void DroppedVerbCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  auto spaced = [&](uint32_t a) {
    return text.substr(tokens[a].end, tokens[a + 1].begin - tokens[a].end) ==
           " ";
  };
  TypeMemo<bool> have(doc), slot(doc);  // 'had', and 'with' after it
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t h = s.first_token + 1; h + 1 < s.end_token; ++h) {
      // "<subject> had with <object>": 'had' followed straight by a
      // preposition it cannot take.
      // The rarest condition first: most tokens are no form of 'have'.
      if (!tokens[h].is_word() ||
          !have(h, [&] { return grammar_.have_forms.Has(doc.Folded(h)); }) ||
          !tokens[h + 1].is_word() || !spaced(h - 1) || !spaced(h) ||
          !slot(h + 1, [&] {
            return grammar_.slot_prepositions.Has(doc.Folded(h + 1));
          })) {
        continue;
      }
      // "They had with them a letter" is old but right.
      if (h + 2 < s.end_token && IsObjectPronoun(doc.Folded(h + 2))) {
        continue;
      }
      // The subject opens a clause: "the talks he had with X" is a
      // relative clause, where the verb is 'had' itself.
      uint32_t subject = h - 1;
      bool pronoun = grammar_.subject_pronouns.Has(doc.Folded(subject));
      if (!pronoun) {
        if (!StartsUpper(doc.Text(tokens[subject]))) continue;
        while (subject > s.first_token && h - subject < kMaxSubjectWords &&
               tokens[subject - 1].is_word() &&
               StartsUpper(doc.Text(tokens[subject - 1])) &&
               spaced(subject - 1)) {
          --subject;
        }
      }
      bool opens_clause = subject == s.first_token;
      if (!opens_clause) {
        std::string_view before = doc.Text(tokens[subject - 1]);
        opens_clause =
            before == "," || before == ";" || doc.Folded(subject - 1) == "and";
      }
      if (!opens_clause) continue;
      std::string_view have = doc.Text(tokens[h]);
      sink.Report(
          Severity::kWarning, {tokens[h].begin, tokens[h + 1].end},
          fmt::format("'{} {}': the verb after '{}' is missing ('{} talks {}', "
                      "'met {}'?)",
                      have, doc.Text(tokens[h + 1]), have, have,
                      doc.Text(tokens[h + 1]), doc.Text(tokens[h + 1])));
    }
  }
}

}  // namespace mtlint
