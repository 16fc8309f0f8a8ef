"""What a crawl checks before it starts (and before it records a run), each in one line.

- every typed ``-s`` setting and ``LOG_LEVEL`` (:mod:`crawler.settings_check`): usage, exit 2;
- the database URL parses and its driver is installed (no connection): usage, exit 2;
- with ``CDS_REDIS_URL``: the URL parses (else exit 2) and Redis answers a ping, else
  :class:`ServiceUnavailable` (exit 5, as an unreachable database).
"""

from __future__ import annotations

from typing import Any

from crawler.settings_check import SettingsError, check

#: Seconds to wait for Redis to answer before calling it unavailable.
REDIS_TIMEOUT = 5.0


class ServiceUnavailable(Exception):
    """A service the crawl needs does not answer; the message is one line."""


def database_url(settings: Any) -> str:
    """The archive's SQLAlchemy URL for ``settings`` (as the storage resolves it)."""
    from cds.config import as_database_url
    from cds.config import database_url as default_url

    value = (settings.get("CDS_DATABASE_URL") or "").strip()
    return as_database_url(value) if value else default_url(create_dir=False)


def check_database_url(url: str) -> None:
    """:class:`SettingsError` when ``url`` is not an SQLAlchemy URL or names a dialect or a
    driver that is not installed. Nothing is connected to."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise SettingsError(f"not a database URL or SQLite file: {url!r}") from None
    shown = parsed.render_as_string(hide_password=True)
    try:
        parsed.get_dialect().import_dbapi()
    except NoSuchModuleError:
        raise SettingsError(f"no database dialect for {shown}: is {parsed.drivername!r} "
                            "spelled right?") from None
    except ImportError as exc:
        raise SettingsError(f"no database driver for {shown}: {exc} (install it, or use "
                            "another URL)") from None


def check_redis(url: str) -> None:
    """:class:`SettingsError` for a malformed Redis URL, :class:`ServiceUnavailable` when the
    server does not answer a ping within :data:`REDIS_TIMEOUT` seconds."""
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=REDIS_TIMEOUT,
                                      socket_timeout=REDIS_TIMEOUT)
    except ValueError as exc:
        raise SettingsError(f"CDS_REDIS_URL={_redacted(url)!r}: {exc}") from None
    try:
        client.ping()
    except redis.RedisError as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ServiceUnavailable(f"Redis unavailable at {_redacted(url)}: {first}") from None
    finally:
        client.close()


def _redacted(url: str) -> str:
    """``url`` without its password."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        if parts.password:
            return url.replace(f":{parts.password}@", ":***@", 1)
    except ValueError:
        pass
    return url


def preflight(settings: Any) -> None:
    """Every check above on ``settings`` (a Scrapy ``Settings``): the first failure raised."""
    check(settings)
    check_database_url(database_url(settings))
    if settings.get("REDIS_URL") and "redis" in str(settings.get("DUPEFILTER_CLASS") or ""):
        check_redis(str(settings.get("REDIS_URL")))


__all__ = ["ServiceUnavailable", "SettingsError", "check_database_url", "check_redis",
           "database_url", "preflight"]
