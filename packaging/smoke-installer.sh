#!/usr/bin/env bash
# CI smoke of the installer: build the .deb, install it, run the installed launcher's command line and a GUI start
# under Xvfb to the overview's data, then uninstall. Needs root (apt-get, dpkg).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends fakeroot dpkg-dev binutils xvfb xauth libgtk-3-0 >/dev/null
packaging/build-installer.sh
deb=$(ls target/installer/yanggu-workbench_*_amd64.deb)
size=$(stat -c %s "$deb")
echo "installer: $deb ($((size / 1024 / 1024)) MB)"

# jpackage's postinst registers a menu entry; a bare machine lacks the menu folders
mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus
apt-get install -y -qq "./$deb" >/dev/null
trap 'apt-get remove -y -qq yanggu-workbench >/dev/null 2>&1 || true' EXIT
launcher=/opt/yanggu-workbench/bin/yanggu-workbench
tmp=$(mktemp -d)

# the installed launcher's command line, with no display
env -u DISPLAY "$launcher" --db "$tmp/smoke.db" export --format json --out "$tmp/plan.json"
grep -q '"name" : "亩均税收"' "$tmp/plan.json"
echo "installed command line: export OK"

# a GUI start under Xvfb to the first frame and the overview's data, using the AppCDS archive
Xvfb :93 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=:93 JAVA_TOOL_OPTIONS="-Dworkbench.probe=exit" timeout 120 "$launcher" --db "$tmp/gui.db" \
  > "$tmp/gui.out" 2> "$tmp/gui.err" || true
kill $xvfb 2>/dev/null || true
cat "$tmp/gui.out"
grep -q '^probe first-frame-ms=' "$tmp/gui.out" || { echo "the installed GUI did not reach its first frame"; cat "$tmp/gui.err"; exit 1; }
if grep -q "Unable to use shared archive" "$tmp/gui.err"; then
  echo "warning: the AppCDS archive was not used"
fi

apt-get remove -y -qq yanggu-workbench >/dev/null
trap - EXIT
[ ! -e "$launcher" ] || { echo "uninstall left $launcher behind"; exit 1; }
echo "installer smoke: build, install, command line, GUI first frame, uninstall OK"
rm -rf "$tmp"
