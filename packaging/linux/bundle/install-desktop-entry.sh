#!/bin/sh
# SPDX-License-Identifier: MIT
# Adds SSO User Admin to the current user's application menu (no root needed): a .desktop entry that starts
# this bundle's launcher, and the icon. Run it again after moving the folder; `--remove` takes it out.
set -e
here=$(dirname "$(readlink -f "$0")")
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/sso-user-admin.desktop"
icon="$data/icons/hicolor/scalable/apps/sso-user-admin.svg"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$icon"
    echo "Removed $entry and $icon"
    exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/share/icons/hicolor/scalable/apps/sso-user-admin.svg" "$icon"
sed -e "s|^Exec=.*|Exec=\"$here/sso-user-admin\"|" -e "s|^TryExec=.*|TryExec=$here/sso-user-admin|" \
    "$here/share/applications/sso-user-admin.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Installed $entry"
