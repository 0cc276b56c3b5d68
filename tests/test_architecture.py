"""The house plan, checked from the source: packages, one import direction, no cycles.

The import graph is read with `ast` from every module of `hzreader` (imports inside functions
and under `TYPE_CHECKING` included), so a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import hzreader

PACKAGE = Path(hzreader.__file__).parent

#: The layers, lowest first: a module may import its own layer and the ones before it.
LAYERS: list[set[str]] = [
    {"__init__", "_lazy", "_hanzi", "_hashes", "_args", "model", "text", "line_joins", "dates",
     "table_rows",
     "dirs", "marks",
     "safe_write"},
    {"state"},
    {"figures"},
    {"query"},
    {"files"},
    {"index"},
    {"library"},
    {"feeds"},
    {"lens"},
    {"ui"},
    {"cli", "__main__"},
]
#: Top-level units (packages or modules) allowed to import Textual.
TEXTUAL_ALLOWED = {"ui", "cli", "__main__"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_of(path: Path, name: str, modules: dict[str, Path]) -> set[str]:
    """Every module (of hzreader or outside) that `path` imports, anywhere in the file."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in modules else target)
    return found


def graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: imports_of(path, name, modules) for name, path in modules.items()}


def unit(module: str) -> str:
    """The top-level package or module of `hzreader.x.y`: `x`; `__init__` for the root."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def layer(module: str) -> int:
    return next(i for i, names in enumerate(LAYERS) if unit(module) in names)


def test_every_unit_has_a_layer() -> None:
    units = {unit(m) for m in all_modules()}
    assert units <= set().union(*LAYERS), units - set().union(*LAYERS)


def test_no_import_cycles() -> None:
    edges = {m: {t for t in targets if t.startswith("hzreader")}
             for m, targets in graph().items()}
    # A package imports its own `__init__` by importing a sibling; that is not a cycle.
    for module, targets in edges.items():
        targets.discard(module)
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(edges.get(module, ())):
            if state.get(target) == 1:
                cycle = path[path.index(target):] + [target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module)


def test_imports_follow_the_documented_direction() -> None:
    wrong = [f"{m} -> {t}" for m, targets in graph().items() for t in targets
             if t.startswith("hzreader.") and unit(t) != unit(m) and layer(t) > layer(m)]
    assert not wrong, wrong


def test_private_modules_stay_in_their_package() -> None:
    wrong = []
    for module, targets in graph().items():
        for target in targets:
            parts = target.split(".")
            private = [i for i, part in enumerate(parts) if part.startswith("_")
                       and not part.startswith("__")]
            if private and target.startswith("hzreader."):
                owner = ".".join(parts[: private[0]])
                if not (module == owner or module.startswith(owner + ".")):
                    wrong.append(f"{module} -> {target}")
    assert not wrong, wrong


def test_only_the_ui_imports_textual() -> None:
    wrong = [f"{m} -> {t}" for m, targets in graph().items() for t in targets
             if t.split(".")[0] == "textual" and unit(m) not in TEXTUAL_ALLOWED]
    assert not wrong, wrong


def test_pure_packages_do_not_load_textual() -> None:
    units = sorted({unit(m) for m in all_modules()} - TEXTUAL_ALLOWED - {"__init__"})
    assert {"model", "files", "figures", "query", "index", "library", "state",
            "feeds", "lens"} <= set(units)
    imports = "; ".join(f"import hzreader.{name}" for name in units)
    code = f"import sys; {imports}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_each_package_names_its_api() -> None:
    for init in PACKAGE.rglob("__init__.py"):
        if init.parent == PACKAGE:
            continue
        tree = ast.parse(init.read_text(encoding="utf-8"))
        names = [t.id for node in tree.body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)]
        assert "__all__" in names or not any(isinstance(n, ast.ImportFrom) for n in tree.body), init


def test_no_module_is_a_god_module() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines())
             for p in PACKAGE.rglob("*.py")}
    assert max(sizes.values()) <= 450, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]


def test_the_graph_reader_sees_a_cycle(tmp_path: Path) -> None:
    """The cycle check is not vacuous: the old app <-> app_watch pair would be caught."""
    modules = {"hzreader.a": tmp_path / "a.py", "hzreader.b": tmp_path / "b.py"}
    modules["hzreader.a"].write_text("def f():\n    from hzreader.b import x\n")
    modules["hzreader.b"].write_text("from typing import TYPE_CHECKING\n"
                                     "if TYPE_CHECKING:\n    from hzreader.a import y\n")
    assert imports_of(modules["hzreader.a"], "hzreader.a", modules) == {"hzreader.b"}
    assert "hzreader.a" in imports_of(modules["hzreader.b"], "hzreader.b", modules)


def test_the_first_screen_does_not_load_what_it_does_not_show() -> None:
    """Start-up: the app's module loads no figure rules, YAML, sync, lens or feed code; they
    load on first use (package fronts are lazy, see `hzreader._lazy`)."""
    late = ["hzreader.figures._extract", "hzreader.files._loader", "hzreader.index._sync",
            "hzreader.index._fts_query", "hzreader.lens._table", "hzreader.feeds._run",
            "yaml", "multiprocessing", "watchfiles", "hzreader.query._tokens",
            "hzreader.query._match", "hzreader.index._prefixes", "hzreader.ui.widgets.figures",
            "hzreader.query._notes", "_hashlib", "hzreader.query._parse",
            "hzreader.ui.widgets.search_input"]
    code = ("import sys; from hzreader.ui import make_app; "
            f"print([m for m in {late!r} if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_the_figures_command_loads_no_figure_rules_before_it_forks() -> None:
    """`hzreader figures --query 'money>1e9' --format csv` from the index: its modules and
    its query load no figure rules (tens of milliseconds before its helpers start)."""
    rules = ["hzreader.figures._units", "hzreader.figures._patterns",
             "hzreader.figures._extract"]
    code = ("import sys; from hzreader.lens._cli import figures_command; "
            "import hzreader.lens._stream; from hzreader.query import parse_query; "
            "parse_query('money>1e9 percent>=5'); "
            f"print([m for m in {rules!r} if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_the_second_pass_workers_load_no_file_reading_code() -> None:
    """A second pass's worker (a fresh process: `_work.set_up_worker`, then `second_pass`
    through the pool's `_trimmed`) finds figures and first letters in stored articles: it
    loads no YAML, no file reading or full-text code and no OpenSSL (≈ 5 MB less each, at a
    cold start's peak of memory)."""
    late = ["yaml", "hzreader.files._loader", "hzreader.files._stream",
            "hzreader.index._fts_query", "_hashlib"]
    code = ("import sys, pickle; from functools import partial; "
            "from hzreader.index._pool import _trimmed; "
            "from hzreader.index._work import second_pass, set_up_worker; "
            "pickle.loads(pickle.dumps((_trimmed, partial(second_pass, dense=frozenset()), "
            "set_up_worker))); set_up_worker(b'', None); "
            "second_pass([(1, 'T', 'S', '[]', 'src', 'me', b'', True, True)], frozenset()); "
            f"print([m for m in {late!r} if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_the_app_loads_no_openssl() -> None:
    """The app's digests come from CPython's own modules (`hzreader._hashes`): importing it
    and opening an index load no `hashlib` (its OpenSSL is ≈ 4 MB of RSS)."""
    code = ("import sys; from hzreader.ui import make_app; from hzreader import cli; "
            "from hzreader.index import store_path, ArticleStore; store_path(['.']); "
            "from hzreader.index import _sync, _work; _work.code_key(); "
            "print([m for m in ('hashlib', '_hashlib') if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
