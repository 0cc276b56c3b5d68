"""The pure layer must not depend on Textual, and modules stay small."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import hzreader

PACKAGE = Path(hzreader.__file__).parent
#: Modules that are the UI (or start it); every other top-level module is the pure layer.
UI_MODULES = {"app", "app_reading", "app_watch", "cli", "__main__"}


def pure_modules() -> list[str]:
    return sorted(p.stem for p in PACKAGE.glob("*.py")
                  if p.stem not in UI_MODULES and p.stem != "__init__")


def test_pure_modules_do_not_import_textual() -> None:
    names = pure_modules()
    assert {"model", "loader", "figures", "search", "render", "state"} <= set(names)
    imports = "; ".join(f"import hzreader.{name}" for name in names)
    code = f"import sys; {imports}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_no_module_is_a_god_module() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines())
             for p in PACKAGE.rglob("*.py")}
    assert max(sizes.values()) <= 450, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]
