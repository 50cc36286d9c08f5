#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/byte_range.h"
#include "core/diagnostic.h"

namespace mtlint {

// The suppression comments of a Markdown file (docs/markdown.md):
//   <!-- mtlint-disable [CHECK...] -->            off from here on
//   <!-- mtlint-enable [CHECK...] -->             on again
//   <!-- mtlint-disable-next-line [CHECK...] -->  off on the next line with
//   text
// No CHECK means every check; a CHECK may be a glob ("quote-*").
class Suppressions {
 public:
  // `comments`: the source ranges of the file's HTML comments, in order.
  Suppressions(std::string_view source, const std::vector<ByteRange>& comments);

  // Removes the diagnostics that the comments turn off, by check and by
  // where each begins.
  void Apply(std::string_view source,
             std::vector<Diagnostic>* diagnostics) const;

  // Warnings for what a comment asks that cannot be done: an unknown check
  // or directive (check ID suppression-comment).
  std::vector<Diagnostic>& problems() { return problems_; }

 private:
  // Which checks are off: all but `except`, or only `except`.
  struct State {
    bool all = false;
    std::set<std::string, std::less<>> except;
    bool Off(std::string_view check) const {
      return all != (except.count(check) != 0);
    }
  };
  // Reads one comment; a comment that is no mtlint directive changes nothing.
  void Read(std::string_view source, ByteRange comment);
  // The check IDs that the words of a comment name; an empty list names
  // all. Unknown names become problems.
  std::set<std::string, std::less<>> Checks(
      const std::vector<std::pair<std::string_view, ByteRange>>& words);

  State state_;
  // The state after each mtlint-disable or -enable comment, by its end.
  std::vector<std::pair<size_t, State>> changes_;
  // mtlint-disable-next-line comments, by the end of the comment.
  std::vector<std::pair<size_t, State>> next_line_;
  std::vector<Diagnostic> problems_;
};

}  // namespace mtlint
