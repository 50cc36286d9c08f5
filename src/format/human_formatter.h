#pragma once

#include <ostream>

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

}  // namespace mtlint
