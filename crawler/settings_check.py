"""Settings given on the command line, checked before a crawl starts.

A ``-s NAME=VALUE`` arrives as text; Scrapy converts it only when a component reads it, often
mid-crawl, where a bad value is a traceback after the run was recorded. :func:`check` converts
every typed setting up front, by the type of its documented default (``crawler``, ``pipelines``
and ``scheduler`` ``default_settings``), and raises :class:`SettingsError` with one line.
Used by ``cds crawl``/``cds reextract``, ``scrapy crawl`` and both spiders' ``from_crawler``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping
from typing import Any

#: The values Scrapy's ``Settings.getbool`` accepts (as text).
BOOLEAN_TEXT = {"0", "1", "true", "false", "True", "False"}


class SettingsError(ValueError):
    """A setting or argument that cannot be used; the message is one line for the user."""


@functools.cache
def typed_defaults() -> dict[str, type]:
    """The type (bool, int, float) of every documented default setting, by name."""
    from crawler import default_settings as crawler_defaults
    from pipelines import default_settings as pipeline_defaults
    from scheduler import default_settings as scheduler_defaults

    types: dict[str, type] = {}
    for module in (crawler_defaults, pipeline_defaults, scheduler_defaults):
        for name, value in vars(module).items():
            if name.isupper() and type(value) in (bool, int, float):
                types[name] = type(value)
    return types


def _problem(name: str, value: str, kind: type) -> str | None:
    """Why the text ``value`` is not a ``kind``, or None."""
    text = value.strip()
    if kind is bool:
        return None if text in BOOLEAN_TEXT else "expected true or false (or 1/0)"
    try:
        kind(text)
    except ValueError:
        return "expected a whole number" if kind is int else "expected a number"
    return None


def problems(settings: Mapping[str, Any] | Any) -> list[str]:
    """One ``NAME='VALUE': expected …`` per setting of ``settings`` (a mapping or Scrapy
    ``Settings``) whose text value does not convert to its default's type."""
    found = []
    for name, kind in sorted(typed_defaults().items()):
        value = settings.get(name)
        if isinstance(value, str) and (why := _problem(name, value, kind)):
            found.append(f"-s {name}={value!r}: {why}")
    level = settings.get("LOG_LEVEL")
    if isinstance(level, str) and level not in logging.getLevelNamesMapping():
        found.append(f"-s LOG_LEVEL={level!r}: expected one of DEBUG, INFO, WARNING, ERROR, "
                     "CRITICAL")
    return found


def check(settings: Mapping[str, Any] | Any) -> None:
    """Raise :class:`SettingsError` naming every bad setting of ``settings`` in one line."""
    if found := problems(settings):
        raise SettingsError("; ".join(found))


def pairs(values: Iterable[str], option: str) -> dict[str, str]:
    """``NAME=VALUE`` strings as a dict; :class:`SettingsError` for one without ``=``."""
    result = {}
    for value in values:
        name, sep, given = value.partition("=")
        if not sep or not name.strip():
            raise SettingsError(f"{option} {value!r}: expected {option} NAME=VALUE")
        result[name.strip()] = given
    return result
