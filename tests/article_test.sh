#!/usr/bin/env bash
# Golden test of whole articles: `mtlint check` on each
# fixtures/articles/NAME.txt or NAME.md must print exactly NAME.expected (the
# run time in the summary line is masked) and exit with the status in
# NAME.status.
#   article_test.sh path/to/mtlint source-dir
set -uo pipefail
mtlint=$1
cd "$2" || exit 2
passed=0
failed=0
for article in fixtures/articles/*.txt fixtures/articles/*.md; do
  expected=${article%.*}.expected
  [ -f "$expected" ] || { echo "FAILED: $expected is missing"; failed=$((failed + 1)); continue; }
  actual=$("$mtlint" check --color never "$article" | sed -E 's/, [0-9]+\.[0-9]+ s\)$/, TIME s)/')
  status=${PIPESTATUS[0]}
  want_status=$(cat "${article%.*}.status")
  if [ "$actual" == "$(cat "$expected")" ] && [ "$status" == "$want_status" ]; then
    passed=$((passed + 1)); echo "ok: $article"
  else
    failed=$((failed + 1)); echo "FAILED: $article (exit $status, expected $want_status)"
    diff <(echo "$actual") "$expected" | head -40
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
