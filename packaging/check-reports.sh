#!/usr/bin/env bash
# The three reports as LibreOffice prints them. Builds the jar if missing, fills a temporary database with three
# years of actuals (2021–2023) for fifteen indicators, writes the 2023 annual, 2023 mid-term and 2025 final reports,
# converts each to PDF with LibreOffice and compares the PDF's text with the document's own:
#   - every "，。；、：" of the document is in the PDF, as many of each;
#   - no number and no bracket such as （快报） of a table is broken across two lines;
#   - body lines (三号) hold 28 Chinese characters at most, and the full ones exactly 28.
# Prints a summary per report; exits 1 on any failure, saying what failed, and 2 if a tool is missing.
# Installs nothing: needs java, python3, soffice (libreoffice-writer) and pdftotext/pdfinfo (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "check-reports: '$1' not found; install it first (Debian: apt-get install -y --no-install-recommends $2)" >&2
    exit 2
}
need java default-jre-headless
need python3 python3
need soffice libreoffice-writer
need pdftotext poppler-utils
need pdfinfo poppler-utils

jar=target/planning-workbench.jar
if [ ! -f "$jar" ]; then
    echo "check-reports: building $jar"
    mvn -q -B package -DskipTests
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
started=$(date +%s)

# The application's bundled Chinese font besides the system's, so that a machine without a CJK font (a fresh CI
# machine) prints Chinese at the right widths; LibreOffice gets a profile of its own, so that a LibreOffice already
# running on this machine neither takes the job nor is disturbed.
cat > "$tmp/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$PWD/assets/fonts</dir>
  <cachedir>$tmp/fontconfig</cachedir>
</fontconfig>
EOF
export FONTCONFIG_FILE="$tmp/fonts.conf"
echo "check-reports: Times New Roman prints as $(fc-match -f '%{family[0]}' 'Times New Roman' 2>/dev/null || echo '?')," \
    "仿宋 as $(fc-match -f '%{family[0]}' ':lang=zh-cn' 2>/dev/null || echo '?')"

run() { env -u DISPLAY java -jar "$jar" --db "$tmp/check.db" "$@"; }

# three years of actuals: 2021 and 2022 年报, 2023 快报 — big numbers with separators among them
run export --format json --out "$tmp/plan.json" >/dev/null
python3 - "$tmp/plan.json" "$tmp/actuals.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
actuals = {
    "T01": (5.0, 5.4, 5.8), "T02": (19.2, 21.0, 22.5), "T03": (2900, 3150.5, 3420),
    "T04": (1452300, 1530000, 1580000), "T05": (22, 26, 31), "T06": (170, 190, 215),
    "T07": (190, 205, 228), "T08": (81, 82.5, 83), "T09": (65, 68, 71.5),
    "G01": (98, 105, 112), "G02": (520, 575.6, 630), "G03": (6.5, 7.0, 7.4),
    "G10": (30, 34, 38), "G12": (210, 245, 280), "G13": (58.4, 60.1, 62.3),
}
found = set()
for ind in plan["indicators"]:
    for year, value in zip((2021, 2022, 2023), actuals.get(ind["code"], ())):
        found.add(ind["code"])
        ind["values"].append({"year": year, "kind": "actual", "value": value, "comparator": "=",
                              "vintage": "preliminary" if year == 2023 else "final", "asStated": None,
                              "source": "阳谷县统计局", "date": f"{year + 1}-03-15", "note": None})
missing = sorted(set(actuals) - found)
if missing:
    sys.exit("check-reports: the seed plan has no indicators " + ", ".join(missing))
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
run import --format json --in "$tmp/actuals.json" >/dev/null

reports=(annual:2023 midterm:2023 final:2025)
for r in "${reports[@]}"; do
    run report --kind "${r%%:*}" --year "${r##*:}" --out "$tmp/${r%%:*}-${r##*:}.docx" >/dev/null
done
t0=$(date +%s)
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp"/*.docx \
    >"$tmp/soffice.log" 2>&1 || { cat "$tmp/soffice.log" >&2; echo "check-reports: soffice failed" >&2; exit 1; }
echo "check-reports: LibreOffice converted ${#reports[@]} reports in $(( $(date +%s) - t0 )) s"

status=0
for r in "${reports[@]}"; do
    base="$tmp/${r%%:*}-${r##*:}"
    [ -f "$base.pdf" ] || { echo "FAIL ${r}: no PDF (see soffice output below)"; cat "$tmp/soffice.log"; status=1; continue; }
    pdftotext "$base.pdf" "$base.txt"
    pdftotext -bbox-layout "$base.pdf" "$base.html"
    pages=$(pdfinfo "$base.pdf" | awk '/^Pages:/ {print $2}')
    python3 - "$r" "$base.docx" "$base.txt" "$base.html" "$pages" <<'PY' || status=1
import re, sys, zipfile
from collections import Counter
from html import unescape

name, docx, txt, html, pages = sys.argv[1:6]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
import xml.etree.ElementTree as ET
body = ET.fromstring(zipfile.ZipFile(docx).read("word/document.xml")).find(W + "body")

def text(el):
    """An element's text as printed: w:t, w:br as a line break, w:tab as a space."""
    out = []
    for e in el.iter():
        if e.tag == W + "t":
            out.append(e.text or "")
        elif e.tag == W + "br":
            out.append("\n")
        elif e.tag == W + "tab":
            out.append(" ")
    return "".join(out)

doc_text = "\n".join(text(p) for p in body.iter(W + "p"))
cells = [text(tc) for tc in body.iter(W + "tc")]
pdf_text = open(txt, encoding="utf-8").read()
failures = []

# 1. punctuation: as many of each mark in the PDF as in the document
marks = "，。；、："
punct = []
for m in marks:
    d, p = doc_text.count(m), pdf_text.count(m)
    punct.append(f"{m}{p}/{d}")
    if p != d:
        failures.append(f"'{m}': {d} in the document, {p} in the PDF")

# the PDF's lines with the height of their words: 三号 body text is about 21 pt high, table text (五号, 小四) under 17
lines = []
for line in re.findall(r"<line [^>]*>(.*?)</line>", open(html, encoding="utf-8").read(), re.S):
    words = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', line)
    if words:
        lines.append((min(float(y1) - float(y0) for y0, y1, _ in words),
                      max(float(y1) - float(y0) for y0, y1, _ in words), [unescape(w) for _, _, w in words]))

# 2. table numbers and brackets: each one whole in the PDF's table lines as often as in the document's cells (a
# gap pdftotext reads as a space where Chinese meets digits is no break)
token = re.compile(r"\d[\d,]*(?:\.\d+)?|（[^（）\n]{1,8}）")
wide = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
join = re.compile(rf"(?<=[{wide}]) +| +(?=[{wide}])")
in_doc = Counter(t for c in cells for line in c.split("\n") for t in token.findall(line))
table_pdf = "\n".join(join.sub("", " ".join(ws)) for _, high, ws in lines if high < 17)
in_pdf = Counter(token.findall(table_pdf))
broken = sorted(t for t in in_doc if in_pdf[t] < in_doc[t])
for t in broken:
    failures.append(f"table entry '{t}' broken across lines ({in_doc[t]} in the tables, {in_pdf[t]} whole in the PDF)")

# 3. body lines (三号), Chinese characters per line
cjk = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…·]")
hanging = "，。；、：！？）》”’"
counts = Counter()
latin_free = []
for low, _, ws in lines:
    if low < 19:
        continue
    s = "".join(ws)
    if s and s[-1] in hanging:
        s = s[:-1]  # a mark at the end of a full line may hang in the margin, as in Word
    n = len(cjk.findall(s))
    counts[n] += 1
    if not re.search(r"[0-9A-Za-z%.,]", s):
        latin_free.append(n)
widest = max(latin_free, default=0)
if widest != 28:
    failures.append(f"the longest all-Chinese body line has {widest} characters, not 28")
full = counts[28]

summary = (f"{name}: {pages} pages; punctuation PDF/document {' '.join(punct)}; "
           f"{sum(in_doc.values())} table numbers and brackets, {len(broken)} broken; "
           f"body lines {sum(counts.values())}, {full} with 28 characters, longest {max(counts, default=0)}")
if failures:
    print("FAIL " + summary)
    for f in failures:
        print("     - " + f)
    sys.exit(1)
print("ok   " + summary)
PY
done
echo "check-reports: $(( $(date +%s) - started )) s"
exit $status
