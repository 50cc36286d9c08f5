#pragma once

#include <string>
#include <utility>
#include <vector>

namespace mtlint {

// ICU's English names of the ISO 3166 countries: ("US", "United States").
std::vector<std::pair<std::string, std::string>> CountryDisplayNames();

// ICU's English name of a language code: "es" → "Spanish".
std::string LanguageDisplayName(const std::string& code);

}  // namespace mtlint
