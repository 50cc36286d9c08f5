#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

// A tab-separated table with a header line. Lines starting with '#' are
// comments. Throws std::runtime_error naming the file and line when the
// header differs from `columns`, a row has the wrong number of fields, or
// the file is not UTF-8.
struct TsvTable {
  std::filesystem::path path;
  std::vector<std::vector<std::string>> rows;
  std::vector<size_t> lines;  // the line of each row, for messages
};

TsvTable ReadTsv(const std::filesystem::path& path,
                 const std::vector<std::string_view>& columns);

// "a|b|c" → {"a", "b", "c"}; empty → {}.
std::vector<std::string> SplitList(std::string_view field);

}  // namespace mtlint
