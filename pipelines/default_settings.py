"""Default settings of the item pipelines and the storage layer.

Composed into the project's ``settings.py``; override any of them with ``-s NAME=VALUE``.
"""

#: One concern each, in this order.
ITEM_PIPELINES = {
    "pipelines.validate.ValidatePipeline": 100,
    "pipelines.normalise.NormalisePipeline": 200,
    "pipelines.topic.TopicFilterPipeline": 300,
    "pipelines.dedupe.DedupePipeline": 400,
    "pipelines.store.StorePipeline": 500,
}

#: SQLAlchemy URL of the archive; empty means CDS_DATABASE_URL, else data/cds.db.
CDS_DATABASE_URL = ""
#: Minimum topic score (0..1) for an article to be kept as CĐS news.
CDS_TOPIC_THRESHOLD = 0.5
#: Topic lexicon; empty means seeds/lexicon.yaml.
CDS_LEXICON_FILE = ""
#: Article writes per commit (an article and its visited mark always commit together).
CDS_COMMIT_BATCH = 50
#: Fetch attempts of a URL with transient errors before it is marked failed for good.
CDS_MAX_FETCH_ATTEMPTS = 3
#: Minimum body length (characters) of a storable article.
CDS_MIN_TEXT_CHARS = 200
#: Near-duplicate threshold in SimHash bits. Up to 6 the band lookup finds every pair; higher
#: values link more edited copies but also more unrelated stories (see bench/storage.py).
CDS_NEAR_DUPLICATE_BITS = 6
#: Paragraph-mark near duplicates: the share (0..1) of the smaller article's core paragraphs
#: (>= 20 words) a copy must share, and never fewer than 2 (all of them when it has 1-2); see
#: pipelines.simhash.marks_linked. Catches copies that add, drop or move whole paragraphs.
CDS_NEAR_DUPLICATE_MIN_SHARED = 0.5
