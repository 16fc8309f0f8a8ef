"""Offices and organisations in bylines: ``Sở Tài nguyên và Môi trường``, ``Công an huyện``,
``Ban Văn hóa - Xã hội xã``, ``Trung tâm IOC tỉnh``. A credit naming one gives no author
(the lexicon is :file:`crawler/offices.yaml`); a person's name never matches."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

OFFICES_FILE = Path(__file__).resolve().parent.parent / "offices.yaml"
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ&.\-]+$")
#: Short credits that name the newsroom's own people, not an organisation.
_REPORTER_SHORT = frozenset({"pv", "btv", "ctv"})


@lru_cache(maxsize=1)
def _data() -> dict:
    """:file:`crawler/offices.yaml`, read once."""
    return yaml.safe_load(OFFICES_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], re.Pattern[str]]:
    data = _data()
    heads = sorted(data["heads"], key=len, reverse=True)
    head = re.compile(r"^(?:" + "|".join(re.escape(h) for h in heads) + r")(?=$|[\s,.:;&/-])")
    ambiguous = {k: tuple(v) for k, v in (data.get("ambiguous") or {}).items()}
    places = re.compile(r"\S\s+(?:" + "|".join(re.escape(p) for p in data["places"])
                        + r")\.?$")
    return head, ambiguous, places


def is_office(credit: str | None) -> bool:
    """Whether ``credit`` names an office or organisation, not a person."""
    if not credit:
        return False
    # "Hồng Nhung (TTVH-TT huyện)": the person, with the office in brackets
    credit = re.sub(r"\s*\(.*$", "", credit).strip(" .,:;-–—")
    low = credit.casefold()
    head, ambiguous, places = _lexicon()
    if head.match(low):
        return True
    words = credit.split()
    for word, followers in ambiguous.items():
        if low.startswith(word + " ") and len(words) > 1:
            rest = low[len(word) + 1:]
            nxt = words[1]
            if rest.startswith(followers) or nxt[:1].islower() or _ACRONYM.match(nxt):
                return True
    # a credit closing on a lowercase place word ("... xã", "... huyện") is no person's name
    return len(words) >= 2 and bool(places.search(credit)) and credit.split()[-1].islower()


@lru_cache(maxsize=1)
def _vendors() -> frozenset[str]:
    return frozenset(v.casefold() for v in _data().get("vendors") or ())


def is_vendor(field: str | None, generator: str | None = None) -> bool:
    """Whether a CMS account field (``<meta name=author>``, JSON-LD author) names the portal's
    maker or an organisation, not a person: a known vendor or CMS (``VNPT``, ``Vietsoft``), the
    CMS named in ``<meta name=generator>``, or one all-caps brand-like token (``VNPT``,
    ``FPT-IS``). A person's name has two words or more, and is never written as an acronym."""
    if not field:
        return False
    name = " ".join(field.split()).strip(" .,:;-–—")
    low = name.casefold()
    if low in _vendors():
        return True
    if generator and len(low) >= 3 and low in generator.casefold():
        return True
    # three letters at least: "PV" (phóng viên) and "BTV" stay credits of the newsroom's people
    return (" " not in name and bool(_ACRONYM.match(name)) and low not in _REPORTER_SHORT
            and sum(c.isalpha() for c in name) >= 3)
