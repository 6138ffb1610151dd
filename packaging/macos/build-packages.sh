#!/usr/bin/env bash
# Builds the macOS packages from target/cloudhub-order.jar and target/lib. Run by `mvn -B -Ppackage package
# -DskipTests` on macOS (the pom's javafx-mac and javafx-mac-aarch64 profiles point the "package" profile
# here), which passes the same settings as for Linux as environment variables: APP_VERSION (must not start
# with 0: jpackage refuses it on macOS), JDK_MODULES, JAVA_OPTIONS, MAIN_CLASS, JAVAFX_PLATFORM (mac or
# mac-aarch64), TARGET.
#   target/dist/runtime/                        jlink runtime: JDK + JavaFX modules, JavaFX dylibs in runtime/lib
#   target/dist/Cloudhub Order-<v>.dmg          disk image: drag "Cloudhub Order.app" to Applications
#   target/dist/Cloudhub Order-<v>.pkg          installer package: installs /Applications/Cloudhub Order.app
# Needs: JDK 17 (jlink, jpackage) on macOS; Xcode's command line tools for signing.
#
# Signing (optional; skipped while the variable is unset):
#   MAC_SIGNING_IDENTITY   the team or user name part of the "Developer ID Application: <name>" and
#                          "Developer ID Installer: <name>" certificates in the keychain (jpackage
#                          --mac-signing-key-user-name); notarisation is a separate step afterwards
#   MAC_SIGNING_KEYCHAIN   the keychain that holds them (default: the user's standard keychains)
set -euo pipefail

: "${APP_VERSION:?}" "${JDK_MODULES:?}" "${JAVA_OPTIONS:?}" "${MAIN_CLASS:?}" "${TARGET:?}"
APP_NAME="Cloudhub Order"
JAR=cloudhub-order
PLATFORM=${JAVAFX_PLATFORM:-mac-aarch64}
BASEDIR=$(cd "$(dirname "$0")/../.." && pwd)
DIST="$TARGET/dist"
WORK="$TARGET/package-work"
say() { echo "[package] $*"; }

cd "$BASEDIR"
rm -rf "$DIST" "$WORK"
mkdir -p "$DIST" "$WORK/input"

# --- the app's jars, without the JavaFX jars (they become modules of the runtime) -----------------
cp "$TARGET/$JAR.jar" "$WORK/input/"
for jar in "$TARGET"/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*) ;;
        *) cp "$jar" "$WORK/input/" ;;
    esac
done

# --- the Linux launcher's options that need its install step are left out: there is no CDS archive (the
# JDK's own default archive is used instead; a missing archive file would switch all sharing off) and
# SQLite's and JNA's native libraries come from their jars (the jars keep all their natives here) --
java_options=$(sed -E 's/-XX:SharedArchiveFile=[^ ]+//; s/-Dorg\.sqlite\.lib\.path=[^ ]+//; s/-Djna\.[A-Za-z.]+=[^ ]+//g; s/  +/ /g; s/^ //; s/ $//' \
    <<<"$JAVA_OPTIONS")

# --- jlink runtime --------------------------------------------------------------------------------
fx_jars=$(ls "$TARGET"/lib/javafx-*-"$PLATFORM".jar | paste -sd: -)
jlink --module-path "$fx_jars" \
    --add-modules "$JDK_MODULES,javafx.base,javafx.graphics,javafx.controls" \
    --include-locales=en,de \
    --exclude-resources 'glob:/javafx.graphics/*.dylib' \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$DIST/runtime"
# the JavaFX dylibs beside the JDK's own, where JavaFX loads them from (else it unpacks them into ~/.openjfx)
unzip -q -o -j "$(ls "$TARGET"/lib/javafx-graphics-*-"$PLATFORM".jar)" '*.dylib' -d "$DIST/runtime/lib"
say "jlink runtime $(du -sm "$DIST/runtime" | cut -f1) MB"

signing=()
if [[ -n "${MAC_SIGNING_IDENTITY:-}" ]]; then
    signing=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_IDENTITY")
    [[ -n "${MAC_SIGNING_KEYCHAIN:-}" ]] && signing+=(--mac-signing-keychain "$MAC_SIGNING_KEYCHAIN")
    say "signing as $MAC_SIGNING_IDENTITY"
fi

# --- .dmg and .pkg, each built from the runtime and the jars: the draft file type goes into the app's
# Info.plist only when jpackage makes the app itself (not with --app-image) ------------------------
for type in dmg pkg; do
    jpackage --type "$type" --dest "$DIST" --name "$APP_NAME" --app-version "$APP_VERSION" \
        --vendor "Cloudhub" --description "Order plusserver Caching as a Service (Valkey 8)" \
        --icon packaging/macos/cloudhub-order.icns \
        --runtime-image "$DIST/runtime" \
        --input "$WORK/input" --main-jar "$JAR.jar" --main-class "$MAIN_CLASS" \
        --java-options "$java_options" \
        --file-associations packaging/macos/cloudhub-order-file.properties \
        --mac-package-identifier de.cloudhub.order --mac-package-name "$APP_NAME" \
        --mac-app-category business \
        ${signing[@]+"${signing[@]}"}
done
say "$(cd "$DIST" && ls -1 ./*.dmg ./*.pkg | tr '\n' ' ')"
