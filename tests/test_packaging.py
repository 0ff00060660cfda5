"""Static checks of the installers' build: what the spec bundles, the scripts CI runs, the icons.

The real freeze (``packaging/build.py``, about two minutes) is not part of the suite; it runs in the
release workflow and smoke-tests the frozen app itself. These tests catch the cheap mistakes before
that: a model or data folder no longer collected, a Qt module the app now imports but the spec
excludes, a renamed executable the Inno Setup script still points at.
"""

from __future__ import annotations

import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SRC = ROOT / "src" / "reader"
ISS = PACKAGING / "windows" / "parallax-reader.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ICONS = ROOT / "resources" / "icons"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cfg() -> ModuleType:
    """``packaging/freeze_config.py``, loaded by path (``packaging`` would clash with PyPI's)."""
    return _load("freeze_config", PACKAGING / "freeze_config.py")


@pytest.fixture(scope="module")
def datas(cfg: ModuleType) -> list[tuple[str, str]]:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[package]'")
    result: list[tuple[str, str]] = cfg.data_files()
    return result


def _source_imports() -> set[str]:
    """Every module name imported in src/reader (``import x.y`` and ``from x.y import``)."""
    pattern = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))", re.MULTILINE)
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            names.add(match.group(1) or match.group(2))
    return names


# -- what the spec bundles -------------------------------------------------------------------------


def test_spaCy_model_is_collected_with_its_metadata(
    cfg: ModuleType, datas: list[tuple[str, str]]
) -> None:
    module, dist = cfg.model_package()
    dests = {Path(dest).parts[0] for _src, dest in datas}
    # The model's config and weights travel as data; without its dist-info spaCy raises E050.
    assert any(Path(src).name == "config.cfg" and dest.startswith(module) for src, dest in datas)
    assert any(
        d.endswith(".dist-info") and d.lower().startswith(dist.replace("-", "_")) for d in dests
    )
    for needed in ("spacy-", "spacy_legacy-", "spacy_loggers-", "thinc-", "wordllama-"):
        assert any(d.startswith(needed) and d.endswith(".dist-info") for d in dests), needed


def test_wordllama_weights_and_tokenizer_are_collected(datas: list[tuple[str, str]]) -> None:
    names = {Path(src).name for src, dest in datas if dest.startswith("wordllama")}
    assert any(n.endswith(".safetensors") for n in names)
    assert any(n.endswith("tokenizer_config.json") for n in names)
    # Sources of the C extensions are not data.
    assert not any(n.endswith((".c", ".cpp", ".pyx")) for n in names)


def test_scraper_data_files_are_collected(datas: list[tuple[str, str]]) -> None:
    by_dest = {(Path(dest).parts[0], Path(src).name) for src, dest in datas}
    assert ("trafilatura", "settings.cfg") in by_dest
    assert ("justext", "English.txt") in by_dest
    assert any(pkg == "tld" and name.startswith("effective_tld_names") for pkg, name in by_dest)


def test_resources_folder_is_bundled_where_reader_resources_looks(
    cfg: ModuleType, datas: list[tuple[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (str(cfg.RESOURCES_DIR), "resources") in datas
    for sub in ("lexicons", "demo", "icons"):
        assert (cfg.RESOURCES_DIR / sub).is_dir(), sub
    # Frozen, the tree lands in sys._MEIPASS/resources; reader.resources must find it there.
    from reader import resources

    (tmp_path / "resources" / "lexicons").mkdir(parents=True)
    monkeypatch.delenv("READER_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == tmp_path / "resources"
    finally:
        resources.resources_dir.cache_clear()


def test_every_subcommand_module_is_collected(cfg: ModuleType) -> None:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[package]'")
    from reader.cli import SUBCOMMANDS

    # The dispatcher imports subcommand modules by name, invisible to PyInstaller's import graph.
    hidden = set(cfg.hidden_imports())
    written = [
        module_name
        for module_name, _help in SUBCOMMANDS.values()
        if (ROOT / "src" / (module_name.replace(".", "/") + ".py")).exists()
    ]
    assert written, "no subcommand module found"
    missing = [name for name in written if name not in hidden]
    assert not missing, f"not collected: {missing}"
    assert cfg.model_package()[0] in hidden


def test_excluded_modules_are_not_imported_by_the_app(cfg: ModuleType) -> None:
    imported = _source_imports()
    excluded = set(cfg.QT_EXCLUDED_MODULES) | set(cfg.PY_EXCLUDED_MODULES)
    clashes = {
        name for name in imported for ex in excluded if name == ex or name.startswith(ex + ".")
    }
    assert not clashes, f"the spec excludes modules the app imports: {sorted(clashes)}"
    # ...and the Qt modules the app does import are collected (sanity of the scan itself).
    assert any(name.startswith("PySide6.QtWidgets") for name in imported)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("spacy/plugins/notaqtplugin.py", True),
    ],
)
def test_qt_plugin_filter(cfg: ModuleType, dest: str, kept: bool) -> None:
    assert cfg.qt_plugin_kept(dest) is kept


def test_spec_wires_the_config_into_pyinstaller(cfg: ModuleType) -> None:
    spec = (PACKAGING / "reader.spec").read_text(encoding="utf-8")
    compile(spec, "reader.spec", "exec")  # a syntax error would only show at freeze time
    for needed in (
        "cfg.data_files()",
        "cfg.hidden_imports()",
        "cfg.QT_EXCLUDED_MODULES",
        "cfg.PY_EXCLUDED_MODULES",
        "cfg.qt_plugin_kept",
        "launcher.py",
        "rthook_offline.py",
        "rthook_streams.py",
        "cfg.GUI_EXE_NAME",
        "bundle_identifier=cfg.BUNDLE_ID",
        "entitlements.plist",
    ):
        assert needed in spec, needed
    # strip=True breaks numpy's OpenBLAS; build.py strips selectively instead.
    assert "strip=True" not in spec
    for hook in ("rthook_offline.py", "rthook_streams.py"):
        assert (PACKAGING / "hooks" / hook).is_file()


def test_launcher_runs_the_cli_whose_main_calls_freeze_support_first() -> None:
    launcher = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "from reader.cli import main" in launcher
    import ast
    import inspect

    from reader import cli

    body = ast.parse(inspect.getsource(cli.main)).body[0]
    assert isinstance(body, ast.FunctionDef)
    first = next(
        s for s in body.body if not isinstance(s, ast.Expr) or not isinstance(s.value, ast.Constant)
    )
    assert "freeze_support" in ast.unparse(first)


# -- build.py --------------------------------------------------------------------------------------


def test_build_help_works() -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    for option in ("--skip-self-test", "--installer", "--max-mb", "--no-strip"):
        assert option in result.stdout


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return _load("reader_build_script", PACKAGING / "build.py")


def test_smoke_articles_are_two_reports_of_one_event(build: ModuleType) -> None:
    a = (build.SMOKE_DIR / "article_a.txt").read_text(encoding="utf-8")
    b = (build.SMOKE_DIR / "article_b.txt").read_text(encoding="utf-8")
    page = (build.SMOKE_DIR / "article_b.html").read_text(encoding="utf-8")
    assert a != b
    for shared in ("Harbour Town", "Elena Ruiz", "14 million euros", "north quay"):
        assert shared in a and shared in b and shared in page
    assert set(build.SMOKE_COMPARE) | set(build.SMOKE_BATCH) <= {
        p.name for p in build.SMOKE_DIR.iterdir()
    }


def test_batch_smoke_input_is_what_reader_batch_reads(build: ModuleType, tmp_path: Path) -> None:
    from reader.commands.batch import parse_event

    path = tmp_path / "events.jsonl"
    build.write_batch_input(path)
    events = [parse_event(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [event_id for event_id, _title, _articles in events] == ["event-1", "event-2"]
    assert all(len(articles) == 2 for _id, _title, articles in events)
    # An error record in the output fails the build.
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "event-1", "line": 1, "error": "boom"}\n', encoding="utf-8")
    with pytest.raises(build.BuildError, match="boom"):
        build.check_batch(out, expected=1)


def test_clean_environment_drops_the_virtualenv(build: ModuleType, tmp_path: Path) -> None:
    env = build.clean_env(tmp_path)
    assert env["HOME"] == str(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert "VIRTUAL_ENV" not in env and not any(k.startswith("PYTHON") for k in env)
    assert str(Path(sys.executable).parent) not in env["PATH"]


def test_comparison_check_rejects_broken_output(build: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text('{"schema": "reader.comparison/1", "articles": []}', encoding="utf-8")
    with pytest.raises(build.BuildError, match="missing"):
        build.check_comparison(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(build.BuildError, match="no readable JSON"):
        build.check_comparison(path)


def _elf_with_debug_info(build: ModuleType) -> Path | None:
    spec = importlib.util.find_spec("spacy")  # located, not imported: importing costs seconds
    if spec is None or not spec.submodule_search_locations:
        return None
    for candidate in sorted(Path(spec.submodule_search_locations[0]).rglob("*.so")):
        names = build.elf_section_names(candidate)  # reads the section table only
        if names and ".debug_info" in names:
            return candidate
    return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF stripping is Linux-only")
def test_strip_selection_skips_vendored_libs_folders(build: ModuleType, tmp_path: Path) -> None:
    elf = _elf_with_debug_info(build)
    if elf is None:
        pytest.skip("no ELF with debug info in this environment")
    names = build.elf_section_names(elf)
    assert names is not None and ".debug_info" in names and ".text" in names
    (tmp_path / "pkg").mkdir()
    (tmp_path / "numpy.libs").mkdir()
    shutil.copy(elf, tmp_path / "pkg" / "a.so")
    shutil.copy(elf, tmp_path / "numpy.libs" / "b.so")
    (tmp_path / "pkg" / "notes.txt").write_text("not an ELF file", encoding="utf-8")
    assert list(build.strippable(tmp_path)) == [tmp_path / "pkg" / "a.so"]
    assert build.elf_section_names(tmp_path / "pkg" / "notes.txt") is None


# -- installers and CI -----------------------------------------------------------------------------


def test_inno_setup_script(cfg: ModuleType) -> None:
    iss = ISS.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert f'#define AppExe "{cfg.GUI_EXE_NAME}.exe"' in iss
    assert "{autoprograms}" in iss  # Start menu entry
    assert re.search(r'\\dist\\reader"', iss)  # PyInstaller's one-folder output by default
    assert r"SetupIconFile={#RepoRoot}\resources\icons\app.ico" in iss
    # File associations are optional tasks, and cover both .html and .mhtml.
    assert re.search(r'^Name: "assochtml".*Flags: unchecked', iss, re.MULTILINE)
    assert re.search(r'^Name: "assocmhtml".*Flags: unchecked', iss, re.MULTILINE)
    assert r"Software\Classes\.html\OpenWithProgids" in iss
    assert r"Software\Classes\.mhtml\OpenWithProgids" in iss
    # The uninstaller deletes the install folder only, never the library in the user data dir.
    section = iss.split("[UninstallDelete]", 1)[1].split("[Code]", 1)[0]
    uninstall = "\n".join(line for line in section.splitlines() if not line.startswith(";"))
    assert 'Name: "{app}"' in uninstall
    assert "{localappdata}" not in uninstall and "{userappdata}" not in uninstall
    assert (PACKAGING / "windows" / "sign.py").is_file()


def test_windows_version_resource(cfg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pefile", reason="PyInstaller's version-resource code needs pefile")
    from PyInstaller import compat

    # Only writing the resource into an .exe needs pywin32; building the structure does not.
    monkeypatch.setattr(compat, "win32api", getattr(compat, "win32api", None), raising=False)
    info = cfg.windows_version_info("1.2.3", description="Parallax Reader", filename="reader.exe")
    raw = info.toRaw()
    assert "1.2.3".encode("utf-16-le") in raw and "reader.exe".encode("utf-16-le") in raw
    assert info.ffi.fileVersionMS == (1 << 16) | 2 and info.ffi.fileVersionLS == 3 << 16


def test_windows_signing_is_skipped_without_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign = _load("reader_windows_sign", PACKAGING / "windows" / "sign.py")
    monkeypatch.delenv("WINDOWS_CERT_PFX_BASE64", raising=False)
    (tmp_path / "reader.exe").write_bytes(b"MZ")
    assert sign.main([str(tmp_path)]) == 0
    assert sign.targets(tmp_path) == [tmp_path / "reader.exe"]


def test_macos_bundle_settings(cfg: ModuleType) -> None:
    plist = cfg.info_plist("9.8.7")
    assert plist["CFBundleIdentifier"] == cfg.BUNDLE_ID == "org.parallaxreader.Reader"
    assert plist["CFBundleShortVersionString"] == "9.8.7"
    extensions = {e for t in plist["CFBundleDocumentTypes"] for e in t["CFBundleTypeExtensions"]}
    assert {"html", "mhtml", "webarchive", "pdf", "docx", "txt"} <= extensions
    assert all(t["CFBundleTypeRole"] == "Viewer" for t in plist["CFBundleDocumentTypes"])
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as fh:
        entitlements = plistlib.load(fh)
    assert entitlements.get("com.apple.security.cs.allow-unsigned-executable-memory") is True
    assert "com.apple.security.cs.disable-library-validation" not in entitlements
    assert "com.apple.security.network.client" not in entitlements
    dmg = (PACKAGING / "macos" / "make_dmg.py").read_text(encoding="utf-8")
    assert "notarytool" in dmg and "stapler" in dmg and "dmgbuild" in dmg


def test_release_workflow_builds_and_smoke_tests_on_every_os() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(text)
    build_job = workflow["jobs"]["build"]
    runners = {entry["os"] for entry in build_job["strategy"]["matrix"]["include"]}
    assert runners == {"windows-latest", "macos-latest", "macos-13", "ubuntu-latest"}
    runs = "\n".join(step.get("run", "") for step in build_job["steps"])
    assert 'pip install -e ".[package,test]"' in runs
    assert "pytest tests/test_packaging.py" in runs  # PyInstaller is there, so nothing skips
    assert "python packaging/build.py" in runs  # which runs the frozen self-test
    assert any(
        step.get("uses", "").startswith("actions/upload-artifact") for step in build_job["steps"]
    )
    release = workflow["jobs"]["release"]
    assert "refs/tags/v" in release["if"]
    # Paths the workflow relies on exist.
    assert (PACKAGING / "build.py").is_file()
    assert "softprops/action-gh-release" in text


# -- icons -----------------------------------------------------------------------------------------


def _png_size(blob: bytes) -> tuple[int, int]:
    assert blob[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", blob[16:24])
    return width, height


def test_png_icons_have_their_named_sizes() -> None:
    sizes = []
    for path in sorted(ICONS.glob("app-*.png")):
        size = int(path.stem.split("-")[1])
        assert _png_size(path.read_bytes()) == (size, size)
        sizes.append(size)
    assert {16, 32, 48, 256, 512} <= set(sizes)


def test_ico_holds_png_entries_up_to_256() -> None:
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = set()
    for i in range(count):
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        size = width or 256
        assert _png_size(data[offset : offset + length]) == (size, size)
        sizes.add(size)
    assert {16, 32, 48, 256} <= sizes


def test_icns_lengths_are_consistent() -> None:
    data = (ICONS / "app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, kinds = 8, set()
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        _png_size(data[pos + 8 : pos + length])
        kinds.add(kind)
        pos += length
    assert pos == len(data)
    assert {b"ic07", b"ic08", b"ic09"} <= kinds  # 128, 256, 512
