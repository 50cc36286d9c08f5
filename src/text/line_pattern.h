#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "text/literal_prefilter.h"

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
  // False when the pattern cannot match the line: a test of literals far
  // cheaper than Matches, which most lines fail.
  bool MayMatch(const PrefilterLine& line) const {
    return prefilter_.MayMatch(line);
  }
  // LiteralPrefilter::MayStartWith.
  bool MayStartWith(unsigned char lowered_first) const {
    return prefilter_.MayStartWith(lowered_first);
  }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  LiteralPrefilter prefilter_;
};

}  // namespace mtlint
