#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "checks/check.h"

namespace mtlint {

struct CheckInfo {
  std::string_view id;
  std::string_view summary;
  // Null for file-level diagnostics that the engine itself reports (they can
  // still be disabled and explained like any check).
  std::unique_ptr<Check> (*create)(const CheckContext&);
  // The options of its [checks.<id>] table, if any.
  std::vector<OptionSpec> options = {};
};

// Every check, in the order of `list-checks`.
const std::vector<CheckInfo>& Registry();
const CheckInfo* FindCheck(std::string_view id);
// The registered ID closest to a mistyped one, or empty.
std::string_view SuggestCheck(std::string_view id);

}  // namespace mtlint
