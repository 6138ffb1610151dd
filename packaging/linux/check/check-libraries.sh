#!/usr/bin/env bash
# Runs PackagedLibraries.java with a package's own runtime, class path and java-options (read from
# lib/app/cloudhub-order.cfg by the launcher's own launcher_cfg), so a JDK module missing from the jlink runtime or a
# native that is not where the launcher's options say shows up, though the demo-mode start never signs in.
#   packaging/linux/check/check-libraries.sh APP_ROOT [--origin URL] [--keyring round-trip|absent]
# APP_ROOT is the app-image or the installed/extracted /opt/cloudhub-order. Needs a JDK's javac (compiles
# the check against the package's jars) and a D-Bus session bus; for --keyring round-trip an unlocked
# Secret Service (see the end of this file for how .ci/run makes one with gnome-keyring).
set -euo pipefail

root=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)
# the class path and java-options as the launcher reads them
# shellcheck source=../launcher.sh
source "$root/bin/cloudhub-order"
launcher_cfg "$root"
classpath=$class_path
options=("${java_options[@]}")

classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac --release 17 -nowarn -d "$classes" -cp "$classpath" "$here/PackagedLibraries.java"
# a home of its own: whatever a library would unpack or create there at run time shows up below
home="$classes/home"
mkdir -p "$home"
status=0
HOME="$home" XDG_CACHE_HOME="$home/.cache" "$root/lib/runtime/bin/java" "${options[@]}" -cp "$classpath:$classes" \
    PackagedLibraries --jna-dir "$root/lib/runtime/lib" "$@" || status=$?
made=$(cd "$home" && find . -mindepth 1 | head -n 5)
if [[ -n "$made" ]]; then
    echo "FAILED: the libraries made files in the home folder at run time: $made"
    status=1
fi
exit "$status"

# A Secret Service for --keyring round-trip, without a desktop (packages dbus, gnome-keyring):
#   dbus-run-session -- bash -c 'printf "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
#       packaging/linux/check/check-libraries.sh target/dist/cloudhub-order --keyring round-trip'
# gnome-keyring keeps its keyring below $HOME/.local/share/keyrings: give it a throw-away HOME.
