#!/usr/bin/env bash
# `mtlint normalize`: exact output for each normalization, the quote styles,
# --strip-boilerplate, -w in place (only files that change, bytes and
# modes kept), idempotence over the example articles, binary and missing
# files, standard input.
#   normalize_test.sh path/to/mtlint source-dir
set -uo pipefail
mtlint=$(realpath "$1")
src=$2
source "$(dirname "$0")/lib.sh"

# One of each: a decomposed é (NFC), a zero-width space, a space before a
# comma and none after it, a doubled space, a hyphen with a space, straight
# quotes and apostrophe, and mojibake of ’.
printf 'Cafe\xcc\x81 talks\xe2\x80\x8b resumed ,said the  "high -level" envoy'"'"'s aide. Don\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t worry.\n' > "$tmp/in.txt"
cp "$tmp/in.txt" "$tmp/in.orig"
printf 'Caf\xc3\xa9 talks resumed, said the \xe2\x80\x9chigh-level\xe2\x80\x9d envoy\xe2\x80\x99s aide. Don\xe2\x80\x99t worry.\n' > "$tmp/curly.want"
printf 'Caf\xc3\xa9 talks resumed, said the "high-level" envoy'"'"'s aide. Don'"'"'t worry.\n' > "$tmp/straight.want"
printf 'Caf\xc3\xa9 talks resumed, said the "high-level" envoy'"'"'s aide. Don\xe2\x80\x99t worry.\n' > "$tmp/keep.want"

"$mtlint" normalize "$tmp/in.txt" > "$tmp/out" 2> "$tmp/err"
check "default: NFC, invisible, spacing, hyphen, mojibake, curly quotes" 0 $?
same "default output" "$tmp/curly.want" "$tmp/out"
same "without -w the file is untouched" "$tmp/in.orig" "$tmp/in.txt"
[ -s "$tmp/err" ] && { fail "normalize wrote to standard error"; cat "$tmp/err"; }
"$mtlint" normalize --quotes straight "$tmp/in.txt" > "$tmp/out"
same "--quotes straight" "$tmp/straight.want" "$tmp/out"
"$mtlint" normalize --quotes keep "$tmp/in.txt" > "$tmp/out"
same "--quotes keep: only the mojibake's quote changes" "$tmp/keep.want" "$tmp/out"
"$mtlint" normalize - < "$tmp/in.txt" > "$tmp/out"
same "standard input" "$tmp/curly.want" "$tmp/out"
"$mtlint" normalize --quotes fancy "$tmp/in.txt" > "$tmp/out" 2>&1
check "an unknown quote style is a usage error" 2 $? "--quotes" "$tmp/out"

# Quotation marks that are not certain stay as they are: an inch mark, a
# plural possessive beside a quoted word, a German low quote.
printf 'A 6" pipe burst, "he said."\nThe farmers'"'"' union and '"'"'rock'"'"' fans.\nEr sagte \xe2\x80\x9eja" zu ihr.\n' > "$tmp/unsure.txt"
"$mtlint" normalize "$tmp/unsure.txt" > "$tmp/out"
same "uncertain straight marks are left alone" "$tmp/unsure.txt" "$tmp/out"

# --strip-boilerplate removes the lines boilerplate-line finds, whole.
printf 'Talks resumed on Tuesday.\nPhoto: Jane Roe | Reuters\nBoth sides spoke.\n' > "$tmp/boiler.txt"
printf 'Talks resumed on Tuesday.\nBoth sides spoke.\n' > "$tmp/boiler.want"
"$mtlint" normalize "$tmp/boiler.txt" > "$tmp/out"
same "boilerplate stays without --strip-boilerplate" "$tmp/boiler.txt" "$tmp/out"
"$mtlint" normalize --strip-boilerplate "$tmp/boiler.txt" > "$tmp/out"
same "--strip-boilerplate" "$tmp/boiler.want" "$tmp/out"

# -w: in place, only files that change; CRLF, a BOM and the mode kept.
mkdir "$tmp/tree"
printf '\xef\xbb\xbfThe high -level talks.\r\nA second line.\r\n' > "$tmp/tree/crlf.txt"
printf '\xef\xbb\xbfThe high-level talks.\r\nA second line.\r\n' > "$tmp/crlf.want"
printf 'Already clean.\n' > "$tmp/tree/clean.md"
chmod 640 "$tmp/tree/crlf.txt"
inode=$(stat -c %i "$tmp/tree/clean.md")
"$mtlint" normalize -w "$tmp/tree" > "$tmp/out" 2>&1
check "-w over a directory" 0 $?
[ -s "$tmp/out" ] && { fail "-w printed something"; cat "$tmp/out"; }
same "-w: CRLF and BOM kept, one byte removed" "$tmp/crlf.want" "$tmp/tree/crlf.txt"
[ "$(stat -c %a "$tmp/tree/crlf.txt")" = 640 ] && pass "-w: mode kept" || fail "-w: mode changed"
[ "$(stat -c %i "$tmp/tree/clean.md")" = "$inode" ] && pass "-w: an unchanged file is not rewritten" ||
  fail "-w: an unchanged file was rewritten"

# Idempotence over the shipped example articles and the fixtures' texts.
for f in "$src"/fixtures/articles/*.txt; do
  "$mtlint" normalize --strip-boilerplate "$f" > "$tmp/once"
  "$mtlint" normalize --strip-boilerplate "$tmp/once" > "$tmp/twice"
  same "idempotent: $(basename "$f")" "$tmp/once" "$tmp/twice"
done

# A binary file is left as it is, with a warning; a missing path is an
# error, and the other files are still written.
printf 'PK\x03\x04\x00\x00binary' > "$tmp/tree/blob.txt"
cp "$tmp/tree/blob.txt" "$tmp/blob.orig"
printf 'The high -level talks.\n' > "$tmp/tree/late.txt"
"$mtlint" normalize -w "$tmp/tree/blob.txt" "$tmp/missing.txt" "$tmp/tree/late.txt" > "$tmp/out" 2> "$tmp/err"
check "binary and missing: status 2, both named" 2 $? \
  "mtlint: warning: $tmp/tree/blob.txt:" "$tmp/err" \
  "mtlint: error: $tmp/missing.txt: no such file or directory" "$tmp/err"
same "the binary file is unchanged" "$tmp/blob.orig" "$tmp/tree/blob.txt"
grep -q "high-level" "$tmp/tree/late.txt" && pass "the file after the missing one was written" ||
  fail "the file after the missing one was not written"

finish
