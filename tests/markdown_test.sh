#!/usr/bin/env bash
# Markdown as a user meets it (docs/markdown.md): findings at the file's
# lines, columns and bytes, in headings, list items, block quotes, table
# cells and link text, after multi-byte characters and code spans; nothing
# from code, URLs, HTML or front matter; suppression comments; `fix` and
# `normalize` leaving code byte for byte as it was.
#   markdown_test.sh path/to/mtlint source-dir
set -uo pipefail
mtlint=$(realpath "$1")
data=$(realpath "$2/tests/data/markdown")
source "$(dirname "$0")/lib.sh"
cp "$data"/*.md "$tmp/"
cd "$tmp" || exit 2

"$mtlint" check --color never offsets.md > out 2>&1
check "check on Markdown exits 1 with findings" 1 $?
grep '^offsets.md:' out > got
cat > want <<'TEXT'
offsets.md:5:19: warning: word 'the' is repeated [word-repeated]
offsets.md:7:26: warning: word 'the' is repeated [word-repeated]
offsets.md:7:59: warning: space before ',' [spacing]
offsets.md:8:33: warning: space before the hyphen in 'high -level' [hyphen-spacing]
offsets.md:10:20: warning: word 'the' is repeated [word-repeated]
offsets.md:11:16: warning: space before ',' [spacing]
offsets.md:13:21: warning: word 'the' is repeated [word-repeated]
offsets.md:17:11: warning: word 'the' is repeated [word-repeated]
offsets.md:19:6: warning: word 'the' is repeated [word-repeated]
offsets.md:27:34: warning: space before ',' [spacing]
TEXT
same "heading, paragraph, list item, quote, table cell, link text; not code, URLs, HTML, front matter" want got

# JSON Lines: each byte_offset and byte_length cut the finding out of the
# file as it is on disk, and line and column follow from those bytes.
"$mtlint" check --format jsonl offsets.md > out.jsonl
python3 - offsets.md out.jsonl > py.out 2>&1 <<'PY'
import json, sys
data = open(sys.argv[1], 'rb').read()
expected = {"word-repeated": b"the the", "spacing": b" ,", "hyphen-spacing": b"high -level"}
n = 0
for line in open(sys.argv[2]):
    d = json.loads(line)
    if d["type"] != "diagnostic":
        continue
    n += 1
    cut = data[d["byte_offset"]:d["byte_offset"] + d["byte_length"]]
    assert cut == expected[d["check"]], (d, cut)
    before = data[:d["byte_offset"]]
    assert d["line"] == before.count(b"\n") + 1, d
    assert d["column"] == len(before[before.rfind(b"\n") + 1:].decode()) + 1, d
    for fix in d["fixes"]:
        for e in fix["edits"]:
            assert e["byte_offset"] >= d["byte_offset"], d
print("checked", n)
PY
check "JSON Lines offsets are the file's bytes" 0 $? "checked 10" py.out

"$mtlint" check --color never suppress.md > out 2>&1
grep '^suppress.md:' out > got
cat > want <<'TEXT'
suppress.md:3:1: warning: word 'the' is repeated [word-repeated]
suppress.md:6:32: warning: space before the hyphen in 'high -level' [hyphen-spacing]
suppress.md:12:1: warning: word 'the' is repeated [word-repeated]
suppress.md:14:21: warning: unknown check 'spelng'; did you mean 'spelling'? [suppression-comment]
suppress.md:15:1: warning: word 'the' is repeated [word-repeated]
suppress.md:18:1: warning: word 'the' is repeated [word-repeated]
TEXT
same "suppression comments: range, enable, next line, all checks, unknown ID" want got
"$mtlint" check --color never --disable suppression-comment suppress.md > out 2>&1
grep -q "suppression-comment" out && fail "--disable suppression-comment ignored" || pass "--disable suppression-comment"
cp suppress.md suppress.txt
"$mtlint" check --color never suppress.txt > out 2>&1
check "plain text: suppression comments are text" 1 $? \
  "suppress.txt:6:1: warning: word 'the' is repeated [word-repeated]" out

# fix: the prose is fixed; code spans, code blocks, HTML, URLs and
# comments keep every byte, and a second fix finds nothing to do.
"$mtlint" fix code.md > out 2> err
check "fix on Markdown (a note is left)" 0 $? "fixed 5 problems in 1 file; 1 left" err
same "fix changes prose only" "$data/code.fixed" code.md
"$mtlint" fix code.md > out 2> err
check "a second fix changes nothing" 0 $? "fixed 0 problems in 0 files; 1 left" err
cp "$data/code.md" code.md
"$mtlint" fix --diff code.md > code.diff 2> err
cp code.md patched.md && patch -s patched.md < code.diff
same "fix --diff applies as fix does" "$data/code.fixed" patched.md
"$mtlint" normalize code.md > normalized.md 2> err
python3 - "$data/code.md" normalized.md > py.out 2>&1 <<'PY'
import re, sys
a, b = (open(p, encoding="utf-8").read().split("\n") for p in sys.argv[1:])
changed = [i + 1 for i, (x, y) in enumerate(zip(a, b)) if x != y]
assert len(a) == len(b) and changed == [3, 4, 17], changed
# On the prose lines too, code spans and link addresses are as they were.
inline = lambda t: re.findall(r"`[^`]*`|<https?:[^>]*>|\]\([^)]*\)", t)
for n in changed:
    assert inline(a[n - 1]) == inline(b[n - 1]), (a[n - 1], b[n - 1])
assert "Straight \u201cquotes\u201d" in b[3]
print("code kept")
PY
check "normalize changes prose only" 0 $? "code kept" py.out

# Directories give *.md files, read as Markdown.
mkdir tree && cp "$data/offsets.md" tree/
"$mtlint" check --color never tree > out 2>&1
check "a directory's .md files are Markdown" 1 $? "tree/offsets.md:27:34: warning: space before ','" out
grep -q "offsets.md:22:" out && fail "a code block was linted" || pass "no finding in the code block"

# Standard input is plain text, unless --stdin-filename names a Markdown file.
printf 'Run `the the` and the the talks.\n' > stdin.md
"$mtlint" check --color never --stdin-filename news/a.md - < stdin.md > out 2>&1
check "--stdin-filename a.md: Markdown" 1 $? "news/a.md:1:19: warning: word 'the' is repeated" out
grep -q ":1:6:" out && fail "--stdin-filename a.md: the code span was linted" || pass "--stdin-filename a.md: code skipped"
"$mtlint" check --color never - < stdin.md > out 2>&1
check "standard input without a name: plain text" 1 $? "<stdin>:1:6: warning: word 'the' is repeated" out
"$mtlint" fix --stdin-filename a.md - < stdin.md > out 2> err
check "fix --stdin-filename a.md leaves the code span" 0 $? 'Run `the the` and the talks.' out

finish
