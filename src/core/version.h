#pragma once

#include <string_view>

namespace mtlint {

// Shown by --version and written into SARIF's tool.driver.version.
inline constexpr std::string_view kVersion = "0.1.0";

}  // namespace mtlint
