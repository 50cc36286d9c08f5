#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace mtlint {

// A set of non-conflicting edits (after clang's tooling::Replacements): a fix
// is refused whole when one of its edits overlaps an accepted edit, or
// inserts at an offset where another insertion was accepted.
class FixSet {
 public:
  bool Add(const Fix& fix);
  // Applies the edits back to front; bytes outside them are copied as is.
  std::string Apply(std::string_view text) const;
  const std::vector<Edit>& edits() const { return edits_; }

 private:
  bool Conflicts(const Edit& edit) const;
  std::vector<Edit> edits_;  // sorted by range
};

}  // namespace mtlint
