#include "dict/abbreviations.h"

#include "dict/data_files.h"
#include "dict/tsv.h"

namespace mtlint {
namespace fs = std::filesystem;

std::map<std::string, std::string, std::less<>> ReadAbbreviations(
    const std::vector<fs::path>& dirs) {
  std::map<std::string, std::string, std::less<>> out;
  for (const fs::path& dir : dirs) {
    for (const fs::path& file :
         DataFiles(dir / "style", "abbreviations", ".tsv")) {
      for (std::vector<std::string>& row :
           ReadTsv(file, {"form", "preferred", "source"}).rows) {
        if (row[0] == row[1]) {
          out.erase(row[0]);
        } else {
          out[std::move(row[0])] = std::move(row[1]);
        }
      }
    }
  }
  return out;
}

}  // namespace mtlint
