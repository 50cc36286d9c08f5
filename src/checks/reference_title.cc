#include "checks/reference_title.h"

#include <fmt/format.h>

#include "text/unicode.h"

namespace mtlint {

ReferenceTitleCheck::ReferenceTitleCheck(const CheckContext& context)
    : facts_(ReferenceFactsFor(context, "reference-title")) {}

void ReferenceTitleCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  if (!facts_) return;
  for (const TitleConflict& c : facts_->FindTitleConflicts(doc)) {
    const ReferencePerson::Titled& title = c.person->titles.front();
    std::string_view written = doc.Text(c.range);
    // The article's casing: "the vice premier" stays lowercase.
    std::string replacement =
        FoldCase(written) == written ? FoldCase(title.phrase) : title.phrase;
    Diagnostic& d =
        sink.Report(Severity::kWarning, c.range,
                    fmt::format("the reference calls {} '{}', not '{}'",
                                c.person->name, title.phrase, written));
    d.fixes.push_back(ReplaceFix(fmt::format("write '{}'", replacement),
                                 c.range, replacement, false));
    d.notes.push_back(
        fmt::format("{}: {}", title.quote.where, title.quote.text));
  }
}

}  // namespace mtlint
