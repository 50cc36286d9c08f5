#pragma once

#include <functional>
#include <optional>
#include <string>

#include "cli/interactive_review.h"

namespace mtlint {

// Whether the file descriptor is a terminal.
bool IsTerminal(int fd);

// Keeps a terminal in key-at-a-time mode (no line editing, no echo) while it
// lives. Ctrl-C still interrupts: the signal handlers for SIGINT, SIGTERM,
// SIGHUP and SIGQUIT, and exit(), put the terminal back as it was first,
// so a shell is never left without echo; Ctrl-Z (SIGTSTP) restores it while
// stopped and takes keys again on SIGCONT. One at a time per process.
class RawTerminal {
 public:
  // Throws std::runtime_error when `fd` is not a terminal.
  explicit RawTerminal(int fd);
  ~RawTerminal();
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;

  // The terminal as it was, for typing a line; then keys again.
  void Suspend();
  void Resume();
};

// Single keys from a terminal: no Enter needed. Ctrl-D ends the answers.
class KeyAnswers : public AnswerReader {
 public:
  explicit KeyAnswers(int fd) : fd_(fd), raw_(fd) {}
  std::optional<std::string> ReadAnswer() override;
  // Reads the line with the terminal's own editing and echo.
  std::optional<std::string> ReadLine(
      const std::function<void()>& prompt) override;
  bool from_terminal() const override { return true; }

 private:
  int fd_;
  RawTerminal raw_;
  std::string pending_;  // bytes read but not yet answered
};

}  // namespace mtlint
