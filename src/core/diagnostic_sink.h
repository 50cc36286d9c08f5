#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace mtlint {

// Collects the diagnostics of one check on one document and stamps them with
// the check's ID, so checks never spell their own ID.
class DiagnosticSink {
 public:
  DiagnosticSink(std::string_view check, std::vector<Diagnostic>* out)
      : check_(check), out_(out) {}

  // Returns the new diagnostic so that fixes and notes can be added to it.
  Diagnostic& Report(Severity severity, ByteRange range, std::string message) {
    Diagnostic& d = out_->emplace_back();
    d.check = check_;
    d.severity = severity;
    d.range = range;
    d.message = std::move(message);
    return d;
  }

 private:
  std::string check_;
  std::vector<Diagnostic>* out_;
};

// A fix of one edit, the common case.
inline Fix ReplaceFix(std::string label, ByteRange range,
                      std::string replacement, bool safe) {
  return Fix{std::move(label), {Edit{range, std::move(replacement)}}, safe};
}

}  // namespace mtlint
