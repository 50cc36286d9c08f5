#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

// Which checks run. Patterns are check IDs, globs ("quote-*") or "all";
// disables apply before enables, so "--disable all --enable spacing" runs
// one check.
struct CheckSelection {
  std::set<std::string, std::less<>> enabled;

  static CheckSelection Default();
  bool Has(std::string_view id) const { return enabled.count(id) != 0; }
};

// Applies the patterns to `base` (the configuration file's selection).
// Throws std::invalid_argument naming an unknown ID and the nearest known
// one.
CheckSelection SelectChecks(const std::vector<std::string>& enable,
                            const std::vector<std::string>& disable,
                            CheckSelection base = CheckSelection::Default());

}  // namespace mtlint
