#!/usr/bin/env bash
# Builds SiteDesk's installers from target/sitedesk.jar and target/lib (run by `mvn -Pinstaller package`):
# a Java runtime of its own made with jlink, then with jpackage the app image and, by the system it
# runs on, a .deb (Linux), an .msi (Windows, needs the WiX Toolset) or a .dmg (macOS).
# Usage: installer/build.sh VERSION
set -euo pipefail

version="${1:?usage: installer/build.sh VERSION}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
target="$root/target"
out="$target/installer"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jlink="$java_home/bin/jlink"
jpackage="$java_home/bin/jpackage"

# what the program and its libraries use (jdeps --print-module-deps), and what it needs at run time
# without naming it in code: GBK files (jdk.charsets), Chinese dates (jdk.localedata), the server's
# TLS and SCRAM (jdk.crypto.ec, java.security.sasl), JDBC's naming (java.naming)
modules="java.base,java.compiler,java.desktop,java.instrument,java.management,java.scripting,java.sql.rowset,jdk.jfr,jdk.net,jdk.unsupported,java.naming,java.security.jgss,java.security.sasl,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs"

rm -rf "$out"
mkdir -p "$out/input"
cp "$target/sitedesk.jar" "$out/input/"
cp -r "$target/lib" "$out/input/lib"

echo "installer: Java runtime (jlink)" >&2
"$jlink" --add-modules "$modules" --include-locales=zh,en --strip-debug --no-header-files --no-man-pages \
    --compress=2 --generate-cds-archive --output "$out/runtime"

case "$(uname -s)" in
    Linux) system=linux; icon="$here/icons/sitedesk-256.png" ;;
    Darwin) system=macos; icon="$here/icons/sitedesk.icns" ;;
    MINGW*|MSYS*|CYGWIN*) system=windows; icon="$here/icons/sitedesk.ico" ;;
    *) echo "installer: no recipe for $(uname -s)" >&2; exit 1 ;;
esac

jvm_options=()
while read -r option; do
    case "$option" in ""|\#*) ;; *) jvm_options+=(--java-options "$option") ;; esac
done < "$here/jvm.options"

common=(--name sitedesk --app-version "$version" --vendor "SiteDesk" --icon "$icon"
    --description "SiteDesk 物业服务中心前台系统")

echo "installer: app image (jpackage)" >&2
"$jpackage" --type app-image "${common[@]}" --dest "$out" --input "$out/input" --main-jar sitedesk.jar \
    --main-class org.sitedesk.Main --runtime-image "$out/runtime" \
    --java-options "-Dfile.encoding=UTF-8" "${jvm_options[@]}"

if [ "$system" = linux ]; then
    image="$out/sitedesk"
    app="$image/lib/app"
    # the classes a start loads, recorded by starting it once (the window when a display or xvfb-run
    # is there, else the command line); the archive made from them is written where the program is
    # installed (share-classes, run by postinst and here for the app image), since an archive only
    # fits the class path it was made with
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    record=(env HOME="$scratch" XDG_DATA_HOME="$scratch/data" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$app/sitedesk.classlist -Xlog:disable")
    if [ -n "${DISPLAY:-}" ]; then
        "${record[@]}" "$image/bin/sitedesk" --smoke --demo >&2 || true
    elif command -v xvfb-run > /dev/null; then
        "${record[@]}" xvfb-run -a "$image/bin/sitedesk" --smoke --demo >&2 || true
    else
        "${record[@]}" "$image/bin/sitedesk" init --db "$scratch/db" > /dev/null || true
    fi
    cp "$here/linux/share-classes" "$app/share-classes"
    # the JVM's notes about the archive are not for the user; an archive that does not fit is skipped
    sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/sitedesk.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:disable\njava-options=-Xlog:all=error:stderr' \
        "$app/sitedesk.cfg"

    echo "installer: .deb (jpackage)" >&2
    "$jpackage" --type deb "${common[@]}" --dest "$out" --app-image "$image" \
        --resource-dir "$here/linux/resources" \
        --linux-package-name sitedesk --linux-deb-maintainer "sitedesk@localhost" \
        --linux-menu-group "Office" --linux-app-category office --linux-shortcut \
        --linux-package-deps "libgtk-3-0, libxtst6, libasound2"
    ls -1 "$out"/*.deb >&2
    # the app image itself gets its archive too, for running it where it was built
    "$app/share-classes"
elif [ "$system" = windows ]; then
    "$jpackage" --type msi "${common[@]}" --dest "$out" --app-image "$out/sitedesk" \
        --win-menu --win-menu-group SiteDesk --win-shortcut --win-dir-chooser --win-upgrade-uuid 6f6bb6c4-4c63-4a8e-9a66-5a9a3d1b2f10
else
    "$jpackage" --type dmg "${common[@]}" --dest "$out" --app-image "$out/sitedesk.app"
fi
