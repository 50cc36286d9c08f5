#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace mtlint {

enum class Severity { kNote = 0, kWarning = 1, kError = 2 };

std::string_view SeverityName(Severity severity);
std::optional<Severity> ParseSeverity(std::string_view name);

// Replaces the bytes of `range` with `replacement`; an empty range inserts.
struct Edit {
  ByteRange range;
  std::string replacement;
  friend bool operator==(const Edit&, const Edit&) = default;
};

// One way to resolve a diagnostic: all of its edits or none. A safe fix
// can be applied without review.
struct Fix {
  std::string label;
  std::vector<Edit> edits;
  bool safe = false;
};

struct Diagnostic {
  std::string check;
  Severity severity = Severity::kWarning;
  ByteRange range;
  std::string message;     // lowercase, no final period, quotes the text
  std::vector<Fix> fixes;  // alternatives, best first
  std::vector<std::string> notes;
};

// Position order, then check ID, so output does not depend on check order.
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

}  // namespace mtlint
