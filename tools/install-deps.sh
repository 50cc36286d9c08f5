#!/usr/bin/env bash
# Installs the Debian 12 packages mtlint needs, only those that are missing, so
# repeated runs cost nothing. Runs apt-get as root or through sudo.
#   tools/install-deps.sh          what `make test` and `make test-asan` need
#                                  (g++ brings ASan and UBSan: libasan8, libubsan1)
#   tools/install-deps.sh fuzz     also clang and libFuzzer, for `make fuzz`
#   tools/install-deps.sh bench    also aspell and hunspell, which `make bench`
#                                  times on the same corpus for comparison
set -euo pipefail

packages=(
  cmake g++ make pkg-config python3
  libicu-dev libhunspell-dev hunspell-en-us
  libcli11-dev libfmt-dev catch2 nlohmann-json3-dev libtomlplusplus-dev
  libmd4c-dev                           # Markdown (src/markup/markdown.cc)
  python3-jsonschema python3-rfc3987   # tests/sarif_test.py
  pre-commit dpkg-dev groff-base        # tests/precommit_test.sh, install_test.sh
)
if [ "${1:-}" = fuzz ]; then
  packages+=(clang-14 libclang-rt-14-dev)
fi
if [ "${1:-}" = bench ]; then
  packages+=(aspell aspell-en hunspell)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
