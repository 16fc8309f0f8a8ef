"""64-bit SimHash over word shingles, and the LSH band keys that make its lookup sub-linear.

Syndicated copies of a story rewrite the first line, prefix a site tag ("(Baodaklak.vn) -") and add
boilerplate (byline, "Xem thêm", "Nguồn: …", share links). :func:`text_simhash` therefore hashes the
*core* of the text: every paragraph but the first, keeping only paragraphs of at least
:data:`MIN_CORE_WORDS` words (the whole text when that leaves nothing).

Band scheme (Manku et al.): the 64 bits are cut into :data:`BLOCKS` blocks of 8 bits; every pair
of blocks is one band (28 bands, 16-bit keys). Two hashes within :data:`MAX_DISTANCE` bits differ
in at most 6 blocks, so they share at least one whole band: the band lookup never misses a pair
within the threshold, and at N stored stories a band bucket holds about N / 65536 of them.

Paragraph marks (:func:`paragraph_marks`) are the second signal: one 64-bit hash per core
paragraph, so a copy that drops, adds or moves whole paragraphs (which moves the SimHash of the
whole core text by 10+ bits) still shares most of its marks with the original.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from itertools import combinations

from pipelines.normalise import content_hash  # the one definition (NormalisePipeline's)

__all__ = ["band_keys", "content_hash", "core_paragraphs", "distance", "marks_linked",
           "paragraph_marks",
           "simhash", "text_simhash"]

#: Shingle length in words.
SHINGLE = 3
BLOCKS = 8
BLOCK_BITS = 64 // BLOCKS
#: Pairs of blocks: each is one band (28).
BANDS: tuple[tuple[int, int], ...] = tuple(combinations(range(BLOCKS), 2))
#: Largest Hamming distance the band lookup is guaranteed to find (BLOCKS - 2).
MAX_DISTANCE = BLOCKS - 2
#: Paragraphs shorter than this are left out of the core text (bylines, links, sources).
MIN_CORE_WORDS = 20
#: Default near-duplicate threshold (bits), measured in ``bench/storage.py``: links every
#: verbatim syndicated copy and ~80% of lightly edited ones, no distinct same-topic story
#: (closest seen: 19 bits), and an unrelated story by chance ~2e-5 per article at 1M stored.
DEFAULT_THRESHOLD = 6
#: Default share of the smaller article's paragraph marks two copies must share
#: (``CDS_NEAR_DUPLICATE_MIN_SHARED``); see :func:`marks_linked`.
DEFAULT_MIN_SHARED = 0.5
#: A paragraph mark held by more than this many stored stories is boilerplate (a site's standard
#: closing paragraph): the lookup ignores it, which also bounds the rows it reads.
MAX_MARK_STORIES = 50

_WORD = re.compile(r"\w+")
_MASK64 = (1 << 64) - 1
_BLAKE8 = hashlib.blake2b(digest_size=8)
#: ``_BIT[b]``: a ``bytes.translate`` table mapping each byte to its bit ``b`` (0 or 1).
_BIT = tuple(bytes((v >> b) & 1 for v in range(256)) for b in range(8))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _digest(gram: str) -> bytes:
    """8-byte BLAKE2b of a shingle (a copy of a fresh hasher: cheaper than a new one)."""
    h = _BLAKE8.copy()
    h.update(gram.encode())
    return h.digest()


def simhash(text: str, shingle: int = SHINGLE) -> int:
    """Unsigned 64-bit SimHash of the word ``shingle``-grams of ``text`` (0 for empty text)."""
    words = _words(text)
    if not words:
        return 0
    shingles = zip(*(words[i:] for i in range(shingle)), strict=False)  # stops at the shortest
    grams = set(map(" ".join, shingles)) or {" ".join(words)}
    # the shingles' big-endian digests side by side; bit column by bit column counted at C speed
    digests = b"".join(map(_digest, grams))
    half = len(grams) / 2
    value = 0
    for byte in range(8):
        column = digests[byte::8]
        for bit in range(8):
            if column.translate(_BIT[bit]).count(1) > half:
                value |= 1 << (8 * (7 - byte) + bit)
    return value


def core_paragraphs(text: str) -> list[str]:
    """The paragraphs that syndicated copies share: all but the first (when there are at least
    3), of at least :data:`MIN_CORE_WORDS` words; may be empty."""
    paras = [p for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    if len(paras) >= 3:
        paras = paras[1:]
    return [p for p in paras if len(_WORD.findall(p)) >= MIN_CORE_WORDS]


def core_text(text: str) -> str:
    """:func:`core_paragraphs` joined (the whole text when there are none)."""
    kept = core_paragraphs(text)
    return "\n\n".join(kept) if kept else (text or "")


def paragraph_mark(paragraph: str) -> int:
    """Signed 64-bit hash of a paragraph's normalised words (NFC, lower-case ``\\w+``): blind to
    punctuation, spacing and Unicode composition."""
    words = _WORD.findall(unicodedata.normalize("NFC", paragraph).lower())
    digest = hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def paragraph_marks(text: str) -> frozenset[int]:
    """The distinct :func:`paragraph_mark` of every core paragraph (empty when there is none)."""
    return frozenset(paragraph_mark(p) for p in core_paragraphs(text))


def text_simhash(text: str) -> int:
    """SimHash of :func:`core_text`: what near-duplicate detection compares."""
    return simhash(core_text(text))


def distance(a: int, b: int) -> int:
    """Hamming distance of two 64-bit hashes."""
    return ((a ^ b) & _MASK64).bit_count()


def to_signed(value: int) -> int:
    """The unsigned hash as a signed 64-bit integer (what a BIGINT column holds)."""
    value &= _MASK64
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned(value: int) -> int:
    return value & _MASK64


def band_keys(value: int) -> list[int]:
    """One integer key per band: ``band_index << 16 | the band's 16 bits`` (fits an INTEGER)."""
    value &= _MASK64
    blocks = [(value >> (i * BLOCK_BITS)) & 0xFF for i in range(BLOCKS)]
    return [(n << 16) | (blocks[i] << 8) | blocks[j] for n, (i, j) in enumerate(BANDS)]


def marks_linked(shared: int, a: int, b: int, min_shared: float = DEFAULT_MIN_SHARED) -> bool:
    """Whether two articles with ``a`` and ``b`` paragraph marks, ``shared`` of them in common
    (boilerplate marks not counted), are copies of one story.

    With ``m = min(a, b)``: linked when ``shared >= ceil(min_shared * m)`` and ``shared >= 2``;
    when ``m <= 2``, all ``m`` marks must be shared, and when ``m == 1`` the one shared paragraph
    must also be ``min_shared`` of the larger article (so a one-paragraph brief is not a copy of
    every long story that quotes it, nor of every story carrying the same boilerplate paragraph).
    """
    m, big = min(a, b), max(a, b)
    if m <= 0 or shared <= 0:
        return False
    need = max(math.ceil(min_shared * m - 1e-9), min(2, m))
    if shared < need:
        return False
    return m >= 2 or shared >= min_shared * big - 1e-9
