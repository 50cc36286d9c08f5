#include "cross/code_points.h"

#include "text/utf8.h"

namespace mtlint {

std::vector<CodePoint> DecodeRange(std::string_view text, ByteRange range) {
  std::vector<CodePoint> out;
  for (size_t i = range.begin; i < range.end;) {
    DecodedCodePoint d = DecodeUtf8(text, i);
    out.push_back({d.code_point, i, i + d.length});
    i += d.length;
  }
  return out;
}

bool MatchesAt(const std::vector<CodePoint>& cps, size_t at,
               std::u32string_view word) {
  if (at + word.size() > cps.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (cps[at + k].c != word[k]) return false;
  }
  return true;
}

bool EndsAt(const std::vector<CodePoint>& cps, size_t at,
            std::u32string_view word) {
  return at >= word.size() && MatchesAt(cps, at - word.size(), word);
}

}  // namespace mtlint
