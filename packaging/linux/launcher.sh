#!/usr/bin/env bash
# Cloudhub Order's launcher on Linux: bin/cloudhub-order of the app-image, the .deb, the .rpm and the .tar.gz,
# in place of jpackage's native launcher (see packaging/linux/build-packages.sh and README "Start-up").
#
# jpackage's Linux launcher (JDK 17) asks the package manager which package it belongs to before it starts the
# JVM: `rpm -qf`, `dpkg -S`, `dpkg -L`, and its library once more. `dpkg -S` reads the file lists of every
# installed package: on the machine the README's figures come from, that was 1.3 s of every start, before
# the JVM even began. This script starts the runtime's java at once, with what jpackage wrote into
# lib/app/cloudhub-order.cfg (the one place the class path, main class and java-options are kept), expanding
# $APPDIR and $ROOTDIR as jpackage's launcher does, and adds -Djpackage.app-path like it.
#
# Sourced (by lib/cloudhub-order-cds and the package checks), it only defines launcher_cfg.

# launcher_cfg ROOT: sets java_options (array), class_path and main_class from ROOT's lib/app/cloudhub-order.cfg
launcher_cfg() {
    local root=$1 app="$1/lib/app" line key value
    java_options=() class_path="" main_class=""
    [[ -f "$app/cloudhub-order.cfg" ]] || { echo "cloudhub-order: no $app/cloudhub-order.cfg" >&2; return 1; }
    while IFS= read -r line || [[ -n "$line" ]]; do
        key=${line%%=*}
        value=${line#*=}
        # quoted: in bash 5.2 an unquoted replacement turns each "&" of the folder's name into the match
        value=${value//\$APPDIR/"$app"}
        value=${value//\$ROOTDIR/"$root"}
        case "$key" in
            app.classpath) class_path+=${class_path:+:}$value ;;
            app.mainclass) main_class=$value ;;
            java-options) java_options+=("$value") ;;
        esac
    done <"$app/cloudhub-order.cfg"
    [[ -n "$main_class" ]] || { echo "cloudhub-order: no app.mainclass in $app/cloudhub-order.cfg" >&2; return 1; }
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
    launcher_cfg "$root" || exit 1
    # the runtime's java under the app's name (a link to it), so the process is "cloudhub-order" in ps and
    # in the system monitor, as with jpackage's launcher
    java="$root/lib/runtime/bin/cloudhub-order"
    [[ -x "$java" ]] || java="$root/lib/runtime/bin/java"
    # the java launcher would add a developer's JDK_JAVA_OPTIONS (an agent, a module the runtime lacks);
    # jpackage's launcher never read them either. JAVA_TOOL_OPTIONS, read by the JVM itself, still applies.
    unset JDK_JAVA_OPTIONS
    exec "$java" "${java_options[@]}" -Djpackage.app-path="$root/bin/cloudhub-order" -cp "$class_path" "$main_class" "$@"
fi
