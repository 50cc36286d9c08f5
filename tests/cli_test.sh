#!/usr/bin/env bash
# The command line as a user meets it: exit statuses, errors that name the
# path, stdin, directories, binary, empty, invalid and very large input.
#   cli_test.sh path/to/mtlint source-dir
set -uo pipefail
mtlint=$1
src=$2
source "$(dirname "$0")/lib.sh"

printf 'A clean sentence about trade talks.\n' > "$tmp/clean.txt"
printf 'The high -level talks resumed.\n' > "$tmp/dirty.txt"

"$mtlint" --version > "$tmp/out" 2>&1
check "--version" 0 $? "0.1.0" "$tmp/out"

"$mtlint" --help > "$tmp/out" 2>&1
check "--help shows examples and subcommands" 0 $? "Examples:" "$tmp/out" "list-checks" "$tmp/out"

"$mtlint" check --help > "$tmp/out" 2>&1
check "check --help lists the options" 0 $? "--fail-on" "$tmp/out" "--format" "$tmp/out"

"$mtlint" check "$tmp/clean.txt" > "$tmp/out" 2>&1
check "a clean file exits 0 and prints nothing" 0 $?
[ -s "$tmp/out" ] && { echo "  unexpected output"; cat "$tmp/out"; failed=$((failed + 1)); }

"$mtlint" check "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "findings exit 1 with file:line:col" 1 $? \
  "$tmp/dirty.txt:1:5: warning: space before the hyphen in 'high -level' [hyphen-spacing]" "$tmp/out" \
  "= fix: join as 'high-level'" "$tmp/out"

"$mtlint" check --fail-on error "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "--fail-on error ignores warnings" 0 $?

"$mtlint" check "$tmp/missing.txt" "$tmp/dirty.txt" > "$tmp/out" 2> "$tmp/err"
check "a missing path is reported and the others still checked" 2 $? \
  "$tmp/missing.txt: no such file or directory" "$tmp/err" "[hyphen-spacing]" "$tmp/out"

"$mtlint" check --enable hyphen-spaceing "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "an unknown check gets did-you-mean" 2 $? "did you mean 'hyphen-spacing'?" "$tmp/out"

"$mtlint" check --format xml "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "an unknown format is a usage error" 2 $? "--format" "$tmp/out"

"$mtlint" check --disable all --enable word-repeated "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "--disable all --enable one runs one check" 0 $?

"$mtlint" check - < "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "standard input is read for -" 1 $? "<stdin>:1:5:" "$tmp/out"

mkdir -p "$tmp/dir/sub" "$tmp/dir/.hidden"
cp "$tmp/dirty.txt" "$tmp/dir/a.txt"
cp "$tmp/dirty.txt" "$tmp/dir/sub/b.md"
cp "$tmp/dirty.txt" "$tmp/dir/sub/c.html"
cp "$tmp/dirty.txt" "$tmp/dir/.hidden/d.txt"
"$mtlint" check --format jsonl "$tmp/dir" > "$tmp/out" 2>&1
check "directories: *.txt and *.md, recursively, hidden skipped" 1 $? \
  "\"path\":\"$tmp/dir/a.txt\"" "$tmp/out" "\"path\":\"$tmp/dir/sub/b.md\"" "$tmp/out" \
  '"type":"summary","files":2' "$tmp/out"

printf 'binary\0data' > "$tmp/bin.txt"
"$mtlint" check "$tmp/bin.txt" > "$tmp/out" 2>&1
check "a binary file is skipped with a note" 0 $? \
  "note: binary file (NUL byte at offset 6): skipped [encoding-binary]" "$tmp/out"

: > "$tmp/empty.txt"
"$mtlint" check "$tmp/empty.txt" > "$tmp/out" 2>&1
check "an empty file is clean" 0 $?

printf 'Caf\xe9 au lait. The high -level talks.\n' > "$tmp/latin1.txt"
"$mtlint" check "$tmp/latin1.txt" > "$tmp/out" 2>&1
check "invalid UTF-8 is an error at its offset; the rest is checked" 1 $? \
  "latin1.txt:1:4: error: invalid UTF-8 byte 0xE9 [encoding-invalid-utf8]" "$tmp/out" \
  "Caf<0xE9> au lait" "$tmp/out" "[hyphen-spacing]" "$tmp/out"

"$mtlint" explain quote-unbalanced > "$tmp/out" 2>&1
check "explain prints the documentation" 0 $? "# quote-unbalanced" "$tmp/out"

"$mtlint" explain quote-unbalance > "$tmp/out" 2>&1
check "explain of an unknown check suggests one" 2 $? "did you mean 'quote-unbalanced'?" "$tmp/out"

"$mtlint" list-checks > "$tmp/out" 2>&1
check "list-checks names every documented check" 0 $?
for doc in "$src"/docs/checks/*.md; do
  id=$(basename "$doc" .md)
  grep -q "^$id " "$tmp/out" || { echo "  $id missing from list-checks"; failed=$((failed + 1)); }
done

# --max-warnings N fails the run above N warnings, whatever --fail-on says;
# --fail-on still fails it on its own. Notes never count.
"$mtlint" check --fail-on error --max-warnings 1 "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "--max-warnings 1 allows one warning" 0 $?
"$mtlint" check --fail-on error --max-warnings 0 "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "--max-warnings 0 fails on one warning despite --fail-on error" 1 $?
"$mtlint" check --max-warnings 5 "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "--fail-on warning fails even under --max-warnings" 1 $?
"$mtlint" check --fail-on error --max-warnings 0 "$tmp/bin.txt" > "$tmp/out" 2>&1
check "--max-warnings does not count notes" 0 $?
"$mtlint" check --fail-on error --max-warnings 9 "$tmp/latin1.txt" > "$tmp/out" 2>&1
check "errors fail whatever --max-warnings allows" 1 $?
"$mtlint" check --max-warnings -1 "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "a negative --max-warnings is a usage error" 2 $? "--max-warnings" "$tmp/out"
cp "$tmp/dirty.txt" "$tmp/tofix.txt"
"$mtlint" fix --max-warnings 0 "$tmp/tofix.txt" > "$tmp/out" 2>&1
check "fix --max-warnings counts what is left" 0 $?

# The other formats, end to end (exact output in tests/unit/formatter_test.cc,
# SARIF against its schema in sarif_test.py).
"$mtlint" check --format github "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "--format github prints workflow commands" 1 $? \
  "::warning file=$tmp/dirty.txt,line=1,col=5,endLine=1,endColumn=16,title=hyphen-spacing::space before the hyphen in 'high -level'%0Afix: join as 'high-level'" "$tmp/out"
"$mtlint" check --format summary "$tmp/dirty.txt" "$tmp/clean.txt" > "$tmp/out" 2>&1
check "--format summary counts per check and file" 1 $? \
  "     0         1      0  hyphen-spacing" "$tmp/out" \
  "     0         1      0  $tmp/dirty.txt" "$tmp/out" "in 2 files" "$tmp/out" "; 1 clean" "$tmp/out"
"$mtlint" check --format sarif "$tmp/dirty.txt" > "$tmp/out" 2>&1
check "--format sarif writes one SARIF log" 1 $? '"version": "2.1.0"' "$tmp/out"

# 50 MB on one line: must finish, with memory proportional to the input
# (not measured under the sanitizers, whose shadow memory and quarantine
# multiply it).
python3 -c "
import sys
sys.stdout.write(' '.join(['The talks resumed on Monday, officials said.'] * 1150000) + '\n')
" > "$tmp/huge.txt"
python3 - "$mtlint" "$tmp/huge.txt" > "$tmp/out" 2>&1 <<'PY'
import resource, subprocess, sys, os
size = os.path.getsize(sys.argv[2])
r = subprocess.run([sys.argv[1], "check", sys.argv[2]], stdout=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print("status", r.returncode, "size", size, "peak", peak, "ratio %.1f" % (peak / size))
sanitized = os.environ.get("MTLINT_SANITIZED")
sys.exit(0 if r.returncode == 0 and (sanitized or peak < 8 * size) else 1)
PY
check "a 50 MB single-line file: clean, peak memory under 8x its size" 0 $? "status 0" "$tmp/out"
cat "$tmp/out"

finish
