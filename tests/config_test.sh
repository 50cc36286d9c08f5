#!/usr/bin/env bash
# .mtlint.toml as a repository of articles uses it: discovery from each
# file's directory, precedence of the command line, severities, exclude
# patterns, the house accept and reject lists, --config, dump-config, and a
# bad file stopping the run with status 2.
#   config_test.sh path/to/mtlint
set -uo pipefail
mtlint=$(realpath "$1")
source "$(dirname "$0")/lib.sh"

repo="$tmp/repo"
mkdir -p "$repo/.git" "$repo/news/drafts" "$repo/blog"
dirty='The the talks resumed in Kyiv, said Zelenskiy and Vlodymyr.\n'
for f in news/a.txt news/drafts/b.txt blog/c.txt; do printf "$dirty" > "$repo/$f"; done
cat > "$repo/.mtlint.toml" <<'TOML'
[checks.word-repeated]
severity = "error"
[dictionaries]
accept = ["Vlodymyr"]
reject = ["Zelenskiy"]
TOML
cat > "$repo/news/.mtlint.toml" <<'TOML'
exclude = ["drafts/"]
[checks.word-repeated]
enabled = false
TOML

# Run from elsewhere: discovery starts at each file's directory.
(cd / && "$mtlint" check --format jsonl "$repo/blog/c.txt") > "$tmp/out" 2>&1
check "blog/ gets the root configuration: word-repeated is an error" 1 $? \
  '"check":"word-repeated","severity":"error"' "$tmp/out" \
  '"message":"'"'"'Zelenskiy'"'"' is not house style"' "$tmp/out"
grep -q "Vlodymyr" "$tmp/out" && fail "an accepted word was reported" || pass "accept: Vlodymyr is a word"

(cd "$repo" && "$mtlint" check news) > "$tmp/out" 2>&1
check "news/ gets its own configuration, which replaces the root's" 1 $? \
  "news/a.txt:1:51: warning: 'Vlodymyr' looks like a misspelling of the name 'Volodymyr' [name-variant]" "$tmp/out"
grep -q "house style" "$tmp/out" && fail "news/: the root's lists were merged" || pass "news/: no merging"
grep -q "word-repeated" "$tmp/out" && fail "news/: word-repeated still ran" || pass "news/: word-repeated disabled"
grep -q "drafts" "$tmp/out" && fail "news/drafts/ was not excluded" || pass "exclude: news/drafts/ skipped"

(cd "$repo" && "$mtlint" check news/drafts/b.txt) > "$tmp/out" 2>&1
check "a file named on the command line is linted even if excluded" 1 $? \
  "news/drafts/b.txt:1:51: warning:" "$tmp/out"

(cd "$repo" && "$mtlint" check --enable word-repeated --disable spelling news/a.txt) > "$tmp/out" 2>&1
check "--enable and --disable go over the file" 1 $? \
  "news/a.txt:1:1: warning: word 'the' is repeated [word-repeated]" "$tmp/out"
grep -qF "[spelling]" "$tmp/out" && fail "--disable spelling ignored" || pass "--disable over the file"

printf '[checks.spelling]\nenabled = false\n' > "$tmp/forced.toml"
(cd "$repo" && "$mtlint" check --config "$tmp/forced.toml" --format jsonl blog/c.txt) > "$tmp/out" 2>&1
check "--config replaces discovery" 1 $? '"check":"word-repeated","severity":"warning"' "$tmp/out"
grep -q '"spelling"' "$tmp/out" && fail "--config: spelling still ran" || pass "--config: spelling disabled"

(cd "$repo" && "$mtlint" check - < "$repo/blog/c.txt") > "$tmp/out" 2>&1
check "standard input gets the current directory's configuration" 1 $? \
  "<stdin>:1:37: warning: 'Zelenskiy' is not house style [spelling]" "$tmp/out" \
  "= fix 1 (review): replace with 'Zelenskyy'" "$tmp/out"

(cd "$repo" && "$mtlint" dump-config news --disable spelling) > "$tmp/out" 2>&1
check "dump-config: the file, the command line over it" 0 $? \
  "# configuration file: news/.mtlint.toml" "$tmp/out" \
  'exclude = [ "drafts/" ]' "$tmp/out"
tr '\n' ' ' < "$tmp/out" > "$tmp/flat"
check "dump-config: checks the file and the command line disabled" 0 0 \
  "[checks.spelling] enabled = false" "$tmp/flat" \
  "[checks.word-repeated] enabled = false" "$tmp/flat" \
  "[checks.spacing] enabled = true" "$tmp/flat"
(cd "$repo" && "$mtlint" dump-config blog/c.txt) > "$tmp/out" 2>&1
tr '\n' ' ' < "$tmp/out" > "$tmp/flat"
check "dump-config: severity and house lists" 0 $? \
  '[checks.word-repeated] enabled = true severity = "error"' "$tmp/flat" \
  'accept = [ "Vlodymyr" ]' "$tmp/flat" 'reject = [ "Zelenskiy" ]' "$tmp/flat"

(cd "$repo" && "$mtlint" dump-config blog > "$tmp/dumped.toml" &&
  "$mtlint" check --config "$tmp/dumped.toml" --format jsonl blog/c.txt) > "$tmp/out" 2>&1
check "dump-config's output is a configuration that does the same" 1 $? \
  '"check":"word-repeated","severity":"error"' "$tmp/out" "is not house style" "$tmp/out"

# A bad file stops the run before any output, naming file, line and column.
printf '[checks.word-repeated]\nseverity = "fatal"\n' > "$repo/blog/.mtlint.toml"
(cd "$repo" && "$mtlint" check news blog) > "$tmp/out" 2> "$tmp/err"
check "a bad configuration: status 2, file:line:column" 2 $? \
  "mtlint: error: blog/.mtlint.toml:2:12: 'severity' in [checks.word-repeated] must be 'error', 'warning' or 'note', not 'fatal'" "$tmp/err"
[ -s "$tmp/out" ] && fail "a bad configuration still printed findings" || pass "nothing linted"
(cd "$repo" && "$mtlint" dump-config blog) > "$tmp/out" 2> "$tmp/err"
check "dump-config reports the same error" 2 $? "blog/.mtlint.toml:2:12:" "$tmp/err"
"$mtlint" check --config "$tmp/missing.toml" "$repo/news" > "$tmp/out" 2>&1
check "--config of a missing file: status 2" 2 $? "missing.toml" "$tmp/out"

finish
