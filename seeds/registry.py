"""The source registry (``seeds/sources.yaml``): pydantic models and a forgiving loader.

:func:`load_registry` validates every entry on its own: a bad entry becomes a
:class:`RegistryIssue` naming its position, id and field, and the valid entries still load.
Only a file that cannot be read as a registry at all raises :class:`RegistryError`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from seeds.provinces import UnknownProvinceError, former_units_of, resolve_province
from seeds.registry_fields import Css, Host, Regex, Url, field_error, host_allowed, warn

#: How well the entry is backed by evidence (see docs/SOURCES.md); unset means "unverified".
Confidence = Literal["H", "M", "L", "M-H", "L-M"]
UNVERIFIED = "unverified"
Kind = Literal["portal", "newspaper", "ministry", "national"]

class RegistryError(Exception):
    """The registry file cannot be used at all (unreadable, not YAML, no ``sources`` list)."""


class UnknownSourceError(RegistryError, KeyError):
    """An id asked for is not a valid source of the registry."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


def default_registry_path() -> Path:
    """The packaged registry, ``seeds/sources.yaml``."""
    return Path(__file__).with_name("sources.yaml")


# --- models ------------------------------------------------------------------------------------


class SiteRules(BaseModel):
    """Per-site extraction hints, used by ``crawler.extraction`` on top of generic extraction.

    Selectors are CSS; ``strip`` selectors are removed before extraction; a paragraph or line
    matching one of ``boilerplate`` (``re.search``) is dropped; ``prefix`` patterns are removed
    from the start of the body (e.g. ``^\\(binhdinh\\.gov\\.vn\\)\\s*-\\s*``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    content: Css | None = None
    title: Css | None = None
    lead: Css | None = None
    author: Css | None = None
    date: Css | None = None
    strip: tuple[Css, ...] = ()
    boilerplate: tuple[Regex, ...] = ()
    prefix: tuple[Regex, ...] = ()


class SourceBudget(BaseModel):
    """Per-run limits of one source, overriding ``CDS_BUDGET_*`` (crawler/budget.py); 0: none."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    articles: int | None = Field(default=None, ge=0)
    requests: int | None = Field(default=None, ge=0)
    seconds: float | None = Field(default=None, ge=0)


class Source(BaseModel):
    """One entry of the registry. Immutable; ``model_dump()`` gives plain data for Scrapy.

    ``article_url_pattern`` is searched (``re.search``) in absolute article URLs; ``pagination``
    is a template with ``{n}`` (``?paged={n}``, ``/trang-{n}.html``) applied to ``start_urls``;
    ``host_aliases`` are mirrors of ``allowed_domains[0]`` (the canonical host).
    ``confidence`` (H/M/L, M-H, L-M) and ``evidence`` (what was seen where, and when) are
    optional: an entry without ``confidence`` is "unverified" (docs/SOURCES.md).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=r"^[a-z0-9_-]+$")
    name: str = Field(min_length=1)
    kind: Kind
    province: str | None = None
    former_province: str | None = None
    allowed_domains: tuple[Host, ...] = Field(min_length=1)
    host_aliases: tuple[Host, ...] = ()
    start_urls: tuple[Url, ...] = ()
    feeds: tuple[Url, ...] = ()
    sitemaps: tuple[Url, ...] = ()
    topic_filter: bool = True
    schedule: str | None = None
    enabled: bool = True
    disabled_reason: str | None = None
    confidence: Confidence | None = None
    evidence: str | None = None
    notes: str | None = None
    strip_params: tuple[str, ...] = ()
    article_url_pattern: Regex | None = None
    pagination: str | None = None
    max_pages: int | None = Field(default=None, ge=1)
    extraction: SiteRules | None = None
    #: May reach private/loopback addresses (the replica, tests); see crawler/egress.py.
    allow_private: bool = False
    #: Per-run limits (articles, requests, seconds) overriding the CDS_BUDGET_* settings.
    budget: SourceBudget | None = None

    @model_validator(mode="before")
    @classmethod
    def _map_former_province(cls, data: Any, info: ValidationInfo) -> Any:
        """``province: Hải Dương`` → ``province: Hải Phòng, former_province: Hải Dương``."""
        if not isinstance(data, dict) or not isinstance(data.get("province"), str):
            return data
        try:
            match = resolve_province(data["province"])
        except UnknownProvinceError:
            return data  # reported by the field validator, with its field name
        data = dict(data)
        given = data["province"]
        data["province"] = match.current
        if match.former and not data.get("former_province"):
            data["former_province"] = match.former
        if match.input_was_former:
            former = f", former_province: {match.former}" if match.former else ""
            warn(
                info,
                "province",
                f"{given!r} is a pre-2025 unit: mapped to province: {match.current}{former}",
            )
        return data

    @field_validator("province")
    @classmethod
    def _check_province(cls, value: str | None) -> str | None:
        return None if value is None else resolve_province(value).current

    @field_validator("schedule")
    @classmethod
    def _check_schedule(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value, timezone="Asia/Ho_Chi_Minh")
        except ValueError as exc:
            raise ValueError(f"not a valid 5-field crontab: {value!r} ({exc})") from None
        return value

    @field_validator("pagination")
    @classmethod
    def _check_pagination(cls, value: str | None) -> str | None:
        if value is not None and "{n}" not in value:
            raise ValueError(f"pagination template must contain {{n}}: {value!r}")
        return value

    @field_validator("strip_params")
    @classmethod
    def _check_params(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [p for p in value if not re.fullmatch(r"[A-Za-z0-9_.\-\[\]*]+", p)]
        if bad:
            raise ValueError(f"not query parameter names: {bad!r}")
        return value

    @model_validator(mode="after")
    def _check_consistency(self) -> Source:
        if not self.enabled and not self.disabled_reason:
            raise field_error("disabled_reason", "required when enabled is false")
        if self.former_province is not None:
            self._check_former()
        for name in ("start_urls", "feeds", "sitemaps"):
            for i, url in enumerate(getattr(self, name)):
                host = urlsplit(url).hostname or ""
                if not host_allowed(host, self.allowed_domains):
                    raise field_error(
                        f"{name}[{i}]",
                        f"host {host!r} of {url!r} is not in allowed_domains "
                        f"{list(self.allowed_domains)}",
                    )
        if not (self.start_urls or self.feeds or self.sitemaps):
            raise field_error("start_urls", "no start_urls, feeds or sitemaps: nothing to crawl")
        return self

    def _check_former(self) -> None:
        if self.province is None:
            raise field_error("former_province", "set without a province")
        try:
            match = resolve_province(self.former_province)
        except UnknownProvinceError as exc:
            raise field_error("former_province", str(exc)) from None
        unit = match.former or match.current
        if unit not in former_units_of(self.province):
            raise field_error(
                "former_province",
                f"{self.former_province!r} was not merged into "
                f"{self.province!r} (its units: {', '.join(former_units_of(self.province))})",
            )
        # canonical spelling; the surviving unit itself is not a "former" province
        object.__setattr__(self, "former_province", None if unit == self.province else unit)

    @property
    def confidence_label(self) -> str:
        """``confidence``, or "unverified" when the entry states none."""
        return self.confidence or UNVERIFIED

    @property
    def canonical_host(self) -> str:
        """The host that ``host_aliases`` map to."""
        return self.allowed_domains[0]

    @property
    def url_aliases(self) -> dict[str, str]:
        """``{alias host: canonical host}`` for the URL canonicaliser."""
        return {alias: self.canonical_host for alias in self.host_aliases}


# --- loading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistryIssue:
    """An error or warning about one registry entry (``index`` None: about the whole file)."""

    index: int | None
    source_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = "registry" if self.index is None else f"sources[{self.index}]"
        if self.source_id:
            where += f" (id={self.source_id})"
        if self.field:
            where += f" field {self.field!r}"
        return f"{where}: {self.message}"


@dataclass
class Registry:
    """The valid sources of a registry file, with the problems found in it."""

    sources: list[Source]
    errors: list[RegistryIssue] = field(default_factory=list)
    warnings: list[RegistryIssue] = field(default_factory=list)
    path: Path | None = None

    def __iter__(self) -> Iterator[Source]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)

    def __contains__(self, source_id: object) -> bool:
        return any(s.id == source_id for s in self.sources)

    def get(self, source_id: str) -> Source | None:
        """The valid source with this id, or None."""
        return next((s for s in self.sources if s.id == source_id), None)

    def enabled(self) -> list[Source]:
        """The sources with ``enabled: true``."""
        return [s for s in self.sources if s.enabled]

    def select(self, ids: Iterable[str] | str) -> list[Source]:
        """The sources with these ids (a comma-separated string works too), disabled included.

        Raises :class:`UnknownSourceError` naming every id that is not a valid source.
        """
        if isinstance(ids, str):
            ids = ids.split(",")
        wanted = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
        missing = [i for i in wanted if i not in self]
        if missing:
            raise UnknownSourceError("; ".join(self._why_missing(i) for i in missing))
        return [s for i in wanted for s in self.sources if s.id == i]

    def _why_missing(self, source_id: str) -> str:
        invalid = [e for e in self.errors if e.source_id == source_id]
        if invalid:
            return f"source {source_id!r} is invalid in {self.path}: {invalid[0]}"
        close = difflib.get_close_matches(source_id, [s.id for s in self.sources], n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        return f"unknown source id {source_id!r} in {self.path}{hint}"


def yaml_error(path: Path, exc: yaml.YAMLError) -> str:
    """``FILE:LINE:COL: not valid YAML: problem`` in one line (PyYAML's message spans five)."""
    mark = getattr(exc, "problem_mark", None)
    where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
    problem = getattr(exc, "problem", None) or str(exc).strip().splitlines()[0]
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    if context and context_mark is not None:
        problem += f" ({context} at line {context_mark.line + 1}, column {context_mark.column + 1})"
    return f"{where}: not valid YAML: {problem}"


def load_registry(path: str | Path | None = None) -> Registry:
    """Load and validate a registry file (default, also for ``""``: the packaged one)."""
    path = Path(path) if path else default_registry_path()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the registry: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 text: {exc}") from None
    except yaml.YAMLError as exc:
        raise RegistryError(yaml_error(path, exc)) from None
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise RegistryError(f"{path}: expected a mapping with a 'sources' list at the top level")
    registry = Registry(sources=[], path=path)
    for key in data:
        if key != "sources":
            registry.errors.append(RegistryIssue(None, None, str(key), "unknown top-level key"))
    seen: dict[str, int] = {}
    for index, entry in enumerate(data["sources"]):
        source = _load_entry(index, entry, registry)
        if source is None:
            continue
        if source.id in seen:
            registry.errors.append(
                RegistryIssue(
                    index,
                    source.id,
                    "id",
                    f"duplicate id (first used by sources[{seen[source.id]}])",
                )
            )
            continue
        seen[source.id] = index
        registry.sources.append(source)
    return registry


def _load_entry(index: int, entry: Any, registry: Registry) -> Source | None:
    source_id = entry.get("id") if isinstance(entry, dict) else None
    source_id = source_id if isinstance(source_id, str) else None
    if not isinstance(entry, dict):
        registry.errors.append(RegistryIssue(index, None, None, "entry is not a mapping"))
        return None
    warnings: list[tuple[str, str]] = []
    try:
        return Source.model_validate(entry, context={"warnings": warnings})
    except ValidationError as exc:
        errors = exc.errors()
        # a bad item also makes pydantic report its list as too short: keep only the item
        item_fields = {e["loc"][0] for e in errors if len(e["loc"]) > 1}
        errors = [e for e in errors if e["type"] != "too_short" or e["loc"][0] not in item_fields]
        registry.errors.extend(RegistryIssue(index, source_id, *_describe(e)) for e in errors)
        return None
    finally:
        registry.warnings.extend(RegistryIssue(index, source_id, f, m) for f, m in warnings)


def _describe(err: Any) -> tuple[str | None, str]:
    """(field, message) of one pydantic error."""
    ctx = err.get("ctx") or {}
    if err["type"] == "registry_field":
        return ctx["field"], ctx["detail"]
    field_name = ""
    for part in err["loc"]:
        field_name += f"[{part}]" if isinstance(part, int) else f".{part}" if field_name else part
    message = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        message = "unknown key (typo?)"
    elif err["type"] == "missing":
        message = "required field missing"
    elif err["type"] in ("literal_error", "string_pattern_mismatch", "string_type", "bool_type"):
        message = f"{message}, got {err['input']!r}"
    return field_name or None, message
