#include "dict/word_list.h"

#include <fmt/format.h>

#include <stdexcept>

#include "engine/inputs.h"
#include "text/utf8.h"

namespace mtlint {

std::vector<std::string> ReadWordList(const std::filesystem::path& path) {
  std::string text = ReadInput(path.string());
  std::vector<std::string> words;
  size_t number = 0;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + begin, end - begin);
    begin = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!FindInvalidUtf8(line).empty()) {
      throw std::runtime_error(fmt::format("{}:{}: not valid UTF-8",
                                           path.string(), number));
    }
    words.emplace_back(line);
  }
  return words;
}

}  // namespace mtlint
