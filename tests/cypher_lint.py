"""Offline Cypher linting with Neo4j's own parser (via node).

The node tool lives in ``tests/cypherlint`` (``lint.mjs`` + a pinned
``@neo4j-cypher/language-support``). Statements are checked as Neo4j 5 Cypher
for syntax and semantic errors (undefined variables, removed syntax such as
``CREATE INDEX ON :L(p)`` or ``exists(n.p)``, ...). Unknown labels, properties,
procedures and functions are *not* errors, and ``$parameters`` need not be
declared.

Typical use in a test::

    import pytest
    import cypher_lint

    def test_my_cypher_is_valid_neo4j_5():
        if not cypher_lint.node_available():
            pytest.skip(cypher_lint.UNAVAILABLE_MESSAGE)
        try:
            errors = cypher_lint.lint(statements)
        except cypher_lint.LintUnavailable as exc:
            pytest.skip(str(exc))
        assert errors == [[] for _ in statements]

``ensure_installed`` runs ``npm ci`` once (needs the npm registry) when
``tests/cypherlint/node_modules`` is missing; that folder must stay git-ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

LINT_DIR = Path(__file__).resolve().parent / "cypherlint"
LINT_SCRIPT = LINT_DIR / "lint.mjs"
_PACKAGE_MARKER = LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support" / "package.json"

MIN_NODE_MAJOR = 20
NODE_VERSION_TIMEOUT_S = 15
NPM_CI_TIMEOUT_S = 600
LINT_BASE_TIMEOUT_S = 60
LINT_PER_STATEMENT_TIMEOUT_S = 1.0

UNAVAILABLE_MESSAGE = (
    f"node >= {MIN_NODE_MAJOR} (and npm, to install tests/cypherlint) is needed "
    "for Cypher linting"
)


class LintUnavailable(RuntimeError):
    """The linter cannot run here (no node/npm, or ``npm ci`` failed)."""


class LintFailed(RuntimeError):
    """The node linter ran but did not produce a usable answer."""


def _node() -> str | None:
    return shutil.which("node")


def _npm() -> str | None:
    return shutil.which("npm")


def _node_major(node: str) -> int | None:
    try:
        out = subprocess.run(
            [node, "--version"],
            capture_output=True,
            text=True,
            timeout=NODE_VERSION_TIMEOUT_S,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.match(r"v?(\d+)\.", out.strip())
    return int(match.group(1)) if match else None


def _installed() -> bool:
    return _PACKAGE_MARKER.is_file()


def node_available() -> bool:
    """True when node is recent enough and the linter is installed or installable."""
    node = _node()
    if node is None:
        return False
    major = _node_major(node)
    if major is None or major < MIN_NODE_MAJOR:
        return False
    return _installed() or _npm() is not None


@contextmanager
def _install_lock() -> Iterator[None]:
    """Serialise concurrent installs (e.g. pytest-xdist workers)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX
        yield
        return
    key = hashlib.sha256(str(LINT_DIR).encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"cypherlint-{key}.lock"
    with open(lock_path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def ensure_installed() -> Path:
    """Install the node linter (``npm ci``) if needed; return its directory."""
    if _installed():
        return LINT_DIR
    if _node() is None:
        raise LintUnavailable(UNAVAILABLE_MESSAGE + ": node not found on PATH")
    npm = _npm()
    if npm is None:
        raise LintUnavailable(
            UNAVAILABLE_MESSAGE + ": npm not found on PATH and tests/cypherlint/node_modules is missing"
        )
    with _install_lock():
        if _installed():  # another process installed it meanwhile
            return LINT_DIR
        try:
            proc = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund"],
                cwd=LINT_DIR,
                capture_output=True,
                text=True,
                timeout=NPM_CI_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired as exc:
            raise LintUnavailable(f"npm ci in {LINT_DIR} timed out after {NPM_CI_TIMEOUT_S}s") from exc
        except OSError as exc:
            raise LintUnavailable(f"could not run npm ci in {LINT_DIR}: {exc}") from exc
        if proc.returncode != 0 or not _installed():
            tail = (proc.stdout + proc.stderr)[-2000:]
            raise LintUnavailable(f"npm ci in {LINT_DIR} failed (exit {proc.returncode}):\n{tail}")
    return LINT_DIR


def lint_detailed(
    statements: list[str], schema: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Lint all statements in one node call; return lint.mjs's raw JSON entries.

    Each entry is ``{"index", "errors": [{message, line, column, offset}], "warnings": [...]}``.
    ``schema`` is an optional ``DbSchema`` for the language-support package
    (e.g. ``{"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]}``
    turns unknown labels/properties into warnings).
    """
    statements = list(statements)
    if not all(isinstance(s, str) for s in statements):
        raise TypeError("statements must be strings")
    if not statements:
        return []
    lint_dir = ensure_installed()
    node = _node()
    if node is None:
        raise LintUnavailable(UNAVAILABLE_MESSAGE + ": node not found on PATH")
    payload: Any = statements if schema is None else {"statements": statements, "schema": schema}
    timeout = LINT_BASE_TIMEOUT_S + LINT_PER_STATEMENT_TIMEOUT_S * len(statements)
    try:
        proc = subprocess.run(
            [node, str(lint_dir / "lint.mjs")],
            cwd=lint_dir,
            input=json.dumps(payload),
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "NODE_NO_WARNINGS": "1"},
        )
    except subprocess.TimeoutExpired as exc:
        raise LintFailed(f"cypher linter timed out after {timeout:.0f}s") from exc
    if proc.returncode != 0:
        raise LintFailed(f"cypher linter exited {proc.returncode}: {proc.stderr[-2000:]}")
    try:
        result = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise LintFailed(f"cypher linter printed invalid JSON: {proc.stdout[:500]!r}") from exc
    if not isinstance(result, list) or len(result) != len(statements):
        raise LintFailed(f"cypher linter answered {len(result)} entries for {len(statements)} statements")
    return sorted(result, key=lambda entry: entry["index"])


def _format(entry: dict[str, Any]) -> str:
    return f"{entry['message']} (line {entry['line']}, column {entry['column']})"


def lint(statements: list[str]) -> list[list[str]]:
    """Error messages per statement (empty list = valid Neo4j 5 Cypher).

    Each message ends with its position, e.g.
    ``"Variable `m` not defined (line 2, column 8)"``.
    Raises LintUnavailable when node/npm is missing or the install fails.
    """
    return [[_format(e) for e in entry["errors"]] for entry in lint_detailed(statements)]
