"""The cds_news crawler: spider, discovery, extraction and middlewares."""
