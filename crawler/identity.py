"""Who is crawling: the User-Agent names the project and the operator's contact.

``CDS_CONTACT`` (environment variable or Scrapy setting, an e-mail address or a URL) tells site
operators whom to write to; it goes into the User-Agent of the crawl and of ``cds sources
probe``/``add``. :class:`ContactAddon` recomputes ``USER_AGENT`` when ``CDS_CONTACT`` is given
as a setting (``-s CDS_CONTACT=…``) and ``USER_AGENT`` itself was not.
"""

from __future__ import annotations

import logging
import os
import re

from scrapy.settings import BaseSettings

from cds import __version__

logger = logging.getLogger(__name__)
PRODUCT = f"cds-news-monitor/{__version__}"
#: Said instead of a contact when the operator set none.
ABOUT = "Vietnamese digital-transformation news monitor"
_EMAIL = re.compile(r"^[^@\s<>()]+@[^@\s<>()]+\.[^@\s<>()]+$")
_URL = re.compile(r"^https?://[^\s<>()]+$")


def contact_from_env() -> str:
    """``CDS_CONTACT`` from the environment ("" when unset)."""
    return os.environ.get("CDS_CONTACT", "").strip()


def contact_problem(contact: str) -> str | None:
    """Why ``contact`` is not a usable e-mail address or http(s) URL (None when it is)."""
    contact = contact.strip()
    if not contact or _EMAIL.match(contact) or _URL.match(contact):
        return None if contact.isascii() else f"not ASCII: {contact!r}"
    return f"not an e-mail address or http(s) URL: {contact!r}"


def user_agent(contact: str | None = None, *, purpose: str = "") -> str:
    """``cds-news-monitor/<version> (+<contact>)``; without a usable contact, what the project
    is. ``purpose`` (e.g. "probe") is added inside the parentheses."""
    contact = (contact or "").strip()
    if contact and contact_problem(contact) is None:
        comment = "+" + (contact if contact.startswith("http") else f"mailto:{contact}")
    else:
        comment = ABOUT
    return f"{PRODUCT} ({purpose + '; ' if purpose else ''}{comment})"


class ContactAddon:
    """Puts ``CDS_CONTACT`` into ``USER_AGENT`` when the contact was set with more priority
    than ``USER_AGENT`` (``-s CDS_CONTACT=…``); warns about a contact that is not usable."""

    def __repr__(self) -> str:
        return "ContactAddon (CDS_CONTACT in the User-Agent)"

    def update_settings(self, settings: BaseSettings) -> None:
        contact = str(settings.get("CDS_CONTACT") or "").strip()
        if problem := contact_problem(contact):
            logger.warning("CDS_CONTACT ignored in the User-Agent: %s", problem)
        contact_priority = settings.getpriority("CDS_CONTACT") or 0
        if contact_priority > (settings.getpriority("USER_AGENT") or 0):
            settings.set("USER_AGENT", user_agent(contact), priority=contact_priority)
