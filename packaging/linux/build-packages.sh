#!/usr/bin/env bash
# Builds the Linux packages from target/cloudhub-order.jar and target/lib (run by `mvn -Ppackage package`,
# which passes the settings below from the pom's "package" profile as environment variables):
#   target/dist/runtime/           jlink runtime: JDK modules + JavaFX modules, natives in runtime/lib
#   target/dist/cloudhub-order/    jpackage app-image (launcher bin/cloudhub-order) with the CDS class list
#   target/dist/*.deb              the same, installed to /opt/cloudhub-order, CDS archive made by postinst
#   target/dist/*.tar.gz           the app-image, for people without admin rights
#   target/dist/*.rpm              only when rpmbuild is installed
# Needs: JDK 17 (jlink, jpackage), fakeroot and dpkg-deb, binutils (objcopy, for --strip-debug),
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
cp "$TARGET/$NAME.jar" "$WORK/input/"
for jar in "$TARGET"/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*) ;;
        sqlite-jdbc-*)
            # the driver carries natives for every OS (12 MB); the runtime gets the one for this machine
            # and the driver loads it from there (-Dorg.sqlite.lib.path), instead of unpacking it at each start
            mkdir -p "$WORK/sqlite"
            (cd "$WORK/sqlite" && jar xf "$jar")
            arch=$(uname -m); case "$arch" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; esac
            SQLITE_NATIVE="$WORK/sqlite/org/sqlite/native/Linux/$arch/libsqlitejdbc.so"
            [[ -f "$SQLITE_NATIVE" ]] || { echo "no sqlite-jdbc native for Linux/$arch" >&2; exit 1; }
            cp "$SQLITE_NATIVE" "$WORK/libsqlitejdbc.so"
            rm -rf "$WORK/sqlite/org/sqlite/native"
            (cd "$WORK/sqlite" && jar --create --file "$WORK/input/$(basename "$jar")" \
                --manifest META-INF/MANIFEST.MF $(ls -A | grep -v '^META-INF$') META-INF)
            ;;
        *) cp "$jar" "$WORK/input/" ;;
    esac
done
[[ -f "$WORK/libsqlitejdbc.so" ]] || { echo "sqlite-jdbc is missing from $TARGET/lib" >&2; exit 1; }

# --- jlink runtime ---------------------------------------------------------------------------------
t=$(date +%s)
fx_jars=$(ls "$TARGET"/lib/javafx-*-"${JAVAFX_PLATFORM:-linux}".jar | paste -sd: -)
jlink --module-path "$fx_jars" \
    --add-modules "$JDK_MODULES,javafx.base,javafx.graphics,javafx.controls" \
    --include-locales=en,de \
    --exclude-resources 'glob:/javafx.graphics/*.so' \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$DIST/runtime"
# the JavaFX natives where System.loadLibrary finds them (else JavaFX unpacks them to ~/.openjfx)
unzip -q -o -j "$(ls "$TARGET"/lib/javafx-graphics-*-"${JAVAFX_PLATFORM:-linux}".jar)" '*.so' -d "$DIST/runtime/lib"
cp "$WORK/libsqlitejdbc.so" "$DIST/runtime/lib/"
took "jlink runtime ($(du -sm "$DIST/runtime" | cut -f1) MB)" "$t"

# --- app-image -------------------------------------------------------------------------------------
t=$(date +%s)
jpackage --type app-image --dest "$DIST" --name "$NAME" --app-version "$APP_VERSION" \
    --vendor "Cloudhub" --description "Order plusserver Caching as a Service (Valkey 8)" \
    --icon icons/cloudhub-order-256.png \
    --runtime-image "$DIST/runtime" \
    --input "$WORK/input" --main-jar "$NAME.jar" --main-class "$MAIN_CLASS" \
    --java-options "$JAVA_OPTIONS"
image="$DIST/$NAME"
install -m 755 packaging/linux/cds-archive.sh "$image/lib/$NAME-cds"
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

# --- .deb (and .rpm): postinst/prerm templates and the menu entry from packaging/linux -------------
cp packaging/linux/deb/postinst packaging/linux/deb/prerm "$WORK/resources/"
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
    package rpm
    took "rpm" "$t"
else
    say "rpmbuild is not installed: no .rpm"
fi

say "app-image $(du -sm "$image" | cut -f1) MB; $(cd "$DIST" && ls -1 ./*.deb ./*.rpm ./*.tar.gz 2>/dev/null | tr '\n' ' ')"
took "packaging" "$start_all"
