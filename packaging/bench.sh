#!/usr/bin/env bash
# All benchmarks in one command (numbers, and ratios to baselines measured in the same run; not tests):
#   1. start-up of LAUNCHER against a bare JavaFX window (first frame, overview ready, peak RSS from the OS), and the
#      same for `java -jar` (what a developer sees) when LAUNCHER is another launcher;
#   2. the launcher's command line: --version and --help (no toolkit, no database), charts, deck, the xlsx export of
#      the seed plan, and the large plan (the seed plan with 10,000 more projects and 100 indicators × 16 years)
#      imported from JSON and exported as xlsx: wall time and peak RSS of each process, from the OS (/usr/bin/time);
#   3. chart export in-process (PNG, SVG, deck); the large plan opened in the window (overview shows its data, large
#      database against the seed one, on LAUNCHER) and in-process (open, filter, scroll, edit).
# Usage: packaging/bench.sh [RUNS] [LAUNCHER]   (RUNS: 9 by default; LAUNCHER: e.g. /opt/yanggu-workbench/bin/yanggu-workbench)
# MVN_FLAGS (e.g. "-o" on a machine without network) is passed to every mvn call.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
launcher=${2:-java -jar target/planning-workbench.jar}
mvn_flags=${MVN_FLAGS:-}
export MVN_FLAGS=$mvn_flags
[ -f target/planning-workbench.jar ] || mvn -q -B $mvn_flags package -DskipTests

packaging/bench-startup.sh "$runs" "$launcher"
if [ "$launcher" != "java -jar target/planning-workbench.jar" ]; then
  packaging/bench-startup.sh "$runs" "java -jar target/planning-workbench.jar"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# os LABEL GOAL COMMAND...: runs the launcher's COMMAND once; prints its wall time and peak RSS from the OS
os() {
  local label=$1 goal=$2; shift 2
  # shellcheck disable=SC2086
  /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" $launcher "$@" >/dev/null 2>"$work/err.txt" \
    || { echo "  $label: failed"; cat "$work/err.txt"; return 0; }
  read -r s kb u k < <(tail -1 "$work/time.txt")
  printf '  %-50s %6.2f s (cpu %5.2f s)   peak RSS %5d MB   %s\n' "$label" "$s" "$(echo "$u + $k" | bc -l)" \
    "$((kb / 1024))" "$goal"
}
# the machine's load while measuring: on a busy PC wall times grow, CPU times (user + system) much less
echo "load average before the command-line figures: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# quick LABEL ARGS...: median wall time of RUNS runs of a command that should answer at once
quick() {
  local label=$1; shift
  for i in $(seq 1 "$runs"); do
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %M' -o "$work/time.txt" $launcher "$@" >/dev/null 2>&1
    tail -1 "$work/time.txt"
  done > "$work/quick.txt"
  printf '  %-50s %6.2f s                  peak RSS %5d MB   goal <= 0.3 s\n' "$label" "$(cut -d' ' -f1 "$work/quick.txt" | median)" \
    "$(( $(cut -d' ' -f2 "$work/quick.txt" | median | cut -d. -f1) / 1024 ))"
}

echo "command line: $launcher (wall time and peak RSS of the process, from the OS)"
quick "--version (median of $runs)" --version
quick "--help (median of $runs)" --help
os "export --format json (new database, seeded)" "" --db "$work/seed.db" export --format json --out "$work/seed.json"
os "charts --out (every chart, PNG 1920×1080)" "goal peak RSS <= 300 MB" --db "$work/seed.db" charts --out "$work/charts"
echo "    ($(find "$work/charts" -name '*.png' | wc -l) PNGs)"
os "deck" "goal peak RSS <= 300 MB" --db "$work/seed.db" deck --out "$work/deck.pptx"
os "export --format xlsx, seed plan" "" --db "$work/seed.db" export --format xlsx --out "$work/seed.xlsx"
mvn -q -B $mvn_flags -Pbench test-compile exec:java -Dbench.main=cn.yanggu.workbench.bench.LargePlanFile \
  -Dexec.args="$work/large.json" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | grep -vE '^\[|SLF4J|large plan written|^$' || true
cp "$work/seed.db" "$work/large.db"
os "import --format json, large plan (10,000 projects)" "goal <= 4 s, <= 300 MB" \
  --db "$work/large.db" import --format json --in "$work/large.json"
os "export --format xlsx, large plan" "goal <= 2.5 s, <= 300 MB" \
  --db "$work/large.db" export --format xlsx --out "$work/large.xlsx"

plain() { sed 's/\x1b\[[0-9;]*m//g' | grep -vE '^\[|SLF4J|^$' || true; }
mvn -q -B $mvn_flags -Pbench test-compile exec:java 2>/dev/null | plain
echo "large plan opened (the window on the installed launcher, then in-process: reading the plan only, warm JVM)"
packaging/bench-large-open.sh "$runs" "$launcher" "$work/seed.db" "$work/large.db"
mvn -q -B $mvn_flags -Pbench test-compile exec:java -Dbench.main=cn.yanggu.workbench.bench.LargePlanBenchmark 2>/dev/null \
  | plain
