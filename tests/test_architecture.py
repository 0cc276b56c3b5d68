"""The pure layer must not depend on Textual."""

from __future__ import annotations

import subprocess
import sys

PURE_MODULES = ["model", "loader", "validate", "figures", "search", "render", "sanitize",
                "library"]


def test_pure_modules_do_not_import_textual() -> None:
    imports = "; ".join(f"import hzreader.{name}" for name in PURE_MODULES)
    code = f"import sys; {imports}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
