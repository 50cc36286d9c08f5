#!/usr/bin/env bash
# The benchmark of `make bench`: start-up, throughput and peak memory of
# `mtlint check` on a generated corpus of news-like English, with the spell
# checkers a user would otherwise run (aspell list, hunspell -l) on the same
# corpus for comparison when they are installed. Reports figures; it is not
# a test and never fails on a slow machine.
#   tools/bench.sh path/to/mtlint [corpus-MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mtlint=$(realpath "$1")
target_mb=${2:-50}
work=build/bench
mkdir -p "$work/corpus"

# The corpus: the project's example articles and fixture inputs, and the
# evaluation documents when ../shared is there, repeated into files of
# about 200 KB until the target size (generated, never committed).
if [ ! -f "$work/corpus/.done-$target_mb" ]; then
  rm -rf "$work/corpus" && mkdir -p "$work/corpus"
  python3 - "$work/corpus" "$target_mb" <<'PY'
import glob, os, sys
out, target = sys.argv[1], int(sys.argv[2]) * 1024 * 1024
texts = [open(p, encoding="utf-8", errors="replace").read()
         for p in sorted(glob.glob("fixtures/articles/*.txt") + glob.glob("../shared/eval/*/docs/*.txt"))]
blob = "\n".join(texts)
size, n = 0, 0
while size < target:
    chunk = (blob * (200_000 // max(1, len(blob)) + 1))[:200_000]
    path = os.path.join(out, "article-%05d.txt" % n)
    with open(path, "w", encoding="utf-8") as f:
        f.write(chunk)
    size += os.path.getsize(path); n += 1
open(os.path.join(out, ".done-%d" % (target // 1024 // 1024)), "w").close()
PY
fi
bytes=$(cat "$work"/corpus/*.txt | wc -c)
mb=$(python3 -c "print(round($bytes / 1048576, 1))")
files=$(ls "$work"/corpus/*.txt | wc -l)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; corpus: $files files, $mb MB"

: > "$work/empty.txt"
python3 - "$mtlint" "$work" "$bytes" <<'PY'
import resource, subprocess, sys, time
mtlint, work, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
def median(cmd, n):
    ts = []
    for _ in range(n):
        t = time.perf_counter(); subprocess.run(cmd, stdout=subprocess.DEVNULL); ts.append(time.perf_counter() - t)
    return sorted(ts)[n // 2]
start = median([mtlint, "check", work + "/empty.txt"], 21)
print("start-up (empty file, all dictionaries): %.1f ms" % (start * 1000))
import glob, os
files = sorted(glob.glob(work + "/corpus/*.txt"))
def run(jobs, n=3):
    """Median seconds of n runs of `mtlint check -j jobs` over the corpus (a shared
    machine slows single runs now and then), and the highest peak memory (MB)."""
    ts, peak = [], 0
    for _ in range(n):
        t = time.perf_counter()
        p = subprocess.Popen([mtlint, "check", "-j", str(jobs), "--format", "jsonl"] + files,
                             stdout=subprocess.DEVNULL)
        _, _, usage = os.wait4(p.pid, 0)
        ts.append(time.perf_counter() - t)
        peak = max(peak, usage.ru_maxrss / 1024)
    return sorted(ts)[n // 2], peak
secs, peak = run(1)
print("mtlint check, 1 thread: %.1f MB/s (%.1f s), peak memory %.0f MB" % (size / 1048576 / secs, secs, peak))
cores = os.cpu_count() or 1
if cores > 1:
    psecs, ppeak = run(cores)
    print("mtlint check, -j %d: %.1f MB/s (%.1f s), %.2fx one thread, peak memory %.0f MB"
          % (cores, size / 1048576 / psecs, psecs, secs / psecs, ppeak))
for name, cmd in (("aspell list", ["aspell", "list", "--lang=en"]),
                  ("hunspell -l", ["hunspell", "-l", "-d", "/usr/share/hunspell/en_US"])):
    try:
        t = time.perf_counter()
        for f in files:
            with open(f, "rb") as src:
                subprocess.run(cmd, stdin=src, stdout=subprocess.DEVNULL, check=True)
        s = time.perf_counter() - t
        print("%s: %.1f MB/s; mtlint is %.2fx its speed" % (name, size / 1048576 / s, s / secs))
    except (FileNotFoundError, subprocess.CalledProcessError) as e:
        print("%s: not measured (%s)" % (name, e.__class__.__name__))
PY
