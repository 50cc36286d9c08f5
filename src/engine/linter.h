#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "core/diagnostic.h"
#include "dict/dictionaries.h"
#include "engine/check_selection.h"
#include "text/segmenter.h"

namespace mtlint {

// Lints buffers with one set of checks. Holds ICU iterators, so a Linter
// belongs to one thread.
class Linter {
 public:
  Linter(const CheckSelection& selection, const Dictionaries& dictionaries);

  // The diagnostics of one input, sorted.
  std::vector<Diagnostic> Lint(const std::string& path, std::string_view text);

 private:
  struct Entry {
    std::string_view id;
    std::unique_ptr<Check> check;
  };
  std::vector<Entry> checks_;
  bool report_binary_;
  Segmenter segmenter_;
};

}  // namespace mtlint
