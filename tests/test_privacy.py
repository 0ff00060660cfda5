"""Privacy: no network unless the user opens a URL, and article HTML never loads or runs anything.

The command-line checks run the real ``reader`` in a subprocess with a ``sitecustomize`` that
replaces every way Python reaches the network (``socket.connect``, ``create_connection``,
``getaddrinfo`` ...) with a function that writes the attempt to a log and raises. The guard is on
``sys.path`` of every Python process started with that environment, so the ingest child process
is guarded too. Where ``strace`` works, the GUI run is also traced for ``connect()`` system calls,
which catches Qt's own (C++) networking that a Python guard cannot see.

In the window, ``loadResource`` of QTextDocument, QTextEdit and QTextBrowser is spied on: the views
are filled from a page full of remote images, iframes and scripts, and from text that *quotes* such
markup, and no remote URL may ever be requested. Exported reports are checked for active content by
tests/test_export_html.py and tests/test_export_pdf.py (not repeated here).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit

import ingest_samples as samples

HOSTILE_PAGE = samples.PAGES / "hostile_payloads.html"
REMOTE = re.compile(r"^(https?|ftp|wss?)://", re.IGNORECASE)

GUARD = '''\
"""Installed by tests/test_privacy.py: record and refuse every network attempt."""
import json
import os
import socket

_LOG = os.environ.get("READER_NET_LOG")


def _blocked(name):
    def refuse(*args, **kwargs):
        with open(_LOG, "a", encoding="utf-8") as fh:
            record = {"call": name, "args": repr(args)[:300], "pid": os.getpid()}
            fh.write(json.dumps(record) + "\\n")
        raise OSError(f"network blocked by the privacy test ({name})")

    return refuse


if _LOG:
    socket.socket.connect = _blocked("socket.connect")
    socket.socket.connect_ex = _blocked("socket.connect_ex")
    socket.socket.sendto = _blocked("socket.sendto")
    socket.create_connection = _blocked("socket.create_connection")
    socket.getaddrinfo = _blocked("socket.getaddrinfo")
    socket.gethostbyname = _blocked("socket.gethostbyname")
    socket.gethostbyname_ex = _blocked("socket.gethostbyname_ex")
'''


def guarded_env(folder: Path) -> tuple[dict[str, str], Path]:
    """An environment whose Python processes load the guard, and the log it writes to."""
    site = folder / "guard"
    site.mkdir(parents=True, exist_ok=True)
    (site / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = folder / "network.log"
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH", "")])),
        READER_NET_LOG=str(log),
        QT_QPA_PLATFORM="offscreen",
        READER_LIBRARY=str(folder / "library.sqlite"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_CACHE_HOME=str(folder / "cache"),
    )
    # The app must stay offline by itself, not because a switch told it to.
    env.pop("READER_NO_NETWORK", None)
    return env, log


def attempts(log: Path) -> list[dict[str, Any]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]


def run_guarded(args: list[str], folder: Path, *, timeout: float = 180) -> tuple[int, str, Path]:
    env, log = guarded_env(folder)
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
        timeout=timeout,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr, log


def test_the_guard_catches_a_real_attempt(tmp_path: Path) -> None:
    """Without this, a guard that never loaded would make every other test here pass."""
    code, output, log = run_guarded(
        [
            "-c",
            "import urllib.request\n"
            "try:\n"
            "    urllib.request.urlopen('http://example.invalid/', timeout=1)\n"
            "except OSError as exc:\n"
            "    print('refused', exc)\n",
        ],
        tmp_path,
    )
    assert code == 0, output
    assert "refused" in output
    assert [a["call"] for a in attempts(log)][:1] in (
        ["socket.getaddrinfo"],
        ["socket.create_connection"],
    )


def test_compare_makes_no_network_connection(tmp_path: Path) -> None:
    """A page full of remote images, scripts, iframes and a meta refresh, compared headless."""
    out = tmp_path / "comparison.json"
    html = tmp_path / "report.html"
    code, output, log = run_guarded(
        [
            "-m",
            "reader",
            "compare",
            str(HOSTILE_PAGE),
            str(samples.MERIDIAN),
            "--json",
            str(out),
            "--html",
            str(html),
        ],
        tmp_path,
    )
    assert code == 0, output
    assert json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert html.stat().st_size > 0
    assert attempts(log) == []


@pytest.mark.slow
def test_self_test_makes_no_network_connection(tmp_path: Path) -> None:
    code, output, log = run_guarded(["-m", "reader", "--self-test"], tmp_path)
    assert code == 0, output
    assert "self-test passed" in output
    assert attempts(log) == []


def _inet_connects(trace: Path) -> list[str]:
    """``connect()`` calls to an internet address in an strace log (local sockets are fine)."""
    text = trace.read_text(encoding="utf-8", errors="replace") if trace.exists() else ""
    return [
        line
        for line in text.splitlines()
        if "connect(" in line and ("AF_INET" in line or "AF_INET6" in line)
    ]


def _strace_works(folder: Path) -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(folder / "probe.txt"), "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.gui
def test_gui_open_of_a_hostile_page_makes_no_network_connection(tmp_path: Path) -> None:
    """The real window opens the page (remote images, iframes, scripts) and renders every view."""
    picture = tmp_path / "window.png"
    args = [
        "-m",
        "reader",
        "--screenshot",
        str(picture),
        str(HOSTILE_PAGE),
        str(samples.HARBOUR),
        "--view",
        "reading",
    ]
    trace = tmp_path / "connect.trace"
    if _strace_works(tmp_path):
        env, log = guarded_env(tmp_path)
        done = subprocess.run(
            ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace), sys.executable, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=180,
            check=False,
        )
        code, output = done.returncode, done.stdout + done.stderr
        assert trace.exists()  # strace ran and wrote its log
        assert _inet_connects(trace) == []
    else:
        code, output, log = run_guarded(args, tmp_path)
    assert code == 0, output
    assert picture.stat().st_size > 0
    assert attempts(log) == []


# -- in the window: article text never loads a resource -------------------------------------------


QUOTED_MARKUP = (
    "How trackers work\n\n"
    'A tracking pixel is a line such as <img src="http://evil.example/PXR_QUOTED_IMG.gif"> '
    "hidden in a page, the researcher said on Monday.\n\n"
    'An iframe like <iframe src="https://evil.example/PXR_QUOTED_FRAME"></iframe> can load a '
    "whole second page, she said. A script such as <script>alert('PXR_QUOTED_SCRIPT')</script> "
    "runs as soon as it arrives, the report added."
)


@pytest.fixture
def resource_requests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL any text document or text widget is asked to load, while the test runs."""
    seen: list[str] = []
    for cls in (QTextDocument, QTextEdit, QTextBrowser):
        original = cls.loadResource

        def spy(self: Any, kind: int, url: QUrl, _original: Any = original) -> Any:
            seen.append(url.toString())
            return _original(self, kind, url)

        monkeypatch.setattr(cls, "loadResource", spy)
    return seen


def _all_text_documents(window: Any) -> list[QTextDocument]:
    docs = [edit.document() for edit in window.findChildren(QTextEdit)]
    docs.extend(window.aligned.cell_delegate._cache.values())
    return docs


def _image_or_link_formats(doc: QTextDocument) -> list[str]:
    found = []
    for fmt in doc.allFormats():
        if fmt.isImageFormat():
            found.append("image:" + fmt.toImageFormat().name())
        elif fmt.isCharFormat() and fmt.toCharFormat().isAnchor():
            href = fmt.toCharFormat().anchorHref()
            if REMOTE.match(href):
                found.append("link:" + href)
    return found


@pytest.mark.gui
def test_views_never_request_remote_resources(
    qtbot: Any, tmp_path: Path, resource_requests: list[str]
) -> None:
    from reader.core.compare import compare
    from reader.core.ingest import article_from_text, read_article
    from ui_sample import make_window

    hostile = read_article(HOSTILE_PAGE)
    quoted = article_from_text(QUOTED_MARKUP, outlet="Tech Desk")
    comparison = compare([hostile, quoted])
    window = make_window(qtbot, tmp_path)
    window.show_comparison(comparison)
    for view in ("aligned", "reading", "overview"):
        window.set_view(view)
        QApplication.processEvents()
        window.grab()
    for row in range(min(5, window.aligned.model().rowCount())):
        window.aligned.select_row(row)
        QApplication.processEvents()
    window.grab()

    remote = [url for url in resource_requests if REMOTE.match(url)]
    assert remote == []
    docs = _all_text_documents(window)
    assert docs
    shown = "\n".join(doc.toPlainText() for doc in docs)
    assert "PXR_QUOTED_IMG" in shown  # the quoted markup is shown, as text
    for doc in docs:
        assert _image_or_link_formats(doc) == []
    # Nothing the page's scripts or active attributes carry is shown anywhere.
    assert re.findall(r"PXR_(?!QUOTED)[A-Z_]+\d+", shown) == []

    # The spy does see a load when rich text asks for one, so the empty list above means something.
    probe = QTextEdit()
    probe.setHtml('<img src="http://evil.example/probe.png">')
    probe.resize(200, 100)
    probe.grab()
    assert any("probe.png" in url for url in resource_requests)
    probe.deleteLater()
