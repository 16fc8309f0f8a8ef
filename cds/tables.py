"""Printing a rich table on standard output without the padding rich leaves at line ends."""

from __future__ import annotations

import re
import sys
from typing import Any

#: blanks at the end of a line, before any closing colour codes
_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$")


def print_table(table: Any, width: int | None) -> None:
    """Render ``table`` (colours on a terminal only) at ``width`` (None: the terminal's) and
    write it with each line's trailing blanks removed."""
    from rich.console import Console

    console = Console(highlight=False, width=width)
    with console.capture() as capture:
        console.print(table)
    lines = capture.get().splitlines()
    sys.stdout.write("".join(_TRAILING.sub(r"\1", line) + "\n" for line in lines))
