"""Text normalisation: charsets, NFC, Đ look-alikes, odd spaces, paragraphs."""

from __future__ import annotations

import unicodedata

from crawler.text import decode_html, normalize_text, strip_diacritics, word_count

TONES = "\u0300\u0301\u0303\u0309\u0323"
SENTENCE = "Tỉnh Đắk Lắk đẩy mạnh chuyển đổi số ở cấp xã"


def cp1258(s: str) -> bytes:
    """Encode like Word's windows-1258 export: base letters plus combining tone marks."""
    out = bytearray()
    for c in s:
        d = unicodedata.normalize("NFD", c)
        base = unicodedata.normalize("NFC", "".join(x for x in d if x not in TONES))
        out += (base + "".join(x for x in d if x in TONES)).encode("cp1258")
    return bytes(out)


def test_windows_1258_page_from_meta_is_clean_nfc():
    page = f'<html><head><meta charset="windows-1258"></head><body>{SENTENCE}</body></html>'
    text = decode_html(cp1258(page), None)
    assert SENTENCE in text
    assert unicodedata.is_normalized("NFC", text)


def test_windows_1258_http_equiv_beats_default_latin1_header():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=windows-1258"></head><body>{SENTENCE}</body></html>')
    assert SENTENCE in decode_html(cp1258(page), "ISO-8859-1")


def test_header_charset_is_used():
    assert SENTENCE in decode_html(f"<p>{SENTENCE}</p>".encode(), "utf-8")
    assert SENTENCE in decode_html(cp1258(f"<p>{SENTENCE}</p>"), "windows-1258")


def test_nfd_text_becomes_nfc():
    nfd = unicodedata.normalize("NFD", SENTENCE)
    assert nfd != SENTENCE
    assert normalize_text(nfd) == SENTENCE
    assert decode_html(f"<p>{nfd}</p>".encode(), "utf-8") == f"<p>{SENTENCE}</p>"


def test_eth_lookalike_becomes_d_stroke():
    assert normalize_text("ÐẢNG BỘ tỉnh, CÐS") == "ĐẢNG BỘ tỉnh, CĐS"
    assert normalize_text("ðẩy mạnh, ðiều hành") == "đẩy mạnh, điều hành"


def test_odd_and_zero_width_spaces():
    assert normalize_text("chuyển\u00a0đổi\u202fsố\u200b  cấp\u2003xã\ufeff") == (
        "chuyển đổi số cấp xã")


def test_paragraphs_separated_by_one_blank_line():
    raw = "  Đoạn một.  \r\n\u00a0\n\n\n Đoạn   hai.\nĐoạn ba.\n \u00a0 \n"
    assert normalize_text(raw) == "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba."
    assert normalize_text(None) == ""


def test_strip_diacritics_and_word_count():
    assert strip_diacritics("Chuyển đổi số – CĐS, Đề án 06") == "Chuyen doi so – CDS, De an 06"
    assert word_count("Chuyển đổi số, 2024: 10/10!") == 6
    assert word_count("") == 0


def test_normalise_pipeline():
    from pipelines.normalise import NormalisePipeline, content_hash

    item = {"title": " Chuye\u0302\u0309n đổi số\u00a0 cấp xã ", "lead": None,
            "author": "HÀ\u00a0KIÊN", "text": "Đoạn\u00a0một.\n\n\nÐoạn hai."}
    out = NormalisePipeline().process_item(item)
    assert out["title"] == "Chuyển đổi số cấp xã"
    assert out["author"] == "HÀ KIÊN" and out["lead"] is None
    assert out["text"] == "Đoạn một.\n\nĐoạn hai."
    assert out["word_count"] == 4 and out["language"] == "vi"
    assert out["content_hash"] == content_hash("ĐOẠN MỘT.   đoạn hai.")
    assert len(out["content_hash"]) == 64
