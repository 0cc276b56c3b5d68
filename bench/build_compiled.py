"""Compile a copy of the key-figure extractor with mypyc, to measure what compiling gives.

    python bench/build_compiled.py [OUT] [--with-model]   # default /tmp/hzreader-compiled
    python bench/bench_extract.py --against OUT   # compiled vs this checkout, back to back
    python bench/bench_extract.py --diff OUT      # and the same figures?

Copies this checkout's `src/hzreader` to OUT/hzreader and compiles every module of
`hzreader/figures` but the package front (`__init__`) with mypyc (it comes with mypy, a lint
dependency; it needs a C compiler and Python's headers); `--with-model` compiles
`hzreader/model.py` too (`Figure`, `Paragraph`, `figure_texts`). Python imports a compiled module
(`_digits.cpython-311-x86_64-linux-gnu.so`) before its source, so with OUT first on
PYTHONPATH the compiled extractor runs; everything else stays Python. Nothing in the
checkout changes: this is a measurement, not how hzreader is installed (see
docs/benchmarks.md, "Key figures: CPU per article", for what shipping it would take).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Copy, compile, and say how long it took."""
    args = [arg for arg in sys.argv[1:] if arg != "--with-model"]
    out = Path(args[0] if args else "/tmp/hzreader-compiled").resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copytree(ROOT / "src" / "hzreader", out / "hzreader",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    if (ROOT / "articles").is_dir():  # where an installed package has its bundled articles
        shutil.copytree(ROOT / "articles", out / "hzreader" / "articles")
    modules = sorted(str(p.relative_to(out)) for p in (out / "hzreader" / "figures").glob("_*.py")
                     if p.name != "__init__.py")
    if "--with-model" in sys.argv:
        modules.append(str(Path("hzreader") / "model.py"))
    mypyc = Path(sys.executable).parent / "mypyc"
    t0 = time.monotonic()
    done = subprocess.run([str(mypyc), *modules], cwd=out, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"mypyc failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    built = sorted(p.name for p in (out / "hzreader").rglob("*.so"))
    print(f"{out}: {len(built)} compiled modules in {time.monotonic() - t0:.0f} s; use it with "
          f"PYTHONPATH={out}")


if __name__ == "__main__":
    main()
