#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace mtlint {

// A list of one entry per line; blank lines and lines starting with '#' are
// skipped. Throws std::runtime_error naming the file (and line) when it
// cannot be read or is not UTF-8.
std::vector<std::string> ReadWordList(const std::filesystem::path& path);

}  // namespace mtlint
