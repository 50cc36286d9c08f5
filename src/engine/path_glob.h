#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

// A gitignore-style path pattern, as `exclude` in .mtlint.toml uses them:
// `*`, `?` and `[...]` match within one path component, a `**` component
// matches any number of components, a pattern with no `/` matches a name
// at any depth ("*.tmp.md", "drafts/"), and one with a `/` before its end is
// anchored at the base directory ("drafts/**", "/notes.md").
class PathGlob {
 public:
  explicit PathGlob(std::string_view pattern);

  // Whether `relative` (relative to the base directory, lexically normal)
  // matches.
  bool Matches(const std::filesystem::path& relative) const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  std::vector<std::string> parts_;  // one per component; "**" as itself
};

}  // namespace mtlint
