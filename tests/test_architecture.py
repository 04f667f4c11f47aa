"""The shape of the package: no import circles and no layer importing a layer above it.

Read from the source with `ast`, so imports inside functions count too: a function-local import
hides a circle from Python at import time, not from the design (one kept loader -> checks ->
quality -> compose -> loader alive until it was broken)."""

from __future__ import annotations

import ast
import subprocess
import sys

from .conftest import ROOT

PACKAGE = ROOT / "inara"

# Lowest first. A module may import its own layer and the ones below, never one above.
LAYERS = [
    ("inara.errors", "inara.vocab"),
    ("inara.content",),
    ("inara.matching", "inara.store"),
    ("inara.compose",),
    ("inara.render",),
    ("inara.app", "inara.checking", "inara.agreement", "inara.evaluate", "inara.audio"),
    ("inara.cli", "inara.web", "inara.settings", "inara.__main__", "inara"),
]


def modules() -> dict[str, ast.Module]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return found


def imports(name: str, tree: ast.Module, known: set[str], is_package: bool) -> set[str]:
    """Every inara module `name` imports, at the top or inside a function, as the module it names
    (`from .guide import compose` -> inara.compose.guide; `from . import fit` -> ...matching.fit)."""
    out = set()
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else module
                       for alias in node.names]
        for target in targets:
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known and target != name:
                out.add(target)
    return out


def import_graph() -> dict[str, set[str]]:
    trees = modules()
    known = set(trees)
    packages = {str(p.relative_to(ROOT).parent).replace("/", ".") for p in PACKAGE.rglob("__init__.py")}
    return {name: imports(name, tree, known, name in packages) for name, tree in trees.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each a circle."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def layer(module: str) -> int:
    best = None
    for number, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if module == prefix or module.startswith(prefix + "."):
                if best is None or len(prefix) > best[1]:
                    best = (number, len(prefix))
    assert best is not None, f"{module} is in no layer: add it to LAYERS in {__file__}"
    return best[0]


def test_the_graph_reader_sees_function_local_and_relative_imports():
    graph = import_graph()
    assert "inara.matching.onnx_minilm" in graph["inara.matching.embeddings"]  # inside make_embedder
    assert "inara.matching.fit" in graph["inara.matching.matcher"]  # from . import fit
    assert "inara.content.models" in graph["inara.content.loader"]


def test_no_import_circles():
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_one():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_layer_imports_a_layer_above_it():
    upward = [f"{module} (layer {layer(module)}) imports {target} (layer {layer(target)})"
              for module, targets in import_graph().items() for target in sorted(targets)
              if layer(target) > layer(module)]
    assert upward == []


def test_every_module_imports_alone():
    """Each module imported first in a fresh set of inara modules: a circle Python trips over
    (an ImportError for a half-initialised module) shows here whatever order tests import in."""
    script = (
        "import importlib, sys, traceback\n"
        "failed = []\n"
        f"for name in {sorted(set(import_graph()) - {'inara.__main__'})!r}:\n"  # that one runs the CLI
        "    for loaded in [m for m in sys.modules if m == 'inara' or m.startswith('inara.')]:\n"
        "        del sys.modules[loaded]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception:\n"
        "        failed.append(name + ': ' + traceback.format_exc().splitlines()[-1])\n"
        "print('\\n'.join(failed))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


# Writing the environment is not reading it: setting a default for the BLAS thread counts before
# NumPy loads (inara/__init__.py and inara/web/__init__.py, with setdefault) and handing the
# server's settings to its worker processes (os.environ.update in web/server.py) may stay.
WRITES = ("setdefault", "update")


def environment_reads(tree: ast.Module) -> list[int]:
    """Lines of `tree` that read the environment: os.environ (or environ, environb) used any way but
    a write, os.getenv, or importing either name from os."""
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "os":
            found += [node.lineno for alias in node.names if alias.name in ("environ", "environb", "getenv")]
        if isinstance(node, ast.Attribute) and node.attr in ("getenv", "getenvb"):
            found.append(node.lineno)
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "environb"):
            parent = parents.get(node)
            if not (isinstance(parent, ast.Attribute) and parent.attr in WRITES):
                found.append(node.lineno)
    return sorted(found)


def test_only_settings_reads_the_environment():
    """Configuration is read in one place, inara/settings.py, by the CLI and the server (and
    scripts), and passed to the library as arguments: what the library does never depends on
    where it runs, and every setting is listed there."""
    reads = [f"{name}:{line}" for name, tree in modules().items() if name != "inara.settings"
             for line in environment_reads(tree)]
    assert reads == []


def test_the_environment_reader_finds_reads_and_lets_writes_pass():
    reads = environment_reads(ast.parse(
        "import os\nfrom os import getenv\na = os.environ.get('X')\nb = os.environ['Y']\nc = os.getenv('Z')\n"
        "d = 'W' in os.environ\nos.environ.setdefault('T', '1')\nos.environ.update({'U': '2'})\n"))
    assert reads == [2, 3, 4, 5, 6]
