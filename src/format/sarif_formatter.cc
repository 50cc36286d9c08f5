#include "format/sarif_formatter.h"

#include <fmt/format.h>

#include "checks/check_docs.h"
#include "checks/registry.h"
#include "core/version.h"
#include "format/span_locator.h"

namespace mtlint {
namespace {

constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
    "sarif-schema-2.1.0.json";

// The text of a "## heading" section of a check's documentation, trimmed.
std::string_view Section(std::string_view doc, std::string_view heading) {
  std::string marker = fmt::format("\n## {}\n", heading);
  size_t start = doc.find(marker);
  if (start == std::string_view::npos) return {};
  start += marker.size();
  size_t end = doc.find("\n## ", start);
  std::string_view s =
      doc.substr(start, end == std::string_view::npos ? std::string_view::npos
                                                      : end - start);
  size_t first = s.find_first_not_of('\n');
  size_t last = s.find_last_not_of('\n');
  return first == std::string_view::npos ? std::string_view()
                                         : s.substr(first, last - first + 1);
}

// helpUri and informationUri must be absolute URIs (the schema's "uri"
// format, which GitHub's upload enforces), and mtlint has no published
// address, so the documentation travels inside the log as `help` and its
// path in the mtlint repository as a property.
Json Rule(const CheckInfo& info) {
  std::string_view doc = CheckDocumentation(info.id);
  Json rule = {{"id", info.id}, {"shortDescription", {{"text", info.summary}}}};
  std::string_view what = Section(doc, "What it finds");
  if (!what.empty()) rule["fullDescription"] = {{"text", what}};
  if (!doc.empty()) rule["help"] = {{"text", doc}, {"markdown", doc}};
  // Checks choose a severity per finding and the registry records none, so
  // every rule has SARIF's default level and each result states its own.
  rule["defaultConfiguration"] = {{"level", "warning"}};
  rule["properties"] = {
      {"documentation", fmt::format("docs/checks/{}.md", info.id)}};
  return rule;
}

Json Rules() {
  Json rules = Json::array();
  for (const CheckInfo& info : Registry()) rules.push_back(Rule(info));
  return rules;
}

// The index of a check in the rules, or -1 for a check the registry does
// not know.
int RuleIndex(std::string_view check) {
  const std::vector<CheckInfo>& checks = Registry();
  for (size_t i = 0; i < checks.size(); ++i) {
    if (checks[i].id == check) return static_cast<int>(i);
  }
  return -1;
}

Json Region(const SpanPosition& at, ByteRange range) {
  return {{"startLine", at.begin.line}, {"startColumn", at.begin.column},
          {"endLine", at.end.line},     {"endColumn", at.end.column},
          {"byteOffset", range.begin},  {"byteLength", range.size()}};
}

// A fix as SARIF replacements of byte regions; `safe` has no SARIF
// equivalent and goes into the property bag.
Json FixJson(const Fix& fix, const std::string& uri) {
  Json replacements = Json::array();
  for (const Edit& e : fix.edits) {
    replacements.push_back(
        {{"deletedRegion",
          {{"byteOffset", e.range.begin}, {"byteLength", e.range.size()}}},
         {"insertedContent", {{"text", e.replacement}}}});
  }
  Json change = {{"artifactLocation", {{"uri", uri}}},
                 {"replacements", std::move(replacements)}};
  return {{"description", {{"text", fix.label}}},
          {"artifactChanges", Json::array({std::move(change)})},
          {"properties", {{"safe", fix.safe}}}};
}

// Notes have no location of their own, so they follow the message.
std::string MessageText(const Diagnostic& d) {
  std::string text = d.message;
  for (const std::string& note : d.notes) text.append("\nnote: ").append(note);
  return text;
}

}  // namespace

std::string PathToUri(std::string_view path) {
  std::string uri = path.starts_with('/') ? "file://" : "";
  for (unsigned char c : path) {
    bool keep =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') ||
        std::string_view("-._~/!$&'()*+,;=@").find(static_cast<char>(c)) !=
            std::string_view::npos;
    uri +=
        keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return uri;
}

void SarifFormatter::File(const std::string& path, std::string_view text,
                          const std::vector<Diagnostic>& diagnostics) {
  SpanLocator locator(text);
  std::string uri = PathToUri(path);
  for (const Diagnostic& d : diagnostics) {
    Json result = {{"ruleId", d.check}};
    if (int index = RuleIndex(d.check); index >= 0) result["ruleIndex"] = index;
    result["level"] = SeverityName(d.severity);
    result["message"] = {{"text", MessageText(d)}};
    Json location = {{"physicalLocation",
                      {{"artifactLocation", {{"uri", uri}}},
                       {"region", Region(locator.Locate(d.range), d.range)}}}};
    result["locations"] = Json::array({std::move(location)});
    Json fixes = Json::array();
    for (const Fix& f : d.fixes) {
      if (!f.edits.empty()) fixes.push_back(FixJson(f, uri));
    }
    if (!fixes.empty()) result["fixes"] = fixes;
    results_.push_back(std::move(result));
  }
}

void SarifFormatter::Finish(const RunSummary&) {
  Json driver = {{"name", "mtlint"},
                 {"version", kVersion},
                 {"semanticVersion", kVersion},
                 {"rules", Rules()}};
  Json run = {{"tool", {{"driver", driver}}},
              {"columnKind", "unicodeCodePoints"},
              {"results", std::move(results_)}};
  Json log = {{"$schema", kSchema},
              {"version", "2.1.0"},
              {"runs", Json::array({std::move(run)})}};
  out_ << DumpJson(log, 2) << '\n';
  results_ = Json::array();
}

}  // namespace mtlint
