#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

// An option of a check: a key of its [checks.<id>] table in .mtlint.toml
// (docs/configuration.md). Options are whole numbers: the thresholds that
// house styles disagree on.
struct OptionSpec {
  std::string_view name;
  std::string_view summary;
  int64_t default_value;
  int64_t min;
  int64_t max;
};

// Option values by name.
using CheckOptions = std::map<std::string, int64_t, std::less<>>;
// The options set for each check, by check ID.
using OptionOverrides = std::map<std::string, CheckOptions, std::less<>>;

// Every option of `specs`, with its value from `set` or its default.
CheckOptions ResolveOptions(const std::vector<OptionSpec>& specs,
                            const CheckOptions* set);

}  // namespace mtlint
