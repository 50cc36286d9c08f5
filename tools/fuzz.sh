#!/usr/bin/env bash
# The fuzzing of `make fuzz` (docs/robustness.md): runs each libFuzzer target
# of a -DMTLINT_FUZZ=ON build for a fixed time, one after another, starting
# from its seed corpus (written from the fixtures) and the corpus earlier
# runs grew. Inputs that break an invariant, crash or hang are saved as
# BUILD/fuzz-crashes/TARGET-*; reproduce one with
#   BUILD/tests/fuzz/TARGET_fuzzer BUILD/fuzz-crashes/TARGET-...
#   tools/fuzz.sh BUILD-DIR SECONDS-PER-TARGET TARGET...
set -uo pipefail
build=$1
seconds=$2
shift 2
crashes="$build/fuzz-crashes"
mkdir -p "$crashes"
status=0
for target in "$@"; do
  corpus="$build/fuzz-corpus/$target"
  mkdir -p "$corpus"
  log="$build/fuzz-$target.log"
  echo "fuzz: $target for ${seconds}s (log: $log)"
  # -timeout: one input taking longer is a hang. -max_len: news paragraphs,
  # long enough for every check; longer lines are hostile_test.sh's. The
  # first corpus directory receives new inputs; the seeds stay as written.
  "$build/tests/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=10 \
    -max_len=4096 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$crashes/$target-" \
    "$corpus" "$build/fuzz-seeds/$target" > "$log" 2>&1
  result=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  size=$(find "$corpus" -type f | wc -l)
  if [ $result -eq 0 ]; then
    echo "fuzz: $target: ${runs:-?} inputs, corpus of $size, nothing found"
  else
    echo "fuzz: $target: FAILED (status $result); the end of $log:"
    grep -E 'invariant broken|ERROR|SUMMARY|Test unit written' "$log" | head -10
    status=1
  fi
done
exit $status
