#!/usr/bin/env bash
# `mtlint fix --interactive` with answers scripted on standard input: exactly
# the accepted changes are written, bytes kept, EOF acts like q, q stops
# before the next file, usage errors, a file changed during the review.
# The terminal (single keys, reverse video, Ctrl-C) is interactive_terminal_test.sh.
#   interactive_test.sh path/to/mtlint
set -uo pipefail
mtlint=$(realpath "$1")
source "$(dirname "$0")/lib.sh"
# Three findings, in this order: hyphen-spacing, spacing, word-repeated.
only=(--disable all --enable hyphen-spacing,spacing,word-repeated)
dirty='The high -level talks  resumed. They said the the talks went on.\n'

"$mtlint" fix --help > "$tmp/out" 2>&1
check "fix --help lists -i, --interactive" 0 $? "-i,--interactive" "$tmp/out"

# The issue's example: y, n, q applies exactly the first fix.
printf "$dirty" > "$tmp/a.txt"
printf 'The high-level talks  resumed. They said the the talks went on.\n' > "$tmp/a.want"
printf 'y\nn\nq\n' | "$mtlint" fix -i "${only[@]}" "$tmp/a.txt" > "$tmp/out" 2> "$tmp/err"
check "y n q: one change, then the summary" 0 $? \
  "$tmp/a.txt:1:5: warning: space before the hyphen in 'high -level' [hyphen-spacing]" "$tmp/out" \
  "    The [[high -level]] talks  resumed." "$tmp/out" \
  "  1: join as 'high-level'" "$tmp/out" \
  "(1/3) apply? [y,n,e,a,d,u,q,?] y" "$tmp/out" \
  "(3/3) apply? [y,n,e,a,d,u,q,?] q" "$tmp/out" \
  "applied 1, skipped 1 in 1 file" "$tmp/out"
same "y n q: exactly the accepted fix, byte for byte" "$tmp/a.want" "$tmp/a.txt"
[ -s "$tmp/err" ] && { fail "y n q wrote to standard error"; cat "$tmp/err"; }
ls -A "$tmp" | grep -q mtlint && fail "a temporary file was left behind"

# End of input at once: like q with nothing accepted, so nothing is written.
printf "$dirty" > "$tmp/b.txt"
cp "$tmp/b.txt" "$tmp/b.want"
inode=$(stat -c %i "$tmp/b.txt")
"$mtlint" fix -i "${only[@]}" "$tmp/b.txt" < /dev/null > "$tmp/out" 2>&1
check "EOF acts like q" 0 $? "end of input: keeping what was accepted" "$tmp/out" \
  "applied 0, skipped 0 in 0 files" "$tmp/out"
same "EOF: the file is unchanged" "$tmp/b.want" "$tmp/b.txt"
[ "$(stat -c %i "$tmp/b.txt")" = "$inode" ] || fail "EOF: an unchanged file was rewritten"

# Unknown answers re-prompt; e types a replacement; the rest of a check.
printf "$dirty" > "$tmp/c.txt"
printf 'The elevated talks resumed. They said the the talks went on.\n' > "$tmp/c.want"
printf 'what\ne\nelevated\na\nd\n' | "$mtlint" fix -i "${only[@]}" "$tmp/c.txt" > "$tmp/out" 2>&1
check "unknown answer, e, a, d" 0 $? "unknown answer; ? shows the answers" "$tmp/out" \
  "replacement for the highlighted text: elevated" "$tmp/out" \
  "all of spacing in this file: applied 1, skipped 0" "$tmp/out" \
  "none of word-repeated in this file: applied 0, skipped 1" "$tmp/out" \
  "applied 2, skipped 1 in 1 file" "$tmp/out"
same "e and a: the typed text and the spacing fix" "$tmp/c.want" "$tmp/c.txt"

# A byte order mark, CRLF and an invalid byte stay as they were.
printf '\xEF\xBB\xBFThe high -level talks \xff resumed.\r\nThey said the the talks.\r\n' > "$tmp/d.txt"
printf '\xEF\xBB\xBFThe high-level talks \xff resumed.\r\nThey said the talks.\r\n' > "$tmp/d.want"
printf 'y\nn\ny\n' | "$mtlint" fix -i "${only[@]}" --enable encoding-invalid-utf8 "$tmp/d.txt" > "$tmp/out" 2>&1
check "BOM, CRLF, invalid byte: reviewed" 0 $? "[[<0xFF>]]" "$tmp/out" "applied 2, skipped 1 in 1 file" "$tmp/out"
same "BOM, CRLF, invalid byte: kept" "$tmp/d.want" "$tmp/d.txt"

# q in the first file: it is written, the second is never shown.
printf "$dirty" > "$tmp/e1.txt"
printf "$dirty" > "$tmp/e2.txt"
printf "$dirty" > "$tmp/e2.want"
printf 'y\nq\ny\n' | "$mtlint" fix -i "${only[@]}" "$tmp/e1.txt" "$tmp/e2.txt" > "$tmp/out" 2>&1
check "q stops the review" 0 $? "quit: keeping 1 accepted fix" "$tmp/out" \
  "applied 1, skipped 0 in 1 file" "$tmp/out"
same "q: the first file has its fix" "$tmp/a.want" "$tmp/e1.txt"
same "q: the second file is untouched" "$tmp/e2.want" "$tmp/e2.txt"
grep -q "e2.txt" "$tmp/out" && fail "q: the second file was shown"

# Answers carry over from one file to the next; CRLF answers are fine.
printf "$dirty" > "$tmp/f1.txt"
printf "$dirty" > "$tmp/f2.txt"
printf 'The high-level talks resumed. They said the the talks went on.\n' > "$tmp/f.want"
printf 'y\r\ny\r\nn\r\ny\r\ny\r\nn\r\n' | "$mtlint" fix -i "${only[@]}" "$tmp/f1.txt" "$tmp/f2.txt" > "$tmp/out" 2>&1
check "two files" 0 $? "applied 4, skipped 2 in 2 files" "$tmp/out"
same "two files: the first" "$tmp/f.want" "$tmp/f1.txt"
same "two files: the second" "$tmp/f.want" "$tmp/f2.txt"

# Usage errors.
printf 'y\n' | "$mtlint" fix -i - > "$tmp/out" 2>&1
check "standard input cannot be reviewed" 2 $? "cannot fix standard input" "$tmp/out"
"$mtlint" fix -i --diff "$tmp/a.txt" < /dev/null > "$tmp/out" 2>&1
check "--interactive excludes --diff" 2 $? "excludes" "$tmp/out"
"$mtlint" fix -i --unsafe "$tmp/a.txt" < /dev/null > "$tmp/out" 2>&1
check "--interactive excludes --unsafe" 2 $? "excludes" "$tmp/out"
"$mtlint" fix -i --format jsonl "$tmp/a.txt" < /dev/null > "$tmp/out" 2>&1
check "--interactive with --format jsonl" 2 $? "--format does not apply" "$tmp/out"

# A file saved by someone else during the review is not overwritten.
printf "$dirty" > "$tmp/g.txt"
mkfifo "$tmp/answers"
"$mtlint" fix -i "${only[@]}" "$tmp/g.txt" < "$tmp/answers" > "$tmp/out" 2> "$tmp/err" &
pid=$!
exec 3> "$tmp/answers"
for _ in $(seq 100); do grep -q "apply?" "$tmp/out" && break; sleep 0.1; done
printf 'Saved by an editor.\n' > "$tmp/g.txt"
cp "$tmp/g.txt" "$tmp/g.want"
printf 'y\nq\n' >&3
exec 3>&-
wait $pid
check "changed during the review: not written, exit 2" 2 $? \
  "$tmp/g.txt: changed while it was being fixed; not written" "$tmp/err" \
  "applied 0, skipped 0 in 0 files" "$tmp/out"
same "changed during the review: the editor's bytes stay" "$tmp/g.want" "$tmp/g.txt"

finish
