#pragma once

#include <string_view>

namespace mtlint {

// Whether UAX #29 lets a sentence end anywhere in `paragraph` before its
// end, line breaks counted as spaces. When it does not (no terminator but
// the final "?" or "." with its closing quotes and spaces, the common case
// of news copy), the paragraph is one sentence and ICU need not be asked:
// its breaks only ever follow a terminator or a paragraph separator.
bool MayEndSentenceInside(std::string_view paragraph);

}  // namespace mtlint
