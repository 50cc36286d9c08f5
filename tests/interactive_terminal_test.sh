#!/usr/bin/env bash
# `mtlint fix --interactive` on a real (pseudo-)terminal: the screen shows
# the message and the span in reverse video, single keys answer without
# Enter, `e` reads a line with echo, and the terminal is left as it was,
# also after Ctrl-C. Exits 77 (skipped) when Python's pty module is missing.
#   interactive_terminal_test.sh path/to/mtlint
set -uo pipefail
mtlint=$(realpath "$1")
if ! command -v python3 > /dev/null || ! python3 -c 'import pty, termios' 2> /dev/null; then
  echo "skipped: no python3 with the pty module to run a pseudo-terminal"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$mtlint" "$tmp" <<'EOF'
import fcntl, os, pty, select, signal, subprocess, sys, termios, time

mtlint, tmp = sys.argv[1], sys.argv[2]
ONLY = ["--disable", "all", "--enable", "hyphen-spacing,spacing,word-repeated"]
DIRTY = b"The high -level talks  resumed. They said the the talks went on.\n"
failures = []


def expect(what, ok, detail=""):
    print(("ok: " if ok else "FAILED: ") + what)
    if not ok:
        failures.append(what)
        if detail:
            print("  " + detail)


class Session:
    """mtlint on a new pseudo-terminal that is its controlling terminal."""

    def __init__(self, path, *args):
        self.master, self.slave = pty.openpty()
        env = dict(os.environ, TERM="xterm")
        env.pop("NO_COLOR", None)

        def own_terminal():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen(
            [mtlint, "fix", "-i", *ONLY, *args, path],
            stdin=self.slave, stdout=self.slave, stderr=self.slave,
            env=env, preexec_fn=own_terminal)
        self.screen = b""
        self.seen = 0  # the screen up to here matched an earlier wait_for

    def wait_for(self, text, timeout=20):
        """Reads the screen until `text` appears after the last match."""
        deadline = time.time() + timeout
        while self.screen.find(text, self.seen) < 0 and time.time() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    self.screen += os.read(self.master, 4096)
                except OSError:
                    break
        at = self.screen.find(text, self.seen)
        if at < 0:
            return False
        self.seen = at + len(text)
        return True

    def send(self, keys):
        os.write(self.master, keys)

    def finish(self):
        try:
            status = self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            status = None
        self.wait_for(b"\0", timeout=0.3)  # read what is left on the screen
        mode = termios.tcgetattr(self.slave)
        os.close(self.master)
        os.close(self.slave)
        return status, mode


def restored(mode):
    lflag = mode[3]
    return bool(lflag & termios.ICANON) and bool(lflag & termios.ECHO)


def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def read(path):
    with open(path, "rb") as f:
        return f.read()


# y, n, q as single keys, without Enter.
path = write("a.txt", DIRTY)
s = Session(path)
shown = s.wait_for(b"(1/3) apply?")
expect("the screen shows the message", b"space before the hyphen in 'high -level'" in s.screen,
       repr(s.screen[-600:]))
expect("the span is in reverse video", b"The \x1b[7mhigh -level\x1b[27m talks" in s.screen,
       repr(s.screen[-600:]))
s.send(b"y")
expect("y answers without Enter", s.wait_for(b"(2/3) apply?"), repr(s.screen[-300:]))
s.send(b"x")
expect("an unknown key re-prompts", s.wait_for(b"unknown answer") and s.wait_for(b"(2/3) apply?"))
s.send(b"\x1b[A")  # an arrow key: one unknown answer, not three
s.wait_for(b"(2/3) apply?")
s.send(b"?")
expect("? shows the help", s.wait_for(b"u - undo the last answer") and s.wait_for(b"(2/3) apply?"))
s.send(b"n")
expect("n answers without Enter", s.wait_for(b"(3/3) apply?"))
s.send(b"q")
status, mode = s.finish()
expect("q ends the session with status 0", status == 0, f"status {status}")
expect("the summary", b"applied 1, skipped 1 in 1 file" in s.screen, repr(s.screen[-300:]))
expect("the arrow key was one unknown answer", s.screen.count(b"unknown answer") == 2,
       repr(s.screen))
expect("the file has exactly the accepted fix",
       read(path) == b"The high-level talks  resumed. They said the the talks went on.\n",
       repr(read(path)))
expect("the terminal is restored after q", restored(mode))

# e: a line typed with the terminal's echo, then keys again.
path = write("b.txt", DIRTY)
s = Session(path)
s.wait_for(b"(1/3) apply?")
s.send(b"e")
expect("e asks for the replacement", s.wait_for(b"replacement for the highlighted text: "))
s.send(b"elevated\r")
expect("the typed line is echoed", s.wait_for(b"elevated"))
expect("keys again after the line", s.wait_for(b"(2/3) apply?"))
s.send(b"y")
s.wait_for(b"(3/3) apply?")
s.send(b"\x04")  # Ctrl-D: the end of the answers, like q
status, mode = s.finish()
expect("Ctrl-D ends like q", status == 0 and b"end of input" in s.screen, repr(s.screen[-300:]))
expect("e and y written",
       read(path) == b"The elevated talks resumed. They said the the talks went on.\n",
       repr(read(path)))
expect("the terminal is restored after Ctrl-D", restored(mode))

# Ctrl-C: mtlint dies of SIGINT, writes nothing, and restores the terminal.
path = write("c.txt", DIRTY)
s = Session(path)
s.wait_for(b"(1/3) apply?")
s.send(b"y")
s.wait_for(b"(2/3) apply?")
s.send(b"\x03")
status, mode = s.finish()
expect("Ctrl-C interrupts", status == -signal.SIGINT, f"status {status}")
expect("Ctrl-C writes nothing", read(path) == DIRTY, repr(read(path)))
expect("the terminal is restored after Ctrl-C", restored(mode))

# --color never: brackets even on a terminal.
path = write("d.txt", DIRTY)
s = Session(path, "--color", "never")
s.wait_for(b"(1/3) apply?")
expect("--color never: brackets", b"The [[high -level]] talks" in s.screen, repr(s.screen[-300:]))
s.send(b"q")
s.finish()

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
EOF
