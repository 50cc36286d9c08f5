#!/usr/bin/env bash
# Runs over many files: -j gives the same output and the same fixed files as
# one thread, --include and --exclude choose what directories give,
# --stdin-filename names standard input, --progress reports on stderr.
#   runs_test.sh path/to/mtlint
set -uo pipefail
mtlint=$(realpath "$1")
source "$(dirname "$0")/lib.sh"

# A few hundred articles of varied size and findings, some unreadable.
mkdir -p "$tmp/corpus/sub/deeper"
python3 - "$tmp/corpus" <<'PY'
import os, sys
root = sys.argv[1]
lines = ["The high -level talks resumed on Tuesday .",
         "Officials said the the negotiations would continue.",
         "A clean sentence about trade.",
         "He said \"we will not give in.",
         "Caf\u00e9 owners in Bejing welcomed the commercial war truce."]
for i in range(320):
    d = [root, os.path.join(root, "sub"), os.path.join(root, "sub", "deeper")][i % 3]
    body = "\n".join(lines[(i + k) % len(lines)] for k in range(1 + i % 17))
    with open(os.path.join(d, "article-%03d.%s" % (i, "md" if i % 5 == 0 else "txt")), "w") as f:
        f.write(body * (1 + (i % 7) * 4) + "\n")
PY
printf 'not an article\n' > "$tmp/corpus/notes.csv"
count=$(find "$tmp/corpus" -name '*.txt' -o -name '*.md' | wc -l)

"$mtlint" check -j 1 --format jsonl "$tmp/corpus" > "$tmp/j1" 2> "$tmp/j1.err"
check "-j 1 over $count files" 1 $?
for jobs in 2 3 8; do
  "$mtlint" check -j $jobs --format jsonl "$tmp/corpus" > "$tmp/jn" 2> "$tmp/jn.err"
  check "-j $jobs: same status" 1 $?
  # The summary's last field is the run time; everything else is equal.
  if cmp -s <(sed '$d' "$tmp/j1") <(sed '$d' "$tmp/jn") &&
     cmp -s <(tail -1 "$tmp/j1" | sed 's/,"seconds":.*//') <(tail -1 "$tmp/jn" | sed 's/,"seconds":.*//'); then
    pass "-j $jobs: byte-identical diagnostics, in the same order"
  else
    fail "-j $jobs: output differs from -j 1"; diff <(sed '$d' "$tmp/j1") <(sed '$d' "$tmp/jn") | head -5
  fi
done
grep -q "\"files\":$count," "$tmp/j1" && pass "every file was linted" || fail "files: $(tail -1 "$tmp/j1")"
"$mtlint" check -j 2 "$tmp/corpus" > "$tmp/h2" 2>&1
"$mtlint" check -j 1 "$tmp/corpus" > "$tmp/h1" 2>&1
cmp -s <(sed '$d' "$tmp/h1") <(sed '$d' "$tmp/h2") && pass "human output: the same for -j 2" ||
  fail "human output differs for -j 2"

# fix: the same files written, the same report.
cp -r "$tmp/corpus" "$tmp/fix1" && cp -r "$tmp/corpus" "$tmp/fix2"
"$mtlint" fix -j 1 --format jsonl "$tmp/fix1" > "$tmp/f1" 2>&1
"$mtlint" fix -j 2 --format jsonl "$tmp/fix2" > "$tmp/f2" 2>&1
same "fix -j 2 writes exactly what fix -j 1 writes" "$tmp/fix1" "$tmp/fix2"
cmp -s <(sed "s|$tmp/fix1|X|g; s/\"seconds\":[0-9.e-]*//" "$tmp/f1") \
       <(sed "s|$tmp/fix2|X|g; s/\"seconds\":[0-9.e-]*//" "$tmp/f2") &&
  pass "fix -j 2 reports what fix -j 1 reports" || fail "fix reports differ"

# A missing path and an unreadable file among many: reported in place, the
# rest linted.
# Root reads anything: run as nobody when root.
if [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null; then
  run=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod -R o+rX "$tmp" && chmod 711 "$tmp"
else
  run=()
fi
chmod 000 "$tmp/corpus/sub/article-001.txt"
"${run[@]}" "$mtlint" check -j 2 "$tmp/corpus" "$tmp/missing.txt" > "$tmp/out" 2> "$tmp/err"
check "an unreadable file and a missing path: status 2, both named" 2 $? \
  "$tmp/corpus/sub/article-001.txt: cannot open: Permission denied" "$tmp/err" \
  "$tmp/missing.txt: no such file or directory" "$tmp/err" \
  "in $((count - 1)) files" "$tmp/out"
chmod 644 "$tmp/corpus/sub/article-001.txt"

# --include and --exclude, relative to the directory walked.
"$mtlint" check --format jsonl --include '*.md' "$tmp/corpus" > "$tmp/out" 2>&1
md=$(find "$tmp/corpus" -name '*.md' | wc -l)
grep -q "\"files\":$md," "$tmp/out" && pass "--include '*.md': $md files" || fail "--include: $(tail -1 "$tmp/out")"
grep -q '"path":"[^"]*\.txt"' "$tmp/out" && fail "--include: a .txt was linted" || pass "--include: no .txt"
"$mtlint" check --format jsonl --include '*.csv' "$tmp/corpus" > "$tmp/out" 2>&1
grep -q '"files":1,' "$tmp/out" && pass "--include '*.csv' replaces the default" || fail "--include csv: $(tail -1 "$tmp/out")"
"$mtlint" check --format jsonl --exclude 'deeper/' --exclude '*.md' "$tmp/corpus" > "$tmp/out" 2>&1
want=$(find "$tmp/corpus" -path '*/deeper' -prune -o -name '*.txt' -print | wc -l)
grep -q "\"files\":$want," "$tmp/out" && pass "--exclude a directory and a pattern: $want files" ||
  fail "--exclude: $(tail -1 "$tmp/out"), expected $want files"
"$mtlint" check --format jsonl --exclude '/article-*' "$tmp/corpus/sub" > "$tmp/out" 2>&1
want=$(find "$tmp/corpus/sub/deeper" -name '*.txt' -o -name '*.md' | wc -l)
grep -q "\"files\":$want," "$tmp/out" && pass "an anchored --exclude only at the top" ||
  fail "anchored --exclude: $(tail -1 "$tmp/out"), expected $want files"
"$mtlint" check --exclude '*' "$tmp/corpus/sub/article-001.txt" > "$tmp/out" 2>&1
check "a file named on the command line is never excluded" 1 $? "article-001.txt:1:" "$tmp/out"

# --stdin-filename: the name shown, and the configuration of its directory.
mkdir -p "$tmp/repo/.git" "$tmp/repo/news"
printf '[checks.word-repeated]\nseverity = "error"\n' > "$tmp/repo/news/.mtlint.toml"
printf 'They said the the talks went well.\n' |
  (cd "$tmp/repo" && "$mtlint" check --stdin-filename news/story.txt -) > "$tmp/out" 2>&1
check "--stdin-filename: its name and its configuration" 1 $? \
  "news/story.txt:1:11: error: word 'the' is repeated [word-repeated]" "$tmp/out"
printf 'They said the the talks went well.\n' |
  "$mtlint" fix --stdin-filename story.txt - > "$tmp/out" 2> "$tmp/err"
check "--stdin-filename with fix: fixed text out, its name in the report" 0 $? \
  "They said the talks went well." "$tmp/out" "fixed 1 problem in 1 file" "$tmp/err"

# --progress: on stderr, never on stdout; nothing without it off a terminal.
"$mtlint" check --progress --format jsonl "$tmp/corpus" > "$tmp/out" 2> "$tmp/err"
check "--progress: a last line with every file" 1 $? "mtlint: $count/$count files, " "$tmp/err"
grep -q "findings$" "$tmp/err" && pass "--progress: findings counted" || fail "--progress: $(cat "$tmp/err")"
grep -q "mtlint:" "$tmp/out" && fail "--progress wrote to stdout" || pass "--progress: stdout untouched"
[ -s "$tmp/j1.err" ] && fail "without --progress, off a terminal: $(head -1 "$tmp/j1.err")" ||
  pass "no progress off a terminal unless asked"

finish
