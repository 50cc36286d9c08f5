#include "checks/title_finder.h"

#include <algorithm>

#include "text/unicode.h"
#include "text/word_shape.h"

namespace mtlint {
namespace {

// Qualifiers between a title and the name: "of Foreign Affairs of China".
constexpr uint32_t kMaxQualifierTokens = 8;

}  // namespace

std::string TitlePhrase(std::string_view s) {
  std::string folded = FoldCase(s);
  std::string out;
  for (char c : folded) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

namespace {

// The rank of the longest title phrase that begins `role`.
std::optional<TitleRole> RoleRank(const NameData& names,
                                  std::string_view role) {
  std::vector<size_t> word_ends;
  for (size_t i = role.find(' '); i != std::string_view::npos;
       i = role.find(' ', i + 1)) {
    word_ends.push_back(i);
  }
  word_ends.push_back(role.size());
  for (size_t k = word_ends.size(); k-- > 0;) {
    std::string_view prefix = role.substr(0, word_ends[k]);
    std::string_view rank = names.TitleRank(TitlePhrase(prefix));
    if (!rank.empty()) return TitleRole{std::string(rank), std::string(prefix)};
  }
  return std::nullopt;
}

}  // namespace

std::vector<TitleRole> DictionaryTitleRoles(const NameData& names,
                                            std::string_view title) {
  std::vector<TitleRole> roles;
  size_t begin = 0;
  while (begin < title.size()) {
    size_t end = title.size();
    size_t skip = 0;
    for (std::string_view separator : {" and ", ", ", "; "}) {
      size_t at = title.find(separator, begin);
      if (at < end) {
        end = at;
        skip = separator.size();
      }
    }
    if (std::optional<TitleRole> role =
            RoleRank(names, title.substr(begin, end - begin))) {
      roles.push_back(*role);
    }
    begin = end + skip;
    if (skip == 0) break;
  }
  return roles;
}

std::optional<Title> TitleFinder::Before(const Sentence& s, uint32_t name,
                                         bool qualified) const {
  uint32_t end = name;
  if (end > s.first_token && doc_.Text(tokens_[end - 1]) == ",") --end;
  // At each candidate end, the longest title phrase ending there wins.
  uint32_t max_tail = qualified ? kMaxQualifierTokens : 0;
  for (uint32_t tail = 0; tail <= max_tail && end >= s.first_token + tail;
       ++tail) {
    uint32_t phrase_end = end - tail;
    if (tail > 0 && !ValidQualifier(phrase_end, end)) continue;
    // Every phrase tried here ends with the last token, folded as it is in
    // TitlePhrase when it is ASCII without white space.
    if (phrase_end > s.first_token && !MayEndTitle(phrase_end - 1)) continue;
    auto longest = static_cast<uint32_t>(names_.longest_title() * 2);
    for (uint32_t n = std::min(longest, phrase_end - s.first_token); n >= 1;
         --n) {
      const Token& first = tokens_[phrase_end - n];
      if (!first.is_word()) continue;
      ByteRange range{first.begin, tokens_[phrase_end - 1].end};
      std::string_view rank = names_.TitleRank(TitlePhrase(doc_.Text(range)));
      if (!rank.empty()) return Title{range, std::string(rank)};
    }
  }
  return std::nullopt;
}

std::optional<Title> TitleFinder::After(const Sentence& s,
                                        uint32_t name_end) const {
  uint32_t k = name_end;
  if (k >= s.end_token || doc_.Text(tokens_[k]) != ",") return std::nullopt;
  ++k;
  if (k < s.end_token) {
    std::string article = FoldCase(doc_.Text(tokens_[k]));
    if (article == "the" || article == "a" || article == "an") ++k;
  }
  auto longest = static_cast<uint32_t>(names_.longest_title() * 2);
  for (uint32_t n = std::min(longest, s.end_token - std::min(k, s.end_token));
       n >= 1; --n) {
    const Token& last = tokens_[k + n - 1];
    if (!last.is_word()) continue;
    ByteRange range{tokens_[k].begin, last.end};
    std::string_view rank = names_.TitleRank(TitlePhrase(doc_.Text(range)));
    if (rank.empty()) continue;
    if (k + n < s.end_token && tokens_[k + n].is_word() &&
        StartsUpper(doc_.Text(tokens_[k + n])) &&
        FoldCase(doc_.Text(tokens_[k + n])) != "of") {
      return std::nullopt;
    }
    return Title{range, std::string(rank)};
  }
  return std::nullopt;
}

bool TitleFinder::MayEndTitle(uint32_t last) const {
  std::string_view written = doc_.Text(tokens_[last]);
  for (char c : written) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == ' ' || c == '\t' ||
        c == '\n') {
      return true;  // not judged here
    }
  }
  return names_.MayEndTitle(doc_.Folded(last));
}

// Tokens [begin, end) read "of (the) Foreign Affairs (of China)".
bool TitleFinder::ValidQualifier(uint32_t begin, uint32_t end) const {
  if (doc_.Folded(begin) != "of") return false;
  for (uint32_t k = begin + 1; k < end; ++k) {
    std::string_view w = doc_.Text(tokens_[k]);
    if (w != "of" && w != "the" && w != "." && !StartsUpper(w)) return false;
  }
  return true;
}

}  // namespace mtlint
