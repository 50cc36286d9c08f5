#include "cli/terminal.h"

#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <iterator>
#include <stdexcept>

#include "text/utf8.h"

namespace mtlint {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};

// What the signal handlers need, in plain globals: a handler may only touch
// those (and call async-signal-safe functions such as tcsetattr).
struct termios g_saved;
int g_fd = -1;
volatile sig_atomic_t g_raw = 0;
struct sigaction g_previous[std::size(kSignals)];

void RestoreTerminal() {
  if (g_raw) {
    tcsetattr(g_fd, TCSANOW, &g_saved);
    g_raw = 0;
  }
}

void RestoreAndReraise(int signal) {
  RestoreTerminal();
  // Die of the signal as if mtlint had never caught it, so the shell sees
  // the usual status (130 for Ctrl-C).
  for (size_t i = 0; i < std::size(kSignals); ++i) {
    if (kSignals[i] == signal) sigaction(signal, &g_previous[i], nullptr);
  }
  raise(signal);
}

void EnterRaw();

// Ctrl-Z: the shell gets the terminal back as it was while mtlint is
// stopped, and mtlint gets its keys back when it continues.
void StopAndContinue(int) {
  int saved_errno = errno;
  bool was_raw = g_raw;
  RestoreTerminal();
  struct sigaction stop = {};
  stop.sa_handler = SIG_DFL;
  sigemptyset(&stop.sa_mask);
  struct sigaction ours;
  sigaction(SIGTSTP, &stop, &ours);
  sigset_t tstp;
  sigemptyset(&tstp);
  sigaddset(&tstp, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &tstp, nullptr);
  raise(SIGTSTP);  // stopped here until SIGCONT
  sigaction(SIGTSTP, &ours, nullptr);
  if (was_raw) EnterRaw();
  errno = saved_errno;
}

void EnterRaw() {
  struct termios raw = g_saved;
  raw.c_lflag &= ~(ICANON | ECHO);  // ISIG stays: Ctrl-C interrupts
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  g_raw = 1;
  tcsetattr(g_fd, TCSANOW, &raw);
}

// read(2) that retries when a signal interrupts it; 0 at the end.
ssize_t ReadSome(int fd, char* buffer, size_t size) {
  for (;;) {
    ssize_t n = read(fd, buffer, size);
    if (n >= 0 || errno != EINTR) return n < 0 ? 0 : n;
  }
}

}  // namespace

bool IsTerminal(int fd) { return isatty(fd) != 0; }

RawTerminal::RawTerminal(int fd) {
  if (tcgetattr(fd, &g_saved) != 0) {
    throw std::runtime_error("standard input is not a terminal");
  }
  g_fd = fd;
  static bool registered = (std::atexit(RestoreTerminal), true);
  (void)registered;
  struct sigaction action = {};
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < std::size(kSignals); ++i) {
    action.sa_handler =
        kSignals[i] == SIGTSTP ? StopAndContinue : RestoreAndReraise;
    sigaction(kSignals[i], &action, &g_previous[i]);
  }
  EnterRaw();
}

RawTerminal::~RawTerminal() {
  RestoreTerminal();
  for (size_t i = 0; i < std::size(kSignals); ++i) {
    sigaction(kSignals[i], &g_previous[i], nullptr);
  }
}

void RawTerminal::Suspend() { RestoreTerminal(); }

void RawTerminal::Resume() { EnterRaw(); }

std::optional<std::string> KeyAnswers::ReadAnswer() {
  if (pending_.empty()) {
    char buffer[64];
    ssize_t n = ReadSome(fd_, buffer, sizeof buffer);
    if (n == 0) return std::nullopt;
    pending_.assign(buffer, static_cast<size_t>(n));
  }
  if (pending_[0] == '\x04') {  // Ctrl-D: no end of file without ICANON
    pending_.clear();
    return std::nullopt;
  }
  // An arrow or function key arrives as one escape sequence: one unknown
  // answer, not three. Other keys are one code point each, so keys typed
  // ahead are answered one by one.
  size_t length =
      pending_[0] == '\x1b' ? pending_.size() : DecodeUtf8(pending_, 0).length;
  std::string key = pending_.substr(0, length);
  pending_.erase(0, length);
  return key;
}

std::optional<std::string> KeyAnswers::ReadLine(
    const std::function<void()>& prompt) {
  pending_.clear();  // keys typed ahead of the line are not part of it
  raw_.Suspend();
  prompt();
  std::string line;
  char c;
  bool ended = false;
  while (!ended) {
    if (ReadSome(fd_, &c, 1) == 0) break;
    ended = c == '\n';
    if (!ended) line += c;
  }
  raw_.Resume();
  if (!ended && line.empty()) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace mtlint
