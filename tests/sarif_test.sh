#!/usr/bin/env bash
# Runs sarif_test.py with a Python that has jsonschema and rfc3987: Debian's
# (python3-jsonschema, python3-rfc3987 from tools/install-deps.sh) is at
# /usr/bin/python3 even when another python3 comes first on PATH.
#   sarif_test.sh path/to/mtlint source-dir
here=$(dirname "$0")
for py in python3 /usr/bin/python3; do
  if "$py" -c 'import jsonschema, rfc3987' 2>/dev/null; then
    exec "$py" "$here/sarif_test.py" "$@"
  fi
done
echo "FAILED: no python3 with jsonschema and rfc3987 (run tools/install-deps.sh)"
exit 1
