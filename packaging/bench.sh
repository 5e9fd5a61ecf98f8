#!/usr/bin/env bash
# All benchmarks in one command (numbers, and ratios to baselines measured in the same run; not tests):
#   start-up against a bare JavaFX window (first frame, overview ready, peak RSS), chart export (PNG, SVG, deck),
#   and the large plan (10,000 projects, 100 indicators × 16 years: open, filter, scroll).
# Usage: packaging/bench.sh [RUNS] [LAUNCHER]   (LAUNCHER: e.g. /opt/yanggu-workbench/bin/yanggu-workbench)
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/bench-startup.sh "${1:-5}" "${2:-java -jar target/planning-workbench.jar}"
mvn -q -B -Pbench test-compile exec:java 2>/dev/null | grep -v '^\[' || true
mvn -q -B -Pbench test-compile exec:java -Dbench.main=cn.yanggu.workbench.bench.LargePlanBenchmark 2>/dev/null \
  | grep -vE '^\[|SLF4J' || true
