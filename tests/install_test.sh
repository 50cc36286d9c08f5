#!/usr/bin/env bash
# The installed mtlint, and the one in the Debian package, run from another
# directory: they must read their own copy of the dictionaries, beside the
# binary, not the source tree's.
#   install_test.sh build-dir
set -uo pipefail
build=$(realpath "$1")
source "$(dirname "$0")/lib.sh"

# A calque only the installed copy knows proves which dictionaries are read.
printf 'They spoke of a cabbage quarrel.\n' > "$tmp/article.txt"
calque=$'cabbage quarrel\ttrade dispute\t贸易争端\t\tyes'
want="$tmp/article.txt:1:17: warning: 'cabbage quarrel' is a word-for-word \
translation (Chinese '贸易争端'); English news writes 'trade dispute' [calque-phrase]"

cmake --install "$build" --prefix "$tmp/prefix" > "$tmp/out" 2>&1
check "cmake --install" 0 $?
for f in bin/mtlint share/mtlint/dictionaries/SOURCES.md share/man/man1/mtlint.1 \
         share/doc/mtlint/README.md; do
  [ -e "$tmp/prefix/$f" ] && pass "installed $f" || fail "installed $f is missing"
done
echo "$calque" >> "$tmp/prefix/share/mtlint/dictionaries/calques/zh-en.tsv"
(cd / && env -u MTLINT_DICTIONARY_DIR "$tmp/prefix/bin/mtlint" check "$tmp/article.txt") > "$tmp/out" 2>&1
check "installed: reads the installed dictionaries, from /" 1 $? "$want" "$tmp/out"
(cd / && "$tmp/prefix/bin/mtlint" explain calque-phrase) > "$tmp/out" 2>&1
check "installed: explain" 0 $? "# calque-phrase" "$tmp/out"
if command -v groff > /dev/null; then
  groff -man -Tutf8 -ww -z "$tmp/prefix/share/man/man1/mtlint.1" > "$tmp/out" 2>&1
  check "the man page renders without warnings" 0 $?
  [ -s "$tmp/out" ] && { fail "groff warned:"; cat "$tmp/out"; }
else
  echo "skipped: rendering the man page (no groff)"
fi

# The Debian package: its contents, its dependencies, and the binary run
# from where dpkg-deb unpacks it.
if ! command -v dpkg-deb > /dev/null; then
  echo "skipped: the Debian package (no dpkg-deb)"
  finish
  exit
fi
(cd "$build" && cpack -G DEB -B "$tmp/package") > "$tmp/out" 2>&1
check "cpack -G DEB" 0 $? "generated" "$tmp/out"
deb=$(ls "$tmp"/package/mtlint_*.deb)
dpkg-deb -c "$deb" > "$tmp/contents"
check "the package holds the binary, the dictionaries and the man page" 0 $? \
  "./usr/bin/mtlint" "$tmp/contents" \
  "./usr/share/mtlint/dictionaries/names/people.tsv" "$tmp/contents" \
  "./usr/share/man/man1/mtlint.1" "$tmp/contents"
dpkg-deb -f "$deb" Depends > "$tmp/depends"
check "the package depends on its libraries and on hunspell-en-us" 0 $? \
  "libicu72" "$tmp/depends" "libhunspell-1.7-0" "$tmp/depends" \
  "hunspell-en-us" "$tmp/depends"
dpkg-deb -x "$deb" "$tmp/root"
echo "$calque" >> "$tmp/root/usr/share/mtlint/dictionaries/calques/zh-en.tsv"
(cd / && env -u MTLINT_DICTIONARY_DIR "$tmp/root/usr/bin/mtlint" check "$tmp/article.txt") > "$tmp/out" 2>&1
check "packaged: reads the packaged dictionaries, from /" 1 $? "$want" "$tmp/out"

finish
