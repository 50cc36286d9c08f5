#include "cli/progress_line.h"

#include <fmt/format.h>

#include <ostream>

namespace mtlint {
namespace {

// Short runs finish before a progress line could tell anything.
constexpr auto kDelay = std::chrono::seconds(1);
// A terminal is redrawn often enough to look alive; a log gets a line a
// second.
constexpr auto kTerminalInterval = std::chrono::milliseconds(100);
constexpr auto kLogInterval = std::chrono::seconds(1);

}  // namespace

ProgressLine::ProgressLine(std::ostream& err, Mode mode, bool terminal,
                           size_t total)
    : err_(err),
      mode_(mode == Mode::kAuto && !terminal ? Mode::kOff : mode),
      terminal_(terminal),
      total_(total),
      start_(Clock::now()),
      last_(start_) {}

void ProgressLine::Update(size_t done, uint64_t bytes, size_t findings) {
  if (mode_ == Mode::kOff) return;
  Clock::time_point now = Clock::now();
  if (mode_ == Mode::kAuto && now - start_ < kDelay) return;
  bool last = done >= total_;
  if (printed_ && !last &&
      now - last_ < (terminal_ ? kTerminalInterval : kLogInterval)) {
    return;
  }
  last_ = now;
  printed_ = true;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::string line = fmt::format(
      "mtlint: {}/{} files, {:.1f} MB/s, {} findings", done, total_,
      seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0, findings);
  if (terminal_) {
    err_ << "\r\033[K" << line << std::flush;
    shown_ = true;
  } else {
    err_ << line << '\n' << std::flush;
  }
}

void ProgressLine::Clear() {
  if (!shown_) return;
  err_ << "\r\033[K" << std::flush;
  shown_ = false;
}

}  // namespace mtlint
