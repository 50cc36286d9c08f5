#include "dict/boilerplate.h"

#include <algorithm>

#include "dict/tsv.h"

namespace mtlint {
namespace fs = std::filesystem;

std::vector<BoilerplateRule> ReadBoilerplateRules(
    const std::vector<fs::path>& dirs) {
  std::vector<BoilerplateRule> rules;
  for (const fs::path& dir : dirs) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      std::string name = entry.path().filename().string();
      if (name.rfind("boilerplate", 0) == 0 &&
          entry.path().extension() == ".tsv") {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      for (std::vector<std::string>& row :
           ReadTsv(f, {"pattern", "label"}).rows) {
        rules.push_back({std::move(row[0]), std::move(row[1])});
      }
    }
  }
  return rules;
}

}  // namespace mtlint
