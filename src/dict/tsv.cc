#include "dict/tsv.h"

#include <fmt/format.h>

#include <stdexcept>

#include "dict/data_lines.h"

namespace mtlint {
namespace {

std::vector<std::string> SplitOn(std::string_view line, char separator) {
  std::vector<std::string> fields;
  size_t begin = 0;
  while (true) {
    size_t end = line.find(separator, begin);
    fields.emplace_back(line.substr(begin, end == std::string_view::npos
                                               ? std::string_view::npos
                                               : end - begin));
    if (end == std::string_view::npos) break;
    begin = end + 1;
  }
  return fields;
}

}  // namespace

TsvTable ReadTsv(const std::filesystem::path& path,
                 const std::vector<std::string_view>& columns) {
  TsvTable table{path, {}, {}};
  bool header = true;
  ForEachDataLine(path, [&](std::string_view line, size_t number) {
    std::vector<std::string> fields = SplitOn(line, '\t');
    if (header) {
      std::vector<std::string> expected(columns.begin(), columns.end());
      if (fields != expected) {
        throw std::runtime_error(fmt::format("{}:{}: the header must be '{}'",
                                             path.string(), number,
                                             fmt::join(columns, "\\t")));
      }
      header = false;
      return;
    }
    if (fields.size() != columns.size()) {
      throw std::runtime_error(fmt::format("{}:{}: {} fields, expected {}",
                                           path.string(), number, fields.size(),
                                           columns.size()));
    }
    table.rows.push_back(std::move(fields));
    table.lines.push_back(number);
  });
  return table;
}

std::vector<std::string> SplitList(std::string_view field) {
  if (field.empty()) return {};
  return SplitOn(field, '|');
}

}  // namespace mtlint
