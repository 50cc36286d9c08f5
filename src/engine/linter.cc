#include "engine/linter.h"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/document.h"
#include "checks/registry.h"

namespace mtlint {

Linter::Linter(const CheckSelection& selection)
    : report_binary_(selection.Has("encoding-binary")) {
  for (const CheckInfo& info : Registry()) {
    if (info.create && selection.Has(info.id)) {
      checks_.push_back({info.id, info.create()});
    }
  }
}

std::vector<Diagnostic> Linter::Lint(const std::string& path,
                                     std::string_view text) {
  std::vector<Diagnostic> out;
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    if (report_binary_) {
      DiagnosticSink("encoding-binary", &out)
          .Report(Severity::kNote, {nul, nul + 1},
                  fmt::format("binary file (NUL byte at offset {}): skipped",
                              nul));
    }
    return out;
  }
  Document doc(path, text, segmenter_);
  for (const Entry& e : checks_) {
    DiagnosticSink sink(e.id, &out);
    e.check->Run(doc, sink);
  }
  std::sort(out.begin(), out.end(), DiagnosticLess);
  return out;
}

}  // namespace mtlint
