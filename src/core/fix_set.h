#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace mtlint {

// Whether two edits cannot both be applied: their ranges overlap, both
// insert at one offset, or one inserts strictly inside the other's range.
bool EditsConflict(const Edit& a, const Edit& b);

// A set of non-conflicting edits (after clang's tooling::Replacements): a fix
// is refused whole when one of its edits overlaps an accepted edit, or
// inserts at an offset where another insertion was accepted.
class FixSet {
 public:
  // Accepts `fix` unless it conflicts with an accepted fix or its own edits
  // conflict with each other.
  bool Add(const Fix& fix);
  // The index, in order of acceptance, of an accepted fix that `fix`
  // conflicts with, so that the caller can say whose fix won.
  std::optional<size_t> FindConflict(const Fix& fix) const;
  // The text with the accepted edits applied; bytes outside them are copied
  // as they are.
  std::string Apply(std::string_view text) const;
  const std::vector<Edit>& edits() const { return edits_; }
  size_t size() const { return size_; }  // fixes accepted

 private:
  std::vector<Edit> edits_;  // sorted by range
  std::vector<size_t> fix_;  // the index of the fix each edit belongs to
  size_t size_ = 0;
};

}  // namespace mtlint
