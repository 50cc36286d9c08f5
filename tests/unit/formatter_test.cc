#include <catch2/catch.hpp>
#include <sstream>

#include "format/formatter.h"

namespace {

// "é" takes two bytes and one column; the span covers "high -level".
const std::string kText = "Caf\xC3\xA9 talks: high -level.\nSecond line\xE2\x80\x8B.\n";

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
  CHECK(Format("jsonl") ==
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
