"""Vietnamese text handling: charset decoding, NFC normalisation, diacritics, word counts."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from w3lib.encoding import html_body_declared_encoding, html_to_unicode, resolve_encoding

#: Header charsets that servers send by default when they know nothing better.
_WEAK_HEADER = {"iso8859-1", "latin-1", "latin1", "iso-8859-1", "cp1252", "ascii", "us-ascii"}
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r" {2,}")
#: Characters XML (and so lxml) refuses: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# ð between/before Vietnamese letters is a misused đ (U+00F0 eth does not exist in Vietnamese).
_ETH_LOWER = re.compile(r"ð(?=\w)|(?<=\w)ð")


def decode_html(body: bytes, header_encoding: str | None = None) -> str:
    """Decode an HTML page using the HTTP charset, ``<meta charset>`` or detection; NFC result.

    A weak header charset (ISO-8859-1, the server default) loses against a declared
    ``<meta charset>``; windows-1258 pages come out precomposed thanks to NFC. Control
    characters are removed (lxml refuses them).
    """
    header = (header_encoding or "").strip().lower() or None
    declared = html_body_declared_encoding(body)
    if header and declared and resolve_encoding(header) in {
        resolve_encoding(w) for w in _WEAK_HEADER
    }:
        header = declared
    content_type = f"text/html; charset={header}" if header else None
    _, text = html_to_unicode(content_type, body)
    return unicodedata.normalize("NFC", strip_controls(text))


def strip_controls(text: str) -> str:
    """``text`` without control characters (NUL, C0 but tab/newlines, DEL, non-characters)."""
    return _CONTROL.sub("", text)


def normalize_line(line: str) -> str:
    """One line: NFC, Đ look-alikes fixed, odd and zero-width spaces handled, spaces collapsed."""
    line = unicodedata.normalize("NFC", line)
    line = _ZERO_WIDTH.sub("", line)
    line = _ODD_SPACES.sub(" ", line)
    line = line.replace("\u00d0", "\u0110")
    line = _ETH_LOWER.sub("\u0111", line)
    return _SPACES.sub(" ", line).strip()


def normalize_text(s: str | None) -> str:
    """NFC text with one paragraph per non-empty line, paragraphs separated by one blank line."""
    if not s:
        return ""
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    lines = (normalize_line(line) for line in s.split("\n"))
    return "\n\n".join(line for line in lines if line)


def strip_diacritics(s: str) -> str:
    """Remove Vietnamese diacritics (Đ/đ become D/d) for a diacritics-free match."""
    s = s.replace("\u0110", "D").replace("\u0111", "d").replace("\u00d0", "D").replace("ð", "d")
    # NFD, then drop the nonspacing marks (category Mn): the text between two characters that
    # are neither ASCII nor BMP marks is ASCII and marks only, which an ASCII encode strips
    parts = _kept_chars().split(unicodedata.normalize("NFD", s))
    parts[::2] = [part.encode("ascii", "ignore").decode("ascii") for part in parts[::2]]
    parts[1::2] = ["" if unicodedata.category(c) == "Mn" else c for c in parts[1::2]]
    return unicodedata.normalize("NFC", "".join(parts))


@cache
def _kept_chars() -> re.Pattern[str]:
    """One character that is neither ASCII nor a nonspacing mark of the BMP, as a group."""
    marks = "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Mn")
    return re.compile(f"([^\\x00-\\x7f{re.escape(marks)}])")


def word_count(s: str | None) -> int:
    """Number of words (runs of letters or digits) in ``s``."""
    return len(re.findall(r"\w+", s or ""))
