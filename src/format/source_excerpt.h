#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/byte_range.h"
#include "core/line_index.h"

namespace mtlint {

// The part of a source line shown under a diagnostic, made safe for a
// terminal (invisible characters and invalid bytes spelled out), with the
// display columns of the span to underline.
struct Excerpt {
  std::string text;
  size_t underline_begin = 0;  // display columns
  size_t underline_width = 1;
};

// Long lines are cut to a window around the span, marked with "...".
Excerpt MakeExcerpt(std::string_view text, const LineIndex& lines,
                    ByteRange span);

}  // namespace mtlint
