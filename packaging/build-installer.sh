#!/usr/bin/env bash
# Builds the Linux installer (.deb, for Debian, UOS and Kylin) and an app-image with its own Java runtime:
# no Java is needed on the target PC.
#   packaging/build-installer.sh            -> target/installer/yanggu-workbench_<version>_amd64.deb
#                                              and target/installer/image/yanggu-workbench (app-image)
# Needs JDK 17 (jlink, jpackage), Maven, and for the .deb: fakeroot, dpkg-dev, binutils.
# AppCDS (faster start): with Xvfb available, the image is started once to its overview to record the classes it
# loads; the .deb's postinst turns that list into the archive on the target PC.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" pom.xml | head -1)
out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
mvn -q -B ${MVN_FLAGS:-} package -DskipTests

# 1. the runtime: only the modules the workbench uses, with the Chinese locale data kept
fx=$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')
jlink --module-path "$fx" \
  --add-modules java.base,java.desktop,java.sql,java.logging,java.prefs,java.xml,java.xml.crypto,java.naming,java.management,java.security.jgss,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.charsets,javafx.controls,javafx.swing \
  --include-locales=en,zh --strip-java-debug-attributes --strip-native-debug-symbols=exclude-debuginfo-files \
  --no-header-files --no-man-pages --compress=0 \
  --output "$out/runtime"

# (uncompressed modules: the .deb's xz compresses them better than jlink's zip, and they load faster)

# 2. the application jars (JavaFX is in the runtime); SQLite keeps only its Linux x86-64 native library
cp target/planning-workbench.jar "$out/input/"
# the UI font also as files beside the jar: JavaFX reads a font file in place, but copies a font from inside a jar to
# a temporary file first (15 MB inflated and written on every start, on the way to the first frame)
mkdir -p "$out/input/fonts"
cp assets/fonts/NotoSansSC-Regular.ttf assets/fonts/NotoSansSC-Bold.ttf assets/fonts/OFL.txt "$out/input/fonts/"
# ... and only there: the installer's copy of the jar drops its own (the window and the charts read the files beside
# it), so the fonts are not shipped twice (the .deb stays under issue 14's 60 MB)
keep=$(mktemp -d)
(cd "$keep" && jar xf "$OLDPWD/$out/input/planning-workbench.jar" && rm -rf fonts \
  && rm -f "$OLDPWD/$out/input/planning-workbench.jar" \
  && jar cfm "$OLDPWD/$out/input/planning-workbench.jar" META-INF/MANIFEST.MF -C . .)
rm -rf "$keep"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$out/input/" ;; esac
done
sqlite=$(ls "$out"/input/sqlite-jdbc-*.jar)
keep=$(mktemp -d)
(cd "$keep" && jar xf "$OLDPWD/$sqlite" && find org/sqlite/native -mindepth 1 -maxdepth 1 ! -name Linux -exec rm -rf {} + \
  && find org/sqlite/native/Linux -mindepth 1 -maxdepth 1 ! -name x86_64 -exec rm -rf {} + \
  && rm -f "$OLDPWD/$sqlite" && jar cfm "$OLDPWD/$sqlite" META-INF/MANIFEST.MF -C . .)
rm -rf "$keep"

# 3. the app-image
jpackage --type app-image --dest "$out/image" --input "$out/input" --runtime-image "$out/runtime" \
  --main-jar planning-workbench.jar --main-class cn.yanggu.workbench.Launcher \
  --app-version "$version" @packaging/linux/jpackage.args
app="$out/image/yanggu-workbench"
cfg="$app/lib/app/yanggu-workbench.cfg"

# 4. AppCDS: record the classes loaded while starting to the overview (under Xvfb); the installer's postinst
#    dumps the archive against the installed jars (an archive made here would not match their timestamps)
if command -v Xvfb >/dev/null; then
  # a display no other X server (another build, a benchmark) is using
  d=94
  while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d + 1)); done
  Xvfb :$d -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  tmp=$(mktemp -d)
  # the usual start opens a database made before (the first start of all seeds it, once, through the JSON reader,
  # whose 600 classes would otherwise be mapped into every start): the window is recorded on a seeded one
  "$app/bin/yanggu-workbench" --db "$tmp/cds.db" export --format json --out "$tmp/seeded.json" >/dev/null 2>&1 || true
  # on a busy machine the first start can miss the overview: a list without the window's classes is recorded again
  for attempt in 1 2; do
    DISPLAY=:$d JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$tmp/window.classlist -Dworkbench.probe=exit" \
      timeout 240 "$app/bin/yanggu-workbench" --db "$tmp/cds.db" >/dev/null 2>&1 || true
    grep -q '^cn/yanggu/workbench/ui/overview/' "$tmp/window.classlist" 2>/dev/null && break
    echo "AppCDS: the start to the overview was not recorded (attempt $attempt)" >&2
  done
  kill $xvfb 2>/dev/null || true
  # … and those of --help and --version (picocli's help layout), so that they answer in well under 0.3 s, and of the
  # exports and the import (POI and XMLBeans: some 3,000 classes an xlsx export would otherwise parse from the jars)
  for arg in --help --version; do
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$tmp/cli$arg.classlist" \
      timeout 60 "$app/bin/yanggu-workbench" "$arg" >/dev/null 2>&1 || true
  done
  for run in "export --format json --out $tmp/plan.json" "export --format xlsx --out $tmp/plan.xlsx" \
      "import --format json --in $tmp/plan.json"; do
    # shellcheck disable=SC2086
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$tmp/cli--${run%% *}-$(echo $run | cut -d' ' -f3).classlist" \
      timeout 120 "$app/bin/yanggu-workbench" --db "$tmp/cds.db" $run >/dev/null 2>&1 || true
  done
  # two lists, two archives: the window's (what a start to the overview loads, and nothing else: every archived
  # class is mapped into the window's memory, and the command line's POI and XMLBeans were 10 MB of its peak RSS),
  # and the command line's (each class once, in first-seen order)
  if [ -s "$tmp/window.classlist" ]; then
    cp "$tmp/window.classlist" "$app/lib/app/window.classlist"
    cat "$tmp"/cli--*.classlist 2>/dev/null | awk '/^#/ || !seen[$0]++' > "$app/lib/app/commands.classlist"
  fi
  rm -rf "$tmp"
fi
if [ -s "$app/lib/app/window.classlist" ]; then
  sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/window.jsa\njava-options=-Xshare:auto|' "$cfg"
  echo "AppCDS class lists: window $(wc -l < "$app/lib/app/window.classlist") classes, command line $(wc -l < "$app/lib/app/commands.classlist")"
else
  echo "AppCDS skipped: no Xvfb to start the workbench once; the installer works without it"
fi

# 5. the launcher: a small shell script instead of jpackage's native Linux launcher, which on every start asks the
#    package manager which package it belongs to (`rpm -qf`, then `dpkg -S` and `dpkg -L`, twice: about a second on
#    a Debian PC before Java even starts). Same runtime, class path and options as the image's .cfg.
opts=$(grep '^java-options=' "$cfg" | sed 's/^java-options=//; s/.*/"&"/' | paste -sd' ' -)
cp=$(grep '^app.classpath=' "$cfg" | sed 's/^app.classpath=//' | paste -sd: -)
main=$(grep '^app.mainclass=' "$cfg" | sed 's/^app.mainclass=//')
cat > "$app/bin/yanggu-workbench" <<LAUNCHER
#!/bin/sh
# 阳谷经济开发区规划工作台 — starts the workbench with its own Java runtime (no Java needed on this PC).
APPDIR="\$(readlink -f "\$(dirname "\$(readlink -f "\$0")")/../lib/app")"
# the window's class archive for a window start (only --db and --lang, as Cli.opensWindow), else the command line's
archive=window
skip=0
for a in "\$@"; do
  if [ \$skip = 1 ]; then skip=0; continue; fi
  case "\$a" in
    --db|--lang) skip=1 ;;
    --db=*|--lang=*) ;;
    *) archive=commands; break ;;
  esac
done
exec "\$APPDIR/../runtime/bin/java" $(printf '%s' "$opts" | sed 's|\$APPDIR/window.jsa|$APPDIR/$archive.jsa|') -cp "$cp" $main "\$@"
LAUNCHER
chmod 755 "$app/bin/yanggu-workbench"

# 6. the .deb from the finished image
jpackage --type deb --dest "$out" --app-image "$app" --app-version "$version" @packaging/linux/deb.args
ls -la "$out"/*.deb
