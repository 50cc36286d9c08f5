#include "cli/normalize_command.h"

#include <fmt/format.h>

#include <iostream>
#include <stdexcept>
#include <string_view>

#include "cli/lint_session.h"
#include "dict/dictionaries.h"
#include "engine/atomic_write.h"
#include "engine/inputs.h"
#include "engine/normalizer.h"

namespace mtlint {
namespace {

class Run {
 public:
  Run(const NormalizeCommandOptions& options, const Dictionaries& dictionaries)
      : write_(options.write),
        normalizer_(
            {ParseQuoteStyle(options.quotes).value_or(QuoteStyle::kCurly),
             options.strip_boilerplate},
            dictionaries) {}

  void File(const std::string& path) {
    std::string shown = DisplayName(path);
    std::string original;
    try {
      original = ReadInput(path);  // its errors name the path
    } catch (const std::exception& e) {
      return Error(e.what());
    }
    FixResult result;
    try {
      result = normalizer_.Normalize(shown, original);
    } catch (const std::exception& e) {
      return Error(fmt::format("{}: {}", shown, e.what()));
    }
    for (const Diagnostic& d : result.left) {
      if (d.check == "encoding-binary") {
        std::cerr << fmt::format("mtlint: warning: {}: {}; left as it is\n",
                                 shown, d.message);
      }
    }
    // Standard input has no file to rewrite, so it always goes to standard
    // output, as with `fix`.
    if (!write_ || path == "-") {
      std::cout << result.text;
    } else if (result.text != original) {
      Write(path, original, result.text);
    }
  }

  int Finish() {
    std::cout.flush();
    return error_ || !std::cout ? 2 : 0;
  }

  void Error(std::string_view message) {
    std::cerr << "mtlint: error: " << message << '\n';
    error_ = true;
  }

 private:
  void Write(const std::string& path, std::string_view original,
             std::string_view normalized) {
    try {
      switch (ReplaceFile(path, original, normalized)) {
        case WriteStatus::kWritten:
          break;
        case WriteStatus::kChangedSinceRead:
          Error(fmt::format(
              "{}: changed while it was being normalized; not written", path));
          break;
        case WriteStatus::kRemovedSinceRead:
          Error(fmt::format(
              "{}: removed while it was being normalized; not written", path));
          break;
      }
    } catch (const std::exception& e) {
      Error(e.what());
    }
  }

  bool write_;
  Normalizer normalizer_;
  bool error_ = false;
};

}  // namespace

int RunNormalize(const NormalizeCommandOptions& options) {
  Inputs inputs = ExpandInputs(
      options.paths.empty() ? std::vector<std::string>{"-"} : options.paths);
  Dictionaries dictionaries(DefaultDictionaryOptions(options.dict_dirs, ""));
  Run run(options, dictionaries);
  for (const std::string& e : inputs.errors) run.Error(e);
  for (const std::string& w : inputs.warnings) {
    std::cerr << "mtlint: warning: " << w << '\n';
  }
  for (const std::string& path : inputs.files) run.File(path);
  return run.Finish();
}

}  // namespace mtlint
