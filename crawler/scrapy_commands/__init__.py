"""Project Scrapy commands (``COMMANDS_MODULE``): ``crawl`` with exit codes a scheduler can use."""
