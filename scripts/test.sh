#!/usr/bin/env bash
# Install everything the tests need, then run them. This is the README's test command
# and exactly what .ci/run calls, on a fresh clone with only the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages (LibreOffice for the workbook check, Chromium for the HTML check,
# PostgreSQL for the shared history store), listed one per line in .ci/apt-packages.txt.
if [ -f .ci/apt-packages.txt ]; then
  missing=()
  while read -r pkg; do
    [ -z "$pkg" ] || [[ "$pkg" == \#* ]] && continue
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done < .ci/apt-packages.txt
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# The project and its test tools in a local virtualenv.
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

set +e
.venv/bin/python -m pytest -q "$@"
code=$?
set -e
[ "$code" -eq 5 ] && { echo "no tests were collected" >&2; exit 1; }
exit "$code"
