"""URL canonicalisation: one table of (input, canonical) pairs and the helpers around it."""

from __future__ import annotations

import pytest

from crawler.urls import (
    canonicalize_url,
    host_allowed,
    is_non_html,
    source_aliases,
    url_id,
)

ALIASES = {"www.anhp.vn": "anhp.vn", "beta.anhp.vn": "anhp.vn", "m.baodaklak.vn": "baodaklak.vn"}

CASES = [
    # scheme and host lower case, default port removed, other ports kept
    ("HTTP://Example.VN:80/a/B", "http://example.vn/a/B"),
    ("https://EXAMPLE.vn:443/x.html", "https://example.vn/x.html"),
    ("http://media.anhp.vn:8081/a.html", "http://media.anhp.vn:8081/a.html"),
    ("https://x.vn", "https://x.vn/"),
    # host aliases declared by the source
    ("https://beta.anhp.vn/ky-hop-thu-21-d64058.html", "https://anhp.vn/ky-hop-thu-21-d64058.html"),
    ("https://WWW.anhp.vn/a-d1.html", "https://anhp.vn/a-d1.html"),
    ("https://m.baodaklak.vn/thoi-su/202506/abc-1a2b3c4/",
     "https://baodaklak.vn/thoi-su/202506/abc-1a2b3c4/"),
    # ... and not invented where not declared
    ("https://www.baohaiphong.vn/a-541045.html", "https://www.baohaiphong.vn/a-541045.html"),
    # tracking parameters
    ("https://baodaklak.vn/thong-tin-102-xa/?gidzl=AbC-123", "https://baodaklak.vn/thong-tin-102-xa/"),
    ("https://x.vn/a.html?utm_source=fb&utm_medium=social&fbclid=IwAR0&gclid=1&zarsrc=30&_ga=2.1",
     "https://x.vn/a.html"),
    ("https://x.vn/list?page=2&utm_campaign=x", "https://x.vn/list?page=2"),
    # query sorted, fragments removed
    ("https://x.vn/a?b=2&a=1#comments", "https://x.vn/a?a=1&b=2"),
    # print versions
    ("https://x.vn/a-123.html?print=1", "https://x.vn/a-123.html"),
    ("https://x.vn/a-123.html?id=5&print=true", "https://x.vn/a-123.html?id=5"),
    ("https://x.vn/print/tin-tuc/a-123.html", "https://x.vn/tin-tuc/a-123.html"),
    ("https://x.vn/tin-tuc/in-bai/a-123.html", "https://x.vn/tin-tuc/a-123.html"),
    ("https://x.vn/a.html?view=print", "https://x.vn/a.html"),
    # percent-encoding: raw UTF-8, lower-case escapes and upper-case escapes agree
    ("https://chuyendoiso.haiduong.gov.vn/Article/uFHyudhvbrs@/một-năm.html",
     "https://chuyendoiso.haiduong.gov.vn/Article/uFHyudhvbrs@/m%E1%BB%99t-n%C4%83m.html"),
    ("https://chuyendoiso.haiduong.gov.vn/Article/uFHyudhvbrs@/m%e1%bb%99t-n%c4%83m.html",
     "https://chuyendoiso.haiduong.gov.vn/Article/uFHyudhvbrs@/m%E1%BB%99t-n%C4%83m.html"),
    ("https://x.vn/tim-kiem?q=chuyển đổi số", "https://x.vn/tim-kiem?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"),
    # trailing slash kept or left out as given
    ("https://baodaklak.vn/khoa-hoc-cong-nghe/", "https://baodaklak.vn/khoa-hoc-cong-nghe/"),
    ("https://baodaklak.vn/khoa-hoc-cong-nghe", "https://baodaklak.vn/khoa-hoc-cong-nghe"),
    # Liferay paths untouched
    ("https://daklak.gov.vn/-/-ak-lak-cong-bo", "https://daklak.gov.vn/-/-ak-lak-cong-bo"),
    ("  https://x.vn/a.html  ", "https://x.vn/a.html"),
]


@pytest.mark.parametrize(("url", "expected"), CASES)
def test_canonicalize(url: str, expected: str) -> None:
    assert canonicalize_url(url, ALIASES) == expected
    assert canonicalize_url(expected, ALIASES) == expected  # idempotent


def test_strip_params_and_source() -> None:
    class Src:
        allowed_domains = ("baodaklak.vn",)
        host_aliases = ("www.baodaklak.vn", "m.baodaklak.vn")
        strip_params = ("ref", "src")

    assert source_aliases(Src()) == {"www.baodaklak.vn": "baodaklak.vn",
                                     "m.baodaklak.vn": "baodaklak.vn"}
    url = "https://www.baodaklak.vn/a/202506/b-1234567/?ref=home&src=zalo&x=1"
    assert canonicalize_url(url, source=Src()) == "https://baodaklak.vn/a/202506/b-1234567/?x=1"
    assert canonicalize_url("https://x.vn/a?ref=1", strip_params=["REF"]) == "https://x.vn/a"


def test_url_id_is_stable() -> None:
    a = canonicalize_url("https://x.vn/a.html?utm_source=z#top")
    assert url_id(a) == url_id("https://x.vn/a.html") and len(url_id(a)) == 32


@pytest.mark.parametrize("url", [
    "https://x.vn/files/ke-hoach.pdf", "https://x.vn/a.DOCX", "https://x.vn/b.xlsx",
    "https://x.vn/c.ppt", "https://x.vn/d.zip", "https://x.vn/e.jpg", "https://x.vn/f.mp4",
])
def test_non_html(url: str) -> None:
    assert is_non_html(url)


@pytest.mark.parametrize("url", [
    "https://x.vn/a-123.html", "https://x.vn/a/", "https://x.vn/-/slug", "https://x.vn/a.aspx?id=1",
])
def test_html(url: str) -> None:
    assert not is_non_html(url)


def test_host_allowed() -> None:
    assert host_allowed("https://phuyen.baodaklak.vn/a", ["baodaklak.vn"])
    assert host_allowed("https://baodaklak.vn/a", ["*.baodaklak.vn"])
    assert not host_allowed("https://notbaodaklak.vn/a", ["baodaklak.vn"])
    assert not host_allowed("https://baodaklak.vn.evil.com/a", ["baodaklak.vn"])
