#!/usr/bin/env bash
# Regenerate the bundled Chinese UI font subset: assets/fonts/NotoSansSC-{Regular,Bold}.ttf
# plus assets/fonts/OFL.txt.
#
# Source: the static TrueType (glyf outline) Noto Sans SC 2.004 files shipped in the npm
# package @expo-google-fonts/noto-sans-sc@0.4.3 (Google Fonts "v40" build, SIL OFL 1.1).
# By default the package is fetched with `npm pack` into a temp dir. To work offline,
# point NOTO_SRC_DIR at an already extracted package dir (the one holding
# 400Regular/ 700Bold/ LICENSE_FONT).
#
# Needs: bash, npm (unless NOTO_SRC_DIR is set), sha256sum, and a python3 with
# fontTools (Debian: `apt-get install -y python3-fonttools python3-brotli`, then use
# /usr/bin/python3 -- a pyenv python3 earlier on PATH may lack fontTools). Override
# with PYTHON=/path/to/python3.
#
# Kept in the subset:
#   U+0020-007E  ASCII
#   U+00A0-00FF  Latin-1 Supplement (punctuation, symbols, letters)
#   U+2000-206F  General Punctuation
#   U+3000-303F  CJK Symbols and Punctuation
#   U+FF00-FFEF  Halfwidth and Fullwidth Forms
#   U+4E00-9FA5  every CJK Unified Ideograph of GBK (20,902), so company names such as 犇 垚 燊 render
#   all GBK characters (generated below by decoding every GBK double-byte code; a superset of GB 2312)
#   every character of seeds/plan-text.txt (incl. traditional forms such as 企業 建設)
#   every character of packaging/fonts/extra-chars.txt (UI words and symbols)
# All OpenType layout features and the full name table are kept, so the family stays
# "Noto Sans SC" and the Bold keeps weight 700 / the bold style bits.
#
# Usage: packaging/fonts/subset.sh [OUT_DIR]      (default OUT_DIR: assets/fonts)
set -euo pipefail

NPM_PKG="@expo-google-fonts/noto-sans-sc"
NPM_VERSION="0.4.3"
SHA_REGULAR="d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16"
SHA_BOLD="9a38ae0ab28cd5a256f9ea8e00dedc688aac17f7915fcb000572990afa956b96"
UNICODES="U+0020-007E,U+00A0-00FF,U+2000-206F,U+3000-303F,U+4E00-9FA5,U+FF00-FFEF"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/assets/fonts}"
py="${PYTHON:-/usr/bin/python3}"

"$py" -c 'import fontTools.subset' 2>/dev/null || {
  echo "error: $py has no fontTools; apt-get install -y python3-fonttools python3-brotli" >&2
  exit 1
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -n "${NOTO_SRC_DIR:-}" ]]; then
  src="$NOTO_SRC_DIR"
else
  echo "fetching $NPM_PKG@$NPM_VERSION with npm pack ..."
  (cd "$work" && npm pack --silent "$NPM_PKG@$NPM_VERSION" >/dev/null && tar xzf ./*.tgz)
  src="$work/package"
fi
regular_src="$src/400Regular/NotoSansSC_400Regular.ttf"
bold_src="$src/700Bold/NotoSansSC_700Bold.ttf"
for f in "$regular_src" "$bold_src" "$src/LICENSE_FONT"; do
  [[ -f "$f" ]] || { echo "error: missing $f" >&2; exit 1; }
done
echo "$SHA_REGULAR  $regular_src" | sha256sum -c --quiet - \
  && echo "$SHA_BOLD  $bold_src" | sha256sum -c --quiet - \
  || { echo "error: source TTF checksum mismatch (not $NPM_PKG@$NPM_VERSION?)" >&2; exit 1; }

# Character list: GBK (generated) + plan text + extra UI characters.
chars="$work/chars.txt"
"$py" - "$chars" "$root/seeds/plan-text.txt" "$here/extra-chars.txt" "$regular_src" <<'PY'
import sys
from fontTools.ttLib import TTFont
out, plan, extra, font = sys.argv[1:5]
gb = []
for hi in range(0x81, 0xFF):          # GBK lead bytes
    for lo in range(0x40, 0xFF):      # GBK trail bytes
        try:
            gb.append(bytes([hi, lo]).decode("gbk"))
        except UnicodeDecodeError:
            pass                      # unassigned code point
text = "".join(gb)
for path in (plan, extra):
    with open(path, encoding="utf-8") as f:
        text += f.read()
keep = sorted({c for c in text if not c.isspace()})
with open(out, "w", encoding="utf-8") as f:
    f.write("".join(keep))
cmap = TTFont(font, lazy=True).getBestCmap()
missing = [c for c in keep if ord(c) not in cmap]
print(f"GBK characters: {len(gb)}; characters requested from text: {len(keep)}")
if missing:
    print("not in the source font, skipped: " +
          " ".join(f"{c} U+{ord(c):04X}" for c in missing))
PY

mkdir -p "$out"
subset() {
  "$py" -m fontTools.subset "$1" \
    --text-file="$chars" \
    --unicodes="$UNICODES" \
    --layout-features='*' \
    --name-IDs='*' --name-languages='*' --name-legacy \
    --notdef-outline \
    --output-file="$2"
}
subset "$regular_src" "$out/NotoSansSC-Regular.ttf"
subset "$bold_src" "$out/NotoSansSC-Bold.ttf"
cp "$src/LICENSE_FONT" "$out/OFL.txt"

"$py" - "$out/NotoSansSC-Regular.ttf" "$out/NotoSansSC-Bold.ttf" <<'PY'
import os, sys
from fontTools.ttLib import TTFont
for path in sys.argv[1:]:
    t = TTFont(path)
    name = t["name"]
    print(f"{os.path.basename(path)}: {os.path.getsize(path)} bytes, "
          f"{len(t.getGlyphOrder())} glyphs, {len(t.getBestCmap())} code points, "
          f"family '{name.getDebugName(1)}', style '{name.getDebugName(2)}', "
          f"weight {t['OS/2'].usWeightClass}, outlines {'glyf' if 'glyf' in t else 'CFF'}")
PY
