#include "checks/check_options.h"

namespace mtlint {

CheckOptions ResolveOptions(const std::vector<OptionSpec>& specs,
                            const CheckOptions* set) {
  CheckOptions out;
  for (const OptionSpec& spec : specs) {
    auto it = set ? set->find(spec.name) : CheckOptions::const_iterator();
    out[std::string(spec.name)] =
        set && it != set->end() ? it->second : spec.default_value;
  }
  return out;
}

}  // namespace mtlint
