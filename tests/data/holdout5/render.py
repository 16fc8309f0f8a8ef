"""One renderer per template for the holdout5 corpus; each returns a full HTML page."""
from html import escape as e

from texts import LISTING, SIDEBAR

MENU = ["Trang chủ", "Thời sự", "Chuyển đổi số", "Chính quyền số", "Kinh tế số", "Xã hội số", "Đô thị thông minh",
        "Giáo dục", "Y tế", "Văn hóa", "Du lịch", "Nông nghiệp", "Pháp luật", "Thể thao", "Bạn đọc", "Video", "Ảnh", "Podcast"]
LINKS = ["Cổng Dịch vụ công quốc gia", "Cổng thông tin Chính phủ", "Cơ sở dữ liệu quốc gia về văn bản pháp luật", "Cổng thông tin tỉnh",
         "Hệ thống thông tin báo cáo", "Trang tin phòng chống lừa đảo", "Mạng lưới ứng cứu sự cố", "Cổng dữ liệu mở"]
HDR_DATE = "Thứ Sáu, 04/12/2026"


def blocks_html(blocks, qa_tag="strong"):
    out = []
    for kind, val in blocks:
        if kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "h":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "q":
            out.append(f"<blockquote><p>{e(val)}</p></blockquote>")
        elif kind == "qa":
            out.append(f"<p><{qa_tag}>{e(val)}</{qa_tag}></p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val)
            out.append(f'<table class="tbl" border="1"><tbody>{rows}</tbody></table>')
    return "\n".join(out)


def nav(cls):
    items = "".join(f'<li class="{cls}-item"><a href="/{i}">{e(m)}</a></li>' for i, m in enumerate(MENU))
    return f'<nav class="{cls}"><ul>{items}</ul></nav>'


def side(title, cls, with_time=True, n=8):
    rows = []
    for i, h in enumerate(SIDEBAR[:n]):
        d = f"{(i * 47) % 12 + 8:02d}:{(i * 13) % 60:02d} 04/12/2026" if with_time else f"0{4 - i % 2}/12/2026"
        rows.append(f'<li><a href="/tin/{900 + i}.html">{e(h)}</a> <span class="d">{d}</span></li>')
    return f'<aside class="{cls}"><h3>{e(title)}</h3><ul>{"".join(rows)}</ul></aside>'


def foot(org, addr):
    return (f'<footer class="site-footer"><p>{e(org)}</p><p>Địa chỉ: {e(addr)}</p>'
            '<p>Điện thoại: 0236 3821 456 - Email: toasoan@example.vn</p>'
            '<p>Giấy phép hoạt động số 152/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>'
            f'<ul class="links">{"".join(f"<li><a href=/p/{i}>{e(m)}</a></li>" for i, m in enumerate(MENU))}</ul>'
            f'<div class="ft-links"><h4>Liên kết</h4><ul>{"".join(f"<li><a href=/lk/{i}>{e(m)}</a></li>" for i, m in enumerate(LINKS))}</ul></div>'
            '<p class="ft-about">Trang thông tin được xây dựng nhằm cung cấp tin tức về hoạt động chuyển đổi số, cải cách hành chính, phát triển kinh tế - xã hội '
            'và đời sống người dân. Mọi ý kiến đóng góp, phản ánh xin gửi về hộp thư của ban biên tập. Khi trích dẫn thông tin, đề nghị ghi rõ nguồn.</p>'
            '<p class="ft-copy">Bản quyền thuộc về đơn vị chủ quản. Chịu trách nhiệm nội dung: Trưởng ban Biên tập.</p></footer>')


def share():
    return ('<div class="share-bar"><span>Chia sẻ:</span><a href="#fb">Facebook</a><a href="#zl">Zalo</a>'
            '<a href="#tw">Twitter</a><a href="#cp">Sao chép liên kết</a><a href="#pr">In bài</a></div>')


def related(title, cls="related"):
    return (f'<div class="{cls}"><h3>{e(title)}</h3><ul>'
            + "".join(f'<li><a href="/r/{i}">{e(h)}</a></li>' for i, h in enumerate(LISTING[:4])) + "</ul></div>")


def doc(title, head, body, lang="vi"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{e(title)}</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'{head}\n<style>body{{font-family:Arial,sans-serif;margin:0}} .d{{color:#888}} nav ul{{display:flex;gap:8px}}</style>\n'
            f'</head>\n<body>\n{body}\n<script>window.dataLayer=window.dataLayer||[];</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- templates

def kadence(a, dt, c):
    body = f'''<div id="wrapper" class="site wp-site-blocks">
<header id="masthead" class="site-header"><div class="site-header-top"><span class="header-date">{HDR_DATE}</span></div>
<div class="site-branding"><a class="brand" href="/">Báo Điện tử Sông La</a></div>{nav("main-navigation header-navigation")}</header>
<div id="inner-wrap" class="wrap kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main"><article class="entry content-bg single-entry post type-post">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit">
<div class="entry-taxonomies"><span class="category-links"><a href="/chuyen-doi-so">Chuyển đổi số</a></span></div>
<h1 class="entry-title">{e(a["title"])}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">Tác giả:</span> <span class="author vcard"><a class="url fn n" href="/author/lanhuong">{e(c["author"])}</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="{dt.isoformat()}">{c["ds"]}</time></span></div></header>
<div class="entry-summary-lead"><p><strong>{e(a["lead"])}</strong></p></div>
<div class="entry-content single-content">{blocks_html(a["blocks"])}</div>
<footer class="entry-footer"><div class="tags-links"><a href="/tag/dich-vu-cong">dịch vụ công</a><a href="/tag/ha-tinh">Hà Tĩnh</a></div>{share()}</footer>
</div></article>{related("Tin liên quan", "entry-related")}</main>
{side("Tin mới", "primary-sidebar widget-area")}{side("Xem nhiều", "widget popular-posts")}
</div></div></div>{foot("Báo Điện tử Sông La - Cơ quan của Hội Nhà báo tỉnh", "45 đường Trần Phú, TP Hà Tĩnh")}</div>'''
    return doc(a["title"], '<link rel="stylesheet" href="/wp-content/themes/kadence/assets/css/global.min.css">', body)


def blocksy(a, dt, c):
    import json
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "author": {"@type": "Person", "name": c["author"]}, "datePublished": c["ds"]}, ensure_ascii=False)
    head = (f'<meta property="article:published_time" content="{c["ds"]}">\n'
            f'<script type="application/ld+json">{ld}</script>\n<link rel="stylesheet" href="/wp-content/themes/blocksy/static/bundle/main.min.css">')
    comments = "".join(f'<li class="comment"><div class="ct-comment-meta"><b>{n}</b> <time>{d}</time></div><p>{t}</p></li>'
                       for n, d, t in [("Minh Tú", "03/12/2026 lúc 07:12", "Mong thuế hỗ trợ thêm cho hộ nhỏ ở nông thôn."),
                                       ("Thảo Nguyên", "03/12/2026 lúc 21:40", "Cửa hàng tôi dùng được ba tháng, thấy rất tiện.")])
    body = f'''<div id="main-container" class="ct-container-full"><header id="header" class="ct-header" data-id="type-1">
<div data-row="top"><span class="ct-header-text">{HDR_DATE}</span></div><div data-row="middle"><a class="site-logo-container" href="/">Kinh Bắc Số</a>{nav("header-menu-1 menu-container")}</div></header>
<main id="main" class="site-main"><div class="ct-container" data-vertical-spacing="top:bottom"><article id="post-4821" class="post-4821 post type-post status-publish">
<div class="hero-section" data-type="type-1"><header class="entry-header"><ul class="entry-meta" data-type="simple:slash"><li class="meta-categories"><a href="/kinh-te-so">Kinh tế số</a></li></ul>
<h1 class="page-title">{e(a["title"])}</h1>
<ul class="entry-meta"><li class="meta-author"><span>Bởi</span> <a class="ct-meta-element-author" href="/author/minhkhoi">{e(c["author"])}</a></li><li class="meta-date"><span>Đăng ngày</span> 02/12/2026</li></ul></header></div>
<div class="entry-content is-layout-constrained"><p class="has-medium-font-size"><em>{e(a["lead"])}</em></p>
{blocks_html(a["blocks"])}</div>
<div class="entry-tags"><a href="/tag/hoa-don">hóa đơn điện tử</a></div>{share()}
</article>{related("Bài viết liên quan", "ct-related-posts")}
<div class="ct-comments" id="comments"><h3 class="ct-comments-title">2 bình luận</h3><ol class="ct-comment-list">{comments}</ol></div></div>
{side("Tin mới", "ct-sidebar")}</main>{foot("Kinh Bắc Số - Trang tin điện tử tổng hợp", "Số 8 Lý Thái Tổ, TP Bắc Ninh")}</div>'''
    return doc(a["title"], head, body)


def sveltekit(a, dt, c):
    body = f'''<div style="display: contents"><div class="app svelte-1x8k2j"><header class="topbar svelte-1x8k2j"><time class="today svelte-1x8k2j">{HDR_DATE}</time>
<a class="logo svelte-1x8k2j" href="/">Tây Đô Online</a>{nav("menu svelte-1x8k2j")}</header>
<main class="svelte-9qf3lm"><article class="story svelte-9qf3lm"><p class="kicker svelte-9qf3lm">Đô thị thông minh</p>
<h1 class="story-title svelte-9qf3lm">{e(a["title"])}</h1>
<div class="meta svelte-9qf3lm"><time class="pub svelte-9qf3lm" datetime="{dt.isoformat()}">{c["ds"]}</time></div>
<p class="sapo svelte-9qf3lm">{e(a["lead"])}</p>
<figure class="svelte-9qf3lm"><img src="/img/den-giao-thong.jpg" alt="Nút giao"><figcaption>Camera đếm phương tiện được lắp tại nút giao trung tâm. Ảnh: Q.V</figcaption></figure>
<div class="story-body svelte-9qf3lm">{blocks_html(a["blocks"])}
<p class="byline svelte-9qf3lm" style="text-align:right"><strong>Bài, ảnh: {e(c["author"])}</strong></p></div>
{share()}</article>{related("Tin liên quan", "rel svelte-9qf3lm")}{side("Xem nhiều", "most-read svelte-9qf3lm")}</main>
{foot("Tây Đô Online", "12 Hòa Bình, quận Ninh Kiều, TP Cần Thơ")}</div></div>'''
    head = '<link href="/_app/immutable/assets/0.4c1e2a.css" rel="stylesheet"><link rel="modulepreload" href="/_app/immutable/entry/start.b2f1.js">'
    body += '\n<script type="module">import("/_app/immutable/entry/start.b2f1.js").then(m=>m.start(document.body))</script>'
    return doc(a["title"], head, body)


def webflow(a, dt, c):
    body = f'''<div class="page-wrapper"><div data-collapse="medium" role="banner" class="navbar w-nav"><div class="container w-container">
<a href="/" class="brand w-nav-brand">Hương Sông Nước</a><div class="top-date">{HDR_DATE}</div>{nav("nav-menu w-nav-menu")}</div></div>
<div class="section-blog-post"><div class="container-post w-container"><div class="post-category">Ẩm thực - Lễ hội</div>
<h1 class="heading-post">{e(a["title"])}</h1>
<div class="post-info-wrapper"><div class="post-author-text">{e(c["raw"])}</div><div class="post-date-text">{c["ds"]}</div></div>
<div class="post-summary">{e(a["lead"])}</div>
<div class="rich-text-block w-richtext">{blocks_html(a["blocks"])}</div>
{share()}</div></div>{side("Tin mới", "sidebar-latest w-col")}
<div class="section-more-posts"><h3>Bài viết khác</h3><div class="w-dyn-list"><div role="list" class="w-dyn-items">
{"".join(f'<div role="listitem" class="w-dyn-item"><a href="/post/{i}" class="more-link">{e(h)}</a><div class="more-date">0{i + 1}/12/2026</div></div>' for i, h in enumerate(SIDEBAR[:6]))}</div></div></div>
{foot("Hương Sông Nước - Tạp chí ẩm thực và du lịch", "88 Nguyễn Trãi, TP Mỹ Tho, Tiền Giang")}</div>'''
    head = '<link href="https://assets.website-files.com/63a1/css/huongsongnuoc.webflow.css" rel="stylesheet"><meta content="Webflow" name="generator">'
    return doc(a["title"], head, body).replace('<html lang="vi">', '<html data-wf-page="63a1f0" data-wf-site="63a1e2" lang="vi">')


def odoo(a, dt, c):
    body = f'''<div id="wrapwrap" class="o_portal"><header id="top" data-anchor="true" class="o_header_standard"><nav class="navbar navbar-expand-lg"><a class="navbar-brand logo" href="/">HTX Nông sản Xanh</a>
<span class="o_header_date">{HDR_DATE}</span>{nav("navbar-nav o_menu")}</nav></header>
<main><div id="o_wblog_post_top"><div class="o_wblog_post_page_cover"><div class="o_wblog_post_title"><div id="o_wblog_post_name" class="o_editable_no_shadow">{e(a["title"])}</div>
<div id="o_wblog_post_subtitle" class="o_editable_no_shadow">{e(a["lead"])}</div></div>
<div class="text-muted"><span>Đăng bởi admin</span> <span class="o_wblog_post_date">{c["ds"]}</span></div></div></div>
<div id="o_wblog_post_main" class="container"><div class="o_wblog_post_content_field o_wblog_read_text">{blocks_html(a["blocks"])}</div>
<div class="o_wblog_author_box"><img class="o_wblog_author_avatar" src="/web/image/res.partner/41/avatar_128" alt=""><div><span class="o_wblog_author_label">Về tác giả</span> <a class="o_wblog_author_name" href="/blog/author/41">{e(c["author"])}</a><p>Cộng tác viên chuyên mục nông nghiệp số.</p></div></div>
<div class="o_wblog_post_tags"><a href="/blog/tag/qr">truy xuất nguồn gốc</a></div>{share()}</div>
<section class="o_wblog_post_footer">{related("Bài viết tiếp theo", "o_wblog_next")}</section>{side("Tin mới", "o_wblog_sidebar")}</main>
{foot("Cổng thông tin Hợp tác xã Nông sản Xanh", "Thôn Xuân Thọ, TP Đà Lạt, Lâm Đồng")}</div>'''
    head = '<meta name="generator" content="Odoo"><link type="text/css" rel="stylesheet" href="/web/assets/1/web.assets_frontend.min.css">'
    return doc(a["title"], head, body)


def bitrix(a, dt, c):
    body = f'''<div class="bx-wrapper" id="bx_eshop_wrap"><header class="bx-header"><div class="bx-header-date">{HDR_DATE}</div><div class="bx-logo"><a href="/">Thành Đông Điện tử</a></div>{nav("bx-top-nav")}</header>
<div class="workarea"><div class="bx-breadcrumb"><a href="/">Trang chủ</a> / <a href="/news/">Tin tức</a></div>
<div class="news-detail"><h3 class="news-detail-title">{e(a["title"])}</h3>
<span class="news-date-time">Cập nhật {c["ds"]}</span>
<div class="news-detail-preview"><b>{e(a["lead"])}</b></div>
<div class="news-detail-text">{blocks_html(a["blocks"])}
<p style="text-align:right"><i>{e(c["raw"])}</i></p></div>
<div class="news-detail-share">{share()}</div><div style="clear:both"></div>
<p><a href="/news/">Quay về danh sách tin</a></p></div>
{related("Tin cùng chuyên mục", "news-list-related")}{side("Tin mới", "bx-sidebar-block", with_time=False)}{side("Xem nhiều", "bx-sidebar-popular", with_time=False)}</div>
{foot("Trang tin Thành Đông Điện tử", "Số 5 Hồng Quang, TP Hải Dương")}</div>'''
    head = '<link href="/bitrix/cache/css/s1/eshop_adapt/template_styles.css" type="text/css" rel="stylesheet"><script>var BX={};</script>'
    return doc(a["title"], head, body)


def moodle(a, dt, c):
    replies = "".join(f'''<div class="indent"><article class="forum-post-container"><div class="d-flex"><header class="mb-2"><h4 class="h6">Trả lời: {e(a["title"])}</h4>
<div class="mb-3">bởi <a href="/user/view.php?id={300 + i}">{n}</a> - <time datetime="{iso}">{d}</time></div></header>
<div class="post-content-container">{t}</div></div></article></div>''' for i, (n, iso, d, t) in enumerate([
        ("Trương Văn Dũng", "2026-11-28T07:03:00+07:00", "Thứ Bảy, 28 tháng 11 2026, 7:03 SA", "Cảm ơn cô đã chia sẻ, cách chia vai trò trong nhóm rất hay, trường tôi sẽ áp dụng thử."),
        ("Mai Thị Quyên", "2026-12-02T21:15:00+07:00", "Thứ Tư, 2 tháng 12 2026, 9:15 CH", "Tôi có bộ bài luyện gõ dùng từ ngữ quen thuộc với học sinh vùng cao, sẽ gửi qua tin nhắn.")]))
    body = f'''<div id="page-wrapper" class="d-print-block"><nav class="navbar fixed-top navbar-light bg-white navbar-expand"><a href="/" class="navbar-brand">Cộng đồng Giáo viên Tin học</a>{nav("primary-navigation moremenu")}<span class="usermenu">{HDR_DATE}</span></nav>
<div id="page" class="container-fluid"><div id="page-header"><div class="page-context-header"><h1 class="h2">Diễn đàn: Chia sẻ kinh nghiệm giảng dạy</h1></div></div>
<div id="region-main"><div role="main"><h3 class="discussionname">{e(a["title"])}</h3>
<div class="discussion-nav"><a href="#">Thảo luận trước</a> | <a href="#">Thảo luận tiếp theo</a></div>
<article id="p8812" class="forum-post-container firstpost starter"><div class="d-flex"><header class="mb-2"><h3 class="h6 font-weight-bold mb-0">{e(a["title"])}</h3>
<div class="mb-3" tabindex="-1">bởi <a href="/user/view.php?id=251">{e(c["author"])}</a> - <time datetime="{dt.isoformat()}">{c["ds"]}</time></div></header>
<div class="post-content-container">{blocks_html(a["blocks"])}</div>
<div class="post-actions"><a href="#">Liên kết cố định</a> <a href="#">Trả lời</a></div></div></article>{replies}</div></div></div>
{foot("Cộng đồng Giáo viên Tin học - Hệ thống học tập trực tuyến", "Sở Giáo dục và Đào tạo, TP Yên Bái")}</div>'''
    return doc(a["title"], '<link rel="stylesheet" href="/theme/styles.php/boost/1701/all">', body)


def confluence(a, dt, c):
    body = f'''<div id="page"><div id="full-height-container"><header id="header" class="aui-header"><div class="aui-header-primary"><a id="logo" href="/">Wiki Sở KH&amp;CN Bình Định</a></div><span class="hdr-date">{HDR_DATE}</span>{nav("aui-nav")}</header>
<div id="main" class="aui-page-panel"><div id="main-header"><div id="breadcrumb-section"><ol id="breadcrumbs"><li><a href="/display/TT">Tin tức</a></li><li><a href="/display/TT/2026">2026</a></li></ol></div>
<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text">{e(a["title"])}</span></h1></div>
<div id="content" class="page blogpost view"><div class="page-metadata"><ul><li class="page-metadata-item">Tạo bởi <a class="url fn confluence-userlink" href="/display/~editor01">editor01</a></li>
<li class="page-metadata-item"><span class="pub">Ngày xuất bản: {c["ds"]}</span></li><li class="page-metadata-modification-info">Cập nhật lần cuối: 03/12/2026 08:00</li></ul></div>
<div id="main-content" class="wiki-content"><div class="confluence-information-macro"><p><strong>{e(a["lead"])}</strong></p></div>
{blocks_html(a["blocks"])}
<p><em>Phóng viên: {e(c["author"])}</em></p></div>
<div id="labels-section" class="pageSection"><a class="aui-label" href="#">truc-tich-hop</a><a class="aui-label" href="#">du-lieu-mo</a></div>
<div id="comments-section" class="pageSection"><h2>1 bình luận</h2><div class="comment"><b>Phan Thanh</b> <span class="date">03/12/2026</span><p>Nên công bố sớm danh mục dữ liệu mở.</p></div></div></div></div>
{side("Tin mới", "ia-secondary-container")}</div>{foot("Sở Khoa học và Công nghệ tỉnh Bình Định", "Số 1 Lê Lợi, TP Quy Nhơn")}</div>'''
    head = '<meta name="ajs-page-id" content="884213"><meta name="confluence-request-time" content="1733300000"><link rel="stylesheet" href="/s/batch.css">'
    return doc(a["title"], head, body)


def aspnet(a, dt, c):
    body = f'''<form method="post" action="./chi-tiet.aspx?id=61234" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZb7Xq0cY3uU2cW1vYmlsZQ=="></div>
<div id="ctl00_divHeader" class="header"><span id="ctl00_lblNgay" class="ngay">{HDR_DATE}</span><a href="/" class="logo">Báo Hạ Long Xanh</a>{nav("menu-top")}</div>
<div id="ctl00_ContentPlaceHolder1_pnlDetail" class="detail"><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/khoa-hoc-cong-nghe">Khoa học - Công nghệ</a></div>
<h1 id="ctl00_ContentPlaceHolder1_lblTitle" class="title-detail">{e(a["title"])}</h1>
<div class="date-detail"><span id="ctl00_ContentPlaceHolder1_lblDate">{c["ds"]}</span></div>
<h2 id="ctl00_ContentPlaceHolder1_lblSapo" class="sapo">TTXVN - {e(a["lead"])}</h2>
<div id="ctl00_ContentPlaceHolder1_divContent" class="content-detail">{blocks_html(a["blocks"])}
<p class="author" style="text-align:right"><strong>{e(c["raw"])}</strong></p></div>
{share()}<div class="tin-lien-quan">{related("Tin liên quan")}</div></div>
<div id="ctl00_divRight" class="right">{side("Tin mới", "box-tin-moi")}{side("Đọc nhiều", "box-doc-nhieu", n=5)}</div>
{foot("Báo Hạ Long Xanh - Cơ quan của Đảng bộ tỉnh", "Số 12 Nguyễn Văn Cừ, TP Hạ Long, Quảng Ninh")}
<script type="text/javascript">//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', [], [], [], 90, 'ctl00');
//]]></script></form>'''
    return doc(a["title"], '<link href="/App_Themes/Default/style.css" rel="stylesheet">', body)


def ptth(a, dt, c):
    body = f'''<div class="wrapper"><div class="top-header"><span class="date-now">{HDR_DATE}</span> <a href="/truc-tuyen" class="live">Trực tuyến QTTV</a></div>
<div class="logo-bar"><a href="/">Đài Phát thanh - Truyền hình Cửa Việt</a></div>{nav("main-menu")}
<div class="content"><div class="col-main"><div class="video-detail"><div class="player-wrap"><div id="jwplayer-3321" class="jw-player" data-file="/media/2026/11/thu-hoach-lua.m3u8" data-duration="02:47"></div>
<video controls preload="none" poster="/media/2026/11/thu-hoach-lua.jpg"><source src="/media/2026/11/thu-hoach-lua.mp4" type="video/mp4">Trình duyệt không hỗ trợ video.</video></div>
<h1 class="video-title">{e(a["title"])}</h1><div class="video-meta"><span class="time">{c["ds"]}</span> <span class="views">Lượt xem: 1.284</span></div>
<div class="video-desc"><p class="sapo"><b>{e(a["lead"])}</b></p>{blocks_html(a["blocks"])}
<p class="credit" style="text-align:right"><b>{e(c["raw"])}</b></p></div>{share()}</div>
<div class="video-related"><h3>Video khác</h3><ul>{"".join(f'<li><a href="/video/{i}">{e(h)}</a> <span>0{4 - i % 3}/12/2026</span></li>' for i, h in enumerate(SIDEBAR[:6]))}</ul></div></div>
<div class="col-side">{side("Tin mới", "tin-moi")}<div class="lich-phat-song"><h3>Lịch phát sóng</h3><ul><li>06:00 Chào buổi sáng</li><li>11:30 Thời sự trưa</li><li>19:45 Thời sự tối</li></ul></div></div></div>
{foot("Đài Phát thanh - Truyền hình Cửa Việt", "Số 33 Hùng Vương, TP Đông Hà, Quảng Trị")}</div>'''
    return doc(a["title"], '<link rel="stylesheet" href="/Content/css/site.css"><script src="/Scripts/jwplayer/jwplayer.js"></script>', body)


def ministry(a, dt, c):
    body = f'''<div id="portal-wrap" class="portlet-layout"><div class="banner"><div class="quoc-huy">Cổng thông tin điện tử Bộ Quản trị Địa phương</div><div class="banner-date">{HDR_DATE}</div></div>{nav("portal-menu")}
<div id="column-2" class="portlet-column"><div class="portlet-boundary portlet-tin-chi-tiet"><div class="portlet-body">
<div class="news-detail-wrap"><div class="title-news-detail">{e(a["title"])}</div>
<div class="date-news-detail">Ngày đăng: {c["ds"]}</div>
<div class="sapo-news-detail"><p><strong>{e(a["lead"])}</strong></p></div>
<div class="content-news-detail">{blocks_html(a["blocks"])}</div>
<div class="source-news-detail" style="text-align:right"><b>{e(c["raw"])}</b></div>
<div class="tool-news">{share()}</div></div>
{related("Các tin khác", "other-news")}</div></div></div>
<div id="column-3" class="portlet-column">{side("Tin mới", "portlet-tin-moi")}<div class="lien-ket-web"><h3>Liên kết website</h3><select><option>Chính phủ</option><option>Các bộ, ngành</option><option>Các tỉnh, thành phố</option></select></div></div>
<div class="portal-footer">{foot("Cổng thông tin điện tử Bộ Quản trị Địa phương", "Số 8 Tôn Thất Thuyết, quận Nam Từ Liêm, Hà Nội")}</div></div>'''
    head = '<meta name="generator" content="JSP Portal 5.2"><link rel="stylesheet" href="/portal/resources/css/main.jsp.css">'
    return doc(a["title"], head, body)


def university(a, dt, c):
    body = f'''<div class="univ-page"><div class="univ-topbar"><span>{HDR_DATE}</span> | <a href="/en">English</a> | <a href="/lien-he">Liên hệ</a></div>
<header class="univ-header"><a href="/" class="univ-logo">Trường Đại học Kỹ thuật Miền Trung</a>{nav("univ-menu")}</header>
<div class="univ-main"><div class="univ-content"><div class="bc">Trang chủ › Tin tức › Phỏng vấn</div>
<div class="news-item-detail"><h1 class="news-title">{e(a["title"])}</h1><div class="news-info"><span class="news-time">{c["ds"]}</span> <span class="news-view">Lượt xem: 412</span></div>
<div class="news-summary"><em>{e(a["lead"])}</em></div>
<div class="news-content">{blocks_html(a["blocks"], qa_tag="b")}
<p style="text-align:right"><strong>Thực hiện: {e(c["author"])}</strong></p></div>{share()}</div>
{related("Tin liên quan", "news-related")}</div><div class="univ-side">{side("Tin mới", "box-news-new")}{side("Thông báo", "box-notice", n=5)}</div></div>
{foot("Trường Đại học Kỹ thuật Miền Trung", "Số 91 Nguyễn Lương Bằng, quận Liên Chiểu, TP Đà Nẵng")}</div>'''
    return doc(a["title"], '<link rel="stylesheet" href="/Portals/univ/css/main.css">', body)


def youth(a, dt, c):
    body = f'''<div id="doan-wrapper"><div class="doan-header"><div class="doan-date">{HDR_DATE}</div><div class="doan-logo"><a href="/">Tuổi trẻ xứ Nghệ - Tỉnh đoàn Nghệ An</a></div>{nav("doan-nav")}</div>
<div class="doan-body"><div class="doan-left"><div class="doan-article"><h1 class="doan-title">{e(a["title"])}</h1>
<div class="doan-meta">Thời gian đăng: {c["ds"]}</div><div class="doan-sapo">{e(a["lead"])}</div>
<div class="doan-content">{blocks_html(a["blocks"])}<p class="doan-author" style="text-align:right"><b>{e(c["author"])}</b></p></div>{share()}</div>
{related("Tin liên quan", "doan-related")}
<div class="doan-comments"><h3>Ý kiến bạn đọc</h3><div class="cmt"><b>Hoàng Long</b> <i>04/12/2026 09:12</i><p>Hoạt động rất ý nghĩa với bà con tiểu thương.</p></div></div></div>
<div class="doan-right">{side("Tin mới", "doan-newest")}{side("Xem nhiều", "doan-most", n=5)}</div></div>
{foot("Tỉnh đoàn Nghệ An", "Số 2 Lê Hồng Phong, TP Vinh, Nghệ An")}</div>'''
    return doc(a["title"], '<link rel="stylesheet" href="/themes/doan/css/style.css">', body)


def zalo(a, dt, c):
    body = f'''<div id="app" class="zalo-article-page"><div class="oa-header"><img class="oa-avatar" src="/oa/avatar/hoakhanh.jpg" alt=""><div class="oa-name">{e(c["raw"])}</div><div class="oa-verified">Tài khoản chính thức</div><button class="oa-follow">Quan tâm</button></div>
<div class="article-wrap"><h1 class="article-title">{e(a["title"])}</h1><div class="article-meta"><span class="article-date">{c["ds"]}</span></div>
<div class="article-desc">{e(a["lead"])}</div>
<div class="article-body">{blocks_html(a["blocks"])}</div>
<div class="article-actions"><span>Thích</span><span>Chia sẻ</span><span>Báo xấu</span></div></div>
<div class="oa-more"><h3>Bài viết khác từ tài khoản này</h3><ul>{"".join(f'<li><a href="/article/{i}">{e(h)}</a><span> {10 + i}/11/2026</span></li>' for i, h in enumerate(LISTING[:8]))}</ul></div>
<div class="oa-info"><p>Giới thiệu: Kênh thông tin chính thức của chính quyền phường, cung cấp thông tin hành chính, thông báo và tiếp nhận phản ánh của người dân trên địa bàn phường.</p>
<p>Địa chỉ: Số 106 Âu Cơ, phường Hòa Khánh, TP Đà Nẵng. Hotline trực tiếp nhận phản ánh: 0236 3842 215.</p>
<p>Giờ làm việc bộ phận một cửa: các ngày từ Thứ Hai đến sáng Thứ Bảy hằng tuần.</p></div>
<div class="oa-notice"><h3>Thông báo</h3><ul>{"".join(f'<li>{e(h)} <span>{20 - i}/11/2026</span></li>' for i, h in enumerate(SIDEBAR))}</ul></div>
<div class="oa-menu">{nav("oa-nav")}</div><div class="oa-footer">{foot("Zalo Official Account", "Nền tảng tài khoản chính thức")}</div></div>'''
    return doc(a["title"], '<meta property="og:site_name" content="Zalo OA"><link rel="stylesheet" href="/static/oa-article.css">', body)


def gsites(a, dt, c):
    body = f'''<div class="UtePc RCETm"><header class="BbxBP"><div class="Ww8eY">Trang thông tin huyện Phù Cát</div><div class="zDUgLc">{HDR_DATE}</div>{nav("JzO0Vc tabs")}</header>
<div role="main" class="UtePc RCETm yxgWrb"><section class="yaqOZd"><div class="tyJCtd mGzaTb baZpAe"><h1 class="zfr3Q duRjpb">{e(a["title"])}</h1></div>
<div class="tyJCtd mGzaTb baZpAe"><p class="zfr3Q CDt4Ke"><span class="C9DxTc">Cập nhật ngày {c["ds"]}</span></p></div>
<div class="tyJCtd mGzaTb baZpAe"><p class="zfr3Q CDt4Ke"><span style="font-weight:700">{e(a["lead"])}</span></p></div>
<div class="tyJCtd mGzaTb baZpAe sites-body">{blocks_html(a["blocks"])}
<p class="zfr3Q CDt4Ke" style="text-align:right"><i>{e(c["raw"])}</i></p></div></section>
<section class="yaqOZd others">{related("Tin khác", "tyJCtd")}{side("Tin mới", "sites-side")}</section></div>
{foot("Trang thông tin điện tử huyện Phù Cát - Phòng Văn hóa và Thông tin huyện", "Thị trấn Ngô Mây, huyện Phù Cát, Bình Định")}
<div class="dZA9kd" role="contentinfo"><span>Google Sites</span> <a href="#">Báo cáo hành vi sai trái</a></div></div>'''
    return doc(a["title"], '<meta name="generator" content="Google Sites"><link rel="stylesheet" href="/_/atari/_/ss/k=atari.vw.abc.L.X.O/d=1/rs=AGEq.css">', body)


# ---------------------------------------------------------------- listings

def _items(fmt):
    return [(h, fmt(i)) for i, h in enumerate(LISTING)]


def squarespace(c):
    items = "".join(f'''<article class="blog-basic-grid--container entry blog-item"><div class="blog-basic-grid--text"><div class="blog-meta-section"><time class="blog-date">{d}</time> <span class="blog-categories">Chuyển đổi số</span></div>
<h1 class="blog-title"><a href="/tin-tuc/bai-{i}">{e(h)}</a></h1><div class="blog-excerpt"><p>Bài viết tổng hợp kết quả triển khai tại địa phương trong thời gian qua và kế hoạch cho giai đoạn tiếp theo.</p></div>
<a class="blog-more-link" href="/tin-tuc/bai-{i}">Đọc thêm</a></div></article>''' for i, (h, d) in enumerate(_items(lambda i: f"{3 - i % 3} thg 12, 2026")))
    body = f'''<div id="siteWrapper" class="clearfix site-wrapper"><header class="header"><div class="header-title"><a href="/">Bản tin Số hóa Mekong</a></div><span class="hdr-date">{HDR_DATE}</span>{nav("header-nav-list")}</header>
<main id="page" class="container" role="main"><section class="page-section"><h2 class="section-title">Tin tức</h2><div class="blog-basic-grid collection-content-wrapper">{items}</div>
<nav class="blog-list-pagination"><a href="/tin-tuc?offset=2">Bài cũ hơn</a></nav></section></main>
{foot("Bản tin Số hóa Mekong", "23 Trần Hưng Đạo, TP Long Xuyên, An Giang")}</div>'''
    return doc("Tin tức - Bản tin Số hóa Mekong", '<meta name="generator" content="Squarespace"><link rel="stylesheet" href="//static1.squarespace.com/static/versioned-site-css/site.css">', body)


def nuxt3(c):
    items = "".join(f'''<div class="card-news" data-v-5c1a7e><a href="/chuyen-doi-so/{i}" class="card-link" data-v-5c1a7e><img src="/_nuxt/img/{i}.webp" alt="" data-v-5c1a7e><h3 class="card-title" data-v-5c1a7e>{e(h)}</h3></a>
<p class="card-desc" data-v-5c1a7e>Địa phương tiếp tục đẩy mạnh ứng dụng công nghệ số, phục vụ người dân và doanh nghiệp.</p><span class="card-time" data-v-5c1a7e>{d}</span></div>''' for i, (h, d) in enumerate(_items(lambda i: f"{(i * 5) % 12 + 8:02d}:{(i * 7) % 60:02d} {4 - i // 4:02d}/12/2026")))
    body = f'''<div id="__nuxt"><div class="layout-default" data-v-2b91f0><header class="site-header" data-v-2b91f0><span class="today">{HDR_DATE}</span><a href="/" class="logo">Phố Núi Số</a>{nav("menu-main")}</header>
<main class="category-page" data-v-5c1a7e><h1 class="category-title" data-v-5c1a7e>Chuyển đổi số</h1><div class="category-sub" data-v-5c1a7e><a href="/chuyen-doi-so/chinh-quyen-so">Chính quyền số</a> <a href="/chuyen-doi-so/kinh-te-so">Kinh tế số</a></div>
<div class="list-news" data-v-5c1a7e>{items}</div><button class="load-more" data-v-5c1a7e>Xem thêm</button></main>
{side("Xem nhiều", "sidebar-most")}{foot("Phố Núi Số - Trang thông tin điện tử tổng hợp", "15 Phạm Văn Đồng, TP Pleiku, Gia Lai")}</div></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">[{{"state":1}},{{"route":"/chuyen-doi-so"}}]</script>'''
    return doc("Chuyển đổi số - Phố Núi Số", '<link rel="stylesheet" href="/_nuxt/entry.3f9a1c.css"><link rel="modulepreload" href="/_nuxt/entry.3f9a1c.js">', body)


def mediawiki(c):
    items = "".join(f'<li><a href="/wiki/Tin:{i}" title="{e(h)}">{e(h)}</a> <span class="mw-date">({d})</span></li>' for i, (h, d) in enumerate(_items(lambda i: f"{20 + i % 10}/11/2026")))
    body = f'''<div id="mw-page-base" class="noprint"></div><div id="content" class="mw-body" role="main"><div class="mw-indicators"></div><span class="site-date">{HDR_DATE}</span>
<h1 id="firstHeading" class="firstHeading mw-first-heading">Thể loại:Tin chuyển đổi số</h1><div id="bodyContent" class="vector-body"><div id="siteSub">Bách khoa Số hóa Cộng đồng</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-category-generated" lang="vi" dir="ltr"><div id="mw-pages"><h2>Các trang trong thể loại “Tin chuyển đổi số”</h2>
<p>Thể loại này chứa 10 trang sau, trên tổng số 10 trang.</p><div lang="vi" dir="ltr" class="mw-content-ltr"><div class="mw-category"><div class="mw-category-group"><h3>T</h3><ul>{items}</ul></div></div></div></div></div></div>
<h2>Tập tin phương tiện trong thể loại</h2><p>Thể loại này chứa các hình ảnh minh họa cho bài viết, được chia sẻ bởi thành viên câu lạc bộ. Mỗi trang tin trong thể loại được biên soạn lại từ thông tin công khai của các địa phương và được cộng đồng kiểm tra trước khi xuất bản.</p>
<div class="mw-subcats"><h3>Thể loại con</h3><ul>{"".join(f'<li><a href="/wiki/Thể_loại:{i}">{e(m)}</a></li>' for i, m in enumerate(MENU))}</ul></div>
<div id="catlinks" class="catlinks"><a href="/wiki/Đặc_biệt:Thể_loại">Thể loại</a>: <a href="/wiki/Thể_loại:Tin_tức">Tin tức</a></div></div></div>
<div id="mw-navigation"><div id="mw-panel" class="vector-legacy-sidebar">{nav("vector-menu-portal")}</div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">Trang này được sửa đổi lần cuối vào ngày 3 tháng 12 năm 2026.</li><li>Nội dung được phát hành theo giấy phép của dự án.</li></ul>{foot("Bách khoa Số hóa Cộng đồng", "Câu lạc bộ Tin học cộng đồng, TP Huế")}</footer>'''
    return doc("Thể loại:Tin chuyển đổi số – Bách khoa Số hóa Cộng đồng", '<meta name="generator" content="MediaWiki 1.41.0"><link rel="stylesheet" href="/load.php?lang=vi&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector">', body)


def remix(a, dt, c):
    body = f'''<div class="root" data-remix-root><header class="hdr"><div class="hdr-top"><time>{HDR_DATE}</time><a href="/dang-nhap">Đăng nhập</a></div><a href="/" class="hdr-logo">Thái Bình Ngày Nay</a>{nav("hdr-nav")}</header>
<main class="layout-article"><nav aria-label="breadcrumb" class="crumbs"><a href="/">Trang chủ</a> / <a href="/chinh-quyen-so">Chính quyền số</a></nav>
<article class="article" itemscope itemtype="https://schema.org/NewsArticle"><h1 class="article__title" itemprop="headline">{e(a["title"])}</h1>
<div class="article__meta"><span class="article__author">PV</span> <span class="article__sep">·</span> <span class="article__date">{c["ds"]}</span></div>
<h2 class="article__sapo">{e(a["lead"])}</h2>
<div class="article__body" itemprop="articleBody">{blocks_html(a["blocks"])}</div>
<ul class="article__tags"><li><a href="/tag/chu-ky-so">chữ ký số</a></li><li><a href="/tag/mot-cua">một cửa</a></li></ul>{share()}</article>
{related("Tin liên quan", "article__related")}<section class="comments"><h3>Bình luận (1)</h3><div class="cmt"><b>Trần Quang</b> <span>01/12/2026 10:20</span><p>Xã tôi đã có, làm rất nhanh.</p></div></section></main>
<aside class="layout-side">{side("Tin mới", "box-latest")}{side("Xem nhiều", "box-popular", n=5)}</aside>
{foot("Thái Bình Ngày Nay - Trang thông tin điện tử", "Số 9 Lê Lợi, TP Thái Bình")}</div>
<script>window.__remixContext = {{"url":"/chinh-quyen-so/chu-ky-so-mien-phi"}};</script>'''
    return doc(a["title"], '<link rel="stylesheet" href="/build/_assets/root-7QF2KX.css"><link rel="modulepreload" href="/build/entry.client-3JK2.js">', body)


def domino(a, dt, c):
    body = f'''<form method="post" action="/tk/tintuc.nsf/vwNews?OpenForm" name="_frmNews"><table width="100%" border="0" cellpadding="0" cellspacing="0" class="layout">
<tr><td colspan="2" class="banner"><div class="bn-title">Trang tin Thống kê Việt Nam</div><div class="bn-date">{HDR_DATE}</div></td></tr>
<tr><td colspan="2" class="menubar">{nav("dominoMenu")}</td></tr>
<tr><td valign="top" width="72%" class="main"><table class="newsdetail" width="100%"><tr><td><font class="newstitle" size="4"><b>{e(a["title"])}</b></font></td></tr>
<tr><td class="newsdate"><font size="1" color="#666666">Cập nhật: {c["ds"]}</font></td></tr>
<tr><td class="newssapo"><i>{e(a["lead"])}</i></td></tr>
<tr><td class="newsbody"><div class="domino-body">{blocks_html(a["blocks"])}</div>
<p align="right"><b>{e(c["raw"])}</b></p></td></tr>
<tr><td>{share()}</td></tr></table>{related("Các tin đã đưa", "othernews")}</td>
<td valign="top" class="right">{side("Tin mới", "latestnews")}<div class="links"><h3>Số liệu thống kê</h3><ul><li>Chỉ số giá tiêu dùng</li><li>Sản xuất công nghiệp</li><li>Lao động việc làm</li></ul></div></td></tr>
<tr><td colspan="2">{foot("Trang tin Thống kê Việt Nam", "Số 54 Nguyễn Chí Thanh, quận Đống Đa, Hà Nội")}</td></tr></table></form>'''
    return doc(a["title"], '<meta name="generator" content="Lotus Domino"><script language="JavaScript">function _doClick(v){}</script>', body)


def websphere(a, dt, c):
    body = f'''<div class="wpthemeFrame"><header class="wpthemeHeader" role="banner"><div class="wpthemeInner"><div class="wpthemeLogo">Bảo hiểm xã hội tỉnh Tây Ninh</div><span class="wpthemeDate">{HDR_DATE}</span></div>{nav("wpthemeNavList wpthemePrimaryNav")}</header>
<div class="wpthemeMainContent"><div class="wpthemeInner"><div class="component-container ibmDndColumn" id="ibmCol1"><section class="ibmPortalControl wpthemeControl a11yRegionTarget" role="region">
<div class="wpthemeControlBody"><div class="wcm-news-detail"><h1 class="wcm-title">{e(a["title"])}</h1><div class="wcm-date">{c["ds"]}</div>
<div class="wcm-summary"><p><b>{e(a["lead"])}</b></p></div><div class="wcm-body">{blocks_html(a["blocks"])}
<p style="text-align: right;"><strong>{e(c["author"])}</strong></p></div>{share()}</div></div></section></div>
<div class="component-container ibmDndColumn" id="ibmCol2">{side("Tin mới", "wcm-latest")}{related("Tin liên quan", "wcm-related")}</div></div></div>
<footer class="wpthemeFooter">{foot("Bảo hiểm xã hội tỉnh Tây Ninh", "Số 30 đường 30/4, phường 2, TP Tây Ninh")}</footer></div>'''
    return doc(a["title"], '<link rel="stylesheet" href="/wps/portal_dojo/v1.9/ibm/css/portal.css"><meta name="generator" content="IBM WebSphere Portal">', body)
