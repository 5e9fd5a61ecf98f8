#!/usr/bin/env bash
# Screenshots of every view in a real window under Xvfb, for looking at what we build.
# Usage: packaging/screenshots.sh OUTDIR [SCALE]   (SCALE 1 or 1.5; needs xvfb xauth imagemagick libgtk-3-0 xdotool)
set -euo pipefail
out=${1:-target/screenshots}
scale=${2:-1}
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/planning-workbench.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -B package -DskipTests)
mkdir -p "$out"
display=${XVFB_DISPLAY:-:97}   # set XVFB_DISPLAY to run several at once
Xvfb $display -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
db=$(mktemp -d)/workbench.db
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display java -Dglass.gtk.uiScale="$scale" -jar "$jar" --db "$db" ${LANG_ARG:-} >/dev/null 2>&1 &
app=$!
# wait for the window and the data (the status bar turns to "已加载")
for _ in $(seq 1 60); do
  DISPLAY=$display xdotool search --name "workbench.db" >/dev/null 2>&1 && break
  sleep 0.5
done
sleep 3
names=(overview charts indicators values chains zones projects enterprises grading)
for i in 1 2 3 4 5 6 7 8 9; do
  DISPLAY=$display xdotool key "ctrl+$i"
  sleep 1
  DISPLAY=$display import -window root "$out/${names[$((i-1))]}-x$scale.png"
done
echo "screenshots in $out"
