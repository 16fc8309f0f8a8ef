"""Default settings of per-run monitoring (Spidermon) used by crawls.

Composed into the project's ``settings.py``; override any of them with ``-s NAME=VALUE``.
"""

EXTENSIONS: dict[str, int] = {}
