#include "core/fix_set.h"

#include <algorithm>

#include "core/edits.h"

namespace mtlint {
namespace {

bool EditLess(const Edit& a, const Edit& b) {
  return a.range.begin != b.range.begin ? a.range.begin < b.range.begin
                                        : a.range.end < b.range.end;
}

}  // namespace

bool EditsConflict(const Edit& a, const Edit& b) {
  if (a.range.empty() && b.range.empty()) return a.range.begin == b.range.begin;
  // An insertion strictly inside a replaced range changes bytes it removes.
  if (a.range.empty())
    return b.range.begin < a.range.begin && a.range.begin < b.range.end;
  if (b.range.empty())
    return a.range.begin < b.range.begin && b.range.begin < a.range.end;
  return a.range.Overlaps(b.range);
}

std::optional<size_t> FixSet::FindConflict(const Fix& fix) const {
  for (const Edit& edit : fix.edits) {
    // Accepted edits do not overlap, so their ends are sorted too: only
    // those from the first one ending at or after `edit` begins, up to the
    // first one beginning after it ends, can conflict. Keeps planning a
    // file with many fixes from turning quadratic.
    auto it = std::lower_bound(
        edits_.begin(), edits_.end(), edit.range.begin,
        [](const Edit& e, size_t begin) { return e.range.end < begin; });
    for (; it != edits_.end() && it->range.begin <= edit.range.end; ++it) {
      if (EditsConflict(*it, edit)) return fix_[it - edits_.begin()];
    }
  }
  return std::nullopt;
}

bool FixSet::Add(const Fix& fix) {
  if (FindConflict(fix)) return false;
  for (size_t i = 0; i < fix.edits.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (EditsConflict(fix.edits[i], fix.edits[j])) return false;
    }
  }
  for (const Edit& e : fix.edits) {
    auto at = std::upper_bound(edits_.begin(), edits_.end(), e, EditLess);
    fix_.insert(fix_.begin() + (at - edits_.begin()), size_);
    edits_.insert(at, e);
  }
  ++size_;
  return true;
}

std::string FixSet::Apply(std::string_view text) const {
  return ApplyEdits(text, edits_);
}

}  // namespace mtlint
