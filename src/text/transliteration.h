#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mtlint {

// A matching key for names in any script: Latin letters without accents,
// lowercase ("Ríos" → "rios", "吴心伯" → "wu xin bo"). It never rewrites
// article text; it only compares names.
std::string NameKey(std::string_view utf8);

// ICU's English names of the ISO 3166 countries: ("US", "United States").
std::vector<std::pair<std::string, std::string>> CountryDisplayNames();

}  // namespace mtlint
