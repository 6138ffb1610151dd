#!/bin/sh
# Creates or removes the class-data-sharing archive of an installed or extracted Cloudhub Order.
#   lib/cloudhub-order-cds create   dumps lib/app/app.jsa from the class list recorded at build time
#   lib/cloudhub-order-cds remove   deletes it
# JDK 17 archives are not relocatable, so the archive is made where the app lives: by the package's
# post-install step, or once by hand after extracting the .tar.gz. The launcher starts with
# -Xshare:auto, so a missing or stale archive never stops the app, it only starts slower.
# The dump uses the launcher's own class path and java-options (read from lib/app/cloudhub-order.cfg).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
appdir="$root/lib/app"
cfg="$appdir/cloudhub-order.cfg"
classlist="$appdir/cloudhub-order.classlist"
archive="$appdir/app.jsa"

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

[ -f "$classlist" ] || { echo "cloudhub-order-cds: no class list $classlist" >&2; exit 1; }

classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\\\$APPDIR|$appdir|g; s|\\\$ROOTDIR|$root|g" | paste -sd: -)

# the launcher's java-options, one per line, with $APPDIR/$ROOTDIR expanded; the archive options are
# replaced by the dump's own
set --
while IFS= read -r option; do
    option=$(printf '%s' "$option" | sed "s|\\\$APPDIR|$appdir|g; s|\\\$ROOTDIR|$root|g")
    case "$option" in
        -Xshare:*|-XX:SharedArchiveFile=*) ;;
        *) set -- "$@" "$option" ;;
    esac
done <<EOF
$(sed -n 's/^java-options=//p' "$cfg")
EOF

rm -f "$archive"
"$root/lib/runtime/bin/java" "$@" -Xshare:dump -XX:SharedClassListFile="$classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$classpath" >/dev/null
chmod 644 "$archive"
echo "cloudhub-order-cds: created $archive"
