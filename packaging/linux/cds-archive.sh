#!/usr/bin/env bash
# Creates or removes the class-data-sharing archive of an installed or extracted Cloudhub Order.
#   lib/cloudhub-order-cds create   dumps lib/app/app.jsa from the class list recorded at build time
#   lib/cloudhub-order-cds remove   deletes it
# JDK 17 archives are not relocatable, so the archive is made where the app lives: by the package's
# post-install step, or once by hand after extracting the .tar.gz. The launcher starts with
# -Xshare:auto, so a missing or stale archive never stops the app, it only starts slower.
# The dump uses the launcher's own class path and java-options (bin/cloudhub-order's launcher_cfg).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
classlist="$root/lib/app/cloudhub-order.classlist"
archive="$root/lib/app/app.jsa"

case "${1:-create}" in
    remove)
        rm -f "$archive"
        exit 0
        ;;
    create) ;;
    *)
        echo "usage: $0 create|remove" >&2
        exit 2
        ;;
esac

[[ -f "$classlist" ]] || { echo "cloudhub-order-cds: no class list $classlist" >&2; exit 1; }
# shellcheck source=launcher.sh
source "$root/bin/cloudhub-order"
launcher_cfg "$root"
# the launcher's java-options without its archive options, which the dump replaces by its own
options=()
for option in "${java_options[@]}"; do
    case "$option" in
        -Xshare:*|-XX:SharedArchiveFile=*) ;;
        *) options+=("$option") ;;
    esac
done

rm -f "$archive"
"$root/lib/runtime/bin/java" "${options[@]}" -Xshare:dump -XX:SharedClassListFile="$classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$class_path" >/dev/null
chmod 644 "$archive"
echo "cloudhub-order-cds: created $archive"
