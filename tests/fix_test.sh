#!/usr/bin/env bash
# `mtlint fix` as a user meets it: fixing in place, idempotence, bytes kept
# (CRLF, BOM, invalid UTF-8), --diff accepted by patch and git apply,
# standard input, exit statuses, permissions, unwritable and missing paths.
#   fix_test.sh path/to/mtlint source-dir
set -uo pipefail
mtlint=$(realpath "$1")  # the tests cd into their trees
src=$2
source "$(dirname "$0")/lib.sh"
chmod 755 "$tmp"  # the unprivileged run below must reach its files

dirty='The high -level talks resumed.\n'
fixed='The high-level talks resumed.\n'

"$mtlint" fix --help > "$tmp/out" 2>&1
check "fix --help: check's options and its own" 0 $? "--fail-on" "$tmp/out" \
  "--dict-dir" "$tmp/out" "--unsafe" "$tmp/out" "--diff" "$tmp/out"

# In place, then again: the second run changes nothing and rewrites nothing.
printf "$dirty" > "$tmp/a.txt"
printf "$fixed" > "$tmp/a.want"
"$mtlint" fix "$tmp/a.txt" > "$tmp/out" 2> "$tmp/err"
check "fix writes the safe fix; nothing left exits 0" 0 $? \
  "fixed 1 problem in 1 file; 0 left" "$tmp/err"
same "the fixed file" "$tmp/a.want" "$tmp/a.txt"
[ -s "$tmp/out" ] && { echo "  unexpected output:"; cat "$tmp/out"; failed=$((failed + 1)); }
inode=$(stat -c %i "$tmp/a.txt")
"$mtlint" fix "$tmp/a.txt" > "$tmp/out" 2> "$tmp/err"
check "a second fix changes nothing" 0 $? "fixed 0 problems in 0 files; 0 left" "$tmp/err"
[ "$(stat -c %i "$tmp/a.txt")" = "$inode" ] || { echo "FAILED: an unchanged file was rewritten"; failed=$((failed + 1)); }

# Every example article: fixing twice changes nothing the second time.
mkdir "$tmp/articles"
cp "$src"/fixtures/articles/*.txt "$tmp/articles/"
"$mtlint" fix "$tmp/articles" > /dev/null 2> "$tmp/err"
status=$?
[ $status -le 1 ] || { echo "FAILED: fix of the articles exited $status"; cat "$tmp/err"; failed=$((failed + 1)); }
cp -r "$tmp/articles" "$tmp/articles.once"
"$mtlint" fix "$tmp/articles" > /dev/null 2> "$tmp/err"
check "articles: a second fix finds nothing to fix" $status $? \
  "fixed 0 problems in 0 files" "$tmp/err"
same "articles: unchanged by the second fix" "$tmp/articles.once" "$tmp/articles"

# A byte order mark and CRLF come back as they were; only the space goes.
printf '\xEF\xBB\xBFThe high -level talks resumed.\r\nThey ended.\r\n' > "$tmp/crlf.txt"
printf '\xEF\xBB\xBFThe high-level talks resumed.\r\nThey ended.\r\n' > "$tmp/crlf.want"
"$mtlint" fix "$tmp/crlf.txt" > "$tmp/out" 2>&1
check "CRLF with a BOM: fixed" 0 $?
same "CRLF with a BOM: only the one byte removed" "$tmp/crlf.want" "$tmp/crlf.txt"

# Invalid bytes stay; the error about them is what is left.
printf 'The \xff high -level talks \xe9 resumed.\n' > "$tmp/latin1.txt"
printf 'The \xff high-level talks \xe9 resumed.\n' > "$tmp/latin1.want"
"$mtlint" fix "$tmp/latin1.txt" > "$tmp/out" 2> "$tmp/err"
check "invalid UTF-8: fixed around, reported as left" 1 $? \
  "[encoding-invalid-utf8]" "$tmp/out" "fixed 1 problem in 1 file; 2 left" "$tmp/err"
same "invalid UTF-8: the bytes are kept" "$tmp/latin1.want" "$tmp/latin1.txt"

# --diff writes nothing, and its output applied with patch -p1 or git apply
# gives exactly what fixing in place gives.
mkdir -p "$tmp/tree/sub"
printf "$dirty" > "$tmp/tree/a.txt"
printf 'Line one.\r\nThe high -level talks  resumed.\r\n' > "$tmp/tree/sub/crlf.txt"
printf 'First line.\nThe high -level talks' > "$tmp/tree/no-newline.txt"
printf 'One.\n\nTwo  spaces.\n3\n4\n5\n6\n7\n8\n9\nThe high -level end.\n' > "$tmp/tree/hunks.txt"
cp -r "$src/fixtures/articles" "$tmp/tree/articles"
for copy in orig inplace patched gitapplied; do cp -r "$tmp/tree" "$tmp/$copy"; done
(cd "$tmp/tree" && "$mtlint" fix --diff a.txt sub no-newline.txt hunks.txt articles) \
  > "$tmp/fix.patch" 2> "$tmp/err"
check "--diff prints a unified diff" 1 $? "--- a/a.txt" "$tmp/fix.patch" \
  "+++ b/sub/crlf.txt" "$tmp/fix.patch" "@@ -1,2 +1,2 @@" "$tmp/fix.patch" \
  "@@ -1,6 +1,6 @@" "$tmp/fix.patch" "@@ -8,4 +8,4 @@" "$tmp/fix.patch" \
  "would fix " "$tmp/err"
same "--diff writes nothing" "$tmp/orig" "$tmp/tree"
(cd "$tmp/inplace" && "$mtlint" fix a.txt sub no-newline.txt hunks.txt articles) > /dev/null 2>&1
(cd "$tmp/patched" && patch -p1 --quiet < "$tmp/fix.patch") > "$tmp/out" 2>&1
check "patch -p1 accepts the diff" 0 $?
same "patch -p1 gives the in-place result" "$tmp/inplace" "$tmp/patched"
if command -v git > /dev/null; then
  (cd "$tmp/gitapplied" && git apply "$tmp/fix.patch") > "$tmp/out" 2>&1
  check "git apply accepts the diff" 0 $?
  same "git apply gives the in-place result" "$tmp/inplace" "$tmp/gitapplied"
fi
leftovers=$(find "$tmp" -name '*.mtlint-*' | wc -l)
[ "$leftovers" = 0 ] || { echo "FAILED: temporary files left behind"; failed=$((failed + 1)); }

# Standard input: the fixed text (or the diff) on standard output, the
# report on standard error.
printf "$dirty" | "$mtlint" fix - > "$tmp/out" 2> "$tmp/err"
check "stdin: fixed text on standard output" 0 $? "fixed 1 problem in 1 file; 0 left" "$tmp/err"
same "stdin: exactly the fixed text" "$tmp/a.want" "$tmp/out"
printf 'She said \xe2\x80\xaethe vote.\n' > "$tmp/bidi.txt"
"$mtlint" fix - < "$tmp/bidi.txt" > "$tmp/out" 2> "$tmp/err"
check "stdin: what is left goes to standard error" 1 $? \
  "<stdin>:1:10: error: bidirectional control character" "$tmp/err"
same "stdin: unchanged text passes through" "$tmp/bidi.txt" "$tmp/out"
printf "$dirty" | "$mtlint" fix --diff - > "$tmp/out" 2> /dev/null
check "stdin with --diff: the diff" 0 $? "--- a/<stdin>" "$tmp/out" "+The high-level talks" "$tmp/out"

# Exit statuses count what is left; --unsafe applies fixes that need review.
cp "$tmp/bidi.txt" "$tmp/review.txt"
"$mtlint" fix "$tmp/review.txt" > "$tmp/out" 2> "$tmp/err"
check "a fix that needs review is left: exit 1" 1 $? "= fix (review): remove it" "$tmp/out" \
  "fixed 0 problems in 0 files; 1 left" "$tmp/err"
"$mtlint" fix --fail-on note "$tmp/a.txt" > /dev/null 2>&1
check "--fail-on note with nothing left: exit 0" 0 $?
"$mtlint" fix --unsafe "$tmp/review.txt" > "$tmp/out" 2> "$tmp/err"
check "--unsafe applies it" 0 $? "fixed 1 problem in 1 file; 0 left" "$tmp/err"
printf 'She said the vote.\n' > "$tmp/review.want"
same "--unsafe: the control character is gone" "$tmp/review.want" "$tmp/review.txt"
"$mtlint" fix --format xml "$tmp/a.txt" > "$tmp/out" 2>&1
check "an unknown format is a usage error" 2 $? "--format" "$tmp/out"
"$mtlint" fix --enable hyphen-spaceing "$tmp/a.txt" > "$tmp/out" 2>&1
check "an unknown check is a usage error" 2 $? "did you mean 'hyphen-spacing'?" "$tmp/out"

# JSON Lines: what is left, then the summary object; no summary line.
cp "$tmp/bidi.txt" "$tmp/json.txt"
"$mtlint" fix --format jsonl "$tmp/json.txt" > "$tmp/out" 2> "$tmp/err"
check "jsonl: the JSON Lines of what is left" 1 $? '"check":"char-invisible"' "$tmp/out" \
  '"type":"summary","files":1' "$tmp/out"
[ -s "$tmp/err" ] && { echo "FAILED: jsonl wrote to standard error:"; cat "$tmp/err"; failed=$((failed + 1)); }

# Permission bits survive the rewrite.
printf "$dirty" > "$tmp/perm.txt"
chmod 640 "$tmp/perm.txt"
"$mtlint" fix "$tmp/perm.txt" > /dev/null 2>&1
check "permissions: fixed" 0 $?
[ "$(stat -c %a "$tmp/perm.txt")" = 640 ] || { echo "FAILED: mode is $(stat -c %a "$tmp/perm.txt"), not 640"; failed=$((failed + 1)); }

# An unwritable directory and a missing file are errors; the other file is
# still fixed. Root writes anywhere, so run as nobody then.
as_user=()
[ "$(id -u)" = 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
mkdir "$tmp/ro" "$tmp/rw"
printf "$dirty" > "$tmp/ro/a.txt"
printf "$dirty" > "$tmp/rw/b.txt"
chmod 555 "$tmp/ro"
chmod 644 "$tmp/ro/a.txt"
[ "$(id -u)" = 0 ] && chown -R 65534:65534 "$tmp/rw"
"${as_user[@]}" "$mtlint" fix "$tmp/missing.txt" "$tmp/ro/a.txt" "$tmp/rw/b.txt" > "$tmp/out" 2> "$tmp/err"
check "read-only directory and missing file: exit 2, clear errors" 2 $? \
  "$tmp/missing.txt: no such file or directory" "$tmp/err" \
  "$tmp/ro/a.txt: cannot create a temporary file in $tmp/ro: Permission denied" "$tmp/err" \
  "fixed 1 problem in 1 file" "$tmp/err"
same "the writable file was still fixed" "$tmp/a.want" "$tmp/rw/b.txt"
printf "$dirty" > "$tmp/dirty.want"
same "the file in the read-only directory is untouched" "$tmp/dirty.want" "$tmp/ro/a.txt"

finish
