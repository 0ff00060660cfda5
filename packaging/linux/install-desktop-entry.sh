#!/bin/sh
# Add Parallax Reader to the desktop's application menu for the current user (no root needed).
# Run it from the unpacked folder: ./install-desktop-entry.sh   Remove with: ./install-desktop-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/parallax-reader.desktop" "$icons/parallax-reader.png"
    echo "Removed the menu entry. Your library is kept (see INSTALL.md to remove it)."
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/parallax-reader.png" "$icons/parallax-reader.png"
# The path may contain spaces; the desktop entry spec wants it quoted.
sed "s|@EXEC@|\"$here/reader\"|" "$here/parallax-reader.desktop" > "$apps/parallax-reader.desktop"
chmod 644 "$apps/parallax-reader.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Added Parallax Reader to the application menu ($apps/parallax-reader.desktop)."
