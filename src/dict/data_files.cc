#include "dict/data_files.h"

#include <algorithm>
#include <system_error>

namespace mtlint {
namespace fs = std::filesystem;

std::vector<fs::path> DataFiles(const fs::path& dir, std::string_view prefix,
                                std::string_view extension) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && entry.path().extension() == extension) {
      out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace mtlint
