"""The ``--sources FILE`` option of the commands: a file the user named must be a usable
registry, checked before anything starts (one line and an exit code, never a log line)."""

from __future__ import annotations

import sys


def registry_error(path: str | None, command: str) -> bool:
    """Load the registry at ``path`` (``None``: the packaged one); when it cannot be used
    (missing, unreadable, not a registry), print ``command: error: reason`` on stderr and
    return True."""
    from seeds.registry import RegistryError, load_registry

    try:
        load_registry(path)
    except RegistryError as exc:
        print(f"{command}: error: {exc}", file=sys.stderr)
        return True
    return False
