#include "analysis/paragraphs.h"

#include "text/utf8.h"

namespace mtlint {
namespace {

// Lines longer than this are paragraphs of their own: wrapped text stays
// under it (80 columns is the usual fill width, with room for slack).
constexpr size_t kWrappedLineLimit = 100;

struct Line {
  ByteRange range;  // without "\r\n"
  bool blank;
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t nl = text.find('\n', begin);
    size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (end > begin && text[end - 1] == '\r') --end;
    bool blank = text.substr(begin, end - begin).find_first_not_of(" \t\f\v") ==
                 std::string_view::npos;
    lines.push_back({{begin, end}, blank});
    begin = next;
  }
  return lines;
}

bool LooksHardWrapped(std::string_view text, const std::vector<Line>& lines) {
  bool has_blank = false;
  for (const Line& l : lines) {
    if (l.range.size() > kWrappedLineLimit &&
        CountCodePoints(l.range.In(text)) > kWrappedLineLimit) {
      return false;
    }
    has_blank = has_blank || l.blank;
  }
  return has_blank;
}

}  // namespace

std::vector<ByteRange> SplitParagraphs(std::string_view text) {
  std::vector<Line> lines = SplitLines(text);
  std::vector<ByteRange> paragraphs;
  if (!LooksHardWrapped(text, lines)) {
    for (const Line& l : lines) {
      if (!l.blank) paragraphs.push_back(l.range);
    }
    return paragraphs;
  }
  bool open = false;
  for (const Line& l : lines) {
    if (l.blank) {
      open = false;
    } else if (open) {
      paragraphs.back().end = l.range.end;
    } else {
      paragraphs.push_back(l.range);
      open = true;
    }
  }
  return paragraphs;
}

}  // namespace mtlint
