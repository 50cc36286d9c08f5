#include "format/formatter.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "checks/check_docs.h"
#include "checks/registry.h"
#include "core/version.h"
#include "format/github_formatter.h"
#include "format/sarif_formatter.h"
#include "format/span_locator.h"

namespace {

// "é" takes two bytes and one column; the span covers "high -level".
const std::string kText =
    "Caf\xC3\xA9 talks: high -level.\nSecond line\xE2\x80\x8B.\n";

std::vector<mtlint::Diagnostic> Diagnostics() {
  mtlint::Diagnostic hyphen;
  hyphen.check = "hyphen-spacing";
  hyphen.severity = mtlint::Severity::kWarning;
  hyphen.range = {13, 24};
  hyphen.message = "space before the hyphen in 'high -level'";
  hyphen.fixes.push_back({"join as 'high-level'", {{{17, 18}, ""}}, true});
  mtlint::Diagnostic invisible;
  invisible.check = "char-invisible";
  invisible.severity = mtlint::Severity::kError;
  invisible.range = {37, 40};
  invisible.message = "invisible character U+200B ZERO WIDTH SPACE";
  invisible.fixes.push_back({"remove it", {{{37, 40}, ""}}, false});
  invisible.notes.push_back("a note");
  return {hyphen, invisible};
}

std::string Format(std::string_view name) {
  std::ostringstream out;
  auto formatter = mtlint::MakeFormatter(name, out, mtlint::Color::kNever);
  formatter->File("a.txt", kText, Diagnostics());
  mtlint::RunSummary summary;
  summary.files = 1;
  summary.bytes = kText.size();
  summary.by_severity = {0, 1, 1};
  summary.seconds = 0.25;
  formatter->Finish(summary);
  return out.str();
}

}  // namespace

TEST_CASE("human output: location, excerpt, underline, fix", "[format]") {
  CHECK(Format("human") ==
        "a.txt:1:13: warning: space before the hyphen in 'high -level' "
        "[hyphen-spacing]\n"
        "    1 | Caf\xC3\xA9 talks: high -level.\n"
        "      |             ^~~~~~~~~~~\n"
        "      = fix: join as 'high-level'\n"
        "a.txt:2:12: error: invisible character U+200B ZERO WIDTH SPACE "
        "[char-invisible]\n"
        "    2 | Second line<U+200B>.\n"
        "      |            ^~~~~~~~\n"
        "      = fix (review): remove it\n"
        "      = note: a note\n"
        "1 error, 1 warning and 0 notes in 1 file (42 bytes, 0.25 s)\n");
}

TEST_CASE("jsonl output: one object per diagnostic, then a summary",
          "[format]") {
  CHECK(
      Format("jsonl") ==
      R"({"type":"diagnostic","path":"a.txt","check":"hyphen-spacing","severity":"warning","message":"space before the hyphen in 'high -level'","line":1,"column":13,"byte_offset":13,"byte_length":11,"fixes":[{"label":"join as 'high-level'","safe":true,"edits":[{"byte_offset":17,"byte_length":1,"replacement":""}]}],"notes":[]}
{"type":"diagnostic","path":"a.txt","check":"char-invisible","severity":"error","message":"invisible character U+200B ZERO WIDTH SPACE","line":2,"column":12,"byte_offset":37,"byte_length":3,"fixes":[{"label":"remove it","safe":false,"edits":[{"byte_offset":37,"byte_length":3,"replacement":""}]}],"notes":["a note"]}
{"type":"summary","files":1,"bytes":42,"diagnostics":{"error":1,"warning":1,"note":0},"seconds":0.25}
)");
}

TEST_CASE("long lines are cut around the span", "[format]") {
  std::string text = std::string(200, 'a') + " x " + std::string(200, 'b');
  mtlint::Diagnostic d;
  d.check = "c";
  d.range = {201, 202};
  d.message = "m";
  std::ostringstream out;
  mtlint::MakeFormatter("human", out, mtlint::Color::kNever)
      ->File("f", text, {d});
  CHECK(out.str() == "f:1:202: warning: m [c]\n    1 | ..." +
                         std::string(39, 'a') + " x " + std::string(39, 'b') +
                         "...\n      |    " + std::string(40, ' ') + "^\n");
}

TEST_CASE("github output: one workflow command per diagnostic", "[format]") {
  CHECK(Format("github") ==
        "::warning file=a.txt,line=1,col=13,endLine=1,endColumn=24,"
        "title=hyphen-spacing::space before the hyphen in 'high -level'"
        "%0Afix: join as 'high-level'\n"
        "::error file=a.txt,line=2,col=12,endLine=2,endColumn=13,"
        "title=char-invisible::invisible character U+200B ZERO WIDTH SPACE"
        "%0Afix (review): remove it%0Anote: a note\n");
}

TEST_CASE("github output: escaping of properties and message", "[format]") {
  CHECK(mtlint::EscapeGithubData("50% a:b, c\r\nd") == "50%25 a:b, c%0D%0Ad");
  CHECK(mtlint::EscapeGithubProperty("dir,x/a:b%.txt") ==
        "dir%2Cx/a%3Ab%25.txt");
  mtlint::Diagnostic d;
  d.check = "c";
  d.severity = mtlint::Severity::kNote;
  d.range = {0, 1};
  d.message = "m";
  std::ostringstream out;
  mtlint::MakeFormatter("github", out, mtlint::Color::kNever)
      ->File("a,b:c.txt", "x", {d});
  CHECK(out.str() ==
        "::notice file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=2,"
        "title=c::m\n");
}

TEST_CASE("summary output: worst checks and files first", "[format]") {
  std::ostringstream out;
  auto formatter = mtlint::MakeFormatter("summary", out, mtlint::Color::kNever);
  formatter->File("b.txt", kText, Diagnostics());
  std::vector<mtlint::Diagnostic> warnings = Diagnostics();
  warnings[1].severity = mtlint::Severity::kWarning;
  formatter->File("a.txt", kText, warnings);  // fewer errors: after b.txt
  formatter->File("c.txt", "clean", {});
  formatter->File("d.txt", kText, {warnings[0]});
  mtlint::RunSummary summary;
  summary.files = 4;
  summary.bytes = 131;
  summary.by_severity = {0, 4, 1};
  summary.seconds = 0.5;
  formatter->Finish(summary);
  CHECK(out.str() ==
        "errors  warnings  notes  check\n"
        "     1         1      0  char-invisible\n"
        "     0         3      0  hyphen-spacing\n"
        "\n"
        "errors  warnings  notes  file\n"
        "     1         1      0  b.txt\n"
        "     0         2      0  a.txt\n"
        "     0         1      0  d.txt\n"
        "\n"
        "1 error, 4 warnings and 0 notes in 4 files (131 bytes, 0.50 s); "
        "1 clean\n");
}

TEST_CASE("summary output of a clean run: the summary line", "[format]") {
  std::ostringstream out;
  auto formatter = mtlint::MakeFormatter("summary", out, mtlint::Color::kNever);
  formatter->File("a.txt", "clean", {});
  mtlint::RunSummary summary;
  summary.files = 1;
  summary.bytes = 5;
  formatter->Finish(summary);
  CHECK(out.str() ==
        "0 errors, 0 warnings and 0 notes in 1 file (5 bytes, 0.00 s); "
        "1 clean\n");
}

TEST_CASE("sarif output: rules, results, regions and fixes", "[format]") {
  using Json = nlohmann::json;
  Json log = Json::parse(Format("sarif"));
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const Json& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const Json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "mtlint");
  CHECK(driver["version"] == std::string(mtlint::kVersion));
  REQUIRE(driver["rules"].size() == mtlint::Registry().size());
  for (size_t i = 0; i < mtlint::Registry().size(); ++i) {
    const mtlint::CheckInfo& info = mtlint::Registry()[i];
    const Json& rule = driver["rules"][i];
    CHECK(rule["id"] == std::string(info.id));
    CHECK(rule["shortDescription"]["text"] == std::string(info.summary));
    CHECK(rule["help"]["markdown"] ==
          std::string(mtlint::CheckDocumentation(info.id)));
    CHECK(rule["properties"]["documentation"] ==
          "docs/checks/" + std::string(info.id) + ".md");
  }

  REQUIRE(run["results"].size() == 2);
  const Json& hyphen = run["results"][0];
  CHECK(hyphen["ruleId"] == "hyphen-spacing");
  CHECK(driver["rules"][hyphen["ruleIndex"].get<size_t>()]["id"] ==
        "hyphen-spacing");
  CHECK(hyphen["level"] == "warning");
  CHECK(hyphen["message"]["text"] ==
        "space before the hyphen in 'high -level'");
  const Json& location = hyphen["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "a.txt");
  // "é" is two bytes but one column: byte 13 is column 13 of line 1.
  CHECK(location["region"] == Json::parse(R"({"startLine":1,"startColumn":13,
      "endLine":1,"endColumn":24,"byteOffset":13,"byteLength":11})"));
  const Json& fix = hyphen["fixes"][0];
  CHECK(fix["description"]["text"] == "join as 'high-level'");
  CHECK(fix["properties"]["safe"] == true);
  CHECK(fix["artifactChanges"][0]["artifactLocation"]["uri"] == "a.txt");
  CHECK(fix["artifactChanges"][0]["replacements"] == Json::parse(R"([{
      "deletedRegion":{"byteOffset":17,"byteLength":1},
      "insertedContent":{"text":""}}])"));

  const Json& invisible = run["results"][1];
  CHECK(invisible["level"] == "error");
  CHECK(invisible["message"]["text"] ==
        "invisible character U+200B ZERO WIDTH SPACE\nnote: a note");
  CHECK(invisible["locations"][0]["physicalLocation"]["region"] ==
        Json::parse(R"({"startLine":2,"startColumn":12,"endLine":2,
            "endColumn":13,"byteOffset":37,"byteLength":3})"));
  CHECK(invisible["fixes"][0]["properties"]["safe"] == false);
}

TEST_CASE("sarif output of a clean run: rules and no results", "[format]") {
  std::ostringstream out;
  auto formatter = mtlint::MakeFormatter("sarif", out, mtlint::Color::kNever);
  formatter->File("a.txt", "clean", {});
  formatter->Finish({});
  nlohmann::json log = nlohmann::json::parse(out.str());
  CHECK(log["runs"][0]["results"].empty());
  CHECK(!log["runs"][0]["tool"]["driver"]["rules"].empty());
}

TEST_CASE("paths become URI references", "[format]") {
  CHECK(mtlint::PathToUri("drafts/a.txt") == "drafts/a.txt");
  CHECK(mtlint::PathToUri("/tmp/a b.txt") == "file:///tmp/a%20b.txt");
  CHECK(mtlint::PathToUri("2024:05/x#1?.md") == "2024%3A05/x%231%3F.md");
  CHECK(mtlint::PathToUri("caf\xC3\xA9 100%.txt") == "caf%C3%A9%20100%25.txt");
  CHECK(mtlint::PathToUri("<stdin>") == "%3Cstdin%3E");
}

TEST_CASE("span positions: both ends in code points", "[format]") {
  // "é" is bytes 1-2; line 2 starts at byte 6.
  const std::string text = "x\xC3\xA9y\r\nab\n";
  mtlint::SpanLocator locator(text);
  auto at = [&](size_t begin, size_t end) {
    mtlint::SpanPosition p = locator.Locate({begin, end});
    return std::vector<size_t>{p.begin.line, p.begin.column, p.end.line,
                               p.end.column};
  };
  CHECK(at(0, 4) == std::vector<size_t>{1, 1, 1, 4});   // "xéy"
  CHECK(at(1, 1) == std::vector<size_t>{1, 2, 1, 2});   // empty: an insertion
  CHECK(at(3, 8) == std::vector<size_t>{1, 3, 2, 3});   // across the CRLF
  CHECK(at(7, 9) == std::vector<size_t>{2, 2, 3, 1});   // to the end
  CHECK(at(9, 99) == std::vector<size_t>{3, 1, 3, 1});  // clamped
}
