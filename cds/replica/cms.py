"""The six CMS templates of the replica: URL shapes, article, listing and home pages.

A template knows nothing of the world state: it gets a ``view`` (the site's state) that offers
``base_url``, ``related(a)``, ``most_read``, ``cds_headlines``, ``fault_links`` and ``feed_head``.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from cds.replica.layout import dmy, e, figure, hm, iso, links, padding, shell, weekday
from cds.replica.model import Article, slugify

PER_PAGE = 5


class Cms:
    """Base template; subclasses set the names and override the pieces that differ."""

    name = "base"
    brand = ""
    listing = "/"
    shows_modified = False
    has_lead = True
    nav: list[tuple[str, str]] = []
    sections: list[str] = []

    # URLs -------------------------------------------------------------------------------------
    def article_path(self, a: Article) -> str:
        raise NotImplementedError

    def print_url(self, a: Article) -> str:
        return a.path + "?print=1"

    def print_target(self, path: str, query: str) -> str | None:
        """The article path a print URL stands for, else None."""
        return path if "print" in parse_qs(query) else None

    def page_url(self, n: int) -> str:
        return self.listing if n <= 1 else f"{self.listing}?page={n}"

    def listing_page(self, path: str, query: str) -> int | None:
        if path != self.listing:
            return None
        return _int(parse_qs(query).get("page", ["1"])[0])

    # pieces -------------------------------------------------------------------------------------
    def top(self) -> str:
        return ""

    def footer(self) -> str:
        return f"<p>© {self.brand}. Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại.</p>"

    def sidebar(self, view, a: Article | None) -> str:
        if a is not None and a.special == "sidebar-cds":
            box = [(view.url(x), x.title) for x in view.cds_headlines]
            return (f'<div class="box-cds"><h3>Chuyển đổi số</h3><ul>{links(box)}</ul></div>'
                    + self._most_read(view))
        return self._most_read(view)

    def _most_read(self, view) -> str:
        items = [(x.path, x.title) for x in view.most_read]
        return f'<div class="most-read"><h3>Đọc nhiều</h3><ol>{links(items)}</ol></div>'

    def related(self, view, a: Article) -> str:
        items = [(x.path, x.title) for x in view.related(a)]
        return f'<div class="related"><h3>Tin liên quan</h3><ul>{links(items)}</ul></div>'

    def comments(self) -> str:
        return ('<div class="comment-box"><h3>Ý kiến bạn đọc</h3><form method="post" '
                'action="/binh-luan"><textarea name="noi_dung"></textarea>'
                '<input name="ho_ten" placeholder="Họ tên"><button>Gửi bình luận</button>'
                "</form></div>")

    def body(self, a: Article, paras: list[str], caption: str) -> str:
        out = [f"<p>{e(paras[0])}</p>", figure(a, caption)] + [f"<p>{e(p)}</p>" for p in paras[1:]]
        return "\n".join(out)

    def caption(self, a: Article) -> str:
        return a.caption or "Quang cảnh hội nghị. Ảnh: Tư liệu"

    def head(self, view, a: Article) -> str:
        return view.feed_head

    def main(self, view, a: Article, paras: list[str], print_: bool) -> str:
        raise NotImplementedError

    def page(self, view, a: Article, paras: list[str], *, print_: bool = False) -> str:
        main = self.main(view, a, paras, print_)
        return shell(
            title=f"{a.title} - {self.brand}", og_title=a.title, brand=self.brand,
            canonical=view.base_url + a.path, head=self.head(view, a), top=self.top(),
            nav=links(self.nav), main=main, footer=self.footer(),
            sidebar="" if print_ else self.sidebar(view, a),
            padding="" if print_ else padding(a.site, a.key),
            body_class="print" if print_ else "detail",
        )

    # listings -------------------------------------------------------------------------------------
    def item(self, view, a: Article) -> str:
        return f'<div class="item"><h3><a href="{e(a.path)}">{e(a.title)}</a></h3></div>'

    def pager(self, n: int, has_next: bool) -> str:
        prev = f'<a class="prev" href="{e(self.page_url(n - 1))}">Trang trước</a>' if n > 1 else ""
        nxt = f'<a class="next" href="{e(self.page_url(n + 1))}">Trang sau</a>' if has_next else ""
        return f'<div class="pagination">{prev} {nxt}</div>'

    def listing_page_html(self, view, items: list[Article], n: int, has_next: bool,
                          extra: list[tuple[str, str]], title: str = "Chuyển đổi số",
                          path: str | None = None) -> str:
        rows = [self.item(view, a) for a in items]
        rows += [f'<div class="item"><h3><a href="{e(h)}">{e(t)}</a></h3></div>' for h, t in extra]
        main = (f'<h1 class="cate-title">{e(title)}</h1>\n<div class="list-news">'
                + "\n".join(rows) + "</div>\n" + self.pager(n, has_next))
        return shell(title=f"{title} - {self.brand}", brand=self.brand,
                     canonical=view.base_url + (path or self.page_url(n)), head=view.feed_head,
                     top=self.top(), nav=links(self.nav), main=main, footer=self.footer(),
                     sidebar=self._most_read(view), body_class="listing")


def _int(s: str) -> int | None:
    return int(s) if s.isdigit() and 0 < int(s) < 10**6 else None


class MonthBucket(Cms):
    """baodaklak-like: /{cat}/{YYYYMM}/{slug}-{7hex}/, ?paged=N, ``HH:MM, dd/mm/yyyy``."""

    name = "month-bucket"
    brand = "Báo Đắk Lắk điện tử"
    listing = "/khoa-hoc-cong-nghe/"
    nav = [("/thoi-su/", "Thời sự"), ("/kinh-te/", "Kinh tế"), ("/xa-hoi/", "Xã hội"),
           ("/khoa-hoc-cong-nghe/", "Khoa học - Công nghệ"), ("/multimedia/", "Multimedia"),
           ("/doc-bao-in/", "Đọc Báo in")]
    sections = ["/thoi-su/", "/kinh-te/", "/xa-hoi/", "/multimedia/", "/doc-bao-in/"]

    def article_path(self, a: Article) -> str:
        cat = a.category or "khoa-hoc-cong-nghe"
        return f"/{cat}/{a.published_at:%Y%m}/{slugify(a.title)}-{a.h[:7]}/"

    def page_url(self, n: int) -> str:
        return self.listing if n <= 1 else f"{self.listing}?paged={n}"

    def listing_page(self, path: str, query: str) -> int | None:
        if path != self.listing:
            return None
        return _int(parse_qs(query).get("paged", ["1"])[0])

    def top(self) -> str:
        return '<a href="/multimedia/">Multimedia</a> <a href="/doc-bao-in/">Đọc Báo in</a>'

    def item(self, view, a: Article) -> str:
        href = a.path + (f"?gidzl={a.h[8:30]}" if int(a.h[:2], 16) % 3 == 0 else "")
        return (f'<div class="item row15"><a class="title1" href="{e(href)}">{e(a.title)}</a>'
                f'<div class="des">{e(a.lead)}</div>'
                f'<div class="date row10">{hm(a.published_at)}, {dmy(a.published_at)}</div></div>')

    def main(self, view, a: Article, paras: list[str], print_: bool) -> str:
        d = a.published_at
        lead = f'<div class="des sapo"><strong>{e(a.lead)}</strong></div>' if a.lead else ""
        author = f'<p class="author" style="text-align:right"><strong>{e(a.author)}</strong></p>'
        teasers = (f'<div class="related-post"><ul>'
                   f'<li><a href="/multimedia/">(Video) {e(view.most_read[0].title)}</a></li>'
                   f'<li><a href="/multimedia/">(E-magazine) Dấu ấn một nhiệm kỳ</a></li>'
                   f"</ul>{self.related(view, a)}</div>")
        return (f'<div class="detail-main-title"><h1 class="title">{e(a.title)}</h1></div>\n'
                f'<div class="date">{hm(d)}, {dmy(d)}</div>\n{lead}\n'
                f'<div class="td-post-content">\n{self.body(a, paras, self.caption(a))}\n'
                f"{author}</div>\n"
                f'<div class="td-post-sharing"><a href="{e(self.print_url(a))}">In bài</a> '
                f'<a href="https://www.facebook.com/sharer.php">Chia sẻ</a></div>\n'
                f'<div class="box-tag"><a href="/tag/chuyen-doi-so/">Chuyển đổi số</a></div>\n'
                + ("" if print_ else self.comments() + teasers))


class OneCms(Cms):
    """baohaiphong-like OneCMS entry: /<slug>-<6 digits>.html, byline ``AUTHOR dd/mm/yyyy HH:MM``.
    """

    name = "onecms"
    brand = "Báo Hải Phòng"
    listing = "/chuyen-doi-so"
    nav = [("/chinh-tri", "Chính trị"), ("/kinh-te", "Kinh tế"), ("/xa-hoi", "Xã hội"),
           ("/chuyen-doi-so", "Chuyển đổi số"), ("/dat-va-nguoi-xu-dong", "Đất và người Xứ Đông"),
           ("/tim-kiem?q=chuyen-doi-so", "Tìm kiếm")]
    sections = ["/chinh-tri", "/kinh-te", "/xa-hoi", "/dat-va-nguoi-xu-dong"]

    def _id(self, a: Article) -> int:
        return 500000 + a.num * 7 + int(a.h[:4], 16) % 7

    def article_path(self, a: Article) -> str:
        return f"/{slugify(a.title)}-{self._id(a)}.html"

    def print_url(self, a: Article) -> str:
        return f"/print{a.path}"

    def top(self) -> str:
        return '<a href="/tim-kiem?q=chuyen-doi-so">Tìm kiếm</a>'

    def footer(self) -> str:
        powered = '<div class="c-powered">POWERED BY ONECMS - A PRODUCT OF NEKO</div>'
        return super().footer() + powered

    def item(self, view, a: Article) -> str:
        return (f'<div class="b-grid"><h3 class="b-grid__title"><a href="{e(a.path)}">'
                f'{e(a.title)}</a></h3><div class="b-grid__desc">{e(a.lead)}</div></div>')

    def body(self, a: Article, paras: list[str], caption: str) -> str:
        name = f"img{int(a.h[:4], 16)}-{1720000000000 + int(a.h[4:12], 16) % 10**9}.jpg"
        out = [f"<p>{e(paras[0])}</p>", figure(a, caption, name_line=name)]
        return "\n".join(out + [f"<p>{e(p)}</p>" for p in paras[1:]])

    def main(self, view, a: Article, paras: list[str], print_: bool) -> str:
        d = a.published_at
        author = (a.author or "").upper()
        return (f'<div class="c-news-detail">\n<div class="block-sc-cate-name">'
                f'<a href="{self.listing}">Chuyển đổi số</a></div>\n'
                f'<h1 class="block-sc-title">{e(a.title)}</h1>\n'
                f'<div class="sc-longform-header-meta"><span class="author">{e(author)}</span> '
                f'<time datetime="{iso(d)}">{dmy(d)} {hm(d)}</time></div>\n'
                f'<p class="sc-longform-header-sapo">{e(a.lead)}</p>\n'
                f'<article class="entry">\n{self.body(a, paras, self.caption(a))}\n'
                f'<p class="author-end" style="text-align:right"><strong>{e(a.author)}</strong></p>'
                f"</article>\n"
                f'<div class="c-tag"><a href="/tag/chuyen-doi-so">#Chuyển đổi số</a> '
                f'<a href="{e(self.print_url(a))}">In bài viết</a></div>\n'
                + ("" if print_ else f'<div class="c-news-related">{self.related(view, a)}</div>'
                   + self.comments()) + "</div>")


class Liferay(Cms):
    """daklak.gov.vn-like Liferay: /-/<slug>; listing ?page=N repeats its last page forever."""

    name = "liferay"
    brand = "Cổng thông tin điện tử tỉnh Đắk Lắk"
    listing = "/web/guest/chuyen-doi-so"
    shows_modified = True
    nav = [("/web/guest/trang-chu", "Trang chủ"),
           ("/web/guest/tin-tuc-su-kien", "Tin tức - Sự kiện"),
           ("/web/guest/chuyen-doi-so", "Chuyển đổi số"), ("/web/guest/van-ban", "Văn bản")]
    sections = ["/web/guest/trang-chu", "/web/guest/tin-tuc-su-kien", "/web/guest/van-ban"]
    atom = "/web/guest/chuyen-doi-so/-/asset_publisher/cds/atom"

    def article_path(self, a: Article) -> str:
        slug = slugify(a.title, 14)
        return f"/-/{slug}-{a.num}" if a.seed is not None else f"/-/{slug}"

    def print_url(self, a: Article) -> str:
        return a.path + "?p_p_state=pop_up&_print=true"

    def print_target(self, path: str, query: str) -> str | None:
        return path if "p_p_state" in parse_qs(query) else None

    def pager(self, n: int, has_next: bool) -> str:
        # the broken portal always offers "next", also on (and beyond) the last page
        prev = f'<li><a href="{e(self.page_url(n - 1))}">Trước</a></li>' if n > 1 else ""
        return (f'<ul class="lfr-pagination-buttons pager">{prev}'
                f'<li><a class="next" href="{e(self.page_url(n + 1))}">Tiếp</a></li></ul>')

    def item(self, view, a: Article) -> str:
        return (f'<div class="asset-abstract"><h3 class="asset-title"><a href="{e(a.path)}">'
                f'{e(a.title)}</a></h3><div class="asset-summary">{e(a.lead)}</div>'
                f'<span class="metadata-publish-date">{dmy(a.published_at)} - '
                f"{hm(a.published_at)}</span></div>")

    def main(self, view, a: Article, paras: list[str], print_: bool) -> str:
        d, m = a.published_at, a.modified_at
        mod = (f' <span class="metadata-modified-date">Cập nhật: {dmy(m)} - {hm(m)}</span>'
               if m else "")
        lead = f'<div class="asset-summary"><strong>{e(a.lead)}</strong></div>' if a.lead else ""
        author = f'<p class="tac-gia" style="text-align:right"><strong>{e(a.author)}</strong></p>'
        return ('<div class="portlet-boundary portlet-asset-publisher">'
                '<div class="asset-full-content">\n'
                f'<h3 class="header-title"><span>{e(a.title)}</span></h3>\n'
                '<div class="asset-metadata"><span class="metadata-publish-date">'
                f"{dmy(d)} - {hm(d)}</span>{mod}</div>\n{lead}\n"
                f'<div class="journal-content-article">\n{self.body(a, paras, self.caption(a))}\n'
                f"{author}</div>\n"
                f'<div class="taglib-social"><a href="{e(self.print_url(a))}">In trang</a></div>'
                + ("" if print_ else self.related(view, a) + self.comments()) + "</div></div>")


class Inet(Cms):
    """gialai.gov.vn/iNET-like portal with NukeViet dates ``Thứ năm - 08/04/2021 05:04``."""

    name = "inet"
    brand = "Cổng thông tin điện tử tỉnh Gia Lai"
    listing = "/tin-tuc/chuyen-doi-so.html"
    shows_modified = True
    has_lead = False
    nav = [("/tin-tuc/thong-tin-chi-dao-dieu-hanh.html", "Chỉ đạo điều hành"),
           ("/tin-tuc/hoat-dong-cua-lanh-dao.html", "Hoạt động của lãnh đạo"),
           ("/tin-tuc/chuyen-doi-so.html", "Chuyển đổi số")]
    sections = ["/tin-tuc/thong-tin-chi-dao-dieu-hanh.html", "/tin-tuc/hoat-dong-cua-lanh-dao.html"]
    prefix = "(gialai.gov.vn) - "

    def _id(self, a: Article) -> int:
        return 200000 + a.num * 5 + int(a.h[:4], 16) % 5

    def article_path(self, a: Article) -> str:
        cat = a.category or "chuyen-doi-so"
        return f"/tin-tuc/{cat}/{slugify(a.title)}-{self._id(a)}.html"

    def page_url(self, n: int) -> str:
        return self.listing if n <= 1 else f"/tin-tuc/chuyen-doi-so/trang-{n}.html"

    def listing_page(self, path: str, query: str) -> int | None:
        if path == self.listing:
            return 1
        m = re.fullmatch(r"/tin-tuc/chuyen-doi-so/trang-(\d+)\.html", path)
        return _int(m.group(1)) if m else None

    def pager(self, n: int, has_next: bool) -> str:
        nxt = f'<a class="next-pages" href="{e(self.page_url(n + 1))}">»</a>' if has_next else ""
        return f'<div class="wrapper-pagination">{nxt}</div>'

    def caption(self, a: Article) -> str:
        return a.caption or "Các đại biểu dự hội nghị tại điểm cầu tỉnh (Ảnh: VGP/Nhật Bắc)"

    def item(self, view, a: Article) -> str:
        return ('<div class="article-item"><a class="article-title common-title" '
                f'href="{e(a.path)}">{e(a.title)}</a>'
                f'<span class="post-date">{dmy(a.published_at)}</span></div>')

    def main(self, view, a: Article, paras: list[str], print_: bool) -> str:
        d, m = a.published_at, a.modified_at
        mod = f'<div class="post-updated">Cập nhật: {dmy(m)} {hm(m)}</div>' if m else ""
        lead = f'<div class="article-brief common-brief">{e(a.lead)}</div>' if a.lead else ""
        paras = [self.prefix + paras[0], *paras[1:]]
        meta = f'<meta property="article:modified_time" content="{iso(m)}">' if m else ""
        return meta + (f'<h1 class="title-detail">{e(a.title)}</h1>\n'
                f'<div class="post-date">{weekday(d)} - {dmy(d)} {hm(d)}</div>{mod}\n{lead}\n'
                '<div class="article-content common-content">\n'
                f"{self.body(a, paras, self.caption(a))}\n"
                f'<p class="tac-gia" style="text-align:right"><strong>Tác giả: {e(a.author)}'
                f"</strong></p></div>\n"
                f'<div class="tools"><a href="{e(self.print_url(a))}">In bài</a></div>'
                + ("" if print_ else self.related(view, a) + self.comments()))


class Vgp(Cms):
    """baochinhphu-like: /<slug>-<18 digits>.htm, RSS, JSON-LD, ``(Chinhphu.vn) - `` sapo."""

    name = "vgp"
    brand = "Báo điện tử Chính phủ"
    listing = "/chuyen-doi-so.htm"
    shows_modified = True
    nav = [("/thoi-su.htm", "Thời sự"), ("/chinh-sach-moi.htm", "Chính sách mới"),
           ("/chuyen-doi-so.htm", "Chuyển đổi số")]
    sections = ["/thoi-su.htm", "/chinh-sach-moi.htm"]
    prefix = "(Chinhphu.vn) - "

    def article_path(self, a: Article) -> str:
        return f"/{slugify(a.title)}-{self.ident(a)}.htm"

    def ident(self, a: Article) -> str:
        return f"1022{a.published_at:%y%m%d%H%M}{a.num % 10000:04d}"

    def print_url(self, a: Article) -> str:
        return f"/print/{self.ident(a)}.htm"

    def page_url(self, n: int) -> str:
        return self.listing if n <= 1 else f"/chuyen-doi-so/trang-{n}.htm"

    def listing_page(self, path: str, query: str) -> int | None:
        if path == self.listing:
            return 1
        m = re.fullmatch(r"/chuyen-doi-so/trang-(\d+)\.htm", path)
        return _int(m.group(1)) if m else None

    def caption(self, a: Article) -> str:
        return a.caption or "Toàn cảnh phiên họp. Ảnh: VGP"

    def item(self, view, a: Article) -> str:
        return (f'<div class="box-stream-item"><a class="box-stream-link-title" href="{e(a.path)}">'
                f'{e(a.title)}</a><p class="box-stream-sapo">{e(a.lead)}</p>'
                f'<span class="box-stream-time">{dmy(a.published_at)}</span></div>')

    def head(self, view, a: Article) -> str:
        import json

        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
              "datePublished": iso(a.published_at),
              **({"dateModified": iso(a.modified_at)} if a.modified_at else {}),
              "author": {"@type": "Person", "name": a.author},
              "publisher": {"@type": "Organization", "name": self.brand}}
        mod = (f'<meta property="article:modified_time" content="{iso(a.modified_at)}">'
               if a.modified_at else "")
        return (f'<meta property="article:published_time" content="{iso(a.published_at)}">{mod}'
                f'\n<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}'
                f"</script>\n{view.feed_head}")

    def main(self, view, a: Article, paras: list[str], print_: bool) -> str:
        d = a.published_at
        return (f'<div class="detail-cate"><a href="{self.listing}">Chuyển đổi số</a></div>\n'
                f'<h1 class="detail-title">{e(a.title)}</h1>\n'
                f'<div class="detail-time">{dmy(d)} {hm(d)} (GMT+7)</div>\n'
                f'<h2 class="detail-sapo">{e(self.prefix + (a.lead or ""))}</h2>\n'
                f'<div class="detail-content afcbc-body">\n{self.body(a, paras, self.caption(a))}\n'
                f'</div>\n<div class="detail-author">{e(a.author)}</div>\n'
                f'<div class="detail-tools"><a href="{e(self.print_url(a))}">In bài</a></div>'
                + ("" if print_ else self.related(view, a) + self.comments()))


class Anhp(Cms):
    """anhp.vn-like: /<slug>-d<5 digits>.html; ``HH:MM dd/mm/yyyy Sáng d-m, …`` opening."""

    name = "anhp"
    brand = "Báo An ninh Hải Phòng"
    listing = "/tin-moi"
    has_lead = False
    nav = [("/an-ninh-trat-tu", "An ninh trật tự"), ("/tin-moi", "Tin mới"),
           ("/xa-hoi", "Xã hội")]
    sections = ["/an-ninh-trat-tu", "/xa-hoi"]

    def _id(self, a: Article) -> int:
        return 60000 + a.num * 3 + int(a.h[:4], 16) % 3

    def article_path(self, a: Article) -> str:
        return f"/{slugify(a.title)}-d{self._id(a)}.html"

    def print_url(self, a: Article) -> str:
        return f"/print-d{self._id(a)}.html"

    def page_url(self, n: int) -> str:
        return self.listing if n <= 1 else f"{self.listing}/p{n}"

    def listing_page(self, path: str, query: str) -> int | None:
        if path == self.listing:
            return 1
        m = re.fullmatch(r"/tin-moi/p(\d+)", path)
        return _int(m.group(1)) if m else None

    def caption(self, a: Article) -> str:
        return a.caption or "Quang cảnh buổi làm việc"

    def item(self, view, a: Article) -> str:
        return (f'<div class="news-item"><h3><a href="{e(a.path)}">{e(a.title)}</a></h3>'
                f'<span class="time">{hm(a.published_at)} {dmy(a.published_at)}</span></div>')

    def main(self, view, a: Article, paras: list[str], print_: bool) -> str:
        d = a.published_at
        first = (f'<p><span class="date">{hm(d)} {dmy(d)}</span> {e(paras[0])}</p>')
        rest = "\n".join(f"<p>{e(p)}</p>" for p in paras[1:])
        later = max(view.stamp, d)
        rel = [(x.path, x.title) for x in view.related(a)]
        return (f'<div class="detailBox">\n<h1 class="title">{e(a.title)}</h1>\n'
                f'<div class="detail-content">\n{first}\n{figure(a, self.caption(a))}\n{rest}\n'
                f'<p class="author"><strong>{e(a.author)}</strong></p>\n</div>\n'
                f'<div class="print"><a href="{e(self.print_url(a))}">In bài</a></div>\n'
                + ("" if print_ else
                   f'<div class="other-news"><div class="time">{hm(later)} {dmy(later)}</div>'
                   f"<ul>{links(rel)}</ul></div>" + self.comments()) + "</div>")


CMS_BY_SITE: dict[str, type[Cms]] = {
    "daklak-news": MonthBucket, "haiphong-news": OneCms, "daklak-portal": Liferay,
    "gialai-portal": Inet, "chinhphu-news": Vgp, "anninh-news": Anhp,
}
