#include "format/formatter.h"

#include "format/github_formatter.h"
#include "format/human_formatter.h"
#include "format/jsonl_formatter.h"
#include "format/sarif_formatter.h"
#include "format/summary_formatter.h"

namespace mtlint {

std::unique_ptr<Formatter> MakeFormatter(std::string_view name,
                                         std::ostream& out, Color color) {
  if (name == "human") return std::make_unique<HumanFormatter>(out, color);
  if (name == "jsonl") return std::make_unique<JsonlFormatter>(out);
  if (name == "sarif") return std::make_unique<SarifFormatter>(out);
  if (name == "github") return std::make_unique<GithubFormatter>(out);
  if (name == "summary") return std::make_unique<SummaryFormatter>(out);
  return nullptr;
}

const std::vector<std::string>& FormatterNames() {
  static const std::vector<std::string> names = {"human", "jsonl", "sarif",
                                                 "github", "summary"};
  return names;
}

}  // namespace mtlint
