#include "engine/suppressions.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "core/line_index.h"
#include "engine/check_selection.h"
#include "text/edit_distance.h"

namespace mtlint {
namespace {

constexpr std::string_view kCheck = "suppression-comment";
constexpr std::string_view kDisable = "mtlint-disable";
constexpr std::string_view kEnable = "mtlint-enable";
constexpr std::string_view kDisableNextLine = "mtlint-disable-next-line";

bool IsSeparator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',';
}

// The words of source[r], split at white space and commas, with their
// ranges.
std::vector<std::pair<std::string_view, ByteRange>> Words(
    std::string_view source, ByteRange r) {
  std::vector<std::pair<std::string_view, ByteRange>> words;
  for (size_t i = r.begin; i < r.end;) {
    if (IsSeparator(source[i])) {
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < r.end && !IsSeparator(source[i])) ++i;
    words.push_back({source.substr(begin, i - begin), {begin, i}});
  }
  return words;
}

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

}  // namespace

Suppressions::Suppressions(std::string_view source,
                           const std::vector<ByteRange>& comments) {
  for (ByteRange c : comments) Read(source, c);
}

void Suppressions::Read(std::string_view source, ByteRange comment) {
  // "<!--" and "-->" around the words.
  auto words = Words(source, {comment.begin + 4, comment.end - 3});
  if (words.empty() || !words.front().first.starts_with("mtlint")) return;
  auto [directive, where] = words.front();
  words.erase(words.begin());
  if (directive == kDisableNextLine) {
    State s;
    s.except = Checks(words);
    s.all = words.empty();
    next_line_.push_back({comment.end, std::move(s)});
    return;
  }
  if (directive != kDisable && directive != kEnable) {
    std::string_view near =
        ClosestMatch(directive, {kDisable, kEnable, kDisableNextLine});
    Diagnostic& d = problems_.emplace_back();
    d.check = kCheck;
    d.range = where;
    d.message =
        near.empty()
            ? fmt::format("unknown directive '{}': mtlint reads {}, {} and {}",
                          directive, kDisable, kEnable, kDisableNextLine)
            : fmt::format("unknown directive '{}'; did you mean '{}'?",
                          directive, near);
    return;
  }
  bool disable = directive == kDisable;
  if (words.empty()) {
    state_.all = disable;
    state_.except.clear();
  } else {
    // Naming a check turns it off or on whatever the rest are.
    bool add = disable != state_.all;
    for (const std::string& id : Checks(words)) {
      if (add) {
        state_.except.insert(id);
      } else {
        state_.except.erase(id);
      }
    }
  }
  changes_.push_back({comment.end, state_});
}

std::set<std::string, std::less<>> Suppressions::Checks(
    const std::vector<std::pair<std::string_view, ByteRange>>& words) {
  std::set<std::string, std::less<>> ids;
  for (const auto& [word, range] : words) {
    try {
      CheckSelection named = SelectChecks({std::string(word)}, {"all"});
      ids.insert(named.enabled.begin(), named.enabled.end());
    } catch (const std::invalid_argument& e) {
      Diagnostic& d = problems_.emplace_back();
      d.check = kCheck;
      d.range = range;
      d.message = e.what();
    }
  }
  return ids;
}

void Suppressions::Apply(std::string_view source,
                         std::vector<Diagnostic>* diagnostics) const {
  if (changes_.empty() && next_line_.empty()) return;
  // The checks off on each line named by mtlint-disable-next-line.
  std::map<size_t, State> lines;
  std::optional<LineIndex> index;
  if (!next_line_.empty()) {
    index.emplace(source);
    for (const auto& [end, state] : next_line_) {
      size_t line = index->LineOf(end - 1) + 1;
      while (line <= index->line_count() &&
             IsBlankLine(source.substr(index->LineRange(line).begin,
                                       index->LineRange(line).size()))) {
        ++line;
      }
      State& s = lines[line];
      s.all = s.all || state.all;
      s.except.insert(state.except.begin(), state.except.end());
    }
  }
  std::erase_if(*diagnostics, [&](const Diagnostic& d) {
    auto change = std::upper_bound(
        changes_.begin(), changes_.end(), d.range.begin,
        [](size_t offset, const auto& c) { return offset < c.first; });
    if (change != changes_.begin() && std::prev(change)->second.Off(d.check)) {
      return true;
    }
    if (!index) return false;
    auto line = lines.find(index->LineOf(d.range.begin));
    return line != lines.end() &&
           (line->second.all || line->second.except.count(d.check) != 0);
  });
}

}  // namespace mtlint
