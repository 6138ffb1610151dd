#!/usr/bin/env bash
# Builds the Linux packages from target/cloudhub-order.jar and target/lib (run by `mvn -Ppackage package`,
# which passes the settings below from the pom's "package" profile as environment variables):
#   target/dist/runtime/           jlink runtime: JDK modules + JavaFX modules, natives in runtime/lib
#   target/dist/cloudhub-order/    jpackage app-image (launcher bin/cloudhub-order) with the CDS class list
#   target/dist/*.deb              the same, installed to /opt/cloudhub-order, CDS archive made by postinst
#   target/dist/*.tar.gz           the app-image, for people without admin rights
#   target/dist/*.rpm              only when rpmbuild is installed
# Needs: JDK 17 (jlink, jpackage, jdeps), fakeroot and dpkg-deb, binutils (objcopy for --strip-debug, strip),
# xvfb-run (the class list is recorded by starting the app once) and libgtk-3-0 (jpackage derives the
# package's dependencies from the libraries the natives link against).
set -euo pipefail

: "${APP_VERSION:?}" "${JDK_MODULES:?}" "${JAVA_OPTIONS:?}" "${MAIN_CLASS:?}" "${TARGET:?}"
NAME=cloudhub-order
BASEDIR=$(cd "$(dirname "$0")/../.." && pwd)
DIST="$TARGET/dist"
WORK="$TARGET/package-work"
LOG_PREFIX="[package]"

say() { echo "$LOG_PREFIX $*"; }
took() { say "$1 took $(( $(date +%s) - $2 )) s"; }

# --- record mode: runs under xvfb-run, started by this script below ---------------------------------
if [[ "${1:-}" == "--record-classlist" ]]; then
    launcher=$2 classlist=$3 data=$4
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist" "$launcher" --sandbox --data-dir "$data" \
        >"$data/out.txt" 2>&1 &
    pid=$!
    log="$data/logs/$NAME.log"
    ready=""
    for _ in $(seq 1 600); do
        if ! kill -0 "$pid" 2>/dev/null; then
            cat "$data/out.txt" >&2
            echo "the app ended before it was ready" >&2
            exit 1
        fi
        # "ready after N ms" once the app logs its start-up times; before that the catalog's sign-in line
        if grep -q -E "ready after|Connected as user" "$log" 2>/dev/null; then
            ready="log"
            break
        fi
        # the app without the start-up log lines: its main window (title "Cloudhub Order") is mapped
        if command -v xdotool >/dev/null && xdotool search --onlyvisible --name "^Cloudhub Order" >/dev/null 2>&1; then
            ready="window"
            break
        fi
        sleep 0.1
    done
    [[ -n "$ready" ]] || { echo "the app was not ready after 60 s" >&2; kill "$pid"; exit 1; }
    # let the first page load its catalog (the classes for that are part of every start)
    sleep "$([[ $ready == log ]] && echo 1 || echo 4)"
    kill -TERM "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" || true
    exit 0
fi

cd "$BASEDIR"
start_all=$(date +%s)
rm -rf "$DIST" "$WORK"
mkdir -p "$DIST" "$WORK/input" "$WORK/resources"

# --- the app's jars, without the JavaFX jars (modules of the runtime) and without foreign natives ----
# repack JAR NATIVE DEST [PATTERN…]: copies JAR into the input without the PATTERNs (globs relative to the
# jar's root), after taking its NATIVE (the one for this machine) out to DEST, from where the runtime loads it
repack() {
    local jar=$1 native=$2 dest=$3 unpacked="$WORK/unpacked/$(basename "$1" .jar)"
    shift 3
    mkdir -p "$unpacked"
    (cd "$unpacked" && jar xf "$jar")
    if [[ -n "$native" ]]; then
        [[ -f "$unpacked/$native" ]] || { echo "$(basename "$jar") has no $native" >&2; exit 1; }
        cp "$unpacked/$native" "$dest"
    fi
    local pattern
    for pattern in "$@"; do
        # shellcheck disable=SC2086 # the pattern is globbed inside the unpacked jar
        (cd "$unpacked" && rm -rf $pattern)
    done
    (cd "$unpacked" && jar --create --file "$WORK/input/$(basename "$jar")" \
        --manifest META-INF/MANIFEST.MF $(ls -A | grep -v '^META-INF$') META-INF)
}
arch=$(uname -m); case "$arch" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; esac
mkdir -p "$WORK/natives"
cp "$TARGET/$NAME.jar" "$WORK/input/"
for jar in "$TARGET"/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*) ;;
        sqlite-jdbc-*)
            # the driver carries natives for every OS (12 MB); the runtime gets the one for this machine
            # and the driver loads it from there (-Dorg.sqlite.lib.path), instead of unpacking it at each start
            repack "$jar" "org/sqlite/native/Linux/$arch/libsqlitejdbc.so" "$WORK/natives/" org/sqlite/native
            ;;
        jna-[0-9]*)
            # JNA's jar holds its libjnidispatch for 26 platforms (1.6 MB): the runtime gets this machine's,
            # loaded from there (-Djna.boot.library.path, -Djna.nounpack=true: never unpacked to ~/.cache/JNA);
            # the platform folders are the jar's only names with a "-" below com/sun/jna (no Java package has one)
            repack "$jar" "com/sun/jna/linux-${arch//_/-}/libjnidispatch.so" "$WORK/natives/" 'com/sun/jna/*-*'
            ;;
        jkeychain-*)
            # java-keyring's macOS Keychain backend: its classes stay (java-keyring loads them on every OS
            # while it looks for a backend), its macOS library goes
            repack "$jar" "" "" osxkeychain.so
            ;;
        jna-platform-*)
            # only java-keyring's Windows backend uses it (WinDef, WinBase): on Linux that backend fails at
            # loading Advapi32 through JNA before it touches any of these classes; see README "Installers → Linux"
            ;;
        *) cp "$jar" "$WORK/input/" ;;
    esac
done
for native in libsqlitejdbc.so libjnidispatch.so; do
    [[ -f "$WORK/natives/$native" ]] || { echo "no $native: sqlite-jdbc or jna is missing from $TARGET/lib" >&2; exit 1; }
done

# --- jlink runtime ---------------------------------------------------------------------------------
t=$(date +%s)
fx_jars=$(ls "$TARGET"/lib/javafx-*-"${JAVAFX_PLATFORM:-linux}".jar | paste -sd: -)
# jdeps, beside jlink: the JDK modules the jars refer to, which the runtime must hold. The jars go on the module
# path as well as being analysed: several are modular (dbus-java, slf4j, Jackson, Logback), and jdeps resolves
# a modular jar's "requires" before it analyses anything (without that: FindException "Module org.slf4j not
# found, required by org.freedesktop.dbus"). Optional libraries nobody ships (Bouncy Castle, Tink for Nimbus;
# jna-platform, left out above) are --ignore-missing-deps.
input_jars=("$WORK"/input/*.jar)
jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$fx_jars:$(IFS=:; echo "${input_jars[*]}")" "${input_jars[@]}" \
    >"$WORK/jdeps.txt" 2>"$WORK/jdeps-err.txt" &
jdeps_pid=$!
jlink --module-path "$fx_jars" \
    --add-modules "$JDK_MODULES,javafx.base,javafx.graphics,javafx.controls" \
    --include-locales=en,de \
    --exclude-resources 'glob:/javafx.graphics/*.so' \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$DIST/runtime"
# the JavaFX natives where System.loadLibrary finds them (else JavaFX unpacks them to ~/.openjfx)
unzip -q -o -j "$(ls "$TARGET"/lib/javafx-graphics-*-"${JAVAFX_PLATFORM:-linux}".jar)" '*.so' -d "$DIST/runtime/lib"
cp "$WORK"/natives/*.so "$DIST/runtime/lib/"
# --strip-debug leaves the natives' symbol tables, which nothing needs at run time (the dynamic symbols stay):
# without them libjvm.so alone is 4 MB smaller
find "$DIST/runtime" -name '*.so' -exec strip --strip-unneeded {} +
took "jlink runtime ($(du -sm "$DIST/runtime" | cut -f1) MB)" "$t"
if ! wait "$jdeps_pid"; then
    cat "$WORK/jdeps-err.txt" >&2
    echo "jdeps could not analyse the app's jars (above), so nobody knows which JDK modules they need" >&2
    exit 1
fi
jdk_modules=$(java --list-modules | sed 's/@.*//')
needed=$(tail -n 1 "$WORK/jdeps.txt" | tr ',' '\n' | grep -Fx -f <(echo "$jdk_modules") || true)
[[ -n "$needed" ]] || { cat "$WORK/jdeps.txt" "$WORK/jdeps-err.txt" >&2; echo "jdeps found no JDK module" >&2; exit 1; }
in_runtime=$("$DIST/runtime/bin/java" --list-modules | sed 's/@.*//')
missing=$(grep -Fxv -f <(echo "$in_runtime") <<<"$needed" || true)
if [[ -n "$missing" ]]; then
    echo "the jars need the JDK modules $(paste -sd, - <<<"$missing"), which the runtime lacks:" \
        "add them to package.jdk.modules in pom.xml" >&2
    exit 1
fi
extras=$(grep -v '^javafx' <<<"$in_runtime" | grep -Fxv -f <(echo "$needed") | paste -sd, -)
say "jdeps: the jars need $(paste -sd, - <<<"$needed"); the runtime has them, and also $extras"

# --- app-image -------------------------------------------------------------------------------------
t=$(date +%s)
jpackage --type app-image --dest "$DIST" --name "$NAME" --app-version "$APP_VERSION" \
    --vendor "Cloudhub" --description "Order plusserver Caching as a Service (Valkey 8)" \
    --icon icons/cloudhub-order-256.png \
    --runtime-image "$DIST/runtime" \
    --input "$WORK/input" --main-jar "$NAME.jar" --main-class "$MAIN_CLASS" \
    --java-options "$JAVA_OPTIONS"
image="$DIST/$NAME"
# the launcher: our script in place of jpackage's native one, which asks rpm and dpkg which package it belongs
# to before every start (see launcher.sh); the runtime's java under the app's name, for the process's name
install -m 755 packaging/linux/launcher.sh "$image/bin/$NAME"
rm -f "$image/lib/libapplauncher.so"
ln -s java "$image/lib/runtime/bin/$NAME"
install -m 755 packaging/linux/cds-archive.sh "$image/lib/$NAME-cds"
install -m 755 packaging/linux/desktop-files.sh "$image/lib/$NAME-desktop"
took "app-image" "$t"

# --- the class list for class-data sharing: one start of the app in demo mode under Xvfb ----------
t=$(date +%s)
record_data=$(mktemp -d)
if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x800x24" "$0" --record-classlist "$image/bin/$NAME" \
        "$image/lib/app/$NAME.classlist" "$record_data"
elif [[ -n "${DISPLAY:-}" ]]; then
    "$0" --record-classlist "$image/bin/$NAME" "$image/lib/app/$NAME.classlist" "$record_data"
else
    echo "xvfb-run (package xvfb) is needed to record the class list" >&2
    exit 1
fi
if grep -q "Unsupported JavaFX configuration" "$record_data/out.txt"; then
    cat "$record_data/out.txt" >&2
    echo "the app-image starts with JavaFX on the class path" >&2
    exit 1
fi
rm -rf "$record_data"
took "class list ($(wc -l <"$image/lib/app/$NAME.classlist") classes)" "$t"

# --- .tar.gz of the app-image (without an archive: it is made where the app is extracted) ----------
t=$(date +%s)
tarball="$DIST/$NAME-$APP_VERSION-linux-$(uname -m).tar.gz"
tar -C "$DIST" --exclude "$NAME/lib/app/app.jsa" -czf "$tarball" "$NAME"
took "tar.gz" "$t"

# --- .deb (and .rpm): postinst/prerm templates, the rpm's spec and the menu entry from packaging/linux
cp packaging/linux/deb/postinst packaging/linux/deb/prerm packaging/linux/rpm/$NAME.spec "$WORK/resources/"
cp packaging/linux/cloudhub-order.desktop "$WORK/resources/$NAME.desktop"
package() {
    jpackage --type "$1" --dest "$DIST" --name "$NAME" --app-version "$APP_VERSION" \
        --vendor "Cloudhub" --description "Order plusserver Caching as a Service (Valkey 8)" \
        --app-image "$image" --resource-dir "$WORK/resources" --icon icons/cloudhub-order-256.png \
        --file-associations packaging/linux/cloudhub-order-file.properties \
        --linux-shortcut --linux-menu-group Office --linux-app-category misc \
        --linux-package-name "$NAME" "${@:2}"
}
t=$(date +%s)
# zstd -9: 48 MB in seconds; dpkg's default xz -6 gives 46 MB but takes minutes on 2 cores
# (zstd needs dpkg >= 1.21.18: Debian 12, Ubuntu 22.04 and later)
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-zstd} DPKG_DEB_COMPRESSOR_LEVEL=${DPKG_DEB_COMPRESSOR_LEVEL:-9}
package deb --linux-deb-maintainer "cloudhub-order@cloudhub.de"
took "deb ($(du -m "$DIST"/*.deb | cut -f1) MB)" "$t"
if command -v rpmbuild >/dev/null; then
    t=$(date +%s)
    # rpm's dependencies by soname: what the launcher and the runtime's natives link against, less what the
    # image holds itself (jpackage asks the build machine's rpm database, which is empty on Debian)
    rpm_deps=$({ find "$image" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -p {} + 2>/dev/null || true; } \
        | awk '/^ *NEEDED/ {print $2}' | sort -u \
        | { grep -Fxv -f <(find "$image" -name '*.so*' -printf '%f\n' | sort -u) || true; } \
        | sed "s/\$/()$([[ $(getconf LONG_BIT) == 64 ]] && echo '(64bit)')/" | paste -sd, -)
    [[ -n "$rpm_deps" ]] || { echo "objdump found no library the app links against" >&2; exit 1; }
    package rpm --linux-rpm-license-type Proprietary --linux-package-deps "xdg-utils,$rpm_deps"
    took "rpm" "$t"
else
    say "rpmbuild is not installed: no .rpm"
fi

say "app-image $(du -sm "$image" | cut -f1) MB; $(cd "$DIST" && ls -1 ./*.deb ./*.rpm ./*.tar.gz 2>/dev/null | tr '\n' ' ')"
took "packaging" "$start_all"
