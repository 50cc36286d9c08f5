#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace mtlint {

// The files directly in `dir` whose names start with `prefix` and end in
// `extension` (".tsv"), sorted, so that "people-house.tsv" comes after
// "people.tsv"; none when `dir` does not exist.
std::vector<std::filesystem::path> DataFiles(const std::filesystem::path& dir,
                                             std::string_view prefix,
                                             std::string_view extension);

}  // namespace mtlint
