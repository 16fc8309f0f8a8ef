"""The 63 → 34 province mapping (seeds/provinces.yaml + seeds/provinces.py)."""

from __future__ import annotations

import unicodedata

import pytest

from seeds.provinces import (
    CURRENT_PROVINCES,
    FORMER_PROVINCES,
    ProvinceMatch,
    UnknownProvinceError,
    former_units_of,
    resolve_province,
)


def test_counts_and_partition():
    assert len(CURRENT_PROVINCES) == len(set(CURRENT_PROVINCES)) == 34
    assert len(FORMER_PROVINCES) == len(set(FORMER_PROVINCES)) == 63
    merged = [f for c in CURRENT_PROVINCES for f in former_units_of(c)]
    assert sorted(merged) == sorted(FORMER_PROVINCES)
    assert all(unicodedata.is_normalized("NFC", n) for n in FORMER_PROVINCES)


def test_canonical_names():
    for name in ("Hà Nội", "Hải Phòng", "Đà Nẵng", "Huế", "Cần Thơ", "TP Hồ Chí Minh", "Gia Lai"):
        assert name in CURRENT_PROVINCES
    prefixed = [n for n in CURRENT_PROVINCES if n.startswith(("TP", "Thành phố", "Tỉnh"))]
    assert prefixed == ["TP Hồ Chí Minh"]


@pytest.mark.parametrize(
    ("current", "former"),
    [
        ("Hải Phòng", ("Hải Phòng", "Hải Dương")),
        ("Gia Lai", ("Gia Lai", "Bình Định")),
        ("Đắk Lắk", ("Đắk Lắk", "Phú Yên")),
        ("Phú Thọ", ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình")),
        ("TP Hồ Chí Minh", ("TP Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Bình Dương")),
        ("Hà Nội", ("Hà Nội",)),
    ],
)
def test_former_units_of(current, former):
    assert former_units_of(current) == former


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hải Dương", ProvinceMatch("Hải Phòng", "Hải Dương", True)),
        ("Hai Duong", ProvinceMatch("Hải Phòng", "Hải Dương", True)),
        ("hải dương", ProvinceMatch("Hải Phòng", "Hải Dương", True)),
        ("Tỉnh Hải Dương", ProvinceMatch("Hải Phòng", "Hải Dương", True)),
        ("Hải Phòng", ProvinceMatch("Hải Phòng", None, False)),
        ("TP Hải Phòng", ProvinceMatch("Hải Phòng", None, False)),
        ("Thành phố Hải Phòng", ProvinceMatch("Hải Phòng", None, False)),
        ("Bình Định", ProvinceMatch("Gia Lai", "Bình Định", True)),
        ("Phú Yên", ProvinceMatch("Đắk Lắk", "Phú Yên", True)),
        ("Thừa Thiên Huế", ProvinceMatch("Huế", None, True)),
        ("Thừa Thiên - Huế", ProvinceMatch("Huế", None, True)),
        ("TP Huế", ProvinceMatch("Huế", None, False)),
        ("TP.HCM", ProvinceMatch("TP Hồ Chí Minh", None, False)),
        ("Thành phố Hồ Chí Minh", ProvinceMatch("TP Hồ Chí Minh", None, False)),
        ("Sài Gòn", ProvinceMatch("TP Hồ Chí Minh", None, False)),
        ("Bà Rịa - Vũng Tàu", ProvinceMatch("TP Hồ Chí Minh", "Bà Rịa - Vũng Tàu", True)),
        ("Bà Rịa–Vũng Tàu", ProvinceMatch("TP Hồ Chí Minh", "Bà Rịa - Vũng Tàu", True)),
        ("Ðà Nẵng", ProvinceMatch("Đà Nẵng", None, False)),  # U+00D0 Eth
        ("Quảng Nam", ProvinceMatch("Đà Nẵng", "Quảng Nam", True)),
        ("Khánh Hoà", ProvinceMatch("Khánh Hòa", None, False)),  # old-style tone placement
        ("  ha noi ", ProvinceMatch("Hà Nội", None, False)),
        ("Daklak", ProvinceMatch("Đắk Lắk", None, False)),
    ],
)
def test_resolve(name, expected):
    assert resolve_province(name) == expected


def test_nfd_input():
    nfd = unicodedata.normalize("NFD", "Hải Dương")
    assert nfd != "Hải Dương"
    assert resolve_province(nfd).former == "Hải Dương"


def test_every_name_resolves_to_itself():
    for current in CURRENT_PROVINCES:
        assert resolve_province(current) == ProvinceMatch(current, None, False)
        for former in former_units_of(current):
            match = resolve_province(former)
            assert match.current == current
            assert match.former == (None if former == current else former)


@pytest.mark.parametrize("name", ["Hai Duongg", "Atlantis", "", "Hà Tây"])
def test_unknown(name):
    with pytest.raises(UnknownProvinceError, match="unknown province"):
        resolve_province(name)


def test_unknown_suggests_close_names():
    with pytest.raises(UnknownProvinceError, match="Hải Dương"):
        resolve_province("Hai Duongg")
