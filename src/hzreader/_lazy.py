"""Lazy package fronts: a package names its API, and a name's module loads on first use.

Start-up pays only for what the first screen needs (PEP 562 module `__getattr__`): importing
`hzreader.index` to open the index must not compile the figure rules or start the sync code.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, Sequence[str]]
                 ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for `package`, whose `exports` maps `_module` to its names."""
    where = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(importlib.import_module(package), name, value)  # found once
        return value

    def __dir__() -> list[str]:
        return sorted(where)

    return __getattr__, __dir__
