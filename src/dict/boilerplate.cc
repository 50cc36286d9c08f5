#include "dict/boilerplate.h"

#include <algorithm>

#include "dict/data_files.h"
#include "dict/tsv.h"

namespace mtlint {
namespace fs = std::filesystem;

std::vector<BoilerplateRule> ReadBoilerplateRules(
    const std::vector<fs::path>& dirs) {
  std::vector<BoilerplateRule> rules;
  for (const fs::path& dir : dirs) {
    for (const fs::path& f : DataFiles(dir, "boilerplate", ".tsv")) {
      for (std::vector<std::string>& row :
           ReadTsv(f, {"pattern", "label"}).rows) {
        rules.push_back({std::move(row[0]), std::move(row[1])});
      }
    }
  }
  return rules;
}

}  // namespace mtlint
