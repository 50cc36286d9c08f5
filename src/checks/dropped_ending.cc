#include "checks/dropped_ending.h"

#include <fmt/format.h>

#include "text/utf8.h"

namespace mtlint {
namespace {

bool IsClosingQuote(std::string_view mark) {
  return mark == "\u201D" || mark == "\u00BB";
}

}  // namespace

DroppedEndingCheck::DroppedEndingCheck(const CheckContext& context)
    : grammar_(context.dictionaries.grammar()) {}

void DroppedEndingCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  const std::vector<Token>& tokens = doc.tokens();
  // The word tokens that end a sentence or the text before a closing
  // quote: where a cut-short clause shows.
  auto judge = [&](uint32_t first, uint32_t last) {
    const Token& end = tokens[last];
    std::string_view word = doc.Folded(last);
    // "vitamin A." ends on a name, not on the article.
    if (word == doc.Text(end) && grammar_.closing_words.Has(word)) {
      sink.Report(
          Severity::kWarning, end.range(),
          fmt::format("the sentence ends on '{}': words seem to be missing",
                      doc.Text(end)));
      return;
    }
    // "adding that talk": what was said after "that" is one word long.
    for (uint32_t that = last; that > first && last - that <= 1; --that) {
      if (doc.Folded(that) != "that" || !tokens[that - 1].is_word() ||
          !grammar_.reporting_verbs.Has(doc.Folded(that - 1))) {
        continue;
      }
      ByteRange range{tokens[that - 1].begin, end.end};
      sink.Report(
          Severity::kWarning, range,
          fmt::format("'{}' ends the sentence: what was said after 'that' "
                      "seems to be missing",
                      doc.Text(range)));
      return;
    }
  };
  for (const Sentence& s : doc.sentences()) {
    uint32_t last_word = s.end_token;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (tokens[i].is_word()) {
        last_word = i;
      } else if (IsClosingQuote(doc.Text(tokens[i])) &&
                 last_word != s.end_token && last_word + 1 == i) {
        judge(s.first_token, last_word);
        last_word = s.end_token;  // judged
      }
    }
    if (last_word != s.end_token) judge(s.first_token, last_word);
  }
}

}  // namespace mtlint
