"""dmgbuild settings for the Parallax Reader disk image: the app beside a link to Applications.

Used by ``make_dmg.py`` as ``dmgbuild -s dmg_settings.py -D app=<path/to/Parallax Reader.app>``;
dmgbuild executes this file with ``defines`` in scope (hence no imports of our own).
"""

from pathlib import PurePosixPath

application = defines.get("app", "dist/Parallax Reader.app")  # type: ignore[name-defined]  # noqa: F821
appname = PurePosixPath(application).name

format = "UDZO"  # dmgbuild's setting name; zlib-compressed, readable on every macOS
compression_level = 9
filesystem = "HFS+"
size = None  # computed from the contents

files = [application]
symlinks = {"Applications": "/Applications"}
icon_locations = {appname: (140, 160), "Applications": (420, 160)}
badge_icon = None

background = "builtin-arrow"
window_rect = ((200, 120), (560, 340))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 112
text_size = 13
