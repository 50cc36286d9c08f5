#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace mtlint {

// The edits (sorted, not overlapping, ranges in `text`) as a unified diff of
// the file `path`: `--- a/PATH`, `+++ b/PATH`, hunks with 3 lines of
// context, as `patch -p1` and `git apply` read it. Lines keep their
// terminators, so `\r\n` and bytes that are not UTF-8 pass through. Empty
// when the edits change nothing.
std::string UnifiedDiff(std::string_view path, std::string_view text,
                        const std::vector<Edit>& edits);

}  // namespace mtlint
