#!/usr/bin/env bash
# Scores mtlint on the human-annotated evaluation split (../shared/eval), for
# all checks together and for each group of checks, and prints the scorer's
# per-rule lines and SUMMARY line for each.
#   tools/eval-report.sh [path/to/mtlint]
set -euo pipefail
cd "$(dirname "$0")/.."
mtlint=$(realpath "${1:-build/mtlint}")
eval_dir=../shared/eval
[ -d "$eval_dir" ] || { echo "eval-report: $eval_dir is absent" >&2; exit 2; }

groups=(
  "all:all"
  "typography:char-invisible,encoding-*,hyphen-spacing,number-separator,quote-*,script-foreign,spacing,unicode-nfc,word-repeated"
  "names-and-spelling:name-*,title-mismatch,spelling,abbreviation-style"
  "calques-and-dropped-words:calque-phrase,boilerplate-line,dropped-*"
)
for group in "${groups[@]}"; do
  name=${group%%:*}
  checks=${group#*:}
  echo "== $name ($checks)"
  MTLINT=$mtlint "$eval_dir/run.sh" "$eval_dir/mqm-zhen-dev" --disable all --enable "$checks" |
    grep -E '^[a-z][a-z0-9-]+ +[0-9]+ |^SUMMARY|^(Fluency/Spelling|Locale convention/Name format) '
done
