"""CĐS news monitor: crawl, clean, deduplicate and publish Vietnamese CĐS news."""

__version__ = "0.1.0"
