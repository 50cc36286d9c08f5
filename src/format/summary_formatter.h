#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "format/formatter.h"

namespace mtlint {

// Counts instead of findings, for a desk cleaning an archive: diagnostics per
// check and per file, most errors first, then the summary line.
class SummaryFormatter : public Formatter {
 public:
  explicit SummaryFormatter(std::ostream& out) : out_(out) {}
  void File(const std::string& path, std::string_view text,
            const std::vector<Diagnostic>& diagnostics) override;
  void Finish(const RunSummary& summary) override;

  using Counts = std::array<size_t, 3>;  // indexed by Severity

 private:
  std::ostream& out_;
  std::map<std::string, Counts> by_check_;
  // Files in the order given; a path can be named twice.
  std::vector<std::pair<std::string, Counts>> by_file_;
  size_t clean_files_ = 0;
};

}  // namespace mtlint
