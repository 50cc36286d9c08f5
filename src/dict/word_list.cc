#include "dict/word_list.h"

#include "dict/data_lines.h"

namespace mtlint {

std::vector<std::string> ReadWordList(const std::filesystem::path& path) {
  std::vector<std::string> words;
  ForEachDataLine(
      path, [&](std::string_view line, size_t) { words.emplace_back(line); });
  return words;
}

}  // namespace mtlint
