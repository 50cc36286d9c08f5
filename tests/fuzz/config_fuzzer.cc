// ParseConfig over arbitrary bytes: a .mtlint.toml is read from any
// repository mtlint is run in, so a hostile one must give a ConfigError at
// worst. Asserts:
// - ParseConfig returns or throws ConfigError, nothing else;
// - a configuration it accepts resolves (ResolveSettings), its exclude
//   patterns match paths without hanging, and what `mtlint dump-config`
//   prints for it (SettingsToToml) parses again to the same settings.
#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "engine/config.h"
#include "fuzz/invariants.h"

namespace mtlint::fuzz {
namespace {

namespace fs = std::filesystem;

// A directory for relative paths to resolve against, with a dictionary
// directory "dict" in it so that [dictionaries].paths can name one.
const fs::path& Base() {
  static const fs::path base = [] {
    fs::path dir = fs::temp_directory_path() /
                   ("mtlint-config-fuzz-" + std::to_string(getpid()));
    fs::create_directories(dir / "dict");
    return dir;
  }();
  return base;
}

// Paths of several depths below the base directory, for exclude patterns.
const std::vector<fs::path>& Paths() {
  static const std::vector<fs::path> paths = [] {
    std::vector<fs::path> v = {Base() / "a.txt", Base() / "drafts" / "b.md"};
    fs::path deep = Base();
    for (int i = 0; i < 40; ++i) deep /= (i % 2 ? "a" : "b");
    v.push_back(deep / "c.txt");
    return v;
  }();
  return paths;
}

void RequireSameSettings(const LintSettings& a, const LintSettings& b) {
  Require(a.selection.enabled == b.selection.enabled,
          "dump-config: the checks enabled differ once read again");
  Require(a.severities == b.severities,
          "dump-config: the severities differ once read again");
  Require(a.dictionaries.dirs == b.dictionaries.dirs &&
              a.dictionaries.hunspell_base == b.dictionaries.hunspell_base &&
              a.dictionaries.accept == b.dictionaries.accept &&
              a.dictionaries.reject == b.dictionaries.reject,
          "dump-config: the dictionaries differ once read again");
}

}  // namespace
}  // namespace mtlint::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mtlint;
  using namespace mtlint::fuzz;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Config config;
  try {
    config = ParseConfig(text, "fuzz.toml", Base());
  } catch (const ConfigError&) {
    return 0;
  }
  LintSettings settings = ResolveSettings(config, {});
  for (const fs::path& p : Paths()) config.Excludes(p);
  std::string dumped = SettingsToToml(config, settings);
  Config again;
  try {
    again = ParseConfig(dumped, "dump.toml", config.base);
  } catch (const ConfigError& e) {
    Broken(fmt::format("dump-config output does not parse: {}\n{}", e.what(),
                       dumped));
  }
  RequireSameSettings(settings, ResolveSettings(again, {}));
  for (const fs::path& p : Paths()) {
    Require(config.Excludes(p) == again.Excludes(p),
            "dump-config: exclude patterns match {} differently", p.string());
  }
  return 0;
}
