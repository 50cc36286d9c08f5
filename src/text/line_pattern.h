#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace mtlint {

// An ICU regular expression that must match a whole line, case-insensitive
// (dictionaries/boilerplate.tsv). Matching is not thread-safe: one per
// thread.
class LinePattern {
 public:
  // Throws std::runtime_error with ICU's reason for a bad pattern.
  explicit LinePattern(const std::string& pattern);
  ~LinePattern();
  LinePattern(LinePattern&&) noexcept;

  bool Matches(std::string_view line) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mtlint
