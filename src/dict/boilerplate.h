#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace mtlint {

struct BoilerplateRule {
  std::string pattern;  // an ICU regular expression for a whole line
  std::string label;    // "photo credit"
};

// The rules of boilerplate*.tsv in every directory, in order. Throws
// std::runtime_error naming the file and line of a bad row.
std::vector<BoilerplateRule> ReadBoilerplateRules(
    const std::vector<std::filesystem::path>& dirs);

}  // namespace mtlint
