#include "dict/sorted_words.h"

#include <algorithm>

#include "dict/data_lines.h"
#include "engine/inputs.h"

namespace mtlint {
namespace {

void SortUnique(std::vector<std::string_view>* words) {
  if (!std::is_sorted(words->begin(), words->end())) {
    std::sort(words->begin(), words->end());
  }
  words->erase(std::unique(words->begin(), words->end()), words->end());
}

}  // namespace

void SortedWords::AddList(const std::filesystem::path& path) {
  const std::string& text = storage_.emplace_back(ReadInput(path.string()));
  std::vector<std::string_view>& run = runs_.emplace_back();
  ForEachDataLine(path, text,
                  [&](std::string_view line, size_t) { run.push_back(line); });
}

void SortedWords::Add(std::string_view word) {
  if (!singles_.contains(word)) singles_.insert(storage_.emplace_back(word));
}

void SortedWords::Seal() {
  for (std::vector<std::string_view>& run : runs_) SortUnique(&run);
}

bool SortedWords::Has(std::string_view word) const {
  if (singles_.contains(word)) return true;
  for (const std::vector<std::string_view>& run : runs_) {
    if (std::binary_search(run.begin(), run.end(), word)) return true;
  }
  return false;
}

}  // namespace mtlint
