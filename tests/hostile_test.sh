#!/usr/bin/env bash
# Hostile input (issue 7): a 1-million-character line, deeply nested and
# unbalanced quotes, text of only combining marks, bidi controls, invalid
# UTF-8 everywhere, UTF-16 and UTF-32 with a byte order mark, a file that
# changes or disappears while it is being fixed, a directory loop through
# symbolic links, FIFOs and devices, a file too large to read, and 10,000
# small files in one run. Each must end with a clear message and the right
# exit status, within a time limit, and leave alone every file it should.
# Big inputs are generated here, never committed.
#   hostile_test.sh path/to/mtlint
set -uo pipefail
mtlint=$(realpath "$1")
source "$(dirname "$0")/lib.sh"
# Limits on processor time, which a busy machine does not stretch: each run
# takes a second or two (five times that under the sanitizers), while a
# step quadratic in the input takes a minute or more on these inputs and is
# killed. The limit on real time catches a wait (a FIFO).
cpu=20
[ -n "${MTLINT_SANITIZED:-}" ] && cpu=100
limit=300
run() ( ulimit -t "$cpu" && exec timeout "$limit" "$mtlint" "$@" )

# unchanged DESCRIPTION FILE...: the files hold the bytes recorded by
# `record` (a checksum of each).
record() { sha256sum "$@" > "$tmp/sums"; }
unchanged() {
  local what=$1
  if sha256sum --quiet -c "$tmp/sums" > "$tmp/sums.out" 2>&1; then pass "$what"
  else fail "$what"; cat "$tmp/sums.out"; fi
}

# --- A line of 1,000,000 characters (2 bytes or more for some), with a
# finding at its end: reported at the right column, fixed in place.
python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
unit = "Officials in Zürich said the talks resumed — again. "
line = (unit * (1_000_000 // len(unit) + 1))[:1_000_000 - 24]
assert len(line) == 1_000_000 - 24
bad, good = "The high -level meeting.", "The high-level meeting."
with open(f"{tmp}/long.txt", "w", encoding="utf-8") as f:
    f.write(line + bad + "\n")
with open(f"{tmp}/long.want", "w", encoding="utf-8") as f:
    f.write(line + good + "\n")
# The column of "high", in code points, 1-based.
with open(f"{tmp}/long.col", "w") as f:
    f.write(str(len(line) + 5))
PY
col=$(cat "$tmp/long.col")
run check --disable all --enable hyphen-spacing,spacing,quote-unbalanced "$tmp/long.txt" > "$tmp/out" 2>&1
check "1,000,000-character line: the finding at its end, by column" 1 $? \
  "long.txt:1:$col: warning: space before the hyphen in 'high -level' [hyphen-spacing]" "$tmp/out"
run check --format jsonl "$tmp/long.txt" > "$tmp/out" 2>&1
status=$?
[ $status -le 1 ] && pass "1,000,000-character line: every check finishes" \
  || { fail "1,000,000-character line: every check finishes (status $status)"; tail -5 "$tmp/out"; }
run fix "$tmp/long.txt" > "$tmp/out" 2> "$tmp/err"
check "1,000,000-character line: fixed" 0 $? "fixed 1 problem in 1 file; 0 left" "$tmp/err"
same "1,000,000-character line: only the one space removed" "$tmp/long.want" "$tmp/long.txt"

# --- Quotes and brackets nested 10,000 deep, then 200,000 opening quotes
# on one line and 1,000 closing quotes with nothing to close.
python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
with open(f"{tmp}/nested.txt", "w", encoding="utf-8") as f:
    f.write("He said " + "“‘«([" * 10000 + "yes" + "])»’”" * 10000 + ".\n")
with open(f"{tmp}/unbalanced.txt", "w", encoding="utf-8") as f:
    f.write("He said " + "“" * 200000 + ".\n" + "”" * 1000 + "\n")
PY
run check "$tmp/nested.txt" > "$tmp/out" 2>&1
check "quotes nested 10,000 deep: all paired, clean" 0 $?
record "$tmp/unbalanced.txt"
run check --format summary "$tmp/unbalanced.txt" > "$tmp/out" 2>&1
# The 1,000 closing quotes of the second paragraph close the innermost
# 1,000 of the first (a quotation may run over paragraphs).
check "200,000 unclosed quotes: each reported, in linear time" 1 $? \
  "0 errors, 199000 warnings and 0 notes in 1 file" "$tmp/out"
run check "$tmp/unbalanced.txt" > "$tmp/out" 2>&1
check "unclosed quotes: the message" 1 $? \
  "unbalanced.txt:1:9: warning: opening quote '“' is never closed [quote-unbalanced]" "$tmp/out"
run fix --format summary "$tmp/unbalanced.txt" > "$tmp/out" 2> "$tmp/err"
check "unbalanced quotes: nothing to fix" 1 $? "0 errors, 199000 warnings and 0 notes in 1 file" "$tmp/out"
unchanged "unbalanced quotes: the file is untouched"

# --- Text of only combining marks: a row of one mark (in NFC already) and
# a row of two marks of different classes (which NFC would sort).
python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
with open(f"{tmp}/marks.txt", "w", encoding="utf-8") as f:
    f.write("\u0301" * 200000 + "\n\n" + "\u0301\u0316" * 100000 + "\n")
PY
record "$tmp/marks.txt"
run check "$tmp/marks.txt" > "$tmp/out" 2>&1
check "only combining marks: each row reported, not normalized" 1 $? \
  "marks.txt:1:1: warning: 200000 combining marks in a row, more than the 30 of Unicode's stream-safe text: not normalized [unicode-nfc]" "$tmp/out" \
  "marks.txt:3:1: warning: 200000 combining marks in a row, more than the 30 of Unicode's stream-safe text: not normalized [unicode-nfc]" "$tmp/out"
run fix "$tmp/marks.txt" > "$tmp/out" 2> "$tmp/err"
check "only combining marks: fix leaves them" 1 $? "fixed 0 problems in 0 files" "$tmp/err"
unchanged "only combining marks: the file is untouched"
run normalize "$tmp/marks.txt" > "$tmp/out" 2> "$tmp/err"
check "only combining marks: normalize passes them through" 0 $?
same "only combining marks: normalized output is the input" "$tmp/marks.txt" "$tmp/out"

# --- Bidirectional controls between and inside words: errors, and never
# printed raw, so the report cannot be reordered on a terminal.
python3 - "$tmp" <<'PY'
import random, sys
tmp = sys.argv[1]
random.seed(7)
controls = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
            "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"]
words = ["The", "minister", "said", "talks", "resumed", "on", "Monday."]
parts = []
for i in range(20000):
    parts.append(random.choice(words))
    parts.append(random.choice(controls) + (" " if i % 3 else ""))
text = "".join(parts) + "\n"
with open(f"{tmp}/bidi.txt", "w", encoding="utf-8") as f:
    f.write(text)
with open(f"{tmp}/bidi.want", "w", encoding="utf-8") as f:
    f.write("".join(c for c in text if c not in controls))
PY
record "$tmp/bidi.txt"
run check --disable all --enable char-invisible "$tmp/bidi.txt" > "$tmp/out" 2>&1
check "bidi controls: each an error" 1 $? "error: bidirectional control character" "$tmp/out"
grep -c "error: " "$tmp/out" > "$tmp/count"
[ "$(cat "$tmp/count")" -ge 20000 ] && pass "bidi controls: every one reported" \
  || fail "bidi controls: $(cat "$tmp/count") errors, expected 20000"
if python3 -c "
import sys
data = open(sys.argv[1], 'rb').read().decode('utf-8', 'replace')
bad = [c for c in '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c' if c in data]
sys.exit(1 if bad else 0)" "$tmp/out"; then pass "bidi controls: none printed raw"
else fail "bidi controls: printed raw in the report"; fi
run fix --disable all --enable char-invisible "$tmp/bidi.txt" > "$tmp/out" 2> "$tmp/err"
check "bidi controls: their fixes need review" 1 $? "fixed 0 problems in 0 files" "$tmp/err"
unchanged "bidi controls: fix without --unsafe leaves the file"
run fix --unsafe --disable all --enable char-invisible "$tmp/bidi.txt" > "$tmp/out" 2> "$tmp/err"
check "bidi controls: --unsafe removes every one" 0 $? "; 0 left" "$tmp/err"
same "bidi controls: exactly the controls removed" "$tmp/bidi.want" "$tmp/bidi.txt"

# --- Invalid UTF-8 everywhere: every byte value but NUL, at random, and
# text with invalid bytes between its words. Invalid bytes are reported and
# kept; the text around them is fixed.
python3 - "$tmp" <<'PY'
import random, sys
tmp = sys.argv[1]
random.seed(11)
with open(f"{tmp}/noise.txt", "wb") as f:
    f.write(bytes(random.randrange(1, 256) for _ in range(100000)))
unit = b"The \xff high -level talks \xe9 resumed \xc3 on \xe2\x80 Monday.\n"
with open(f"{tmp}/latin.txt", "wb") as f:
    f.write(unit * 5000)
with open(f"{tmp}/latin.want", "wb") as f:
    f.write(unit.replace(b"high -level", b"high-level") * 5000)
PY
run check --format jsonl "$tmp/noise.txt" > "$tmp/out" 2>&1
check "random bytes: reported as invalid UTF-8, exit 1" 1 $? \
  '"check":"encoding-invalid-utf8","severity":"error"' "$tmp/out"
cp "$tmp/noise.txt" "$tmp/noise.orig"
run fix --format jsonl "$tmp/noise.txt" > "$tmp/out" 2> "$tmp/err"
status=$?
[ $status -eq 1 ] && pass "random bytes: fix finishes with findings left" \
  || { fail "random bytes: fix exited $status"; tail -3 "$tmp/err"; }
python3 - "$tmp/noise.orig" "$tmp/noise.txt" > "$tmp/out" 2>&1 <<'PY'
import sys
# Fixes may change valid text between the invalid bytes, never the bytes.
def invalid(data):
    text = data.decode("utf-8", "surrogateescape")
    return [c for c in text if "\udc80" <= c <= "\udcff"]
a, b = (open(p, "rb").read() for p in sys.argv[1:])
sys.exit(0 if invalid(a) == invalid(b) else 1)
PY
check "random bytes: every invalid byte kept, in order" 0 $?
run check --disable all --enable encoding-invalid-utf8 "$tmp/latin.txt" > "$tmp/out" 2>&1
check "invalid bytes between words: reported where they are" 1 $? \
  "latin.txt:1:5: error: invalid UTF-8 byte 0xFF [encoding-invalid-utf8]" "$tmp/out" \
  "latin.txt:5000:25: error: invalid UTF-8 byte 0xE9 [encoding-invalid-utf8]" "$tmp/out" \
  "20000 errors" "$tmp/out"
run fix --disable all --enable hyphen-spacing,encoding-invalid-utf8 "$tmp/latin.txt" > "$tmp/out" 2> "$tmp/err"
check "invalid bytes between words: the words fixed" 1 $? "fixed 5000 problems in 1 file; 20000 left" "$tmp/err"
same "invalid bytes between words: only the spaces removed" "$tmp/latin.want" "$tmp/latin.txt"

# --- UTF-16 and UTF-32 with a byte order mark: one clear error each,
# never changed.
printf '\xff\xfeT\0h\0e\0 \0h\0i\0g\0h\0 \0-\0l\0e\0v\0e\0l\0\n\0' > "$tmp/utf16le.txt"
printf '\xfe\xff\0T\0h\0e\0 \0t\0a\0l\0k\0s\0\n' > "$tmp/utf16be.txt"
printf '\xff\xfe\0\0T\0\0\0\n\0\0\0' > "$tmp/utf32le.txt"
record "$tmp/utf16le.txt" "$tmp/utf16be.txt" "$tmp/utf32le.txt"
run check "$tmp/utf16le.txt" "$tmp/utf16be.txt" "$tmp/utf32le.txt" > "$tmp/out" 2>&1
check "UTF-16 and UTF-32: an error that says how to convert" 1 $? \
  "utf16le.txt:1:1: error: UTF-16 text (byte order mark): mtlint reads UTF-8; convert it with iconv -f UTF-16 -t UTF-8 [encoding-binary]" "$tmp/out" \
  "utf16be.txt:1:1: error: UTF-16 text (byte order mark): mtlint reads UTF-8; convert it with iconv -f UTF-16 -t UTF-8 [encoding-binary]" "$tmp/out" \
  "utf32le.txt:1:1: error: UTF-32 text (byte order mark): mtlint reads UTF-8; convert it with iconv -f UTF-32 -t UTF-8 [encoding-binary]" "$tmp/out" \
  "3 errors, 0 warnings and 0 notes in 3 files" "$tmp/out"
run fix --unsafe "$tmp/utf16le.txt" "$tmp/utf16be.txt" "$tmp/utf32le.txt" > "$tmp/out" 2> "$tmp/err"
check "UTF-16 and UTF-32: fix reports them" 1 $? "fixed 0 problems in 0 files; 3 left" "$tmp/err"
run normalize -w "$tmp/utf16le.txt" > "$tmp/out" 2> "$tmp/err"
check "UTF-16: normalize warns and leaves it" 0 $? "utf16le.txt: UTF-16 text (byte order mark)" "$tmp/err"
unchanged "UTF-16 and UTF-32: the files are untouched"
iconv -f UTF-16 -t UTF-8 "$tmp/utf16le.txt" > "$tmp/converted.txt"
run check "$tmp/converted.txt" > "$tmp/out" 2>&1
check "UTF-16: converted as the message says, it is linted" 1 $? "[hyphen-spacing]" "$tmp/out"

# --- A file changed or removed while it is being fixed. inotify tells when
# mtlint has read it (it closes it); linting the big file then takes long
# enough to change it first. The other files are still fixed.
cat > "$tmp/during.py" <<'PY'
# during.py ACTION WATCHED -- MTLINT ARGS...: runs MTLINT ARGS, and when it
# has read WATCHED, ACTION: "change" rewrites it, "remove" deletes it,
# "remove:OTHER" deletes OTHER, "change+remove:OTHER" both. Exits with
# mtlint's status.
import ctypes, os, select, subprocess, sys
action, watched = sys.argv[1], sys.argv[2]
command = sys.argv[4:]
libc = ctypes.CDLL(None, use_errno=True)
IN_CLOSE_NOWRITE = 0x10
fd = libc.inotify_init1(os.O_CLOEXEC)
if fd < 0 or libc.inotify_add_watch(fd, watched.encode(), IN_CLOSE_NOWRITE) < 0:
    print("during.py: inotify unavailable", file=sys.stderr)
    sys.exit(99)
process = subprocess.Popen(command)
ready, _, _ = select.select([fd], [], [], 60)
if ready:
    os.read(fd, 4096)
    if "change" in action:
        with open(watched, "w") as f:
            f.write("Saved by an editor.\n")
    if action == "remove":
        os.unlink(watched)
    if ":" in action:
        os.unlink(action.split(":", 1)[1])
else:
    print("during.py: mtlint never read " + watched, file=sys.stderr)
sys.exit(process.wait())
PY
mkdir "$tmp/during"
python3 - "$tmp/during" <<'PY'
import sys
d = sys.argv[1]
# Long enough that linting it outlasts the reaction to inotify.
with open(f"{d}/big.txt", "w") as f:
    f.write("The high -level talks resumed on Monday, officials said.\n" * 15000)
for name in ("a", "b", "c"):
    with open(f"{d}/{name}.txt", "w") as f:
        f.write("The high -level talks resumed.\n")
PY
printf 'The high-level talks resumed.\n' > "$tmp/fixed.want"
printf 'Saved by an editor.\n' > "$tmp/editor.want"
(cd "$tmp/during" && python3 "$tmp/during.py" "change+remove:$tmp/during/c.txt" big.txt -- \
  "$mtlint" fix a.txt big.txt b.txt c.txt) > "$tmp/out" 2> "$tmp/err"
check "changed while fixed: an error naming it, the others fixed, exit 2" 2 $? \
  "mtlint: error: big.txt: changed while it was being fixed; not written" "$tmp/err" \
  "mtlint: error: c.txt: cannot open: No such file or directory" "$tmp/err" \
  "fixed 2 problems in 2 files" "$tmp/err"
same "changed while fixed: the editor's bytes stay" "$tmp/editor.want" "$tmp/during/big.txt"
same "changed while fixed: the file before it was fixed" "$tmp/fixed.want" "$tmp/during/a.txt"
same "changed while fixed: the file after it was fixed" "$tmp/fixed.want" "$tmp/during/b.txt"
[ -e "$tmp/during/c.txt" ] && fail "removed before it was read: it was brought back" \
  || pass "removed before it was read: not brought back"

python3 - "$tmp/during" <<'PY'
import sys
with open(f"{sys.argv[1]}/big.txt", "w") as f:
    f.write("The high -level talks resumed on Monday, officials said.\n" * 15000)
PY
printf 'The high -level talks resumed.\n' > "$tmp/during/d.txt"
(cd "$tmp/during" && python3 "$tmp/during.py" remove big.txt -- "$mtlint" fix big.txt d.txt) \
  > "$tmp/out" 2> "$tmp/err"
check "removed while fixed: an error naming it, the other fixed, exit 2" 2 $? \
  "mtlint: error: big.txt: removed while it was being fixed; not written" "$tmp/err" \
  "fixed 1 problem in 1 file" "$tmp/err"
[ -e "$tmp/during/big.txt" ] && fail "removed while fixed: it was brought back" \
  || pass "removed while fixed: not brought back"
same "removed while fixed: the other file fixed" "$tmp/fixed.want" "$tmp/during/d.txt"
leftovers=$(find "$tmp/during" -name '*.mtlint-*' | wc -l)
[ "$leftovers" = 0 ] && pass "changed or removed: no temporary file left" \
  || fail "changed or removed: $leftovers temporary files left"

# --- A directory loop through symbolic links, a link to a directory
# outside, a link to nothing and a chain of links that loops.
mkdir -p "$tmp/loop/sub" "$tmp/outside"
printf 'The high -level talks resumed.\n' > "$tmp/loop/a.txt"
printf 'The high -level talks resumed.\n' > "$tmp/loop/sub/b.txt"
printf 'The high -level talks resumed.\n' > "$tmp/outside/c.txt"
ln -s .. "$tmp/loop/sub/up"
ln -s "$tmp/loop" "$tmp/loop/sub/again.txt"
ln -s "$tmp/outside" "$tmp/loop/outside"
ln -s nowhere.txt "$tmp/loop/dangling.txt"
ln -s link2.txt "$tmp/loop/link1.txt"
ln -s link1.txt "$tmp/loop/link2.txt"
record "$tmp/outside/c.txt"
(cd "$tmp" && run check --format jsonl loop) > "$tmp/out" 2> "$tmp/err"
check "symbolic link loops: each file once, each link named" 1 $? \
  '"type":"summary","files":2' "$tmp/out" \
  "mtlint: warning: loop/sub/up: a symbolic link to a directory, not followed; name it to lint what it holds" "$tmp/err" \
  "mtlint: warning: loop/sub/again.txt: a symbolic link to a directory, not followed; name it to lint what it holds" "$tmp/err" \
  "mtlint: warning: loop/outside: a symbolic link to a directory, not followed; name it to lint what it holds" "$tmp/err" \
  "mtlint: warning: loop/dangling.txt: a symbolic link to nothing; skipped" "$tmp/err" \
  "mtlint: warning: loop/link1.txt: Too many levels of symbolic links; skipped" "$tmp/err"
(cd "$tmp" && run fix loop) > "$tmp/out" 2> "$tmp/err"
check "symbolic link loops: fix stays inside the tree" 0 $? "fixed 2 problems in 2 files; 0 left" "$tmp/err"
unchanged "symbolic link loops: the directory linked from outside is untouched"
(cd "$tmp" && run check loop/sub/up/a.txt loop/link1.txt) > "$tmp/out" 2> "$tmp/err"
check "a link named is followed; a looping one is an error" 2 $? \
  "mtlint: error: loop/link1.txt: Too many levels of symbolic links" "$tmp/err"

# --- FIFOs and devices: named, an error and no wait (the other file is
# still checked); met in a directory, a warning.
mkdir "$tmp/special"
mkfifo "$tmp/special/pipe.txt"
printf 'The high -level talks resumed.\n' > "$tmp/special/a.txt"
run check "$tmp/special/pipe.txt" /dev/zero /dev/null "$tmp/special/a.txt" > "$tmp/out" 2> "$tmp/err"
check "a FIFO or a device named: skipped with an error, exit 2" 2 $? \
  "mtlint: error: $tmp/special/pipe.txt: is a FIFO, not a regular file; skipped (give it as standard input instead: - < $tmp/special/pipe.txt)" "$tmp/err" \
  "mtlint: error: /dev/zero: is a character device, not a regular file; skipped" "$tmp/err" \
  "mtlint: error: /dev/null: is a character device, not a regular file; skipped" "$tmp/err" \
  "[hyphen-spacing]" "$tmp/out"
run fix "$tmp/special/pipe.txt" > "$tmp/out" 2> "$tmp/err"
check "a FIFO named to fix: skipped, exit 2" 2 $? "pipe.txt: is a FIFO, not a regular file; skipped" "$tmp/err"
run check "$tmp/special" > "$tmp/out" 2> "$tmp/err"
check "a FIFO in a directory: a warning, the rest checked" 1 $? \
  "mtlint: warning: $tmp/special/pipe.txt: is a FIFO, not a regular file; skipped" "$tmp/err" \
  "[hyphen-spacing]" "$tmp/out"
printf 'The high -level talks resumed.\n' | run check - > "$tmp/out" 2>&1
check "standard input is still read" 1 $? "<stdin>:1:5:" "$tmp/out"

# --- A file too large to lint (a sparse file: nothing is written to disk).
if truncate -s 5G "$tmp/huge.txt" 2> /dev/null; then
  run check "$tmp/huge.txt" "$tmp/special/a.txt" > "$tmp/out" 2> "$tmp/err"
  check "a 5 GiB file: refused without reading it" 2 $? \
    "mtlint: error: $tmp/huge.txt: too large (5368709120 bytes); mtlint reads files under 4 GiB" "$tmp/err" \
    "[hyphen-spacing]" "$tmp/out"
  rm -f "$tmp/huge.txt"
fi

# --- A directory that cannot be read: an error naming it; the rest is
# checked. Root reads anything, so run as nobody then.
as_user=()
[ "$(id -u)" = 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
mkdir -p "$tmp/closed/locked"
printf 'The high -level talks resumed.\n' > "$tmp/closed/a.txt"
printf 'The high -level talks resumed.\n' > "$tmp/closed/locked/b.txt"
chmod 755 "$tmp"
chmod 000 "$tmp/closed/locked"
"${as_user[@]}" timeout "$limit" "$mtlint" check "$tmp/closed" > "$tmp/out" 2> "$tmp/err"
check "an unreadable directory: an error naming it, exit 2" 2 $? \
  "mtlint: error: $tmp/closed/locked: cannot read the directory: Permission denied" "$tmp/err" \
  "closed/a.txt:1:5:" "$tmp/out"
chmod 755 "$tmp/closed/locked"

# --- 10,000 small files in one run, with few file descriptors to spare:
# every one checked, the 100 with a finding fixed, the others untouched.
python3 - "$tmp" <<'PY'
import os, sys
tmp = sys.argv[1]
for root, text in (("many", "The high -level talks resumed on day {}.\n"),
                   ("many.want", "The high-level talks resumed on day {}.\n")):
    for i in range(10000):
        d = os.path.join(tmp, root, "d%02d" % (i % 100))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "f%05d.txt" % i), "w") as f:
            f.write(text.format(i) if i % 100 == 0 else "Officials met on day {}.\n".format(i))
PY
run check --format summary "$tmp/many" > "$tmp/out" 2>&1
check "10,000 files: each checked" 1 $? "0 errors, 100 warnings and 0 notes in 10000 files" "$tmp/out" \
  "; 9900 clean" "$tmp/out"
(ulimit -n 64 && run fix "$tmp/many") > "$tmp/out" 2> "$tmp/err"
check "10,000 files: fixed with 64 file descriptors" 0 $? "fixed 100 problems in 100 files; 0 left" "$tmp/err"
same "10,000 files: exactly the dirty ones fixed" "$tmp/many.want" "$tmp/many"

finish
