# Builds the Windows installer (.msi, per-user: no administrator rights needed) on a Windows PC with
# JDK 17 (jlink, jpackage), Maven and the WiX Toolset 3.x on PATH. Run from the repository root:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-installer.ps1
# Output: target\installer\阳谷开发区规划工作台-<version>.msi (and the app-image in target\installer\image).
$ErrorActionPreference = "Stop"
$version = ([xml](Get-Content pom.xml)).project.version
$out = "target\installer"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
mvn -q -B package -DskipTests "-Djavafx.platform=win"

# 1. the runtime, Chinese locale data kept
$fx = (Get-ChildItem target\lib\javafx-*-win.jar | ForEach-Object { $_.FullName }) -join ";"
jlink --module-path $fx `
  --add-modules java.base,java.desktop,java.sql,java.logging,java.prefs,java.xml,java.xml.crypto,java.naming,java.management,java.security.jgss,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.charsets,javafx.controls,javafx.swing `
  --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out\runtime"

# 2. the application jars (JavaFX is in the runtime)
Copy-Item target\planning-workbench.jar "$out\input\"
Get-ChildItem target\lib\*.jar | Where-Object { $_.Name -notlike "javafx-*" } | Copy-Item -Destination "$out\input\"

# 3. app-image, then the per-user MSI with its start-menu entry, desktop shortcut and fixed upgrade code
jpackage --type app-image --dest "$out\image" --input "$out\input" --runtime-image "$out\runtime" `
  --main-jar planning-workbench.jar --main-class cn.yanggu.workbench.Launcher --app-version $version `
  "@packaging\windows\jpackage.args"
jpackage --type msi --dest $out --app-image "$out\image\阳谷开发区规划工作台" --app-version $version `
  "@packaging\windows\msi.args"
Get-ChildItem "$out\*.msi"
