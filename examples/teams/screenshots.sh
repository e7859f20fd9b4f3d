#!/usr/bin/env bash
# Render the example article with each example team pack and keep page 1 of each PDF
# as a PNG for the README (examples/teams/screenshots/NAME.png).
# Needs briefgen on PATH (or PYTHON=... pointing at an interpreter that can import it) and pdftoppm.
set -euo pipefail
cd "$(dirname "$0")"
python="${PYTHON:-python}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1764288000}"  # a fixed date: the PNGs only change with the packs
for pack in policy-desk comms wiki; do
    (cd ../.. && "$python" -m briefgen build examples/ktxs-china-russia.txt -q -f pdf --team "examples/teams/$pack" \
        -o "$tmp/$pack")
    pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$tmp/$pack/ktxs-china-russia.pdf" "screenshots/$pack"
done
echo "examples/teams/screenshots regenerated"
