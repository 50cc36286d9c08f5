#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "format/formatter.h"

namespace mtlint {

// clang-style diagnostics: location, severity, message and check; then the
// source line with the span underlined, the fixes and the notes.
class HumanFormatter : public Formatter {
 public:
  HumanFormatter(std::ostream& out, Color color) : out_(out), color_(color) {}
  void File(const std::string& path, std::string_view text,
            const std::vector<Diagnostic>& diagnostics) override;
  void Finish(const RunSummary& summary) override;

 private:
  std::string Paint(std::string_view style, std::string_view s) const;

  std::ostream& out_;
  Color color_;
};

// "fix: LABEL", or "fix 2 (review): LABEL" for the second of several fixes
// when it is not safe: how the human and GitHub formats name fix `i` of `d`.
std::string FixLine(const Diagnostic& d, size_t i);

// "1 error, 2 warnings and 0 notes in 1 file (172 bytes, 0.01 s)": the last
// line of the human and summary formats.
std::string RunSummaryLine(const RunSummary& summary);

// The line `fix` ends with on standard error: "fixed 3 problems in 2 files;
// 1 left", or "would fix ..." for a diff that wrote nothing.
std::string FixSummaryLine(size_t fixed, size_t files, size_t left,
                           bool preview);

}  // namespace mtlint
