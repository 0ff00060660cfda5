"""spaCy registers its pipes, languages and architectures through imports PyInstaller cannot follow.

Overrides the stock hook only to leave out ``spacy.tests`` (a few MB and hundreds of "not found"
warnings once the tests are excluded).
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("spacy", excludes=["**/tests/**"])
hiddenimports = collect_submodules("spacy", filter=lambda name: ".tests" not in name)
