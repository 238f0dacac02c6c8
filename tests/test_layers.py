"""The engine and knowledge layers stay free of Flask, so they run anywhere."""

from __future__ import annotations

import subprocess
import sys


def test_knowledge_and_engine_import_no_flask() -> None:
    code = (
        "import sys, careers_bot.knowledge, careers_bot.engine; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'flask', 'werkzeug', 'flask_wtf'}); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
