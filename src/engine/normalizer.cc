#include "engine/normalizer.h"

#include <memory>
#include <utility>
#include <vector>

#include "checks/registry.h"

namespace mtlint {
namespace {

// Runs a check and marks its fixes safe. For fixes the user asked for by
// name (--strip-boilerplate) rather than fixes safe for any text: the
// planner then takes them like any other safe fix, conflicts included.
class RequestedFixesCheck : public Check {
 public:
  explicit RequestedFixesCheck(std::unique_ptr<Check> check)
      : check_(std::move(check)) {}

  void Run(const Document& doc, DiagnosticSink& sink) const override {
    std::vector<Diagnostic> found;
    DiagnosticSink inner("", &found);
    check_->Run(doc, inner);
    for (Diagnostic& d : found) {
      Diagnostic& out = sink.Report(d.severity, d.range, std::move(d.message));
      out.fixes = std::move(d.fixes);
      for (Fix& f : out.fixes) f.safe = true;
      out.notes = std::move(d.notes);
    }
  }

 private:
  std::unique_ptr<Check> check_;
};

CheckSelection NormalizeSelection(const NormalizeOptions& options) {
  CheckSelection s;
  // encoding-binary only reports: the caller says which files were left.
  s.enabled = {"char-invisible", "encoding-binary", "encoding-mojibake",
               "hyphen-spacing", "spacing",         "unicode-nfc"};
  // Curly quotes facing the wrong way are part of a curly style.
  if (options.quotes == QuoteStyle::kCurly) s.enabled.emplace("quote-marks");
  return s;
}

}  // namespace

Normalizer::Normalizer(const NormalizeOptions& options,
                       const Dictionaries& dictionaries)
    : linter_(NormalizeSelection(options), dictionaries) {
  if (options.quotes != QuoteStyle::kKeep) {
    linter_.Add("quote-style",
                std::make_unique<QuoteStyleCheck>(options.quotes));
  }
  if (options.strip_boilerplate) {
    const CheckInfo* info = FindCheck("boilerplate-line");
    linter_.Add(info->id, std::make_unique<RequestedFixesCheck>(
                              info->create(CheckContext{dictionaries})));
  }
}

FixResult Normalizer::Normalize(const std::string& path,
                                std::string_view text) {
  return FixText(linter_, path, text, FixMode::kSafe);
}

}  // namespace mtlint
