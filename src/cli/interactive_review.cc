#include "cli/interactive_review.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <istream>
#include <ostream>

#include "core/line_index.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

constexpr std::string_view kHelp =
    "y - apply fix 1\n"
    "1-9 - apply that fix\n"
    "n - skip this finding\n"
    "e - type a replacement for the highlighted text\n"
    "a - apply the first fix of this and every later finding of this check "
    "in this file\n"
    "d - skip this and every later finding of this check in this file\n"
    "u - undo the last answer\n"
    "q - quit: keep what was accepted and write it\n"
    "? - this help\n"
    "(review): a fix that needs your judgement\n"
    "(unavailable): a fix that overlaps one you accepted\n";

enum class State { kOpen, kApplied, kSkipped };

// One answer, kept so that `u` can take it back.
struct AnswerRecord {
  size_t at;                    // the finding it answered
  std::vector<size_t> decided;  // the findings it decided (`a`, `d`: many)
  size_t accepted_before;       // fixes accepted before it
};

// A fix accepted for a finding.
struct Accepted {
  Fix fix;
  size_t finding;
};

std::string Trim(std::string s) {
  auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  s.erase(s.begin(), std::find_if_not(s.begin(), s.end(), space));
  s.erase(std::find_if_not(s.rbegin(), s.rend(), space).base(), s.end());
  return s;
}

// The review of one file: the state of each finding, the fixes accepted so
// far (in a FixSet, which refuses what conflicts) and the answers to undo.
class FileWalk {
 public:
  FileWalk(AnswerReader& answers, std::ostream& out, ReviewExcerpts& excerpts,
           const std::string& path, std::string_view text,
           const std::vector<Diagnostic>& diagnostics)
      : answers_(answers),
        out_(out),
        excerpts_(excerpts),
        path_(path),
        text_(text),
        lines_(text),
        diagnostics_(diagnostics),
        state_(diagnostics.size(), State::kOpen) {}

  FileReview Run();

 private:
  // What the walk does after an answer: the next open finding, the one an
  // undone answer was for (back_to_), or stop.
  enum class Outcome { kNext, kBack, kQuit };

  size_t NextOpen(size_t from) const;
  void Show(size_t i);
  std::string Prompt(size_t i) const;
  // Asks until an answer is taken.
  Outcome Ask(size_t i);
  // The next answer, trimmed and echoed; nothing at the end of the input.
  std::optional<std::string> ReadAnswer(bool* prompt_again);
  // Each handler returns what to do next, or nothing, after saying why, when
  // the answer cannot be taken and the question is asked again.
  std::optional<Outcome> Take(size_t i, const std::string& answer);
  std::optional<Outcome> Apply(size_t i, size_t fix);
  std::optional<Outcome> Edit(size_t i);
  Outcome Skip(size_t i);
  Outcome Batch(size_t i, bool apply);
  std::optional<Outcome> Undo();

  // Why `fix` cannot be accepted now, or nothing when it can.
  std::optional<std::string> Unavailable(const Fix& fix) const;
  // Accepts `fix` for finding `i`; false when its own edits conflict.
  bool Accept(const Fix& fix, size_t i);
  void Rebuild();

  AnswerReader& answers_;
  std::ostream& out_;
  ReviewExcerpts& excerpts_;
  const std::string& path_;
  std::string_view text_;
  LineIndex lines_;
  const std::vector<Diagnostic>& diagnostics_;
  std::vector<State> state_;
  std::vector<Accepted> accepted_;  // in the order of the FixSet's indices
  FixSet plan_;
  std::vector<AnswerRecord> history_;
  size_t back_to_ = 0;
};

size_t FileWalk::NextOpen(size_t from) const {
  while (from < state_.size() && state_[from] != State::kOpen) ++from;
  return from;
}

FileReview FileWalk::Run() {
  excerpts_.SetText(text_);
  FileReview review;
  size_t i = NextOpen(0);
  while (i < diagnostics_.size()) {
    Show(i);
    switch (Ask(i)) {
      case Outcome::kNext:
        i = NextOpen(i + 1);
        break;
      case Outcome::kBack:
        i = back_to_;
        break;
      case Outcome::kQuit:
        review.quit = true;
        i = diagnostics_.size();
        break;
    }
  }
  review.accepted = std::move(plan_);
  review.applied = std::count(state_.begin(), state_.end(), State::kApplied);
  review.skipped = std::count(state_.begin(), state_.end(), State::kSkipped);
  return review;
}

void FileWalk::Show(size_t i) {
  const Diagnostic& d = diagnostics_[i];
  LineColumn at = lines_.Locate(d.range.begin);
  out_ << fmt::format("\n{}:{}:{}: {}: {} [{}]\n", path_, at.line, at.column,
                      SeverityName(d.severity), d.message, d.check);
  out_ << "    " << excerpts_.Show(d.range) << '\n';
  for (size_t k = 0; k < d.fixes.size(); ++k) {
    const Fix& f = d.fixes[k];
    std::optional<std::string> why = Unavailable(f);
    out_ << fmt::format("  {}: {}{}{}\n", k + 1, why ? "(unavailable) " : "",
                        f.safe ? "" : "(review) ", f.label);
    if (why) out_ << "       " << *why << '\n';
  }
  if (d.fixes.empty()) out_ << "  no fix offered: e types a replacement\n";
  for (const std::string& note : d.notes) out_ << "  note: " << note << '\n';
}

std::string FileWalk::Prompt(size_t i) const {
  size_t fixes = diagnostics_[i].fixes.size();
  std::string keys = fixes == 0 ? ""
                     : fixes == 1
                         ? "y,"
                         : fmt::format("y,1-{},", std::min<size_t>(fixes, 9));
  return fmt::format("({}/{}) apply? [{}n,e,a,d,u,q,?] ", i + 1,
                     diagnostics_.size(), keys);
}

FileWalk::Outcome FileWalk::Ask(size_t i) {
  bool prompt = true;
  for (;;) {
    if (prompt) out_ << Prompt(i) << std::flush;
    prompt = true;
    std::optional<std::string> answer = ReadAnswer(&prompt);
    if (!answer) {
      out_ << "\nend of input: keeping what was accepted\n";
      return Outcome::kQuit;
    }
    if (!prompt) continue;
    if (std::optional<Outcome> outcome = Take(i, *answer)) return *outcome;
  }
}

std::optional<std::string> FileWalk::ReadAnswer(bool* prompt_again) {
  std::optional<std::string> read = answers_.ReadAnswer();
  if (!read) return std::nullopt;
  std::string answer = Trim(*read);
  // Enter pressed after a key out of habit is no answer: wait for a key.
  if (answer.empty() && answers_.from_terminal()) {
    *prompt_again = false;
    return answer;
  }
  // Echoed so that the output reads as a dialogue: a terminal in key mode
  // does not echo, and scripted answers never appear on the screen.
  bool printable = std::all_of(answer.begin(), answer.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x20 && c != 0x7F;
  });
  out_ << (printable ? answer : "") << '\n';
  if (answer.size() == 1) {
    answer[0] =
        static_cast<char>(std::tolower(static_cast<unsigned char>(answer[0])));
  }
  return answer;
}

std::optional<FileWalk::Outcome> FileWalk::Take(size_t i,
                                                const std::string& answer) {
  bool number = !answer.empty() && answer.size() <= 3 &&
                std::all_of(answer.begin(), answer.end(),
                            [](unsigned char c) { return std::isdigit(c); });
  if (number) {
    size_t k = std::stoul(answer);
    if (k >= 1 && k <= diagnostics_[i].fixes.size()) return Apply(i, k - 1);
    out_ << fmt::format("there is no fix {}\n", answer);
    return std::nullopt;
  }
  if (answer == "y") {
    if (diagnostics_[i].fixes.empty()) {
      out_ << "no fix offered: e types a replacement, n skips\n";
      return std::nullopt;
    }
    return Apply(i, 0);
  }
  if (answer == "n") return Skip(i);
  if (answer == "e") return Edit(i);
  if (answer == "a" || answer == "d") return Batch(i, answer == "a");
  if (answer == "u") return Undo();
  if (answer == "q") {
    out_ << fmt::format("quit: keeping {} accepted fix{}\n", accepted_.size(),
                        accepted_.size() == 1 ? "" : "es");
    return Outcome::kQuit;
  }
  out_ << (answer == "?" ? kHelp : "unknown answer; ? shows the answers\n");
  return std::nullopt;
}

std::optional<std::string> FileWalk::Unavailable(const Fix& fix) const {
  std::optional<size_t> other = plan_.FindConflict(fix);
  if (!other) return std::nullopt;
  const Diagnostic& winner = diagnostics_[accepted_[*other].finding];
  LineColumn at = lines_.Locate(winner.range.begin);
  return fmt::format("overlaps the fix accepted for {} at {}:{}", winner.check,
                     at.line, at.column);
}

bool FileWalk::Accept(const Fix& fix, size_t i) {
  if (!plan_.Add(fix)) return false;
  accepted_.push_back({fix, i});
  state_[i] = State::kApplied;
  return true;
}

std::optional<FileWalk::Outcome> FileWalk::Apply(size_t i, size_t k) {
  const Fix& fix = diagnostics_[i].fixes[k];
  if (std::optional<std::string> why = Unavailable(fix)) {
    out_ << fmt::format("fix {} is unavailable: {}\n", k + 1, *why);
    return std::nullopt;
  }
  size_t before = accepted_.size();
  if (!Accept(fix, i)) {
    out_ << fmt::format("fix {} cannot be applied: its edits overlap\n", k + 1);
    return std::nullopt;
  }
  history_.push_back({i, {i}, before});
  return Outcome::kNext;
}

std::optional<FileWalk::Outcome> FileWalk::Edit(size_t i) {
  std::optional<std::string> line = answers_.ReadLine([this] {
    out_ << "replacement for the highlighted text: " << std::flush;
  });
  if (!line) {
    out_ << "\nend of input: keeping what was accepted\n";
    return Outcome::kQuit;
  }
  if (!answers_.from_terminal()) out_ << *line << '\n';
  // An empty line is far more often a slip than a wish to delete the text.
  if (line->empty()) {
    out_ << "nothing typed: the finding is still open\n";
    return std::nullopt;
  }
  if (!FindInvalidUtf8(*line).empty()) {
    out_ << "the replacement is not valid UTF-8: the finding is still open\n";
    return std::nullopt;
  }
  const Diagnostic& d = diagnostics_[i];
  Fix typed{fmt::format("replace with '{}'", *line), {{d.range, *line}}, false};
  if (std::optional<std::string> why = Unavailable(typed)) {
    out_ << "the replacement is unavailable: " << *why << '\n';
    return std::nullopt;
  }
  size_t before = accepted_.size();
  Accept(typed, i);  // a single edit cannot conflict with itself
  history_.push_back({i, {i}, before});
  return Outcome::kNext;
}

FileWalk::Outcome FileWalk::Skip(size_t i) {
  history_.push_back({i, {i}, accepted_.size()});
  state_[i] = State::kSkipped;
  return Outcome::kNext;
}

FileWalk::Outcome FileWalk::Batch(size_t i, bool apply) {
  const std::string& check = diagnostics_[i].check;
  AnswerRecord answer{i, {}, accepted_.size()};
  size_t applied = 0;
  for (size_t j = i; j < diagnostics_.size(); ++j) {
    if (state_[j] != State::kOpen || diagnostics_[j].check != check) continue;
    answer.decided.push_back(j);
    const std::vector<Fix>& fixes = diagnostics_[j].fixes;
    if (apply && !fixes.empty() && !Unavailable(fixes[0]) &&
        Accept(fixes[0], j)) {
      ++applied;
    } else {
      state_[j] = State::kSkipped;
    }
  }
  size_t skipped = answer.decided.size() - applied;
  history_.push_back(std::move(answer));
  out_ << fmt::format("{} of {} in this file: applied {}, skipped {}\n",
                      apply ? "all" : "none", check, applied, skipped);
  return Outcome::kNext;
}

std::optional<FileWalk::Outcome> FileWalk::Undo() {
  if (history_.empty()) {
    out_ << "nothing to undo in this file\n";
    return std::nullopt;
  }
  AnswerRecord last = std::move(history_.back());
  history_.pop_back();
  for (size_t j : last.decided) state_[j] = State::kOpen;
  accepted_.resize(last.accepted_before);
  Rebuild();
  back_to_ = last.at;
  out_ << "undone\n";
  return Outcome::kBack;
}

void FileWalk::Rebuild() {
  // A FixSet cannot forget a fix; the ones still accepted were accepted
  // together before, so they all go back in, with the same indices.
  plan_ = FixSet();
  for (const Accepted& a : accepted_) plan_.Add(a.fix);
}

}  // namespace

std::optional<std::string> LineAnswers::ReadAnswer() {
  return ReadLine([] {});
}

std::optional<std::string> LineAnswers::ReadLine(
    const std::function<void()>& prompt) {
  prompt();
  std::string line;
  if (!std::getline(in_, line)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

FileReview InteractiveReview::Review(
    const std::string& path, std::string_view text,
    const std::vector<Diagnostic>& diagnostics) {
  return FileWalk(answers_, out_, excerpts_, path, text, diagnostics).Run();
}

std::string ReviewSummaryLine(size_t applied, size_t skipped, size_t files) {
  return fmt::format("applied {}, skipped {} in {} file{}", applied, skipped,
                     files, files == 1 ? "" : "s");
}

}  // namespace mtlint
