#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace mtlint {

// Lists of edits sorted by range that neither overlap nor insert twice at
// one offset, as a FixSet holds them. Every range refers to the text the
// edits apply to.

// The text with the edits applied. Each range refers to `text` as given, so
// this is the same as applying them back to front; building the result front
// to back keeps it linear when a 50 MB line gets many fixes.
std::string ApplyEdits(std::string_view text, const std::vector<Edit>& edits);

// Edits on the original text with the effect of `first` and then `second`,
// where `middle` is the original with `first` applied and `second` refers to
// `middle`. Lets several rounds of fixes be reported (as a diff) against the
// bytes that were read. Edits that touch are merged.
std::vector<Edit> ComposeEdits(std::string_view middle,
                               const std::vector<Edit>& first,
                               const std::vector<Edit>& second);

}  // namespace mtlint
