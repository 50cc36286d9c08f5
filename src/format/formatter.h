#pragma once

#include <array>
#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace mtlint {

struct RunSummary {
  size_t files = 0;
  size_t bytes = 0;
  std::array<size_t, 3> by_severity{};  // indexed by Severity
  double seconds = 0;
};

// Prints diagnostics; never decides anything about them.
class Formatter {
 public:
  virtual ~Formatter() = default;
  // `text` is the file's bytes, for positions and source lines.
  virtual void File(const std::string& path, std::string_view text,
                    const std::vector<Diagnostic>& diagnostics) = 0;
  virtual void Finish(const RunSummary& summary) = 0;
};

enum class Color { kNever, kAlways };

// Formats: "human", "jsonl", "sarif", "github", "summary" (docs/output.md).
// Returns null for an unknown name.
std::unique_ptr<Formatter> MakeFormatter(std::string_view name,
                                         std::ostream& out, Color color);
const std::vector<std::string>& FormatterNames();

}  // namespace mtlint
