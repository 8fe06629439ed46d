"""The TUI's structure: no import cycle among its modules, ``tui/app.py`` imported only by
the entry point, no mixins, no private Textual API."""

from __future__ import annotations

import ast
from pathlib import Path

import briefer

PACKAGE = Path(briefer.__file__).resolve().parent
TUI = PACKAGE / "tui"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """Every briefer module ``path`` imports (at any depth in the file: imports hidden in
    functions count too)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("briefer")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("briefer"):
                continue
            found.add(target)
            for a in node.names:  # ``from . import demo`` imports the module briefer.tui.demo
                found.add(f"{target}.{a.name}")
    return found


def modules(root: Path) -> dict[str, Path]:
    return {module_name(p): p for p in root.rglob("*.py")}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    state: dict[str, int] = {}  # 1: on the path, 2: done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    return cycles


def tui_graph() -> dict[str, set[str]]:
    tui = modules(TUI)
    return {
        name: {m for m in imports(path) if m in tui and m != name} for name, path in tui.items()
    }


def test_no_import_cycle_in_the_tui() -> None:
    graph = tui_graph()
    assert "briefer.tui.screens.main" in graph["briefer.tui.app"]  # the walk sees imports
    assert find_cycles(graph) == []


def test_the_cycle_check_can_fail(tmp_path: Path) -> None:
    """A cycle through an import hidden in a function body is found."""
    folder = tmp_path / "briefer" / "tui"
    folder.mkdir(parents=True)
    (folder / "a.py").write_text("from .b import x\n", encoding="utf-8")
    (folder / "b.py").write_text("def f():\n    from .a import y\n", encoding="utf-8")
    global PACKAGE
    saved = PACKAGE
    PACKAGE = tmp_path / "briefer"
    try:
        graph = {
            module_name(p): {m for m in imports(p) if m.startswith("briefer.tui.")}
            for p in folder.glob("*.py")
        }
    finally:
        PACKAGE = saved
    graph = {k: {m for m in v if m in graph} for k, v in graph.items()}
    assert find_cycles(graph) == [["briefer.tui.a", "briefer.tui.b", "briefer.tui.a"]]


def test_only_the_entry_point_imports_the_app() -> None:
    importers = sorted(
        name
        for name, path in modules(PACKAGE).items()
        if "briefer.tui.app" in imports(path) and name != "briefer.tui.app"
    )
    assert importers == ["briefer.cli.tui"]


def test_no_mixins_and_no_private_textual_api() -> None:
    for path in TUI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                assert not node.name.endswith("Mixin"), (path, node.name)
                # a mixin by any other name: the app (or a screen) spread over classes it
                # inherits from, as "class BrieferApp(AppExport, AppThemes, App[None])" was;
                # the app composes plain objects instead (STYLE.md: no mixins)
                assert len(node.bases) <= 1, (path, node.name, [ast.unparse(b) for b in node.bases])
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                # overriding Textual's private handlers (``_on_click``, ``_fatal_error``)
                assert node.name not in {"_on_click", "_fatal_error", "_on_key"}, (path, node.name)
        # "._notifications", not "_notifications": App.clear_notifications() is public
        for private in ("_match_style", "._notifications", "vars(self.ws)"):
            assert private not in text, (path, private)


def test_tests_use_no_private_app_state() -> None:
    here = Path(__file__).resolve().parent
    for path in here.glob("test_*.py"):
        if path.name == Path(__file__).name:
            continue
        text = path.read_text(encoding="utf-8")
        assert "app._notifications" not in text, path
