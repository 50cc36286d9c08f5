#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "text/segmenter.h"

namespace mtlint {

// How the span under review stands out: reverse video on a terminal,
// [[brackets]] where escape sequences would be noise (a pipe, a log).
enum class Highlight { kBrackets, kReverseVideo };

// The sentence around a diagnostic's span, made safe for a terminal by
// MakeExcerpt, with the span highlighted: what the interactive review shows
// for each finding, so the reviewer judges a fix in its sentence.
class ReviewExcerpts {
 public:
  explicit ReviewExcerpts(Highlight highlight) : highlight_(highlight) {}

  // Starts a file. `text` must outlive the calls to Show that follow.
  void SetText(std::string_view text);
  // One line: the sentence holding `span` (or, between sentences, the line),
  // cut like `check`'s excerpt when it is long, with the span highlighted.
  std::string Show(ByteRange span);

 private:
  // The sentence where `span` starts (an insertion point may be at its
  // end), or an empty range between sentences.
  ByteRange SentenceAt(ByteRange span);

  static constexpr size_t kNone = static_cast<size_t>(-1);

  Highlight highlight_;
  Segmenter segmenter_;
  std::string_view text_;
  std::vector<ByteRange> paragraphs_;
  // The sentences of the paragraph segmented last: diagnostics come in
  // order, so consecutive ones usually share it.
  size_t segmented_ = kNone;  // index in paragraphs_
  std::vector<ByteRange> sentences_;
};

}  // namespace mtlint
