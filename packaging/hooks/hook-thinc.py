"""thinc's layers and backends are found through its registry: the stock hook minus tests, mypy."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("thinc", excludes=["**/tests/**"])
hiddenimports = collect_submodules(
    "thinc", filter=lambda name: ".tests" not in name and not name.startswith("thinc.mypy")
)
