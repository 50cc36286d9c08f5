#include "dict/data_lines.h"

#include <fmt/format.h>

#include <stdexcept>
#include <string>

#include "engine/inputs.h"
#include "text/utf8.h"

namespace mtlint {

void ForEachDataLine(
    const std::filesystem::path& path,
    const std::function<void(std::string_view line, size_t number)>& visit) {
  std::string text = ReadInput(path.string());
  ForEachDataLine(path, text, visit);
}

void ForEachDataLine(
    const std::filesystem::path& path, std::string_view text,
    const std::function<void(std::string_view line, size_t number)>& visit) {
  // Most data is ASCII: validate once, and look for the line only if needed.
  bool valid = FindInvalidUtf8(text).empty();
  size_t number = 0;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + begin, end - begin);
    begin = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!valid && !FindInvalidUtf8(line).empty()) {
      throw std::runtime_error(
          fmt::format("{}:{}: not valid UTF-8", path.string(), number));
    }
    visit(line, number);
  }
}

}  // namespace mtlint
