#include "checks/reference_number.h"

#include <fmt/format.h>

#include <algorithm>

namespace mtlint {
namespace {

// Numbers compared: what a news story quotes. Word numbers below ten
// ("one of", "two sides") and ordinals say too little.
bool Comparable(const NumberMention& n) {
  if (n.attached || n.kind == NumberKind::kOrdinal ||
      n.kind == NumberKind::kMonth) {
    return false;
  }
  return n.digits || n.value >= 10;
}

// Two numbers are about the same thing when they are of one kind and
// currency and their sentences say the same around them: two content
// words near both, or one and a name of both sentences.
size_t Affinity(const NumberMention& a, const NumberContext& a_context,
                const ReferenceNumber& b) {
  if (a.kind != b.number.kind || a.currency != b.number.currency) return 0;
  size_t keywords = SharedKeywords(a_context, b.context);
  size_t names = SharedNames(a_context, b.context);
  if (keywords >= 2 || (keywords >= 1 && names >= 1)) return keywords + names;
  return 0;
}

}  // namespace

ReferenceNumberCheck::ReferenceNumberCheck(const CheckContext& context)
    : facts_(ReferenceFactsFor(context, "reference-number")) {}

void ReferenceNumberCheck::Run(const Document& doc,
                               DiagnosticSink& sink) const {
  if (!facts_ || facts_->numbers().empty()) return;
  for (const Sentence& s : doc.sentences()) {
    for (const NumberMention& n : EnglishNumbers(doc.text(), s.range)) {
      if (!Comparable(n)) continue;
      // A value the reference has, of the same kind, is attested: the
      // article may be talking about that.
      bool attested = std::any_of(
          facts_->numbers().begin(), facts_->numbers().end(),
          [&](const ReferenceNumber& r) {
            return r.number.kind == n.kind && SameNumber(n, r.number);
          });
      if (attested) continue;
      NumberContext context = ContextOf(doc, s, n.range);
      const ReferenceNumber* best = nullptr;
      size_t best_affinity = 0;
      bool agrees = false;
      for (const ReferenceNumber& r : facts_->numbers()) {
        if (!Comparable(r.number)) continue;
        size_t affinity = Affinity(n, context, r);
        if (affinity == 0) continue;
        if (SameNumber(n, r.number)) {
          agrees = true;
          break;
        }
        if (affinity > best_affinity) {
          best = &r;
          best_affinity = affinity;
        }
      }
      if (agrees || !best) continue;
      Diagnostic& d =
          sink.Report(Severity::kNote, n.range,
                      fmt::format("'{}' here, but the reference has '{}'",
                                  doc.Text(n.range), best->written));
      d.notes.push_back(
          fmt::format("{}: {}", best->quote.where, best->quote.text));
    }
  }
}

}  // namespace mtlint
