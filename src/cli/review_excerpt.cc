#include "cli/review_excerpt.h"

#include <algorithm>

#include "analysis/paragraphs.h"
#include "core/line_index.h"
#include "format/source_excerpt.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// The byte in an excerpt where display column `column` starts. Code points
// of width zero (combining marks) stay with the character before them.
size_t ByteAtColumn(std::string_view s, size_t column) {
  size_t at = 0;
  size_t col = 0;
  while (at < s.size()) {
    DecodedCodePoint d = DecodeUtf8(s, at);
    int width =
        d.code_point == kInvalidCodePoint ? 1 : DisplayWidth(d.code_point);
    if (col >= column && width > 0) break;
    col += static_cast<size_t>(width);
    at += d.length;
  }
  return at;
}

// The line holding `offset`, without its terminator.
ByteRange LineAround(std::string_view text, size_t offset) {
  size_t newline =
      offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
  size_t end = text.find('\n', offset);
  return {begin, end == std::string_view::npos ? text.size() : end};
}

}  // namespace

void ReviewExcerpts::SetText(std::string_view text) {
  text_ = text;
  paragraphs_ = SplitParagraphs(text);
  segmented_ = kNone;
}

ByteRange ReviewExcerpts::SentenceAt(ByteRange span) {
  size_t offset = span.begin;
  auto it = std::upper_bound(
      paragraphs_.begin(), paragraphs_.end(), offset,
      [](size_t o, const ByteRange& p) { return o < p.begin; });
  if (it == paragraphs_.begin() || offset > (--it)->end) return {};
  auto index = static_cast<size_t>(it - paragraphs_.begin());
  if (index != segmented_) {
    sentences_.clear();
    segmenter_.Sentences(text_, *it, &sentences_);
    segmented_ = index;
  }
  for (const ByteRange& s : sentences_) {
    if (s.begin <= offset &&
        (offset < s.end || (span.empty() && offset == s.end))) {
      return s;
    }
  }
  return {};
}

std::string ReviewExcerpts::Show(ByteRange span) {
  // Only the sentence is given to MakeExcerpt, so its window (and its "...")
  // stops where the sentence does.
  ByteRange window = SentenceAt(span);
  if (window.empty()) window = LineAround(text_, span.begin);
  window.begin = std::min(window.begin, span.begin);
  window.end = std::max(window.end, span.end);
  std::string_view view = window.In(text_);
  LineIndex lines(view);
  Excerpt e = MakeExcerpt(view, lines,
                          {span.begin - window.begin, span.end - window.begin});

  // An insertion point is shown as empty brackets; reverse video cannot
  // show nothing, so it marks the character after it, as `check`'s caret.
  size_t width = span.empty() && highlight_ == Highlight::kBrackets
                     ? 0
                     : e.underline_width;
  size_t begin = ByteAtColumn(e.text, e.underline_begin);
  size_t end = std::max(begin, ByteAtColumn(e.text, e.underline_begin + width));
  std::string marked = e.text.substr(begin, end - begin);
  if (highlight_ == Highlight::kBrackets) {
    marked = "[[" + marked + "]]";
  } else {
    marked =
        "\x1b[7m" + (marked.empty() ? std::string(" ") : marked) + "\x1b[27m";
  }
  return e.text.substr(0, begin) + marked + e.text.substr(end);
}

}  // namespace mtlint
