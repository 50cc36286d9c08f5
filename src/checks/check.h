#pragma once

#include "analysis/document.h"
#include "checks/check_options.h"
#include "core/diagnostic_sink.h"
#include "dict/dictionaries.h"

namespace mtlint {

// What a check may read when it is created.
struct CheckContext {
  const Dictionaries& dictionaries;
  // Every option the check declares (its CheckInfo), resolved.
  const CheckOptions& options = kNoOptions;

  int64_t Option(std::string_view name) const {
    return options.find(name)->second;
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
