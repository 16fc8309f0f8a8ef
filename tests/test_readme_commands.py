"""Every ``cds …`` command the README (and docs/SOURCES.md) shows exists, with its options.

Commands come from the documents' code blocks (lines starting with ``cds ``) and inline code spans
(``cds …``); each runs with ``--help`` and must exit 0, and every ``--option`` the README writes
on it must be in its help.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cds.cli import main

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = (ROOT / "README.md", ROOT / "docs" / "SOURCES.md")
_WORD = re.compile(r"^[a-z][a-z-]*$")


def readme_commands() -> list[str]:
    text = "\n".join(doc.read_text(encoding="utf-8") for doc in DOCUMENTS)
    found: list[str] = []
    for block in re.findall(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S):
        found += [line.strip() for line in block.splitlines() if line.strip().startswith("cds ")]
    prose = re.sub(r"```.*?```", "", text, flags=re.S)
    found += [span.strip() for span in re.findall(r"`(cds [^`]+)`", prose)]
    return list(dict.fromkeys(found))


def split(command: str) -> tuple[list[str], list[str]]:
    """(sub-command path, long options) of a README command line; a ``# comment`` is ignored."""
    words = command.split("#", 1)[0].split()[1:]
    path: list[str] = []
    for word in words:
        if not _WORD.match(word):
            break
        path.append(word)
    options = re.findall(r"(?<![\w-])--[a-z][a-z-]*", command.split("#", 1)[0])
    return path, options


def test_the_readme_shows_commands() -> None:
    commands = readme_commands()
    assert len(commands) >= 10
    assert any(c.startswith("cds sources add") for c in commands)


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    path, options = split(command)
    with pytest.raises(SystemExit) as exit_info:
        main([*path, "--help"])
    assert exit_info.value.code == 0, command
    help_text = capsys.readouterr().out
    assert help_text.startswith(f"usage: cds {' '.join(path)}".rstrip()), command
    for option in options:
        if option == "--help":
            continue
        assert re.search(rf"{re.escape(option)}(?![\w-])", help_text), (
            f"{command}: {option} is not in `cds {' '.join(path)} --help`")
