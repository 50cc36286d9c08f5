#!/usr/bin/env bash
# Scores the source-aware checks (source-*) on the human-annotated
# evaluation split (../shared/eval): each translation is linted with its
# Chinese original as --source (one mtlint run per document, since --source
# pairs with one input), and the flags are scored with the split's score.py.
#   tools/eval-source.sh [path/to/mtlint] [score.py options...]
#   tools/eval-source.sh --reference SYSTEM [path/to/mtlint] [score.py options...]
# With --reference, the reference checks (reference-*) are scored instead:
# the split has no second outlet's article, so one system's translation of
# each article (say GPT4-5shot) stands in as the reference for the other
# systems' translations, whose documents alone are scored.
# Prints the scorer's per-rule lines, the recall lines of the categories the
# checks aim at, and its SUMMARY line; the whole report stays in
# $TMPDIR/eval-source.*/report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
reference_system=
if [ "${1:-}" = --reference ]; then reference_system=$2; shift 2; fi
mtlint=$(realpath "${1:-build/mtlint}")
shift || true
split=../shared/eval/mqm-zhen-dev
[ -d "$split/docs" ] || { echo "eval-source: $split is absent" >&2; exit 2; }
[ -d "$split/sources" ] || { echo "eval-source: $split/sources is absent" >&2; exit 2; }

out=$(mktemp -d "${TMPDIR:-/tmp}/eval-source.XXXXXX")
for doc in "$split"/docs/*.txt; do
  name=$(basename "$doc" .txt)
  source="$split/sources/${name%%__*}.zh.txt"
  [ -f "$source" ] || { echo "eval-source: no source for $name" >&2; exit 2; }
  set +e
  if [ -n "$reference_system" ]; then
    reference="$split/docs/${name%%__*}__$reference_system.txt"
    [ -f "$reference" ] || { echo "eval-source: no $reference" >&2; exit 2; }
    [ "$reference" = "$doc" ] && continue
    "$mtlint" check --format jsonl --disable all --enable 'reference-*' \
      --reference "$reference" "$doc" >> "$out/pred.jsonl"
  else
    "$mtlint" check --format jsonl --disable all --enable 'source-*' \
      --source "$source" "$doc" >> "$out/pred.jsonl"
  fi
  rc=$?
  set -e
  if [ "$rc" -gt 1 ]; then echo "mtlint failed on $doc ($rc)" >&2; exit "$rc"; fi
done
python3 "$split/../score.py" "$split" "$out/pred.jsonl" "$@" > "$out/report.txt"
grep -E '^(source|reference)-[a-z-]+ +[0-9]+ |^ALL |^SUMMARY|^(Accuracy/Mistranslation|Accuracy/Omission\*?|Accuracy/Source language fragment|Locale convention/Name format|Non-translation!) ' \
  "$out/report.txt"
# A finding that something is missing spans the whole sentence that should
# hold it, and a sentence of machine translation nearly always overlaps
# some annotated span: score those apart ("<check>:missing"), so that the
# precision of the pointed findings is not flattered by them.
python3 - "$out/pred.jsonl" > "$out/pred-by-kind.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if "check" in d and "is missing from the translation" in d.get("message", ""):
        d["check"] += ":missing"
    print(json.dumps(d, ensure_ascii=False))
PY
python3 "$split/../score.py" "$split" "$out/pred-by-kind.jsonl" > "$out/report-by-kind.txt"
echo "-- the same, findings of something missing apart:"
grep -E '^(source|reference)-[a-z:-]+ +[0-9]+ |^ALL ' "$out/report-by-kind.txt"
echo "report: $out/report.txt"
