#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace mtlint {

// style/abbreviations*.tsv of every dictionary directory: the house form of
// each abbreviation ("US" → "U.S."). A later directory's row replaces an
// earlier one with the same form; a row whose preferred form is the form
// itself takes the abbreviation out.
std::map<std::string, std::string, std::less<>> ReadAbbreviations(
    const std::vector<std::filesystem::path>& dirs);

}  // namespace mtlint
