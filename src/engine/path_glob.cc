#include "engine/path_glob.h"

#include <fnmatch.h>

namespace mtlint {
namespace {

bool MatchFrom(const std::vector<std::string>& parts, size_t i,
               const std::vector<std::string>& names, size_t j) {
  if (i == parts.size()) return j == names.size();
  if (parts[i] == "**") {
    for (size_t k = j; k <= names.size(); ++k) {
      if (MatchFrom(parts, i + 1, names, k)) return true;
    }
    return false;
  }
  return j < names.size() &&
         fnmatch(parts[i].c_str(), names[j].c_str(), 0) == 0 &&
         MatchFrom(parts, i + 1, names, j + 1);
}

}  // namespace

PathGlob::PathGlob(std::string_view pattern) : pattern_(pattern) {
  // "drafts/" is a name like "drafts"; "/drafts" is anchored.
  while (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);
  if (pattern.find('/') == std::string_view::npos) parts_.push_back("**");
  size_t begin = 0;
  while (begin <= pattern.size()) {
    size_t end = pattern.find('/', begin);
    if (end == std::string_view::npos) end = pattern.size();
    if (end > begin) parts_.emplace_back(pattern.substr(begin, end - begin));
    begin = end + 1;
  }
}

bool PathGlob::Matches(const std::filesystem::path& relative) const {
  std::vector<std::string> names;
  for (const std::filesystem::path& part : relative) {
    if (!part.empty() && part != ".") names.push_back(part.string());
  }
  return !names.empty() && MatchFrom(parts_, 0, names, 0);
}

}  // namespace mtlint
