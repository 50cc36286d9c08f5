#pragma once

#include <ostream>

#include "format/formatter.h"

namespace mtlint {

// One JSON object per diagnostic, then a summary object (docs/output.md).
class JsonlFormatter : public Formatter {
 public:
  explicit JsonlFormatter(std::ostream& out) : out_(out) {}
  void File(const std::string& path, std::string_view text,
            const std::vector<Diagnostic>& diagnostics) override;
  void Finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
};

}  // namespace mtlint
