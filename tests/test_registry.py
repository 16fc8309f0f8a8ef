"""The source registry: the real seeds/sources.yaml and the validation of bad entries."""

from __future__ import annotations

import re
import textwrap

import pytest
import yaml

from seeds.provinces import CURRENT_PROVINCES
from seeds.registry import (
    RegistryError,
    RegistryIssue,
    Source,
    UnknownSourceError,
    default_registry_path,
    host_allowed,
    load_registry,
)

GOOD = {
    "id": "good",
    "name": "Good site",
    "kind": "newspaper",
    "province": "Đắk Lắk",
    "allowed_domains": ["good.vn"],
    "start_urls": ["https://good.vn/chuyen-doi-so/"],
    "confidence": "H",
}


def write_registry(tmp_path, *entries, extra: str = ""):
    path = tmp_path / "sources.yaml"
    path.write_text(
        yaml.safe_dump({"sources": list(entries)}, allow_unicode=True) + extra, encoding="utf-8"
    )
    return path


def entry(**changes):
    data = {**GOOD, **changes}
    return {k: v for k, v in data.items() if v is not ...}


# --- the real registry -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real():
    return load_registry()


def test_real_registry_is_clean(real):
    assert real.path == default_registry_path()
    assert real.errors == []
    assert real.warnings == []
    assert len(real.sources) >= 34 * 2 + 5


def test_real_registry_covers_every_current_province(real):
    enabled = real.enabled()
    for province in CURRENT_PROVINCES:
        kinds = {s.kind for s in enabled if s.province == province}
        assert {"portal", "newspaper"} <= kinds, province
    assert {s.province for s in real.sources} - {None} <= set(CURRENT_PROVINCES)


def test_real_registry_national_sources(real):
    national = {s.id for s in real.enabled() if s.province is None}
    assert {"baochinhphu", "chinhphu", "mst", "dx-gov", "bocongan"} <= national
    assert real.get("baochinhphu").feeds == ("https://baochinhphu.vn/home.rss",)


def test_real_registry_seed_sites_and_successors(real):
    expected = {
        "anhp": ("Hải Phòng", None, True),
        "baohaiphong": ("Hải Phòng", None, True),
        "haiphong-portal": ("Hải Phòng", None, True),
        "baodaklak": ("Đắk Lắk", None, True),
        "baodaklak-phuyen": ("Đắk Lắk", "Phú Yên", True),
        "daklak-portal": ("Đắk Lắk", None, True),
        "gialai-portal": ("Gia Lai", None, True),
        "baogialai": ("Gia Lai", None, True),
        "binhdinh-portal": ("Gia Lai", "Bình Định", False),
        "baohaiduong": ("Hải Phòng", "Hải Dương", False),
    }
    for source_id, (province, former, enabled) in expected.items():
        s = real.get(source_id)
        assert (s.province, s.former_province, s.enabled) == (province, former, enabled), source_id
    for s in real.sources:
        assert s.evidence, s.id
        assert s.enabled or s.disabled_reason
        assert s.topic_filter or s.id in {"dx-gov", "chuyendoiso-haiduong"}


def test_real_registry_seed_rules(real):
    daklak = real.get("baodaklak")
    assert daklak.pagination == "?paged={n}"
    assert "gidzl" in daklak.strip_params
    assert {".td-post-sharing", ".related-post", ".box-tag"} <= set(daklak.extraction.strip)
    drop = [re.compile(p) for p in daklak.extraction.boilerplate]
    for line in ("Multimedia Đọc Báo in", "Ý kiến bạn đọc", "(Video) Đắk Lắk ra mắt"):
        assert any(p.search(line) for p in drop), line
    assert not any(p.search("Đắk Lắk đẩy mạnh chuyển đổi số") for p in drop)
    prefix = real.get("binhdinh-portal").extraction.prefix[0]
    assert re.sub(prefix, "", "(binhdinh.gov.vn) - Sáng 12/10, …") == "Sáng 12/10, …"
    assert re.match(real.get("baochinhphu").extraction.prefix[0], "(Chinhphu.vn) - Sáng")


@pytest.mark.parametrize(
    ("source_id", "url"),
    [  # URL shapes quoted by the research
        ("baodaklak", "https://baodaklak.vn/tin-noi-bat/202606/mot-tieu-de-2887253/"),
        ("baodaklak", "https://baodaklak.vn/van-hoa-xa-hoi/phap-luat/202603/tieu-de-a1e16da/"),
        ("baodaklak-phuyen", "https://phuyen.baodaklak.vn/82/58118/nang-cap-duong.html"),
        ("anhp", "https://anhp.vn/tieu-de-tu-ngay-172026-d78503.html"),
        ("haiphong-portal", "https://haiphong.gov.vn/tin-tuc-su-kien/tieu-de-889529"),
        ("haiphong-portal", "https://haiphong.gov.vn/Diem-bao/Tieu-De-57288.html"),
        ("baochinhphu", "https://baochinhphu.vn/tieu-de-102240710192100000.htm"),
        ("baogialai", "https://baogialai.com.vn/tieu-de-post564998.html"),
    ],
)
def test_real_article_patterns(real, source_id, url):
    assert re.search(real.get(source_id).article_url_pattern, url)


def test_real_article_patterns_reject_listings(real):
    assert not re.search(real.get("baodaklak").article_url_pattern, "https://baodaklak.vn/thoi-su/")
    assert not re.search(real.get("anhp").article_url_pattern, "https://anhp.vn/tim-kiem/p669")


# --- good entries ------------------------------------------------------------------------------


def test_minimal_entry_defaults(tmp_path):
    reg = load_registry(write_registry(tmp_path, entry()))
    assert reg.errors == [] and reg.warnings == []
    s = reg.get("good")
    assert (s.topic_filter, s.enabled, s.feeds, s.former_province) == (True, True, (), None)
    assert s.model_dump()["start_urls"] == ("https://good.vn/chuyen-doi-so/",)
    assert s.model_dump(mode="json")["allowed_domains"] == ["good.vn"]
    with pytest.raises(ValueError, match="frozen"):
        s.id = "other"


def test_full_entry(tmp_path):
    full = entry(
        former_province="Phú Yên",
        host_aliases=["www.good.vn", "m.good.vn"],
        feeds=["https://good.vn/rss/home.rss"],
        sitemaps=["https://www.good.vn/sitemap.xml"],
        schedule="*/30 * * * *",
        strip_params=["gidzl"],
        article_url_pattern=r"/\d{6}/[^/]+/?$",
        pagination="/trang-{n}.html",
        max_pages=5,
        evidence="Listing seen in a 2026 crawler config",
        notes="test",
        extraction={
            "content": "div.content",
            "strip": [".share"],
            "boilerplate": ["^Ý kiến bạn đọc$"],
            "prefix": [r"^\(good\.vn\)\s*-\s*"],
        },
    )
    reg = load_registry(write_registry(tmp_path, full))
    assert reg.errors == []
    s = reg.get("good")
    assert s.former_province == "Phú Yên"
    assert s.url_aliases == {"www.good.vn": "good.vn", "m.good.vn": "good.vn"}
    assert s.extraction.prefix == (r"^\(good\.vn\)\s*-\s*",)
    assert Source.model_validate(s.model_dump()) == s


def test_ip_and_port_source(tmp_path):
    local = entry(
        allowed_domains=["127.0.1.5:8431", "127.0.1.6"],
        start_urls=["http://127.0.1.5:8431/"],
        feeds=["http://127.0.1.6:9000/rss.xml"],
    )
    reg = load_registry(write_registry(tmp_path, local))
    assert reg.errors == []
    assert reg.get("good").allowed_domains == ("127.0.1.5", "127.0.1.6")
    [warning] = reg.warnings
    assert (warning.field, warning.source_id) == ("allowed_domains", "good")
    assert "port" in warning.message


def test_former_province_maps_with_warning(tmp_path):
    reg = load_registry(write_registry(tmp_path, entry(province="Hải Dương")))
    assert reg.errors == []
    s = reg.get("good")
    assert (s.province, s.former_province) == ("Hải Phòng", "Hải Dương")
    [warning] = reg.warnings
    assert warning.field == "province" and "Hải Phòng" in str(warning)


def test_province_spellings_and_null(tmp_path):
    reg = load_registry(
        write_registry(
            tmp_path,
            entry(id="a", province="TP. Hồ Chí Minh"),
            entry(id="b", province="Hai Phong", former_province="hai duong"),
            entry(id="c", province=None),
            entry(id="d", province="Hải Phòng", former_province="Hải Phòng"),
        )
    )
    assert reg.errors == [] and reg.warnings == []
    got = {s.id: (s.province, s.former_province) for s in reg}
    assert got == {
        "a": ("TP Hồ Chí Minh", None),
        "b": ("Hải Phòng", "Hải Dương"),
        "c": (None, None),
        "d": ("Hải Phòng", None),
    }


def test_subdomain_urls_allowed():
    assert host_allowed("phuyen.baodaklak.vn", ["baodaklak.vn"])
    assert host_allowed("BAODAKLAK.VN", ["baodaklak.vn"])
    assert not host_allowed("notbaodaklak.vn", ["baodaklak.vn"])
    assert not host_allowed("127.0.1.55", ["127.0.1.5"])


# --- bad entries -------------------------------------------------------------------------------

BAD = [
    ({"id": "Bad Id"}, "id", "pattern"),
    ({"kind": "blog"}, "kind", "'blog'"),
    ({"colour": "red"}, "colour", "unknown key"),
    ({"kind": ...}, "kind", "required"),
    ({"confidence": "HH"}, "confidence", "'HH'"),
    ({"feeds": ["https://good.vn/rss", "ftp://x"]}, "feeds[1]", "not an http(s) URL: 'ftp://x'"),
    ({"start_urls": ["good.vn/page"]}, "start_urls[0]", "not an http(s) URL"),
    ({"sitemaps": ["https://evil.vn/sitemap.xml"]}, "sitemaps[0]", "not in allowed_domains"),
    ({"start_urls": ["https://good.vn.evil.vn/"]}, "start_urls[0]", "not in allowed_domains"),
    ({"start_urls": []}, "start_urls", "nothing to crawl"),
    ({"allowed_domains": ["https://good.vn/"]}, "allowed_domains[0]", "not a host"),
    ({"allowed_domains": []}, "allowed_domains", "at least 1"),
    ({"schedule": "61 * * * *"}, "schedule", "crontab"),
    ({"schedule": "*/5 * * *"}, "schedule", "crontab"),
    ({"article_url_pattern": "([a-z"}, "article_url_pattern", "regular expression"),
    ({"extraction": {"boilerplate": ["(x"]}}, "extraction.boilerplate[0]", "regular expression"),
    ({"extraction": {"body": "div"}}, "extraction.body", "unknown key"),
    ({"pagination": "?page="}, "pagination", "{n}"),
    ({"max_pages": 0}, "max_pages", "greater than"),
    ({"enabled": False}, "disabled_reason", "required when enabled is false"),
    ({"province": "Atlantis"}, "province", "unknown province"),
    ({"former_province": "Bình Định"}, "former_province", "not merged into"),
    ({"former_province": "Narnia"}, "former_province", "unknown province"),
    ({"province": None, "former_province": "Phú Yên"}, "former_province", "without a province"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD)
def test_bad_entry_is_reported_and_others_load(tmp_path, changes, field, message):
    bad = entry(**{**changes, "id": changes.get("id", "bad")})
    reg = load_registry(write_registry(tmp_path, entry(id="first"), bad, entry(id="last")))
    assert [s.id for s in reg.sources] == ["first", "last"]
    [error] = reg.errors
    assert (error.index, error.source_id, error.field) == (1, bad["id"], field)
    assert message in error.message
    assert str(error).startswith(f"sources[1] (id={bad['id']}) field '{field}': ")


def test_duplicate_id(tmp_path):
    reg = load_registry(write_registry(tmp_path, entry(), entry(name="again")))
    assert [s.name for s in reg.sources] == ["Good site"]
    [error] = reg.errors
    assert (error.index, error.field) == (1, "id")
    assert "duplicate" in error.message and "sources[0]" in error.message


def test_entry_not_a_mapping_and_unknown_top_level_key(tmp_path):
    path = write_registry(tmp_path, entry(), "just a string", extra="defaults: {}\n")
    reg = load_registry(path)
    assert [s.id for s in reg.sources] == ["good"]
    assert {(e.index, e.field) for e in reg.errors} == {(None, "defaults"), (1, None)}


def test_issue_str():
    issue = RegistryIssue(3, "baodaklak", "feeds[0]", "not an http(s) URL: 'ftp://x'")
    assert str(issue) == "sources[3] (id=baodaklak) field 'feeds[0]': not an http(s) URL: 'ftp://x'"
    assert str(RegistryIssue(0, None, None, "entry is not a mapping")) == (
        "sources[0]: entry is not a mapping"
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("sources: [\n  - id: x\n", "not valid YAML"),
        ("- id: x\n", "'sources' list"),
        ("sources: {id: x}\n", "'sources' list"),
        ("", "'sources' list"),
    ],
)
def test_unusable_file_raises(tmp_path, text, problem):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError, match=problem) as info:
        load_registry(path)
    assert str(path) in str(info.value)


def test_missing_file_raises(tmp_path):
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "nope.yaml")


# --- Registry API ------------------------------------------------------------------------------


def test_get_enabled_select(tmp_path):
    path = write_registry(
        tmp_path,
        entry(id="a"),
        entry(id="b", enabled=False, disabled_reason="gone"),
        entry(id="c"),
        entry(id="broken", kind="blog"),
    )
    reg = load_registry(path)
    assert reg.get("a").id == "a" and reg.get("zz") is None and "c" in reg
    assert [s.id for s in reg.enabled()] == ["a", "c"]
    assert [s.id for s in reg.select(["c", "b", "c"])] == ["c", "b"]
    assert [s.id for s in reg.select("a,c")] == ["a", "c"]
    with pytest.raises(UnknownSourceError, match=r"unknown source id 'aa'.*did you mean a"):
        reg.select(["a", "aa"])
    with pytest.raises(UnknownSourceError, match=r"'broken' is invalid.*field 'kind'"):
        reg.select(["broken"])


def test_yaml_anchor_shared_rules(tmp_path):
    text = textwrap.dedent(
        """\
        sources:
          - {id: a, name: A, kind: portal, allowed_domains: [a.vn], start_urls: ["https://a.vn/"],
             confidence: M, extraction: &rules {content: div.x, strip: [.y]}}
          - {id: b, name: B, kind: portal, allowed_domains: [b.vn], start_urls: ["https://b.vn/"],
             confidence: M, extraction: *rules}
        """
    )
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    reg = load_registry(path)
    assert reg.errors == []
    assert reg.get("a").extraction == reg.get("b").extraction


# --- a registry for humans ---------------------------------------------------------------------


def readme_registry_examples() -> list[str]:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The registry", 1)[1].split("\n## ", 1)[0]
    return [b for b in re.findall(r"```yaml\n(.*?)```", section, re.S) if "sources:" in b]


def test_readme_registry_examples_validate_as_written(tmp_path):
    examples = readme_registry_examples()
    assert len(examples) >= 2
    for n, text in enumerate(examples):
        path = tmp_path / f"readme-{n}.yaml"
        path.write_text(text, encoding="utf-8")
        reg = load_registry(path)
        assert (reg.errors, reg.warnings) == ([], []), text
        assert [s.id for s in reg.sources] == ["baodaklak"]


def test_minimal_hand_written_entry_is_unverified(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(textwrap.dedent("""\
        sources:
          - id: baodaklak
            name: Báo Đắk Lắk
            kind: newspaper
            province: Đắk Lắk
            allowed_domains: [baodaklak.vn]
            start_urls: [https://baodaklak.vn/khoa-hoc-cong-nghe/]
        """), encoding="utf-8")
    reg = load_registry(path)
    assert reg.errors == []
    [source] = reg.sources
    assert (source.confidence, source.evidence, source.confidence_label) == (
        None, None, "unverified")
    assert source.enabled and source.topic_filter


def test_packaged_registry_speaks_for_itself():
    """No entry or comment points at research notes that only exist on the build machine."""
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    for name in ("sources.yaml", "provinces.yaml"):
        text = (seeds / name).read_text(encoding="utf-8")
        assert "/work/" not in text and "sources-research" not in text, name
        assert not re.search(r"§\s?\d", text), f"{name} cites sections of a file users lack"
    for source in load_registry().sources:
        assert source.evidence and len(source.evidence) > 40, source.id
