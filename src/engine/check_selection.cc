#include "engine/check_selection.h"

#include <fmt/format.h>
#include <fnmatch.h>

#include <stdexcept>

#include "checks/registry.h"

namespace mtlint {
namespace {

std::vector<std::string_view> Matching(const std::string& pattern) {
  std::vector<std::string_view> ids;
  for (const CheckInfo& info : Registry()) {
    std::string id(info.id);
    if (pattern == "all" || fnmatch(pattern.c_str(), id.c_str(), 0) == 0) {
      ids.push_back(info.id);
    }
  }
  if (ids.empty()) {
    std::string_view near = SuggestCheck(pattern);
    throw std::invalid_argument(
        near.empty()
            ? fmt::format("unknown check '{}' (see `mtlint list-checks`)",
                          pattern)
            : fmt::format("unknown check '{}'; did you mean '{}'?", pattern,
                          near));
  }
  return ids;
}

}  // namespace

CheckSelection CheckSelection::Default() {
  CheckSelection s;
  for (const CheckInfo& info : Registry()) s.enabled.emplace(info.id);
  return s;
}

CheckSelection SelectChecks(const std::vector<std::string>& enable,
                            const std::vector<std::string>& disable,
                            CheckSelection base) {
  CheckSelection s = std::move(base);
  for (const std::string& p : disable) {
    for (std::string_view id : Matching(p)) s.enabled.erase(std::string(id));
  }
  for (const std::string& p : enable) {
    for (std::string_view id : Matching(p)) s.enabled.emplace(id);
  }
  return s;
}

}  // namespace mtlint
