#!/usr/bin/env bash
# Crash safety: kills a writing workbench with SIGKILL RUNS times (default 200) and checks after each kill that
# PRAGMA integrity_check is ok, every acknowledged (committed) edit is present and no edit is there in part.
# Prints one line per run and a RESULT line; exits 1 if anything was lost or damaged.
# Usage: packaging/crash-harness.sh [RUNS] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/crash-cp.txt -Dmdep.includeScope=test
work="${2:-$(mktemp -d)}"
mkdir -p "$work"
# the children load their own copy of the classes, so a rebuild during a long run cannot disturb them
rm -rf "$work/classes" && mkdir -p "$work/classes" && cp -r target/classes target/test-classes "$work/classes/"
exec java -Xmx256m -cp "$work/classes/test-classes:$work/classes/classes:$(cat target/crash-cp.txt)" \
  cn.yanggu.workbench.bench.CrashHarness "${1:-200}" "$work"
