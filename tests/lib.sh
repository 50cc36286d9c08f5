# Shared by the shell tests: a temporary directory, a tally of passed and
# failed assertions, and the assertions themselves. Source it after
# `set -uo pipefail`; end the script with `finish`.
tmp=$(mktemp -d)
# The tests make git repositories of their own under $tmp. Run from git
# (`git rebase -x`, a hook), GIT_DIR and its kin would point their git
# commands at the checkout the tests run from instead: a test once turned
# the shared repository bare and committed into the branch being rebased.
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY \
  GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_COMMON_DIR GIT_PREFIX
# fix_test.sh makes read-only files; they must still be removable.
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAILED: $1"; }

check() {  # check DESCRIPTION EXPECTED-STATUS ACTUAL-STATUS [GREP-PATTERN FILE]...
  local what=$1 want=$2 got=$3
  shift 3
  local ok=1
  [ "$want" = "$got" ] || { echo "  status $got, expected $want"; ok=0; }
  while [ $# -ge 2 ]; do
    grep -qF -- "$1" "$2" || { echo "  '$1' not in $(basename "$2"):"; sed 's/^/    /' "$2" | head -40; ok=0; }
    shift 2
  done
  if [ $ok = 1 ]; then pass "$what"; else fail "$what"; fi
}

same() {  # same DESCRIPTION EXPECTED ACTUAL: identical files (or directories)
  if diff -r "$2" "$3" > "$tmp/diff.out" 2>&1; then pass "$1"
  else fail "$1"; head -20 "$tmp/diff.out" | cat -A; fi
}

finish() {  # the tally, and the exit status of the script
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
