#!/usr/bin/env bash
# Cross-checking on the command line: --reference and --source with check
# and fix, their usage errors, and which check reports what when shipped
# dictionaries and companion texts disagree.
#   cross_test.sh path/to/mtlint
set -uo pipefail
mtlint=$1
source "$(dirname "$0")/lib.sh"

cat > "$tmp/reference.txt" <<'TXT'
U.S. Deputy Secretary of State Laura Brandt spoke by phone with Helena Vandermeer on Friday.
TXT
cat > "$tmp/article.txt" <<'TXT'
The Undersecretary of State of the United States, Laura Brandt, called Helena Vandermer.
TXT

"$mtlint" check --help > "$tmp/out" 2>&1
check "check --help documents --reference and --source" 0 $? \
  "--reference FILE" "$tmp/out" "--source FILE" "$tmp/out"
"$mtlint" fix --help > "$tmp/out" 2>&1
check "fix --help documents --reference and --source" 0 $? \
  "--reference FILE" "$tmp/out" "--source FILE" "$tmp/out"

"$mtlint" check --disable all --enable 'reference-*,source-*' "$tmp/article.txt" > "$tmp/out" 2>&1
check "without companion texts the cross-checks find nothing" 0 $?
[ -s "$tmp/out" ] && { fail "  unexpected output"; cat "$tmp/out"; }

"$mtlint" check --color never --reference "$tmp/reference.txt" "$tmp/article.txt" > "$tmp/out" 2>&1
check "--reference: the title and the name the reference gives" 1 $? \
  "$tmp/article.txt:1:5: warning: the reference calls Laura Brandt 'Deputy Secretary of State', not 'Undersecretary of State' [reference-title]" "$tmp/out" \
  "= fix (review): write 'Deputy Secretary of State'" "$tmp/out" \
  "= note: $tmp/reference.txt:1: Deputy Secretary of State Laura Brandt" "$tmp/out" \
  "$tmp/article.txt:1:79: warning: 'Vandermer' is spelled 'Vandermeer' in the reference [reference-name]" "$tmp/out"

printf 'Some say Laura Brandt.\n' > "$tmp/other.txt"
"$mtlint" check --format jsonl --disable all --enable reference-name \
  --reference "$tmp/other.txt" --reference "$tmp/reference.txt" "$tmp/article.txt" > "$tmp/out" 2>&1
check "--reference is repeatable" 1 $? '"check":"reference-name"' "$tmp/out" \
  '"message":"'"'"'Vandermer'"'"' is spelled '"'"'Vandermeer'"'"' in the reference"' "$tmp/out"

cp "$tmp/article.txt" "$tmp/tofix.txt"
"$mtlint" fix --unsafe --disable all --enable 'reference-*' --reference "$tmp/reference.txt" \
  "$tmp/tofix.txt" > "$tmp/out" 2>&1
check "fix --unsafe --reference writes the reference's title and spelling" 0 $?
printf 'The Deputy Secretary of State of the United States, Laura Brandt, called Helena Vandermeer.\n' > "$tmp/want.txt"
same "the fixed article" "$tmp/want.txt" "$tmp/tofix.txt"

# A Markdown reference is read for its prose, and -j lints files in parallel
# with the same companions.
printf '# Talks\n\n**U.S. Deputy Secretary of State** Laura Brandt spoke on Friday.\n' > "$tmp/reference.md"
mkdir -p "$tmp/many"
for i in 1 2 3 4; do cp "$tmp/article.txt" "$tmp/many/a$i.txt"; done
"$mtlint" check -j 3 --format jsonl --disable all --enable reference-title \
  --reference "$tmp/reference.md" "$tmp/many" > "$tmp/out" 2>&1
check "a Markdown reference, four files on three threads" 1 $? \
  '"type":"summary","files":4' "$tmp/out"
[ "$(grep -c '"check":"reference-title"' "$tmp/out")" = 4 ] || fail "  not one reference-title per file"
grep -q 'reference.md:3: Deputy Secretary of State Laura Brandt' "$tmp/out" ||
  fail "  the note does not quote the Markdown reference's prose on its line"

# The shipped dictionary (here a house list) says one title, the reference
# another: the reference wins, unless its check is off.
mkdir -p "$tmp/house/names"
printf 'canonical\tfamily\tgiven\torder\taliases\tnative\ttitle\torganization\tcountry\tchecked\n' > "$tmp/house/names/people-house.tsv"
printf 'Laura Brandt\tBrandt\tLaura\tgiven-first\t\t\tSecretary of State\t\tUS\t2020-01-01\n' >> "$tmp/house/names/people-house.tsv"
"$mtlint" check --color never --disable all --enable 'title-mismatch,reference-title' \
  --dict-dir "$tmp/house" --reference "$tmp/reference.txt" "$tmp/article.txt" > "$tmp/out" 2>&1
check "the reference's title ranks above the dictionary's" 1 $? "[reference-title]" "$tmp/out"
grep -q "title-mismatch" "$tmp/out" && fail "  title-mismatch reported a person the reference settles"
"$mtlint" check --color never --disable all --enable title-mismatch \
  --dict-dir "$tmp/house" --reference "$tmp/reference.txt" "$tmp/article.txt" > "$tmp/out" 2>&1
check "with reference-title off, title-mismatch reports as before" 1 $? \
  "Laura Brandt is Secretary of State, not 'Undersecretary of State' [title-mismatch]" "$tmp/out"

# --source
printf '新能源汽车销量达3.5万辆。据经济观察网报道，记者韦嘉宁。\n' > "$tmp/source.zh.txt"
printf 'Sales of new energy vehicles reached 3,500 units. According to 经济观察网, reported by Wei Jialing.\n' > "$tmp/translation.txt"
"$mtlint" check --color never --source "$tmp/source.zh.txt" "$tmp/translation.txt" > "$tmp/out" 2>&1
check "--source: numbers, names and untranslated text" 1 $? \
  "$tmp/translation.txt:1:38: warning: '3,500' where the source has '3.5万' (35,000) [source-number]" "$tmp/out" \
  "= fix (review): write '35,000'" "$tmp/out" \
  "= note: $tmp/source.zh.txt:1: the source" "$tmp/out" \
  "warning: '经济观察网' is source text left untranslated [source-untranslated]" "$tmp/out" \
  "warning: 'Wei Jialing' does not match the source's 韦嘉宁 (Wei Jianing) [source-name]" "$tmp/out"
grep -q "script-foreign" "$tmp/out" && fail "  script-foreign reported what source-untranslated did"
"$mtlint" check --color never "$tmp/translation.txt" > "$tmp/out" 2>&1
check "without --source, script-foreign reports the hanzi" 1 $? "[script-foreign]" "$tmp/out"

cp "$tmp/translation.txt" "$tmp/tofix.txt"
"$mtlint" fix --unsafe --disable all --enable source-number,source-name \
  --source "$tmp/source.zh.txt" "$tmp/tofix.txt" > "$tmp/out" 2>&1
check "fix --unsafe --source writes the source's number and name" 0 $?
printf 'Sales of new energy vehicles reached 35,000 units. According to 经济观察网, reported by Wei Jianing.\n' > "$tmp/want.txt"
same "the fixed translation" "$tmp/want.txt" "$tmp/tofix.txt"

"$mtlint" check --source "$tmp/source.zh.txt" "$tmp/translation.txt" "$tmp/article.txt" > "$tmp/out" 2> "$tmp/err"
check "--source with two inputs is a usage error" 2 $? \
  "mtlint: error: --source pairs with a single input, but 2 files were given" "$tmp/err"
[ -s "$tmp/out" ] && fail "  output despite the usage error"

mkdir -p "$tmp/drafts"
cp "$tmp/translation.txt" "$tmp/article.txt" "$tmp/drafts/"
"$mtlint" fix --source "$tmp/source.zh.txt" "$tmp/drafts" > "$tmp/out" 2> "$tmp/err"
check "--source with a directory of two files is a usage error, nothing written" 2 $? \
  "--source pairs with a single input" "$tmp/err"
same "the directory is untouched" "$tmp/article.txt" "$tmp/drafts/article.txt"

"$mtlint" check --source "$tmp/no-such.zh.txt" "$tmp/translation.txt" > "$tmp/out" 2>&1
check "a missing --source file is a usage error" 2 $? "--source" "$tmp/out" "no-such.zh.txt" "$tmp/out"
"$mtlint" check --reference "$tmp/no-such.txt" "$tmp/article.txt" > "$tmp/out" 2>&1
check "a missing --reference file is a usage error" 2 $? "--reference" "$tmp/out"

"$mtlint" check --disable all --enable source-number --source "$tmp/source.zh.txt" - \
  < "$tmp/translation.txt" > "$tmp/out" 2>&1
check "--source pairs with standard input" 1 $? "<stdin>:1:38:" "$tmp/out"

finish
