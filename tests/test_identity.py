"""The User-Agent names the project and the operator's contact (crawler/identity.py)."""

from __future__ import annotations

from scrapy.settings import Settings

from cds import __version__
from crawler.identity import ContactAddon, contact_problem, user_agent


def test_user_agent() -> None:
    product = f"cds-news-monitor/{__version__}"
    assert user_agent("ops@example.org") == f"{product} (+mailto:ops@example.org)"
    assert user_agent("https://example.org/bot") == (
        f"cds-news-monitor/{__version__} (+https://example.org/bot)")
    bare = user_agent("")
    assert bare == f"{product} (Vietnamese digital-transformation news monitor)"
    assert "http" not in bare, "no made-up contact URL"
    assert user_agent("not a contact") == bare and contact_problem("not a contact")
    assert user_agent("người@ví-dụ.vn") == bare and "ASCII" in contact_problem("người@ví-dụ.vn")
    assert user_agent("ops@example.org", purpose="probe").endswith(
        "(probe; +mailto:ops@example.org)")


def test_contact_setting_beats_the_default_user_agent_not_an_explicit_one() -> None:
    settings = Settings()
    settings.setmodule("settings", priority="project")
    settings.set("CDS_CONTACT", "https://ops.example.org/", priority="cmdline")
    ContactAddon().update_settings(settings)
    assert settings["USER_AGENT"].endswith("(+https://ops.example.org/)")
    settings.set("USER_AGENT", "mine/1.0", priority="cmdline")
    ContactAddon().update_settings(settings)
    assert settings["USER_AGENT"] == "mine/1.0"
