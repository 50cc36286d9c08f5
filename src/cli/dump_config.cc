#include "cli/dump_config.h"

#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <system_error>

#include "engine/config.h"
#include "engine/config_finder.h"

namespace mtlint {
namespace fs = std::filesystem;

int RunDumpConfig(const std::string& path, const LintOptions& options) {
  std::string shown = path == "-" ? "." : path;
  std::error_code ec;
  fs::file_status status = fs::status(shown, ec);
  if (ec || !fs::exists(status)) {
    std::cerr << "mtlint: error: " << shown << ": no such file or directory\n";
    return 2;
  }
  try {
    ConfigFinder finder(options.config);
    bool directory = fs::is_directory(status);
    const Config& config = finder.ForDirectory(
        directory ? fs::path(shown) : fs::path(shown).parent_path());
    LintSettings settings = ResolveSettings(config, CommandLineOf(options));
    std::cout << "# mtlint dump-config " << shown << '\n';
    if (finder.Excluded(shown)) {
      std::cout << "# " << shown
                << " is excluded when a directory above it is linted\n";
    }
    std::cout << SettingsToToml(config, settings);
  } catch (const std::invalid_argument& e) {
    std::cerr << "mtlint: error: " << e.what() << '\n';
    return 2;
  } catch (const ConfigError& e) {
    std::cerr << "mtlint: error: " << e.what() << '\n';
    return 2;
  }
  return 0;
}

}  // namespace mtlint
