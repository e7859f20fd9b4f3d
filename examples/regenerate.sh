#!/usr/bin/env bash
# Regenerate the example outputs from the example article, so they never go stale.
# tests/test_examples_fresh.py fails when examples/output/*.json no longer matches the engine.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf output.new
briefgen build ktxs-china-russia.txt -o output.new
pdftoppm -png -r 60 -f 1 -l 1 output.new/ktxs-china-russia.pdf output.new/ktxs-china-russia-page 2>/dev/null || true
rm -rf output && mv output.new output
echo "examples/output regenerated"
