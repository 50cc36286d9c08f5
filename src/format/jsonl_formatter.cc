#include "format/jsonl_formatter.h"

#include "format/json.h"
#include "format/span_locator.h"

namespace mtlint {
namespace {

Json FixJson(const Fix& fix) {
  Json edits = Json::array();
  for (const Edit& e : fix.edits) {
    edits.push_back({{"byte_offset", e.range.begin},
                     {"byte_length", e.range.size()},
                     {"replacement", e.replacement}});
  }
  return {{"label", fix.label}, {"safe", fix.safe}, {"edits", edits}};
}

}  // namespace

void JsonlFormatter::File(const std::string& path, std::string_view text,
                          const std::vector<Diagnostic>& diagnostics) {
  SpanLocator locator(text);
  for (const Diagnostic& d : diagnostics) {
    LineColumn at = locator.Start(d.range);
    Json fixes = Json::array();
    for (const Fix& f : d.fixes) fixes.push_back(FixJson(f));
    Json j = {{"type", "diagnostic"},
              {"path", path},
              {"check", d.check},
              {"severity", SeverityName(d.severity)},
              {"message", d.message},
              {"line", at.line},
              {"column", at.column},
              {"byte_offset", d.range.begin},
              {"byte_length", d.range.size()},
              {"fixes", fixes},
              {"notes", d.notes}};
    out_ << DumpJson(j) << '\n';
  }
}

void JsonlFormatter::Finish(const RunSummary& s) {
  Json j = {{"type", "summary"},
            {"files", s.files},
            {"bytes", s.bytes},
            {"diagnostics",
             {{"error", s.by_severity[static_cast<int>(Severity::kError)]},
              {"warning", s.by_severity[static_cast<int>(Severity::kWarning)]},
              {"note", s.by_severity[static_cast<int>(Severity::kNote)]}}},
            {"seconds", s.seconds}};
  out_ << DumpJson(j) << '\n';
}

}  // namespace mtlint
