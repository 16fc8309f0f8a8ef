"""Discovery of article URLs: feeds, sitemaps, listing pages and generic link classification.

Pure functions on response bytes/selectors; the spider (``crawler/spiders/cds_news.py``) wires
them to requests, the visited check and per-source statistics.
"""

from crawler.discovery.feeds import FeedEntry, feed_links, parse_feed
from crawler.discovery.links import Link, article_links, looks_like_article_url
from crawler.discovery.listings import next_page_url, page_url
from crawler.discovery.sitemaps import SitemapEntry, parse_sitemap, sitemaps_from_robots

__all__ = [
    "FeedEntry", "Link", "SitemapEntry", "article_links", "feed_links", "looks_like_article_url",
    "next_page_url", "page_url", "parse_feed", "parse_sitemap", "sitemaps_from_robots",
]
