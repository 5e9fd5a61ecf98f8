#!/usr/bin/env bash
# Regenerates the application icon in assets/icons from the bundled font: a blue rounded square with the
# character 阳 and a rising trend line. Needs ImageMagick; .icns needs icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/icons
mkdir -p "$out"
font=assets/fonts/NotoSansSC-Bold.ttf
master=$(mktemp --suffix=.png)
convert -size 1024x1024 xc:none \
  -fill '#1E6FD9' -draw 'roundrectangle 64,64 960,960 180,180' \
  -fill white -font "$font" -pointsize 470 -gravity center -annotate +0-120 '阳' \
  -stroke '#FFFFFF' -strokewidth 44 -fill none -draw 'line 250,860 430,790' -draw 'line 430,790 570,825' -draw 'line 570,825 780,720' \
  -stroke none -fill white -draw 'circle 780,720 818,720' \
  "$master"
for s in 16 24 32 48 64 128 256 512 1024; do
  convert "$master" -resize ${s}x${s} "$out/workbench-$s.png"
done
convert "$out"/workbench-{16,24,32,48,64,128,256}.png "$out/workbench.ico"
if command -v png2icns >/dev/null; then
  png2icns "$out/workbench.icns" "$out"/workbench-{16,32,128,256,512,1024}.png >/dev/null
fi
rm -f "$master"
ls -la "$out"
