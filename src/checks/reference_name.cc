#include "checks/reference_name.h"

#include <fmt/format.h>

namespace mtlint {

ReferenceNameCheck::ReferenceNameCheck(const CheckContext& context)
    : facts_(ReferenceFactsFor(context, "reference-name")) {}

void ReferenceNameCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  if (!facts_) return;
  for (const Respelling& r : facts_->FindRespellings(doc)) {
    Diagnostic& d =
        sink.Report(Severity::kWarning, r.range,
                    fmt::format("'{}' is spelled '{}' in the reference",
                                doc.Text(r.range), r.spelling));
    d.fixes.push_back(ReplaceFix(fmt::format("write '{}'", r.spelling), r.range,
                                 r.spelling, false));
    d.notes.push_back(fmt::format("{}: {}", r.where, r.name));
  }
}

}  // namespace mtlint
