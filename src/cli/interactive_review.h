#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/review_excerpt.h"
#include "core/diagnostic.h"
#include "core/fix_set.h"

namespace mtlint {

// Where the answers of an interactive review come from. The review only sees
// this interface, so tests script it with a string stream and a terminal
// gives single keys (cli/terminal.h).
class AnswerReader {
 public:
  virtual ~AnswerReader() = default;
  // The next answer: one key on a terminal, one line otherwise (without its
  // terminator). Nothing at the end of the input.
  virtual std::optional<std::string> ReadAnswer() = 0;
  // A line of text typed for `e`, without its terminator; nothing at the end
  // of the input. `prompt` shows the question once the input is ready for a
  // line, so that on a terminal what is typed right after it is echoed.
  virtual std::optional<std::string> ReadLine(
      const std::function<void()>& prompt) = 0;
  // Whether the answers are typed on a terminal: single keys, Enter alone
  // is no answer (it is pressed out of habit after a key), and the terminal
  // echoes a typed line itself.
  virtual bool from_terminal() const { return false; }
};

// Answers one per line from a stream: a pipe, a file, a test's script.
class LineAnswers : public AnswerReader {
 public:
  explicit LineAnswers(std::istream& in) : in_(in) {}
  std::optional<std::string> ReadAnswer() override;
  std::optional<std::string> ReadLine(
      const std::function<void()>& prompt) override;

 private:
  std::istream& in_;
};

// What the review of one file decided.
struct FileReview {
  FixSet accepted;     // the fixes (and typed replacements) to apply
  size_t applied = 0;  // findings resolved by an accepted fix
  size_t skipped = 0;  // findings answered without a fix
  bool quit = false;   // `q` or the end of the answers: review no more files
};

// Walks the diagnostics of a file one at a time, shows each with its
// sentence and its fixes and asks what to do; see docs/fix.md, "Interactive
// review". It decides and prints, and never writes the file: the caller
// applies `FileReview::accepted`.
class InteractiveReview {
 public:
  InteractiveReview(AnswerReader& answers, std::ostream& out,
                    Highlight highlight)
      : answers_(answers), out_(out), excerpts_(highlight) {}

  // `diagnostics` are those of `text`, in order, as the linter returns them.
  FileReview Review(const std::string& path, std::string_view text,
                    const std::vector<Diagnostic>& diagnostics);

 private:
  AnswerReader& answers_;
  std::ostream& out_;
  ReviewExcerpts excerpts_;
};

// "applied 3, skipped 2 in 1 file": the last line of a review.
std::string ReviewSummaryLine(size_t applied, size_t skipped, size_t files);

}  // namespace mtlint
