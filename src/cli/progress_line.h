#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iosfwd>

namespace mtlint {

// "mtlint: 1204/10000 files, 38.2 MB/s, 5310 findings" on standard error
// while a run goes on. On a terminal it is one line redrawn in place and
// cleared before anything else is printed; elsewhere it is a line a second
// and a last one at the end, so logs stay readable.
class ProgressLine {
 public:
  enum class Mode {
    kOff,
    kAuto,    // only on a terminal, and once the run has lasted a second
    kForced,  // --progress: from the start, wherever standard error goes
  };
  // `terminal`: whether `err` is one.
  ProgressLine(std::ostream& err, Mode mode, bool terminal, size_t total);
  ~ProgressLine() { Clear(); }

  // After each file: how many are done, their bytes, findings so far.
  void Update(size_t done, uint64_t bytes, size_t findings);
  // Removes the line from the terminal, before other output.
  void Clear();

 private:
  using Clock = std::chrono::steady_clock;

  std::ostream& err_;
  Mode mode_;
  bool terminal_;
  size_t total_;
  Clock::time_point start_;
  Clock::time_point last_;
  bool printed_ = false;  // a line has been printed
  bool shown_ = false;    // a line is on the terminal now
};

}  // namespace mtlint
