#include "core/edits.h"

#include <algorithm>
#include <cstddef>

namespace mtlint {

std::string ApplyEdits(std::string_view text, const std::vector<Edit>& edits) {
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;
  for (const Edit& e : edits) {
    out.append(text.substr(copied, e.range.begin - copied));
    out.append(e.replacement);
    copied = e.range.end;
  }
  out.append(text.substr(copied));
  return out;
}

std::vector<Edit> ComposeEdits(std::string_view middle,
                               const std::vector<Edit>& first,
                               const std::vector<Edit>& second) {
  std::vector<Edit> out;
  size_t i = 0;
  size_t j = 0;
  // Offset in `middle` minus offset in the original, after first[0, i).
  ptrdiff_t shift = 0;
  auto middle_begin = [&] {
    return static_cast<size_t>(static_cast<ptrdiff_t>(first[i].range.begin) +
                               shift);
  };
  while (i < first.size() || j < second.size()) {
    // A cluster is a maximal run of edits of either list that overlap or
    // touch in `middle`; it becomes one edit on the original.
    size_t begin = i < first.size() ? middle_begin() : middle.size();
    if (j < second.size()) begin = std::min(begin, second[j].range.begin);
    size_t end = begin;
    ptrdiff_t shift_before = shift;
    size_t second_begin = j;
    for (;;) {
      if (i < first.size() && middle_begin() <= end) {
        end = std::max(end, middle_begin() + first[i].replacement.size());
        shift += static_cast<ptrdiff_t>(first[i].replacement.size()) -
                 static_cast<ptrdiff_t>(first[i].range.size());
        ++i;
      } else if (j < second.size() && second[j].range.begin <= end) {
        end = std::max(end, second[j].range.end);
        ++j;
      } else {
        break;
      }
    }
    std::string replacement;
    size_t copied = begin;
    for (size_t k = second_begin; k < j; ++k) {
      replacement.append(middle.substr(copied, second[k].range.begin - copied));
      replacement.append(second[k].replacement);
      copied = second[k].range.end;
    }
    replacement.append(middle.substr(copied, end - copied));
    out.push_back(
        Edit{{static_cast<size_t>(static_cast<ptrdiff_t>(begin) - shift_before),
              static_cast<size_t>(static_cast<ptrdiff_t>(end) - shift)},
             std::move(replacement)});
  }
  return out;
}

}  // namespace mtlint
