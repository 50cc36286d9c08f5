#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "format/formatter.h"

namespace mtlint {

// GitHub Actions workflow commands, one line per diagnostic, which the
// runner turns into annotations on the pull request:
//   ::warning file=a.txt,line=1,col=5,endLine=1,endColumn=16,title=ID::text
class GithubFormatter : public Formatter {
 public:
  explicit GithubFormatter(std::ostream& out) : out_(out) {}
  void File(const std::string& path, std::string_view text,
            const std::vector<Diagnostic>& diagnostics) override;
  void Finish(const RunSummary&) override {}

 private:
  std::ostream& out_;
};

// GitHub's escaping of a command's message: '%', '\r' and '\n'.
std::string EscapeGithubData(std::string_view s);
// ... and of a property value, where ':' and ',' are separators too.
std::string EscapeGithubProperty(std::string_view s);

}  // namespace mtlint
