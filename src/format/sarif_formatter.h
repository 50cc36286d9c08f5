#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "format/formatter.h"
#include "format/json.h"

namespace mtlint {

// One SARIF 2.1.0 log with one run, written when the run finishes: the
// checks of the registry as rules, each diagnostic as a result with its
// region and fixes (docs/output.md).
class SarifFormatter : public Formatter {
 public:
  explicit SarifFormatter(std::ostream& out) : out_(out) {}
  void File(const std::string& path, std::string_view text,
            const std::vector<Diagnostic>& diagnostics) override;
  void Finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  // Results are kept until Finish because the log is a single document.
  Json results_ = Json::array();
};

// A path as a URI reference: relative paths stay relative, absolute ones
// become file:// URIs; bytes other than letters, digits, "-._~/" and the
// sub-delimiters are percent-encoded (so are ':' and, with them, "<stdin>").
std::string PathToUri(std::string_view path);

}  // namespace mtlint
