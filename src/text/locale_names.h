#pragma once

#include <string>
#include <utility>
#include <vector>

namespace mtlint {

// ICU's English names of the ISO 3166 countries: ("US", "United States").
std::vector<std::pair<std::string, std::string>> CountryDisplayNames();

}  // namespace mtlint
