"""How deep bot/'s and calc/'s imports stack: the longest chain of project imports, counted
with `ast` (imports inside functions included: they are dependencies too).

`python -m bench.layers` prints, per package, its modules, the depth (floors) of the
longest import chain, and that chain; and the folders and the largest module and function.
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def modules(package: str) -> dict[str, Path]:
    """Every module of `package` by dotted name."""
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(path: Path, known: set[str]) -> set[str]:
    """The project modules `path` imports (a `from package import module` counts)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        else:
            continue
        out |= {name for name in names if name in known}
    return out


def depth_report(package: str) -> tuple[int, list[str], int]:
    """(floors of the longest chain inside `package`, that chain, module count)."""
    mods = modules(package)
    known = set(mods)
    graph = {name: imports(path, known) - {name} for name, path in mods.items()}

    @cache
    def longest(name: str, stack: frozenset[str] = frozenset()) -> tuple[str, ...]:
        best: tuple[str, ...] = ()
        for dep in graph[name]:
            if dep in stack or dep.startswith(name + "."):
                continue
            chain = longest(dep, stack | {name})
            if len(chain) > len(best):
                best = chain
        return (name, *best)

    chain = max((longest(name) for name in mods), key=len)
    return len(chain), list(chain), len(mods)


def largest(package: str) -> tuple[tuple[int, str], tuple[int, str]]:
    """(lines, module) of the longest module and (lines, function) of the longest function."""
    module, function = (0, ""), (0, "")
    for name, path in modules(package).items():
        text = path.read_text()
        module = max(module, (len(text.splitlines()), name))
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                function = max(function, (length, f"{name}.{node.name}"))
    return module, function


MAX_MODULE = 500  # lines
MAX_FUNCTION = 60  # lines


def too_large(package: str) -> list[str]:
    """Modules over MAX_MODULE lines and functions over MAX_FUNCTION."""
    out = []
    for name, path in modules(package).items():
        text = path.read_text()
        if len(text.splitlines()) > MAX_MODULE:
            out.append(f"module {name}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION:
                    out.append(f"function {name}.{node.name}: {length} lines")
    return out


def main() -> None:
    for package in sys.argv[1:] or ["bot", "calc"]:
        floors, chain, count = depth_report(package)
        (mlines, mname), (flines, fname) = largest(package)
        print(f"{package}/: {count} modules, {floors} import floors: {' → '.join(chain)}")
        print(
            f"  largest module {mname} ({mlines} lines); longest function {fname} ({flines} lines)"
        )
        over = too_large(package)
        print(f"  over {MAX_MODULE} lines a module or {MAX_FUNCTION} a function: {len(over)}")
        for line in over:
            print(f"    {line}")


if __name__ == "__main__":
    main()
