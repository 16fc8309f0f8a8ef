"""The 63 → 34 province mapping of Nghị quyết 202/2025/QH15 (data in ``provinces.yaml``).

:func:`resolve_province` turns any common spelling of a current or former provincial unit into
its current unit: case, diacritics, NFC/NFD, U+00D0 "Ð", hyphens and the "TP"/"Thành phố"/"Tỉnh"
prefixes do not matter.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DATA_FILE = Path(__file__).with_name("provinces.yaml")

_PREFIXES = ("thanh pho ", "tp ", "tinh ")
_SUFFIXES = (" city", " province")


class UnknownProvinceError(ValueError):
    """A name that is neither a current nor a former provincial unit."""


@dataclass(frozen=True)
class ProvinceMatch:
    """The result of :func:`resolve_province`.

    ``current`` is the unit today; ``former`` the canonical former unit the input named when it
    differs from ``current`` (else None); ``input_was_former`` is True when the input used a
    pre-2025 name (a dissolved unit such as "Hải Dương", or an old name such as "Thừa Thiên Huế").
    """

    current: str
    former: str | None
    input_was_former: bool


@dataclass(frozen=True)
class _Tables:
    current: tuple[str, ...]
    former: tuple[str, ...]
    former_units: dict[str, tuple[str, ...]]  # current -> former units
    current_of: dict[str, str]  # former unit -> current
    keys: dict[str, tuple[str, bool]]  # normalised key -> (canonical unit, is an old name)


def _fold(text: str) -> str:
    """Lower-case ASCII folding: no diacritics, Đ/Ð → d, punctuation → single spaces."""
    text = unicodedata.normalize("NFD", text.replace("\u00d0", "Đ").replace("\u00f0", "đ"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("Đ", "D").replace("đ", "d").casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _key(name: str) -> str:
    key = _fold(name)
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
    return key


def _add_key(keys: dict[str, tuple[str, bool]], name: str, unit: str, old: bool) -> None:
    for key in {_key(name), _key(name).replace(" ", "")}:
        if key in keys and keys[key][0] != unit:
            raise ValueError(f"{DATA_FILE}: {name!r} is ambiguous ({keys[key][0]} / {unit})")
        keys.setdefault(key, (unit, old))


@cache
def _tables() -> _Tables:
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    current = tuple(nfc(u["name"]) for u in data["current"])
    former_units = {nfc(u["name"]): tuple(nfc(f) for f in u["former"]) for u in data["current"]}
    current_of = {f: cur for cur, fs in former_units.items() for f in fs}
    keys: dict[str, tuple[str, bool]] = {}
    for unit in (*current, *current_of):
        _add_key(keys, unit, unit, False)
    for old, unit in (data.get("renamed") or {}).items():
        _add_key(keys, old, nfc(unit), True)
    for alias, unit in (data.get("aliases") or {}).items():
        _add_key(keys, alias, nfc(unit), False)
    return _Tables(current, tuple(current_of), former_units, current_of, keys)


def resolve_province(name: str) -> ProvinceMatch:
    """The current unit for ``name`` (a current or former unit, in any common spelling)."""
    tables = _tables()
    key = _key(name or "")
    hit = tables.keys.get(key) or tables.keys.get(key.replace(" ", ""))
    if hit is None:
        raise UnknownProvinceError(_unknown_message(name, tables))
    unit, old_name = hit
    current = tables.current_of.get(unit, unit)
    former = unit if unit != current else None
    return ProvinceMatch(current, former, input_was_former=old_name or former is not None)


def _unknown_message(name: str, tables: _Tables) -> str:
    close = difflib.get_close_matches(_key(name or ""), list(tables.keys), n=3, cutoff=0.6)
    names = list(dict.fromkeys(tables.keys[k][0] for k in close))
    hint = f"; did you mean {' / '.join(names)}?" if names else ""
    return (
        f"unknown province {name!r}{hint} (expected one of the 34 current units or the 63 "
        "former ones of Nghị quyết 202/2025/QH15)"
    )


def former_units_of(current: str) -> tuple[str, ...]:
    """The pre-2025 units merged into ``current`` (itself included where its name survived)."""
    return _tables().former_units[resolve_province(current).current]


#: The 34 current units, canonical names.
CURRENT_PROVINCES: tuple[str, ...] = _tables().current
#: The 63 pre-2025 units, canonical names (surviving names are also current units).
FORMER_PROVINCES: tuple[str, ...] = _tables().former
