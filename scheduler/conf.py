"""Daemon-side settings: defaults in :mod:`scheduler.default_settings`, overridden by env."""

from __future__ import annotations

import os
from typing import Any

from scheduler import default_settings

_TRUE = {"1", "true", "yes", "on"}


def _coerce(raw: str, default: Any) -> Any:
    if isinstance(default, bool):
        return raw.strip().lower() in _TRUE
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, list | tuple):
        return [part.strip() for part in raw.split(",") if part.strip()]
    return raw


def setting(name: str, override: Any = None) -> Any:
    """``override`` if given, else env ``name`` (typed like the default), else the default."""
    if override is not None:
        return override
    default = getattr(default_settings, name)
    raw = os.environ.get(name)
    return default if raw is None else _coerce(raw, default)
