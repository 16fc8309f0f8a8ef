"""Credit grammar: how a person is named in a credit line and what is no person.

Names (``is_name``, capitals bylines), credit lines (``Tác giả: X``, ``Bài, ảnh: X``,
``Phóng viên: X``, ``Theo X (Báo Y)``, ``X/TTXVN``, ``A - B``, ``X - Trung tâm …``), the words
before a name (``Viết bởi``, ``bởi``, ``Được tạo bởi``, ``Created by``) and what is never an
author: a CMS or staff account (``admin``, ``editor01``), an outlet, an office, a site's name
(:func:`usable`). One owner for each: :mod:`.bylines` and :mod:`.authors` read pages with it.
"""

from __future__ import annotations

import re

from crawler.extraction.offices import is_office, is_vendor
from crawler.text import normalize_line

CAPS_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.'’\- ]{1,40}$")
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ.'’\-]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ.'’\-]*){0,4}$")
#: Labels before the names of a credit (``Nhóm phóng viên:``, ``Người thực hiện:``,
#: ``Authors:``), alone on their line or before the names.
CREDIT_LABEL = (r"(?:tác giả(?:\s+bài\s+viết)?|nhóm tác giả|tin và ảnh|tin, ảnh|bài và ảnh|"
                r"bài, ảnh|(?:nhóm\s+)?phóng viên|nhà báo|cộng tác viên|người viết|"
                r"người thực hiện|nhóm thực hiện|thực hiện|authors?|written by|words)")
TACGIA = re.compile(rf"^{CREDIT_LABEL}\s*:\s*(.{{2,80}})$", re.IGNORECASE)
#: ``Theo Thu Hà (Báo Tin tức)``: the person is the author, the outlet is not.
THEO_CREDIT = re.compile(r"^\(?theo\s+(?P<name>[^()/]{2,40}?)\s*(?:\((?P<outlet>[^()]{2,60})\)"
                         r"|/\s*(?P<slash>[^()/]{2,60}))\)?\.?$", re.IGNORECASE)
#: Reporter credits used as bylines.
REPORTER = re.compile(r"^(?:nhóm\s+)?(?:pv|ptv|btv|ctv)(?:\s*[-/,&]\s*(?:pv|ptv|btv|ctv))*$",
                      re.IGNORECASE)
#: Words before a name in a byline element (``Viết bởi``, ``Đăng bởi``, ``Bài, ảnh:``).
_BY = re.compile(r"^(?:được tạo bởi|tạo bởi|được đăng bởi|được viết bởi|created by|"
                 r"viết bởi|đăng bởi|gửi bởi|posted by|written by|người đăng|người viết|"
                 r"biên tập|by|bởi|bài viết|bài|tin|ảnh|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|"
                 r"tác giả)(?:\s*:\s*|\s+)", re.IGNORECASE)
#: A role word before a reporter's name (``CTV Hoàng Gia Bảo``, ``Phóng viên Thu Hà``).
_ROLE_WORD = re.compile(r"^(?:ctv|pv|btv|phóng viên|cộng tác viên|nhà báo)\s+", re.IGNORECASE)
#: Academic and professional titles before a name (``ThS.``, ``PGS.TS.``, ``TS``, ``KS.``,
#: ``BSCKII``, ``Luật sư``): the name is the person's without them.
#: Several in a row, joined by dots, commas or spaces (``PGS, TS``, ``PGS.TS.``, ``Th.S``);
#: ranks (``Đại tá``), callings (``Nhà báo``, ``Cô giáo``) and English ones (``Dr.``) too.
_ACADEMIC = re.compile(r"^(?:(?:PGS|GS|TSKH|TS|ThS|Th\.S|Ths|THS|NCS|KS|BS|BSCKI{1,2}|CN|LS|Ts|"
                       r"GV|Dr|Prof|Mr|Mrs|Ms)\s*[.,]\s*|(?:PGS|GS|TSKH|TS|ThS|NCS|GV)\s+|"
                       r"(?i:luật sư|kỹ sư|bác sĩ|dược sĩ|tiến sĩ|thạc sĩ|giáo sư|phó giáo sư|"
                       r"nhà báo|nhà giáo|nhà văn|nhà thơ|nhạc sĩ|họa sĩ|nghệ nhân|nghệ sĩ|"
                       r"giáo viên|cô giáo|thầy giáo|(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|tướng)"
                       r"|đại tướng|cô|thầy)\s+)+")
#: Staff accounts shown as the poster: never an author.
_ACCOUNTS = {"admin", "administrator", "super user", "quản trị", "quản trị viên", "webmaster",
             "ban biên tập", "editor", "root", "biên tập viên", "người quản trị", "bientap",
             "bientapvien", "quantri", "quantrivien", "btv", "tbt", "thuky", "thư ký"}
#: A staff account numbered by the CMS (``editor01``, ``admin2``, ``bientap_3``).
_STAFF = re.compile(r"^(?:admin|administrator|editor|bientap|bientapvien|btv|quantri|webmaster|"
                    r"moderator|mod|user|nhaplieu|content)[_.\-]?\d+$", re.IGNORECASE)
#: A user name (``admin_cds``, ``ngocanh_ld``): one lowercase token.
_USERNAME = re.compile(r"^[a-z][a-z0-9_.\-]{2,30}$")


_OUTLET = ("báo ", "cổng ", "tạp chí ", "đài ", "ttxvn", "thông tấn")


def _bare(name: str | None) -> str:
    return _BY.sub("", normalize_line(name or ""), count=1).strip(" .,:-–—")


def is_account(name: str | None) -> bool:
    """A CMS account shown as the poster (``admin``, ``bientap``, ``admin_cds``): no author
    beside a byline; a user name other than a staff account is the author only when the page
    credits nobody else (:func:`username`). A forum poster's user name is the author
    (:mod:`.forum` gives it directly)."""
    name = _bare(name)
    return bool(name) and (name.casefold() in _ACCOUNTS or bool(_USERNAME.match(name))
                           or bool(_STAFF.match(name)))


def username(name: str | None) -> str | None:
    """The user name of a byline element (``bởi admin_cds``), not a staff account: the
    author of last resort."""
    name = _bare(name)
    return name if (_USERNAME.match(name) and name.casefold() not in _ACCOUNTS
                    and not _STAFF.match(name)) else None


def display(name: str) -> str:
    """A name in capitals in title case; acronyms (PV, BTV) kept."""
    if not name.isupper():
        return name
    return " ".join(w if len(w) <= 3 and w.isalpha() and w.upper() in {"PV", "PTV", "BTV", "CTV"}
                    else w.title() for w in name.split())


#: Share and print buttons and a CMS's field labels that look like names ("Facebook",
#: "Zalo", Drupal's "Tags" above the terms).
_BUTTONS = {"facebook", "zalo", "twitter", "x", "email", "e-mail", "gmail", "linkedin",
            "youtube", "tiktok", "messenger", "telegram", "pinterest", "reddit", "google",
            "print", "in", "share", "tweet", "like", "copy", "link", "rss", "top", "lên",
            "trước", "sau", "tiếp", "next", "prev", "previous", "«", "»", "‹", "›",
            "tags", "tag", "thẻ", "nhãn", "keywords", "labels", "topics", "categories",
            "category", "comments", "related", "attachments", "files"}


def is_name(line: str) -> bool:
    """A person's name alone on a line (or a reporter credit)."""
    if REPORTER.match(line):
        return True
    found = line.split()
    if all(w.casefold().strip(".,:|") in _BUTTONS for w in found) or is_office(line):
        return False
    if not all(w[0].isupper() or not w[0].isalpha() for w in found):
        return False  # "Đồng ý": the character class of _NAME lets a lowercase "ý" through
    return (1 <= len(found) <= 5 and not re.search(r"[\d.,;:!?\"“”()]$", line)
            and not any(c.isdigit() for c in line)
            and bool(_NAME.match(line) or CAPS_NAME.match(line)))


_PAREN_TAIL = re.compile(r"\s*\([^()]{2,40}\)\.?$")
_JOINERS = re.compile(r"\s+[-–&]\s+|\s*[,;]\s+|\s+(?:và|and)\s+")


#: The comma between two degrees (``PGS, TS``): no joiner of two names.
_TITLE_COMMA = re.compile(r"(?:(?<=\bGS)|(?<=\bTS)|(?<=\bThS)|(?<=\bNCS)|(?<=\bBS)|(?<=\bKS)|"
                          r"(?<=\bGV))\s*,\s*(?=(?:GS|TSKH|TS|ThS|NCS|BS|BSCKI{1,2}|KS)\b)")


def untitled(name: str) -> str:
    """``name`` without the titles before it (``PGS, TS Phan Minh`` is ``Phan Minh``) when
    a name is left; else ``name`` as it is."""
    joined = _TITLE_COMMA.sub(".", name)
    title = _ACADEMIC.match(joined)
    rest = joined[title.end():] if title else ""
    return rest if rest and is_name(rest) else name


#: The roles of an e-magazine credit box: the writers (the authors), the photographers (the
#: authors only when nobody wrote), the production (design, graphics, video: no authors).
_WRITER_ROLES = (r"nội dung(?:\s*(?:,|và|&)\s*ảnh)?|bài viết|bài(?:\s*(?:,|và|&)\s*ảnh)?|"
                 r"(?:nhóm\s+)?thực hiện|tin(?:\s*(?:,|và|&)\s*ảnh)?|tin bài|tác giả")
_PHOTO_ROLES = r"ảnh|hình ảnh|ảnh minh họa"
_MAKER_ROLES = (r"thiết kế|đồ họa|đồ hoạ|trình bày|video|clip|dựng phim|dựng video|dựng|"
                r"kỹ thuật|quay phim|minh họa|biên tập|mỹ thuật")
_ROLES = rf"(?:{_WRITER_ROLES}|{_PHOTO_ROLES}|{_MAKER_ROLES})"
_ROLE = re.compile(rf"^(?P<role>{_ROLES})\s*:\s*(?P<names>.+)$", re.IGNORECASE)
_WRITER = re.compile(rf"^(?:{_WRITER_ROLES})$", re.IGNORECASE)
_PHOTO = re.compile(rf"^(?:{_PHOTO_ROLES})$", re.IGNORECASE)
#: Between two roles: a bar, a semicolon, a bullet, or a dash or slash before the next role.
_ROLE_SPLIT = re.compile(rf"\s*(?:[|;•·]|\s[-–—/])\s*(?={_ROLES}\s*:)", re.IGNORECASE)


def _roles(line: str) -> list[tuple[str, list[str]]] | None:
    """The roles of a credit line and the people of each, or None when it is none."""
    found = []
    for part in _ROLE_SPLIT.split(line.strip()):
        match = _ROLE.match(part.strip(" |;•·"))
        credit = tail_credit(match["names"].strip(" .|;")) if match else None
        if not credit:
            return None
        found.append((normalize_line(match["role"]), credit.split(", ")))
    return found or None


def credit_line(line: str) -> bool:
    """Whether ``line`` is an e-magazine credit line (``Thiết kế: Tuấn Kiệt`` alone too)."""
    return _roles(line) is not None


def role_credit(line: str) -> str | None:
    """The writers of an e-magazine credit line: ``Nội dung: Hà Linh | Ảnh: Minh Đức |
    Thiết kế: Tuấn Kiệt`` is Hà Linh, ``Bài, ảnh: Khánh Vy`` Khánh Vy (several joined by
    ", "); the photographers when nobody wrote; design, graphics, video are no authorship."""
    roles = _roles(line)
    if roles is None:
        return None
    names: list[str] = []
    photos: list[str] = []
    for role, people in roles:
        if _WRITER.match(role):
            names += [n for n in people if n not in names]
        elif _PHOTO.match(role):
            photos += [n for n in people if n not in photos]
    return ", ".join(names or photos) or None


def tail_credit(line: str) -> str | None:
    """The names of a credit line closing the body: ``Hoàng Anh - Minh Tâm``,
    ``Lê Minh (tổng hợp)``, ``Thu Hà (TTXVN)`` (the outlet or note in brackets dropped);
    several names are joined by ", "."""
    names = untitled(_PAREN_TAIL.sub("", line).strip())
    parts = [untitled(p) for p in _JOINERS.split(_TITLE_COMMA.sub(".", names))]
    if not names or len(parts) > 4 or not all(is_name(p) and not _is_outlet(p) for p in parts):
        return None
    return ", ".join(display(p) for p in parts)


def byline_author(prefix: str) -> str | None:
    """The capitals name before a dateline (``HÀ KIÊN 10/07/2024 19:21``)."""
    prefix = prefix.strip(" •|-–—,:")
    if prefix.lower().startswith(("print", "thứ", "chủ nhật", "cập nhật", "ngày", "đăng")):
        return None
    if CAPS_NAME.match(prefix) and 1 <= len(prefix.split()) <= 5:
        return display(prefix)
    return None


def slash_credit(line: str) -> str | None:
    """The person of ``Hoài Nam/TTXVN`` or ``Ngọc Trâm/Báo Hậu Giang`` (the outlet after the
    slash is no author)."""
    if line.count("/") != 1 or len(line) > 80:
        return None
    person, _, outlet = (p.strip(" .") for p in line.partition("/"))
    head = re.split(r"[\s.\-–]", outlet)[0]  # "VOV" of "VOV-Tây Bắc", "VOV.VN", "TTXVN"
    if is_name(person) and not _is_outlet(person) and (
            _is_outlet(outlet) or is_office(outlet) or (head.isupper() and 2 <= len(head) <= 10)):
        return display(person)
    return None


def theo_credit(line: str) -> str | None:
    """The person of a ``Theo X (Outlet)`` credit line."""
    match = THEO_CREDIT.match(line)
    if not match:
        return None
    name = normalize_line(match["name"])
    return display(name) if is_name(name) and not _is_outlet(name) else None


#: ``Theo …`` opening a credit line.
_THEO_LEAD = re.compile(r"^\(?theo\s+", re.IGNORECASE)


def source_credit(line: str) -> bool:
    """Whether ``line`` is a ``Theo …`` credit naming no person (``Theo Báo Bình Định``,
    ``Theo VnExpress``): the source of the story, not its author."""
    return bool(_THEO_LEAD.match(line)) and theo_credit(line) is None


def _is_outlet(name: str) -> bool:
    low = name.casefold()
    return low.startswith(_OUTLET) or "." in low


def mixed_credit(line: str) -> str | None:
    """The people of a credit naming them beside their office or outlet: ``Thanh Hà - Trung
    tâm VH-TT huyện``, ``Thu Hà – Báo Quảng Trị`` (names joined by ", ")."""
    if " - " not in line and " – " not in line:
        return None
    parts = [p.strip(" .") for p in re.split(r"\s+[-–]\s+", line)]
    people = [p for p in parts if not is_office(p) and not _is_outlet(p)]
    if people and len(people) < len(parts) and all(is_name(p) for p in people):
        return ", ".join(display(p) for p in people)
    return None


#: The word left between a name and the date cut from after it (``Người viết: X lúc``).
_CONNECTOR_TAIL = re.compile(r"\s+(?:vào lúc|lúc|vào|ngày|on|at)\s*:?$")


def usable(name: str | None, sites: set[str]) -> str | None:
    """``name`` cleaned, or None when it is a site, an outlet, a URL or a sentence."""
    if not name:
        return None
    name = _CONNECTOR_TAIL.sub("", normalize_line(name))  # "X lúc" cut before its date
    if credit_line(name):  # "Thực hiện: X; Trình bày: Y" is X; "Thiết kế: Y" nobody
        return role_credit(name)
    match = TACGIA.match(name)
    name = normalize_line(match.group(1)) if match else name
    credit = role_credit(name)  # "Bài: Ngọc Trâm - Ảnh: Hoài Nam"
    if credit:
        return credit
    name = _BY.sub("", name, count=1).strip(" .,:-–—")
    role = _ROLE_WORD.match(name)
    if role and is_name(name[role.end():]):
        name = name[role.end():]  # "CTV Hoàng Gia Bảo": the person, not the role
    name = untitled(name)  # "ThS. Trịnh Bảo Ngọc": the person, not the degree
    mixed = mixed_credit(name)
    if mixed:
        return mixed
    if is_account(name) or is_office(name):
        return None  # an account or an office credit: no person
    credit = theo_credit(name)
    if credit:
        return credit
    if source_credit(name):
        return None  # "Theo Báo Y": the outlet is not an author
    name = slash_credit(name) or name
    person = _PAREN_TAIL.sub("", name).strip()
    if person != name and is_name(person) and not _is_outlet(person):
        name = person  # "Hồng Nhung (Sở TT&TT)": the person, not the office in brackets
    several = tail_credit(name) if _JOINERS.search(name) else None
    if several and ", " in several:
        return several  # "Khải Minh - Gia Bảo": names joined by ", "
    if (not name or "://" in name or "." in name.rstrip(".") or name.casefold() in sites
            or any(c.isdigit() for c in name)  # a date or a number left in: no name
            or len(name.split()) > 6 or _is_outlet(name)
            or any(s in name.casefold() for s in sites if len(s) > 3)):
        return None
    return display(name)


def account(name: str | None, sites: set[str], generator: str | None = None) -> str | None:
    """:func:`usable` for a CMS account field (``<meta name=author>``, Joomla's "Viết bởi",
    JSON-LD ``author``): an office, a staff account (``admin``, ``webmaster``: :func:`is_account`)
    or the portal's maker (a vendor, the CMS of ``<meta name=generator>``, an all-caps brand:
    :func:`crawler.extraction.offices.is_vendor`) posting is no person."""
    if is_vendor(_bare(name), generator):
        return None
    return usable(name, sites)


#: A credit line under the headline: ``Posted by Thu Hà on …``, ``Đăng bởi: X | 10/07/2024``,
#: a forum post's ``bởi X - date``, a wiki's ``Được tạo bởi X``, ``Created by X, last modified …``.
POSTED = re.compile(r"^(?:được tạo bởi|tạo bởi|được đăng bởi|được viết bởi|created by|bởi(?!\s+vì)|"
                    r"posted by|written by|submitted by|gửi bởi|đăng bởi|viết bởi|người viết|"
                    r"người đăng|phóng viên|tác giả|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|"
                    r"thực hiện|by)\s*:?\s*"
                    r"(?P<name>.+?)(?:\s+(?:on|lúc|ngày|vào|at)\s*[\s:].*|\s*[|·•–—,]\s*.*|"
                    r"\s+-\s.*)?$",
                    re.IGNORECASE)
