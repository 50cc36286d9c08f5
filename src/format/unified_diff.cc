#include "format/unified_diff.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/edits.h"
#include "core/line_index.h"

namespace mtlint {
namespace {

constexpr size_t kContext = 3;

// Whole lines [first, last] (1-based) of the text and what the edits on
// them make of them.
struct Change {
  size_t first;
  size_t last;
  std::string_view before;
  std::string after;
};

// The text's lines as the diff counts them: a final line terminator does
// not start another line.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text), index_(text) {
    count_ = index_.line_count();
    if (text.empty() || text.back() == '\n') --count_;
  }
  size_t count() const { return count_; }
  size_t LineOf(size_t offset) const { return index_.LineOf(offset); }
  size_t LastLineOf(const Edit& e) const {
    return LineOf(e.range.empty() ? e.range.begin : e.range.end - 1);
  }
  // Lines [first, last] with their terminators.
  ByteRange Span(size_t first, size_t last) const {
    size_t end = last < index_.line_count() ? index_.LineRange(last + 1).begin
                                            : text_.size();
    return {index_.LineRange(first).begin, end};
  }
  std::string_view Text(ByteRange r) const { return r.In(text_); }

 private:
  std::string_view text_;
  LineIndex index_;
  size_t count_;
};

std::vector<Change> FindChanges(const Lines& lines,
                                const std::vector<Edit>& edits) {
  std::vector<Change> changes;
  for (size_t k = 0; k < edits.size();) {
    size_t first = lines.LineOf(edits[k].range.begin);
    size_t last = lines.LastLineOf(edits[k]);
    size_t end = k + 1;
    // Edits on one line, or on adjacent lines (for the "-" lines of a
    // block to come before its "+" lines, as diff prints them).
    while (end < edits.size() &&
           lines.LineOf(edits[end].range.begin) <= last + 1) {
      last = std::max(last, lines.LastLineOf(edits[end]));
      ++end;
    }
    ByteRange span = lines.Span(first, last);
    std::vector<Edit> local(edits.begin() + k, edits.begin() + end);
    for (Edit& e : local) {
      e.range.begin -= span.begin;
      e.range.end -= span.begin;
    }
    Change c{first, last, lines.Text(span), ""};
    c.after = ApplyEdits(c.before, local);
    if (c.after != c.before) changes.push_back(std::move(c));
    k = end;
  }
  return changes;
}

// Appends each line of `text` with `prefix`; returns how many there were.
size_t AppendLines(char prefix, std::string_view text, std::string* out) {
  size_t n = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    end = end == std::string_view::npos ? text.size() : end + 1;
    out->push_back(prefix);
    out->append(text.substr(0, end));
    if (text[end - 1] != '\n') out->append("\n\\ No newline at end of file\n");
    text.remove_prefix(end);
    ++n;
  }
  return n;
}

std::string HunkRange(size_t start, size_t count) {
  if (count == 1) return fmt::format("{}", start);
  // An empty side names the line after which it would be.
  return fmt::format("{},{}", count == 0 ? start - 1 : start, count);
}

}  // namespace

std::string UnifiedDiff(std::string_view path, std::string_view text,
                        const std::vector<Edit>& edits) {
  Lines lines(text);
  std::vector<Change> changes = FindChanges(lines, edits);
  if (changes.empty()) return "";
  std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  ptrdiff_t shift = 0;  // lines added minus lines removed by earlier hunks
  auto context = [&](size_t first, size_t last, std::string* body) {
    if (first > last) return size_t{0};
    return AppendLines(' ', lines.Text(lines.Span(first, last)), body);
  };
  for (size_t k = 0; k < changes.size();) {
    // Changes whose context would touch or overlap share a hunk.
    size_t end = k + 1;
    while (end < changes.size() &&
           changes[end].first <= changes[end - 1].last + 2 * kContext + 1) {
      ++end;
    }
    size_t from = changes[k].first > kContext ? changes[k].first - kContext : 1;
    size_t to = std::min(changes[end - 1].last + kContext, lines.count());
    std::string body;
    size_t before = context(from, changes[k].first - 1, &body);
    size_t after = before;
    for (size_t i = k; i < end; ++i) {
      if (i > k) {
        size_t n =
            context(changes[i - 1].last + 1, changes[i].first - 1, &body);
        before += n;
        after += n;
      }
      before += AppendLines('-', changes[i].before, &body);
      after += AppendLines('+', changes[i].after, &body);
    }
    size_t n = context(changes[end - 1].last + 1, to, &body);
    before += n;
    after += n;
    out += fmt::format(
        "@@ -{} +{} @@\n", HunkRange(from, before),
        HunkRange(static_cast<size_t>(static_cast<ptrdiff_t>(from) + shift),
                  after));
    out += body;
    shift += static_cast<ptrdiff_t>(after) - static_cast<ptrdiff_t>(before);
    k = end;
  }
  return out;
}

}  // namespace mtlint
