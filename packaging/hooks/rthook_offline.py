"""Runtime hook: the frozen app never downloads models.

Runs before the app's own code. Libraries that know the Hugging Face hub (tokenizers and friends
pulled in by embedding packages) honour these switches; WordLlama is loaded with
``disable_download=True`` and spaCy loads the bundled model package, so nothing else reaches out.
The user's explicit "open URL" action is separate and unaffected.
"""

import os

for _name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
    os.environ.setdefault(_name, "1")
