#!/bin/sh
# Puts the menu entry, the draft file type and the icons of an installed Cloudhub Order in place, or takes
# them away again: run by the .deb's postinst/prerm and the .rpm's %post/%preun (one home for both).
#   lib/cloudhub-order-desktop install
#   lib/cloudhub-order-desktop remove
# jpackage's own commands (xdg-desktop-menu, xdg-mime) fail where /etc/xdg/menus is missing (minimal and
# container systems), so the files go straight where those tools would put them; the caches desktops read
# them from are refreshed with each tool that is installed.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
lib="$root/lib"
name=cloudhub-order
desktop=/usr/share/applications/$name.desktop
mime=/usr/share/mime/packages/$name.xml
icon=/usr/share/icons/hicolor/256x256/apps/$name.png
file_icon=/usr/share/icons/hicolor/128x128/mimetypes/application-x-cloudhub-order.png

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
    if [ -f /usr/share/icons/hicolor/icon-theme.cache ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
}

case "${1:-}" in
    install)
        install -D -m 644 "$lib/$name-$name.desktop" "$desktop"
        install -D -m 644 "$lib/$name-$name-MimeInfo.xml" "$mime"
        install -D -m 644 "$lib/$name.png" "$icon"
        install -D -m 644 "$lib/application-x-cloudhub-order.png" "$file_icon"
        refresh
        ;;
    remove)
        rm -f "$desktop" "$mime" "$icon" "$file_icon"
        refresh
        ;;
    *)
        echo "usage: $0 install|remove" >&2
        exit 2
        ;;
esac
