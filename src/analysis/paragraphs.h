#pragma once

#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace mtlint {

// Splits plain text into paragraphs. News copy puts one paragraph on a line;
// hard-wrapped text (every line short, blank lines between blocks) puts one
// on a block of lines. Ranges exclude line terminators and blank lines.
std::vector<ByteRange> SplitParagraphs(std::string_view text);

}  // namespace mtlint
