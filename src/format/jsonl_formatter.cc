#include "format/jsonl_formatter.h"

#include <nlohmann/json.hpp>

#include "core/line_index.h"

namespace mtlint {
namespace {

using Json = nlohmann::ordered_json;

// Invalid UTF-8 in a message or replacement must not break the JSON line.
std::string Dump(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

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
  LineIndex lines(text);
  PositionCursor cursor(text, lines);
  for (const Diagnostic& d : diagnostics) {
    LineColumn at = cursor.Locate(d.range.begin);
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
    out_ << Dump(j) << '\n';
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
  out_ << Dump(j) << '\n';
}

}  // namespace mtlint
