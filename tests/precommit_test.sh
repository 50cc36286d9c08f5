#!/usr/bin/env bash
# mtlint as a commit hook (docs/ci.md): the hook of .pre-commit-hooks.yaml run
# as pre-commit runs it, then by pre-commit itself when it is installed, and
# the plain git hook printed in docs/ci.md, run by git commit.
#   precommit_test.sh path/to/mtlint source-dir
set -uo pipefail
mtlint=$(realpath "$1")
src=$(realpath "$2")
source "$(dirname "$0")/lib.sh"

# The hooks run the mtlint on PATH, as an installed one would be.
mkdir "$tmp/bin"
ln -s "$mtlint" "$tmp/bin/mtlint"
export PATH="$tmp/bin:$PATH"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org
export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
export PRE_COMMIT_HOME="$tmp/pre-commit-home"

clean='A clean sentence about trade talks.\n'
dirty='The high -level talks resumed.\n'
finding='dirty.txt:1:5: warning: space before the hyphen'

new_repo() {  # new_repo DIR: a repository of articles with one commit
  git init -q "$1" && printf "$clean" > "$1/clean.txt" &&
    git -C "$1" add clean.txt && git -C "$1" commit -qm articles
}

# 1. The hook's own fields, as pre-commit uses them: the entry, then the
# staged files matching `files`, from the repository root.
hooks="$src/.pre-commit-hooks.yaml"
entry=$(sed -n 's/^ *entry: *//p' "$hooks")
pattern=$(sed -n 's/^ *files: *//p' "$hooks")
check "the hook's entry is mtlint check" 0 $? "mtlint check" <(echo "$entry")
new_repo "$tmp/a"
printf "$dirty" > "$tmp/a/dirty.txt"
printf 'not an article\n' > "$tmp/a/notes.csv"
files=$(cd "$tmp/a" && git add -A && git diff --cached --name-only | grep -E "$pattern")
[ "$files" = "dirty.txt" ] && pass "files: picks the .txt, not the .csv" ||
  fail "files: matched '$files'"
(cd "$tmp/a" && $entry $files) > "$tmp/out" 2>&1
check "the entry on a dirty article: status 1, the finding" 1 $? "$finding" "$tmp/out"
(cd "$tmp/a" && $entry clean.txt) > "$tmp/out" 2>&1
check "the entry on a clean article: status 0" 0 $?

# 2. pre-commit itself, with the hooks of this source tree (try-repo reads
# the working tree, so uncommitted changes to the hook are tested too).
if command -v pre-commit > /dev/null && git -C "$src" rev-parse --git-dir > /dev/null 2>&1; then
  (cd "$tmp/a" && pre-commit try-repo "$src" mtlint --files dirty.txt) > "$tmp/out" 2>&1
  check "pre-commit try-repo: fails on the dirty article" 1 $? "$finding" "$tmp/out" \
    "Failed" "$tmp/out"
  (cd "$tmp/a" && pre-commit try-repo "$src" mtlint --files clean.txt) > "$tmp/out" 2>&1
  check "pre-commit try-repo: passes the clean article" 0 $? "Passed" "$tmp/out"
else
  echo "skipped: pre-commit itself (no pre-commit program, or $src is not a git checkout)"
fi

# 3. The plain git hook of docs/ci.md, installed and run by git commit.
new_repo "$tmp/b"
awk '/^## A plain git pre-commit hook/ {on = 1} on && /^```sh$/ {body = 1; next}
     body && /^```$/ {exit} body' "$src/docs/ci.md" > "$tmp/b/.git/hooks/pre-commit"
chmod +x "$tmp/b/.git/hooks/pre-commit"
check "docs/ci.md holds the git hook" 0 $? "mtlint check" "$tmp/b/.git/hooks/pre-commit"
printf "$dirty" > "$tmp/b/dirty.txt"
(cd "$tmp/b" && git add dirty.txt && git commit -qm dirty) > "$tmp/out" 2>&1
check "git hook: a dirty article stops the commit" 1 $? "$finding" "$tmp/out"
[ "$(git -C "$tmp/b" rev-list --count HEAD)" = 1 ] && pass "git hook: nothing committed" ||
  fail "git hook: the dirty article was committed"
# The staged version is what counts: fixed in the index, dirty on disk.
printf "$clean" | (cd "$tmp/b" && git update-index --add --cacheinfo \
  "100644,$(git hash-object -w --stdin),dirty.txt")
(cd "$tmp/b" && git commit -qm fixed) > "$tmp/out" 2>&1
check "git hook: the staged version is linted, not the working tree" 0 $?
printf 'Space  twice.\n' > "$tmp/b/with space.md"
(cd "$tmp/b" && git add "with space.md" && git commit -qm spaces) > "$tmp/out" 2>&1
check "git hook: a path with a space" 1 $? "with space.md:1:6: warning:" "$tmp/out"

finish
