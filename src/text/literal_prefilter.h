#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"

namespace mtlint {

// A line as LiteralPrefilter reads it: ASCII letters lowercased, every other
// byte as it is. Set it once per line and ask every prefilter about it.
class PrefilterLine {
 public:
  // Keeps a view of `line`, which must outlive the questions about it.
  void Set(std::string_view line);
  // The first and last bytes lowered, or 0 for an empty line: most lines
  // are turned away by these, before the whole line is lowered.
  size_t size() const { return line_.size(); }
  unsigned char front() const { return LoweredAt(0); }
  unsigned char back() const { return LoweredAt(line_.size() - 1); }
  std::string_view lowered() const;
  // False when the line holds a character whose case folding holds ASCII
  // ("ſ", "K" KELVIN SIGN, "ß", "ﬁ"): a case-insensitive pattern may match
  // it where no lowercased literal occurs, so no prefilter can judge.
  bool judgeable() const { return judgeable_; }

 private:
  unsigned char LoweredAt(size_t i) const {
    return line_.empty() ? 0 : static_cast<unsigned char>(AsciiLower(line_[i]));
  }

  std::string_view line_;
  bool judgeable_ = true;
  mutable std::string lowered_;
  mutable bool lowered_ready_ = false;
};

// A cheap necessary condition for an ICU regular expression matched
// case-insensitively against a whole line: literal strings the pattern
// cannot match without. The line starts with one of the prefixes, ends with
// one of the suffixes, and holds one string of every clause:
// "(see also|related)\s*:.*" needs a line starting "see also" or
// "related" and holding ":". A pattern whose syntax the analysis does not
// know (look-arounds, flags, \p{...}, nested sets) gets no condition, and
// every line may match it.
class LiteralPrefilter {
 public:
  explicit LiteralPrefilter(std::string_view pattern);

  // False only when the pattern cannot match `line`.
  bool MayMatch(const PrefilterLine& line) const;
  // False only when the pattern cannot match a judgeable line whose first
  // byte, lowered, is `lowered_first`.
  bool MayStartWith(unsigned char lowered_first) const {
    return prefixes_.empty() || first_bytes_[lowered_first];
  }

  // For tests, ASCII lowercase and sorted: the alternatives a line starts
  // or ends with (empty: unknown), and each clause's alternatives.
  const std::vector<std::string>& prefixes() const { return prefixes_; }
  const std::vector<std::string>& suffixes() const { return suffixes_; }
  const std::vector<std::vector<std::string>>& clauses() const {
    return clauses_;
  }

 private:
  std::vector<std::string> prefixes_;
  std::vector<std::string> suffixes_;
  std::vector<std::vector<std::string>> clauses_;
  // The bytes the prefixes start with and the suffixes end with: most
  // lines are turned away by one look-up instead of a comparison each.
  std::bitset<256> first_bytes_;
  std::bitset<256> last_bytes_;
};

}  // namespace mtlint
