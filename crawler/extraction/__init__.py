"""Article extraction for Vietnamese news and government pages.

trafilatura finds the body; this package adds what generic extraction misses on Vietnamese
sites, one concern per module:

- :mod:`.article`: :func:`extract_article`, the whole flow;
- :mod:`.cleaning`: strip rules, never removing the region that holds the article;
- :mod:`.floor`: plain trafilatura on the raw page when ours is much shorter;
- :mod:`.body`: the body cleaned line by line (boilerplate of :file:`boilerplate.yaml`,
  related lists, captions); teaser link lists are removed before
  (:func:`.cleaning.link_lists`);
- :mod:`.listing`: listings told apart by structure (runs of teasers holding the text, the
  headline one of them, teasers right under the headline, however few cards under linked
  headings, dated entries on a page that shows no headline), page chrome recognised;
- :mod:`.dating`: publication time from the article's own region (:mod:`crawler.dates`);
- :mod:`.authors`: bylines, credits, JSON-LD; never a site name, an office (:mod:`.offices`,
  lexicon :file:`offices.yaml`), a staff account or a share button; the grammar of credit
  lines is :mod:`.credits`, byline elements and header credit lines :mod:`.bylines`;
- :mod:`.entry`: the post's own header and footer (hCard author, hAtom or ``<time>`` date)
  inside the entry that holds the headline, read before the cleaning strips footers;
- :mod:`.forum`: forum threads (vBulletin, XenForo, phpBB, MyBB, SMF): the first post, its
  poster and its date in the software's own order;
- :mod:`.metadata`: meta tags, JSON-LD, the title; :mod:`.size`: inline data removed.

trafilatura options were chosen by measurement (``python -m bench.quality``; 66 labelled pages
plus 48 replica pages, 2026-11-23): with ``favor_precision=True`` body token F1 1.000, author
1.000, topic precision 1.000; trafilatura's defaults 0.983 / 0.912 / 0.973 (related teasers and
comment boxes leak in); ``favor_recall=True`` 0.882 / 0.825 / 0.961. ``include_tables`` made no
difference on this set and stays on (indicator tables are content); comments are always off.
"""

from crawler.extraction.article import Extraction, extract_article
from crawler.extraction.config import (
    AUTHOR_SELECTORS,
    BOILERPLATE_FILE,
    DATE_SELECTORS,
    MIN_WORDS,
    SAPO_SELECTORS,
    TRAFILATURA_OPTIONS,
)
from crawler.extraction.size import strip_inline_data

__all__ = ["AUTHOR_SELECTORS", "BOILERPLATE_FILE", "DATE_SELECTORS", "MIN_WORDS",
           "SAPO_SELECTORS", "TRAFILATURA_OPTIONS", "Extraction", "extract_article",
           "strip_inline_data"]
