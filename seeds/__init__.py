"""Data the crawler is driven by: the source registry, the province mapping, the topic lexicon."""
