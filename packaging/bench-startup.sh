#!/usr/bin/env bash
# Start-up benchmark: time to the first frame, time until the overview shows its data, and peak RSS of the
# workbench, each as a median of N runs and as a ratio to a bare JavaFX window measured in the same run.
# Usage: packaging/bench-startup.sh [RUNS] [LAUNCHER]
#   LAUNCHER defaults to "java -jar target/planning-workbench.jar"; pass the installed launcher
#   (e.g. /opt/yanggu-workbench/bin/yanggu-workbench) to measure the packaged app with its AppCDS archive.
# Needs: xvfb, xauth, libgtk-3-0 (a real window under Xvfb). Goals (issue 7): first frame <= 1.3x bare,
# overview ready <= 2x bare, peak RSS <= bare + 80 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
launcher=${2:-java -jar target/planning-workbench.jar}
[ -f target/planning-workbench.jar ] || mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
cp=target/test-classes:target/classes:$(cat target/test-classpath.txt)

display=:95
Xvfb $display -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display

work=$(mktemp -d)
seed="$work/seed.db"
java -jar target/planning-workbench.jar --db "$seed" export --format json --out "$work/seed.json" >/dev/null

measure() { # label, command...
  local label=$1; shift
  for i in $(seq 1 "$runs"); do
    rm -f "$work/run.db"*; cp "$seed" "$work/run.db"
    timeout 120 "$@" 2>/dev/null | grep '^probe ' | sed "s/^probe /$label /"
  done
}

{
  measure bare java -cp "$cp" cn.yanggu.workbench.bench.BareWindow\$Main
  # shellcheck disable=SC2086
  measure workbench env JAVA_TOOL_OPTIONS=-Dworkbench.probe=exit $launcher --db "$work/run.db"
} > "$work/results.txt"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
field() { grep "^$1 " "$work/results.txt" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2 | median; }

bf=$(field bare first-frame-ms); br=$(field bare ready-ms); bm=$(field bare peak-rss-kb)
wf=$(field workbench first-frame-ms); wr=$(field workbench ready-ms); wm=$(field workbench peak-rss-kb)
echo "start-up benchmark, median of $runs runs under Xvfb ($(java -version 2>&1 | head -1))"
printf '  %-28s %8s ms   bare %6s ms   ratio %5.2fx   goal <= 1.3x\n' "first frame" "$wf" "$bf" "$(echo "$wf / $bf" | bc -l)"
printf '  %-28s %8s ms   bare %6s ms   ratio %5.2fx   goal <= 2x\n' "overview shows its data" "$wr" "$bf" "$(echo "$wr / $bf" | bc -l)"
printf '  %-28s %8s MB   bare %6s MB   +%s MB       goal <= bare + 80 MB\n' "peak RSS" "$((wm / 1024))" "$((bm / 1024))" "$(((wm - bm) / 1024))"
rm -rf "$work"
