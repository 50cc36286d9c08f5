#include "core/fix_set.h"

#include <algorithm>

namespace mtlint {
namespace {

bool EditLess(const Edit& a, const Edit& b) {
  return a.range.begin != b.range.begin ? a.range.begin < b.range.begin
                                        : a.range.end < b.range.end;
}

bool EditsConflict(const Edit& a, const Edit& b) {
  if (a.range.empty() && b.range.empty()) return a.range.begin == b.range.begin;
  // An insertion strictly inside a replaced range changes bytes it removes.
  if (a.range.empty())
    return b.range.begin < a.range.begin && a.range.begin < b.range.end;
  if (b.range.empty())
    return a.range.begin < b.range.begin && b.range.begin < a.range.end;
  return a.range.Overlaps(b.range);
}

}  // namespace

bool FixSet::Conflicts(const Edit& edit) const {
  return std::any_of(edits_.begin(), edits_.end(),
                     [&](const Edit& e) { return EditsConflict(e, edit); });
}

bool FixSet::Add(const Fix& fix) {
  for (size_t i = 0; i < fix.edits.size(); ++i) {
    if (Conflicts(fix.edits[i])) return false;
    for (size_t j = 0; j < i; ++j) {
      if (EditsConflict(fix.edits[i], fix.edits[j])) return false;
    }
  }
  for (const Edit& e : fix.edits) {
    edits_.insert(std::upper_bound(edits_.begin(), edits_.end(), e, EditLess),
                  e);
  }
  return true;
}

std::string FixSet::Apply(std::string_view text) const {
  std::string out(text);
  for (auto it = edits_.rbegin(); it != edits_.rend(); ++it) {
    out.replace(it->range.begin, it->range.size(), it->replacement);
  }
  return out;
}

}  // namespace mtlint
