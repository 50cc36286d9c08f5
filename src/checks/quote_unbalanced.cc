#include "checks/quote_unbalanced.h"

#include <fmt/format.h>

#include "analysis/quotes.h"
#include "text/utf8.h"

namespace mtlint {

void QuoteUnbalancedCheck::Run(const Document& doc,
                               DiagnosticSink& sink) const {
  for (const UnpairedMark& m : doc.quotes().unpaired) {
    std::string mark(doc.Text(m.range));
    switch (m.problem) {
      case MarkProblem::kUnclosedQuote:
        sink.Report(Severity::kWarning, m.range,
                    fmt::format("opening quote '{}' is never closed", mark));
        break;
      case MarkProblem::kUnclosedBracket:
        sink.Report(
            Severity::kWarning, m.range,
            fmt::format(
                "opening '{}' has no closing '{}' in its paragraph", mark,
                EncodeUtf8(ClosingMarkOf(
                    DecodeUtf8(doc.text(), m.range.begin).code_point))));
        break;
      case MarkProblem::kStrayQuote:
        sink.Report(
                Severity::kWarning, m.range,
                fmt::format("closing quote '{}' has no opening quote", mark))
            .notes.push_back(
                "machine translation often drops the words of a quotation "
                "and leaves its closing mark");
        break;
      case MarkProblem::kStrayBracket:
        sink.Report(Severity::kWarning, m.range,
                    fmt::format("closing '{}' has no opening one", mark));
        break;
      case MarkProblem::kOddStraight:
        sink.Report(Severity::kWarning, m.range,
                    "straight double quote '\"' has no partner");
        break;
    }
  }
}

}  // namespace mtlint
