#include "dict/data_dir.h"

#include <cstdlib>
#include <system_error>

namespace mtlint {

std::filesystem::path ShippedDictionaryDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("MTLINT_DICTIONARY_DIR"); env && *env) {
    return env;
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed =
        exe.parent_path().parent_path() / "share" / "mtlint" / "dictionaries";
    if (fs::is_directory(installed, ec)) return installed;
  }
  return MTLINT_SOURCE_DICTIONARY_DIR;
}

}  // namespace mtlint
