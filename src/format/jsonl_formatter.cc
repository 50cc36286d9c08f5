#include "format/jsonl_formatter.h"

#include "format/json.h"
#include "format/json_writer.h"
#include "format/span_locator.h"

namespace mtlint {
namespace {

void WriteFix(JsonWriter& w, const Fix& fix) {
  w.BeginObject().Key("label").String(fix.label).Key("safe").Bool(fix.safe);
  w.Key("edits").BeginArray();
  for (const Edit& e : fix.edits) {
    w.BeginObject()
        .Key("byte_offset")
        .Number(e.range.begin)
        .Key("byte_length")
        .Number(e.range.size())
        .Key("replacement")
        .String(e.replacement)
        .EndObject();
  }
  w.EndArray().EndObject();
}

}  // namespace

void JsonlFormatter::File(const std::string& path, std::string_view text,
                          const std::vector<Diagnostic>& diagnostics) {
  SpanLocator locator(text);
  std::string line;
  for (const Diagnostic& d : diagnostics) {
    LineColumn at = locator.Start(d.range);
    line.clear();
    JsonWriter w(&line);
    w.BeginObject()
        .Key("type")
        .String("diagnostic")
        .Key("path")
        .String(path)
        .Key("check")
        .String(d.check)
        .Key("severity")
        .String(SeverityName(d.severity))
        .Key("message")
        .String(d.message)
        .Key("line")
        .Number(at.line)
        .Key("column")
        .Number(at.column)
        .Key("byte_offset")
        .Number(d.range.begin)
        .Key("byte_length")
        .Number(d.range.size());
    w.Key("fixes").BeginArray();
    for (const Fix& f : d.fixes) WriteFix(w, f);
    w.EndArray().Key("notes").BeginArray();
    for (const std::string& note : d.notes) w.String(note);
    w.EndArray().EndObject();
    line.push_back('\n');
    out_ << line;
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
