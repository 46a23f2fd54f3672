"""The drawing of the house: every import of ``sift`` (inside functions too) runs down the floors, never in a circle.

A room is a top-level module or package of ``sift``. Each room lives on one floor; it may import rooms on its own
floor or below, and the rooms' import graph has no cycle. The same table is in DEVELOPERS.md ("Architecture").
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "sift"

#: Floors from the ground up; a new room gets a row here (and in DEVELOPERS.md) before its first import.
FLOORS: dict[str, tuple[str, ...]] = {
    "ground": (
        "errors",
        "dates",
        "lru",
        "machine_cache",
        "settings",
        "json_input",
        "lexicon",
        "document",
        "encoders",
        "pipeline",
        "factchecks",
    ),
    "stages": ("ingest", "extract", "language", "segment", "claims", "attribution", "sources", "report", "stories"),
    "store": ("store",),
    "match": ("match",),
    "edges": ("workbench", "sample", "api", "cli", "batch", "__init__", "__main__"),
}
FLOOR_OF = {room: level for level, rooms in enumerate(FLOORS.values()) for room in rooms}
ROOT = "__init__"  # the package itself: ``sift.check``, ``sift.open_store``


def _module_name(path: Path) -> list[str]:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def _rooms() -> set[str]:
    """Top-level modules (``__init__`` is the package root) and packages (folders holding Python files)."""
    files = {path.stem for path in SRC.glob("*.py")}
    return files | {path.name for path in SRC.iterdir() if path.is_dir() and any(path.glob("*.py"))}


def _room_of(dotted: str, rooms: set[str]) -> str | None:
    """The room a ``sift.…`` name lives in (``sift.X`` where X is no module: the package root)."""
    parts = dotted.split(".")
    if parts[0] != "sift":
        return None
    if len(parts) == 1 or parts[1] not in rooms:
        return ROOT
    return parts[1]


def import_graph() -> dict[str, dict[str, list[str]]]:
    """room -> imported room -> the modules whose import it is (every ``import`` statement, wherever it stands)."""
    rooms = _rooms()
    graph: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path in sorted(SRC.rglob("*.py")):
        parts = _module_name(path)
        room = ROOT if len(parts) == 1 else parts[1]
        package = parts if path.name == "__init__.py" else parts[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = ".".join(package[: len(package) - node.level + 1]) if node.level else ""
                module = ".".join(part for part in (base, node.module or "") if part)
                targets = [module] if node.module else [f"{module}.{alias.name}" for alias in node.names]
                if module == "sift":
                    targets = [f"sift.{alias.name}" for alias in node.names]
            for target in targets:
                other = _room_of(target, rooms)
                if other is not None and other != room:
                    graph[room][other].append(".".join(parts))
    return graph


def test_every_room_has_a_floor() -> None:
    missing = sorted(_rooms() - set(FLOOR_OF))
    assert not missing, f"rooms without a floor (add them to FLOORS and DEVELOPERS.md): {missing}"


def test_no_import_runs_up_the_floors() -> None:
    upward = [
        f"{importer} ({room}, {floor_name(room)}) imports {other} ({floor_name(other)})"
        for room, targets in import_graph().items()
        for other, importers in targets.items()
        if FLOOR_OF[other] > FLOOR_OF[room]
        for importer in sorted(set(importers))
    ]
    assert not upward, "\n".join(upward)


def test_rooms_import_each_other_in_no_cycle() -> None:
    graph = {room: set(targets) for room, targets in import_graph().items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(room: str) -> list[str] | None:
        state[room] = 1
        stack.append(room)
        for other in sorted(graph.get(room, ())):
            if state.get(other) == 1:
                return [*stack[stack.index(other) :], other]
            if other not in state and (cycle := visit(other)) is not None:
                return cycle
        stack.pop()
        state[room] = 2
        return None

    for room in sorted(graph):
        if room not in state and (cycle := visit(room)) is not None:
            raise AssertionError("import cycle between rooms: " + " -> ".join(cycle))


def test_the_drawing_reads_imports_inside_functions() -> None:
    """The workbench opens the matcher inside a method: the graph must see it, or lazy imports could hide a cycle."""
    assert "match" in import_graph()["workbench"]


def test_developers_guide_draws_the_same_floors() -> None:
    guide = (SRC.parents[1] / "DEVELOPERS.md").read_text(encoding="utf-8")
    for floor, rooms in FLOORS.items():
        row = next((line for line in guide.splitlines() if line.startswith(f"| {floor} |")), None)
        assert row is not None, f"DEVELOPERS.md has no '| {floor} |' row in its floor table"
        assert all(f"`{room}`" in row for room in rooms), f"DEVELOPERS.md's {floor} row lacks some of {rooms}"


def floor_name(room: str) -> str:
    return list(FLOORS)[FLOOR_OF[room]]
