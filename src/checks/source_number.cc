#include "checks/source_number.h"

#include <fmt/format.h>

#include "cross/align.h"
#include "cross/numbers.h"

namespace mtlint {
namespace {

bool Inside(ByteRange outer, ByteRange inner) {
  return outer.begin <= inner.begin && inner.end <= outer.end &&
         !(outer.empty() && !inner.empty());
}

std::vector<NumberMention> SourceNumbers(const CompanionText& source,
                                         ByteRange range) {
  std::string_view text = source.doc().text();
  return source.script() == SourceScript::kHan ? ChineseNumbers(text, range)
                                               : SpanishNumbers(text, range);
}

// The source's value as the fix writes it over a number of digits: only
// over plain digits ("3,500" → "35,000"), years and dates, where the
// rest of the sentence stays right.
std::optional<std::string> Replacement(std::string_view written,
                                       const NumberMention& target,
                                       const NumberMention& source) {
  bool plain = !written.empty() &&
               written.find_first_not_of("0123456789,.") == std::string::npos;
  if (target.kind == NumberKind::kDate && source.kind == NumberKind::kDate) {
    return FormatNumber(source);
  }
  if (!plain || source.kind == NumberKind::kPercent ||
      source.kind == NumberKind::kDate || source.kind == NumberKind::kMonth ||
      source.kind == NumberKind::kDecade || source.value >= 1e6) {
    return std::nullopt;
  }
  if (source.kind == NumberKind::kYear || target.kind == NumberKind::kYear) {
    return fmt::format("{:.0f}", source.value);
  }
  return FormatNumber(source);
}

// The source's number as written, with its value when the source writes it
// otherwise than English would: "'3.5万' (35,000)", "'360'".
std::string Shown(std::string_view source_text, const NumberMention& s) {
  std::string_view written = s.range.In(source_text);
  if (written.find_first_not_of("0123456789,.") == std::string_view::npos) {
    return fmt::format("'{}'", written);
  }
  return fmt::format("'{}' ({})", written, FormatNumber(s));
}

}  // namespace

SourceNumberCheck::SourceNumberCheck(const CheckContext& context) {
  if (context.companions) source_ = context.companions->source();
}

void SourceNumberCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  if (!source_) return;
  std::string_view source_text = source_->doc().text();
  for (const AlignedParagraphs& p : AlignTexts(source_->doc(), doc)) {
    // What each side has that the other lacks, within the paragraphs.
    std::vector<NumberMention> source_numbers =
        SourceNumbers(*source_, p.source);
    std::vector<NumberMention> target_numbers =
        EnglishNumbers(doc.text(), p.target);
    std::vector<const NumberMention*> missing;
    std::vector<const NumberMention*> extra;
    for (const NumberMention& s : source_numbers) {
      // 1 is "a" as often as "one": "1个研究机构", "a research institute".
      if (s.kind == NumberKind::kCount && s.value == 1) continue;
      bool found = false;
      for (const NumberMention& t : target_numbers)
        found = found || SameNumber(s, t);
      if (!found) missing.push_back(&s);
    }
    for (const NumberMention& t : target_numbers) {
      if (!t.digits || t.attached) continue;
      bool found = false;
      for (const NumberMention& s : source_numbers)
        found = found || SameNumber(s, t);
      if (!found) extra.push_back(&t);
    }
    if (missing.empty() && extra.empty()) continue;
    // Paired within aligned sentences: a number translated wrong.
    for (const AlignedSentences& a : p.sentences) {
      std::vector<const NumberMention*> gone;
      std::vector<const NumberMention*> added;
      for (const NumberMention* s : missing) {
        if (Inside(a.source, s->range)) gone.push_back(s);
      }
      for (const NumberMention* t : extra) {
        if (Inside(a.target, t->range)) added.push_back(t);
      }
      size_t pairs = std::min(gone.size(), added.size());
      for (size_t k = 0; k < pairs; ++k) {
        const NumberMention& s = *gone[k];
        const NumberMention& t = *added[k];
        std::string_view written = doc.Text(t.range);
        Diagnostic& d =
            sink.Report(Severity::kWarning, t.range,
                        fmt::format("'{}' where the source has {}", written,
                                    Shown(source_text, s)));
        if (std::optional<std::string> r = Replacement(written, t, s)) {
          d.fixes.push_back(
              ReplaceFix(fmt::format("write '{}'", *r), t.range, *r, false));
        }
        d.notes.push_back(
            fmt::format("{}: the source", source_->Where(s.range.begin)));
      }
      for (size_t k = pairs; k < added.size(); ++k) {
        sink.Report(Severity::kWarning, added[k]->range,
                    fmt::format("'{}' is not in the source",
                                doc.Text(added[k]->range)));
      }
      for (size_t k = pairs; k < gone.size(); ++k) {
        const NumberMention& s = *gone[k];
        ByteRange at = a.target.empty() ? p.target : a.target;
        Diagnostic& d = sink.Report(
            Severity::kWarning, at,
            fmt::format("the source's {} is missing from the translation",
                        Shown(source_text, s)));
        d.notes.push_back(
            fmt::format("{}: the source", source_->Where(s.range.begin)));
      }
    }
  }
}

}  // namespace mtlint
