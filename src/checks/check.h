#pragma once

#include <string_view>

#include "analysis/document.h"
#include "checks/check_options.h"
#include "core/diagnostic_sink.h"
#include "dict/dictionaries.h"
#include "engine/check_selection.h"

namespace mtlint {

class Companions;

// What a check may read when it is created.
struct CheckContext {
  const Dictionaries& dictionaries;
  // Every option the check declares (its CheckInfo), resolved.
  const CheckOptions& options = kNoOptions;
  // The texts given beside the articles (--reference, --source), or null
  // when there are none: the cross-checks then do nothing.
  const Companions* companions = nullptr;
  // The checks that run (null: all), so that a check can leave a finding
  // to one that knows better, as the shipped dictionary's checks leave a
  // person the reference names to the reference checks.
  const CheckSelection* selection = nullptr;

  int64_t Option(std::string_view name) const {
    return options.find(name)->second;
  }
  bool Runs(std::string_view id) const {
    return selection == nullptr || selection->Has(id);
  }

  static inline const CheckOptions kNoOptions;
};

// A check reads one document and reports what it finds. Checks hold no state
// between documents: options and word lists are read once when it is created.
class Check {
 public:
  virtual ~Check() = default;
  virtual void Run(const Document& doc, DiagnosticSink& sink) const = 0;
};

}  // namespace mtlint
