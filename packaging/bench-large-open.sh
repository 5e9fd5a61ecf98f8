#!/usr/bin/env bash
# Opening a large plan in the window, as a user waits for it: time from the launcher's start until the overview shows
# its data (its indicator cards judged and drawn), on a database with the large plan against the seed plan's, each a
# median of RUNS runs, alternating, on LAUNCHER under Xvfb. The in-process LargePlanBenchmark measures only the
# reading of the plan (warm JVM); this is the whole start a user sees.
# Usage: packaging/bench-large-open.sh RUNS LAUNCHER SEED_DB LARGE_DB     (goal, issue 17: large <= 2x seed)
set -euo pipefail
runs=$1 launcher=$2 seed=$3 large=$4
display=:96
Xvfb $display -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=$display

measure() { # label, database: one run, the probe's line
  rm -f "$work/run.db"*; cp "$2" "$work/run.db"
  # shellcheck disable=SC2086
  line=$(JAVA_TOOL_OPTIONS=-Dworkbench.probe=exit timeout 120 $launcher --db "$work/run.db" 2>/dev/null \
    | grep '^probe ' || true)
  echo "$1 ${line#probe }"
}
for i in $(seq 1 "$runs"); do
  measure seed "$seed"
  measure large "$large"
done > "$work/results.txt"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
field() { grep "^$1 " "$work/results.txt" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2 | median; }
sr=$(field seed ready-ms); lr=$(field large ready-ms); sm=$(field seed peak-rss-kb); lm=$(field large peak-rss-kb)
printf '  %-50s %6s ms   seed %6s ms   ratio %5.2fx   goal <= 2x   (probe RSS %d vs %d MB; median of %s, load %s)\n' \
  "large plan: overview shows its data (window)" "$lr" "$sr" "$(echo "$lr / $sr" | bc -l)" "$((${lm%.*} / 1024))" \
  "$((${sm%.*} / 1024))" "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
