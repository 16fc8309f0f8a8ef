"""Forum templates: vBulletin 3 / 4, XenForo 1 / 2, phpBB 3 (prosilver), vBulletin 4 thread list."""

import datetime as dt

from common import brs_html, e, pdt, side, today_vn

REPLIES = [
    ("quanghuy88", "Cảm ơn bác đã chia sẻ, bên mình cũng đang chuẩn bị làm y như vậy."),
    ("thanhtam_kt", "Cho mình hỏi thêm là phần mềm này có chạy được trên máy cũ không?"),
    ("mod_hoangyen", "Chủ đề hữu ích, mình ghim lên đầu chuyên mục để mọi người tham khảo."),
]


def _post_id(a):
    return int("".join(c for c in a["slug"] if c.isdigit())[:6] or 1000)


def vbulletin3(a):
    d = pdt(a)
    pid = _post_id(a) * 10
    posts = []
    people = [(a["author"], brs_html(a["body"]), a["dl"], "Thành viên tích cực", True)]
    for i, (u, t) in enumerate(REPLIES[:2]):
        r = d + dt.timedelta(hours=2 + i * 9, minutes=13 * i)
        people.append((u, e(t), r.strftime("%d-%m-%Y, %I:%M %p"), "Thành viên mới", False))
    for i, (u, body, when, rank, first) in enumerate(people):
        p = pid + i
        title = f'<div class="smallfont"><strong>{e(a["title"])}</strong></div><hr size="1" style="color:#D1D1E1" />' if first else ""
        sig = ('<div>__________________<br />Phòng VH-TT huyện — làm việc vì dân</div>' if first else "")
        posts.append(f"""
<div id="edit{p}" style="padding:0px 0px 6px 0px">
<table class="tborder" id="post{p}" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr>
  <td class="thead" style="font-weight:normal" >
    <div class="normal" style="float:right">&nbsp;#<a href="showpost.php?p={p}&amp;postcount={i+1}" target="new" id="postcount{p}" name="{i+1}"><strong>{i+1}</strong></a> &nbsp;</div>
    <div class="normal"><a name="post{p}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Cũ" border="0" /></a>
      {when}
    </div>
  </td>
</tr>
<tr>
  <td class="alt2" style="padding:0px">
    <table cellpadding="0" cellspacing="6" border="0" width="100%">
    <tr>
      <td class="alt2"><img src="customavatars/avatar{p % 900}_1.gif" width="80" height="80" alt="Avatar của {e(u)}" border="0" /></td>
      <td nowrap="nowrap">
        <div id="postmenu_{p}"><a class="bigusername" href="member.php?u={p % 7000}">{e(u)}</a></div>
        <div class="smallfont">{rank}</div>
      </td>
      <td width="100%">&nbsp;</td>
      <td valign="top" nowrap="nowrap">
        <div class="smallfont">
          <div>Tham gia ngày: 0{(i % 8) + 1}-2019</div>
          <div>Bài gửi: {120 + p % 900}</div>
        </div>
      </td>
    </tr>
    </table>
  </td>
</tr>
<tr>
  <td class="alt1" id="td_post_{p}">
    {title}
    <div id="post_message_{p}">{body}</div>
    {sig}
    <div style="margin-top: 10px" align="right"><a href="newreply.php?do=newreply&amp;p={p}" rel="nofollow"><img src="images/buttons/quote.gif" alt="Trả lời kèm trích dẫn" border="0" /></a></div>
  </td>
</tr>
</table>
</div>""")
    hot = "".join(f'<tr><td class="alt1"><a href="showthread.php?t={50000+i}">{e(h)}</a><div class="smallfont">{w:%d-%m-%Y, %I:%M %p}</div></td></tr>'
                  for i, (h, w) in enumerate(side(a, 5)))
    host = a["host"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="vBulletin 3.8.11" />
<meta name="keywords" content="diễn đàn, {e(a['title'])}" />
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style-5c1d2e7b-00001.css" id="vbulletin_css" />
<script type="text/javascript" src="clientscript/yui/yahoo-dom-event/yahoo-dom-event.js?v=3811"></script>
<script type="text/javascript" src="clientscript/vbulletin_global.js?v=3811"></script>
<title>{e(a['title'])} - Diễn đàn {host.split('.')[1]}</title>
</head>
<body>
<a name="top"></a>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr><td class="alt1" width="100%"><a href="index.php"><img src="images/misc/logo.gif" border="0" alt="Diễn đàn" /></a></td>
<td class="alt2" nowrap="nowrap"><div class="smallfont">{today_vn()}</div></td></tr>
</table>
<div class="tborder" style="padding:1px; border-top-width:0px">
<table cellpadding="0" cellspacing="0" border="0" width="100%" align="center"><tr align="center">
<td class="vbmenu_control"><a href="faq.php">Hỏi/Đáp</a></td><td class="vbmenu_control"><a href="memberlist.php">Thành viên</a></td>
<td class="vbmenu_control"><a href="calendar.php">Lịch</a></td><td class="vbmenu_control"><a href="search.php?do=getnew">Bài mới</a></td>
</tr></table></div>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr><td class="alt1" width="100%">
<span class="navbar"><a href="index.php" accesskey="1">Diễn đàn</a></span>
<span class="navbar">&gt; <a href="forumdisplay.php?f=21">Đời sống &amp; Xã hội</a></span>
<table cellpadding="0" cellspacing="0" border="0"><tr><td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3"><strong>{e(a['title'])}</strong></td></tr></table>
</td></tr></table>
<br />
<div class="pagenav" align="right"><table class="tborder" cellpadding="3" cellspacing="1" border="0"><tr><td class="vbmenu_control" style="font-weight:normal">Trang 1/1</td></tr></table></div>
<div id="posts">{''.join(posts)}
<div id="lastpost"></div></div>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr><td class="tcat">Chủ đề tương tự</td></tr>
{hot}
</table>
<br />
<div class="smallfont" align="center">Múi giờ GMT +7. Hiện tại là {today_vn()}.</div>
<div class="smallfont" align="center">Powered by vBulletin&reg; Version 3.8.11<br />Copyright &copy;2000 - 2026, Jelsoft Enterprises Ltd.</div>
<script type="text/javascript">vBulletin_init();</script>
</body>
</html>
"""


def vbulletin4(a):
    d = pdt(a)
    pid = _post_id(a)
    items = []
    rows = [(a["author"], brs_html(a["body"]), d, True)]
    for i, (u, t) in enumerate(REPLIES):
        rows.append((u, e(t) if i != 1 else f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div><div class="bbcode_postedby">Nguyên văn bởi <strong>{e(a["author"])}</strong></div><div class="message">{e(a["body"][0][:80])}...</div></div></div></div>{e(t)}',
                     d + dt.timedelta(hours=3 + i * 20, minutes=7 * i), False))
    for i, (u, body, w, first) in enumerate(rows):
        p = pid + i * 3
        ds, ts = w.strftime("%m-%d-%Y"), w.strftime("%I:%M %p")
        title = f'<h2 class="title icon">{e(a["title"])}</h2>' if first else ""
        items.append(f"""
<li class="postbitlegacy postbitim postcontainer old" id="post_{p}">
  <div class="posthead">
    <span class="postdate old"><span class="date">{ds},&nbsp;<span class="time">{ts}</span></span></span>
    <span class="nodecontrols"><a name="post{p}" href="showthread.php?{a['slug'].split('?')[1]}&amp;p={p}#post{p}" class="postcounter">#{i+1}</a></span>
  </div>
  <div class="postdetails">
    <div class="userinfo">
      <div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?{p % 9000}-{e(u)}" title="{e(u)} đang offline"><strong>{e(u)}</strong></a></div></div>
      <span class="usertitle">Thành viên</span>
      <dl class="userinfo_extra"><dt>Tham gia ngày</dt> <dd>Jun 2018</dd><dt>Bài gửi</dt> <dd>{300 + p % 700}</dd></dl>
    </div>
    <div class="postbody">
      <div class="postrow">
        {title}
        <div class="content"><div id="post_message_{p}"><blockquote class="postcontent restore ">{body}</blockquote></div></div>
      </div>
      <div class="cleardiv"></div>
    </div>
  </div>
  <div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_{p}" class="newreply" href="newreply.php?do=newreply&amp;p={p}" rel="nofollow">Trả lời kèm trích dẫn</a></span></div></div>
  <hr />
</li>""")
    sim = "".join(f'<li class="floatcontainer"><h6><a href="showthread.php?{130000+i}">{e(h)}</a></h6><div class="starter_forum">Bởi thanhvien{i} trong diễn đàn Chuyển đổi số địa phương</div><div class="dateline">{w:%m-%d-%Y}, <span class="time">{w:%I:%M %p}</span></div></li>'
                  for i, (h, w) in enumerate(side(a, 5, 2)))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi" id="vbulletin_html">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="vBulletin 4.2.5" />
<meta name="description" content="{e(a['body'][0][:150])}" />
<script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var vb_disable_ajax = parseInt("0", 10);</script>
<script type="text/javascript" src="clientscript/vbulletin_core.js?v=425"></script>
<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1700000000&amp;td=ltr&amp;sheet=bbcode.css,editor.css,popupmenu.css,reset-fonts.css,vbulletin.css,vbulletin-chrome.css,vbulletin-formcontrols.css," />
<title>{e(a['title'])}</title>
<link rel="canonical" href="https://{a['host']}/{a['slug']}" />
</head>
<body>
<div class="above_body">
<div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="Diễn đàn Bình Định" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Đăng ký</a></li><li class="welcomelink">{today_vn()}</li></ul></div></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">Diễn đàn</a></li><li><a class="navtab" href="search.php?do=getdaily&amp;contenttype=vBForum_Post">Bài mới</a></li><li><a class="navtab" href="activity.php">Hoạt động</a></li></ul></div>
</div>
<div class="body_wrapper">
<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1">Trang chủ</a></li><li class="navbit"><a href="forumdisplay.php?42-Chuyen-doi-so-dia-phuong">Chuyển đổi số địa phương</a></li><li class="navbit lastnavbit"><span>{e(a['title'])}</span></li></ul><hr /></div>
<div id="pagetitle" class="pagetitle"><h1>Chủ đề: <span class="threadtitle"><a href="{a['slug']}" title="Tải lại trang này">{e(a['title'])}</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><ul class="popupgroup"><li class="popupmenu"><h6><a class="popupctrl" href="javascript://">Công cụ chủ đề</a></h6></li></ul></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">{''.join(items)}
</ol></div>
<div id="similar_threads"><h4 class="threadinfohead blockhead">Chủ đề tương tự</h4><div id="similar_threads_list" class="threadinfolist block"><div class="blockbody formcontrols"><div class="blockrow"><ol class="similarthreads">{sim}</ol></div></div></div></div>
</div>
<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow">Liên hệ</a></li><li><a href="#top">Lên trên</a></li></ul></div>
<div id="footer_time" class="shade footer_time">Múi giờ GMT +7. Bây giờ là <span class="time">{today_vn()}</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.5</div>
<script type="text/javascript">vBulletin.register_control("vB_Popup", "navbar");</script>
</body>
</html>
"""


def vbulletin4_list(a):
    base = dt.datetime(2025, 4, 20, 9, 0)
    threads = [
        ("Bình Định thí điểm sổ sức khỏe điện tử: ai dùng rồi cho ý kiến", "minhkhoa.bd", 14, 380),
        ("Hỏi về cách ký số văn bản trên điện thoại", "an.nguyen", 6, 122),
        ("Quy Nhơn có wifi miễn phí ở những điểm nào?", "tuyetmai", 21, 954),
        ("Tổng hợp các thủ tục làm được hoàn toàn trực tuyến", "mod_hoangyen", 3, 2101),
        ("Kinh nghiệm thanh toán học phí qua ứng dụng ngân hàng", "ducthinh", 9, 410),
        ("Góp ý cho cổng dịch vụ công của tỉnh", "lehoang", 33, 1760),
        ("Lớp học kỹ năng số cho người cao tuổi ở An Nhơn", "bichngoc.an", 2, 87),
    ]
    rows = []
    for i, (t, u, rep, views) in enumerate(threads):
        w = base - dt.timedelta(days=i * 3, hours=i * 5)
        lw = w + dt.timedelta(days=1, hours=i)
        tid = 128904 + i * 37
        rows.append(f"""
<li class="threadbit hot" id="thread_{tid}">
  <div class="rating0 nonsticky"><div class="threadinfo" title="">
    <div class="inner"><h3 class="threadtitle"><a class="title" href="showthread.php?{tid}" id="thread_title_{tid}">{e(t)}</a></h3>
      <div class="threadmeta"><div class="author"><span class="label">Người tạo <a href="member.php?{300+i}" class="username understate" title="Tạo bởi {e(u)} lúc {w:%m-%d-%Y %I:%M %p}">{e(u)}</a>,&nbsp;{w:%m-%d-%Y} {w:%I:%M %p}</span></div></div>
    </div></div>
    <ul class="threadstats td alt" title=""><li>Trả lời: <a href="misc.php?do=whoposted&amp;t={tid}">{rep}</a></li><li>Xem: {views}</li></ul>
    <dl class="threadlastpost td"><dt class="lastpostby hidden">Bài cuối bởi</dt><dd><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?{400+i}"><strong>thanhvien{i}</strong></a></div></dd><dd>{lw:%m-%d-%Y}, <span class="time">{lw:%I:%M %p}</span></dd></dl>
  </div>
</li>""")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi" id="vbulletin_html">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="vBulletin 4.2.5" />
<title>Chuyển đổi số địa phương</title>
<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;sheet=threadlist.css" />
<script type="text/javascript" src="clientscript/vbulletin_core.js?v=425"></script>
</head>
<body>
<div class="above_body"><div id="header" class="floatcontainer doc_header"><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="Diễn đàn Bình Định" /></a>
<div id="toplinks" class="toplinks"><ul class="nouser"><li class="welcomelink">{today_vn()}</li></ul></div></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">Diễn đàn</a></li><li><a class="navtab" href="search.php?do=getdaily">Bài mới</a></li></ul></div></div>
<div class="body_wrapper">
<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php">Trang chủ</a></li><li class="navbit lastnavbit"><span>Chuyển đổi số địa phương</span></li></ul></div>
<div id="pagetitle"><h1>Diễn đàn: <span class="forumtitle">Chuyển đổi số địa phương</span></h1><p class="description">Trao đổi về dịch vụ công, chính quyền số và kỹ năng số ở Bình Định.</p></div>
<div id="above_threadlist" class="above_threadlist"><a href="newthread.php?do=newthread&amp;f=42" class="newcontent_textcontrol" id="newthreadlink_top" rel="nofollow"><span>+</span> Gửi chủ đề mới</a>
<div class="threadpagenav"><form action="forumdisplay.php?42-Chuyen-doi-so-dia-phuong/page2" method="get" class="pagination popupmenu nohovermenu"><span class="first_last"><a href="forumdisplay.php?42/page2">Trang 1/9</a></span></form></div></div>
<div id="threadlist" class="threadlist"><form id="thread_inlinemod_form" action="inlinemod.php?forumid=42" method="post">
<div class="threadlisthead table"><div><span class="threadinfo"><span class="threadtitle">Tiêu đề / Người tạo</span></span><span class="threadstats td">Trả lời / Xem</span><span class="threadlastpost td">Bài cuối</span></div></div>
<ol id="threads" class="threads">{''.join(rows)}
</ol></form></div>
</div>
<div id="footer_time" class="shade footer_time">Múi giờ GMT +7.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by vBulletin&reg; Version 4.2.5</div>
</body>
</html>
"""


def xenforo1(a):
    d = pdt(a)
    pid = _post_id(a) * 10 + 1
    ts = int(d.timestamp())
    msgs = []
    rows = [(a["author"], brs_html(a["body"]), d, True)] + [(u, e(t), d + dt.timedelta(hours=5 + i * 11), False) for i, (u, t) in enumerate(REPLIES[:2])]
    for i, (u, body, w, first) in enumerate(rows):
        p = pid + i
        sig = '<div class="baseHtml signature messageText ugc"><aside>Hội Liên hiệp Thanh niên phường Thành Sen</aside></div>' if first else ""
        msgs.append(f"""
<li id="post-{p}" class="message   " data-author="{e(u)}">
<div class="messageUserInfo" itemscope="itemscope" itemtype="http://data-vocabulary.org/Person">
<div class="messageUserBlock "><div class="avatarHolder"><span class="helper"></span><a href="members/{e(u.lower())}.{p % 5000}/" class="avatar Av{p % 5000}m" data-avatarhtml="true"><img src="styles/default/xenforo/avatars/avatar_m.png" width="96" height="96" alt="{e(u)}" /></a></div>
<h3 class="userText"><a href="members/{e(u.lower())}.{p % 5000}/" class="username" dir="auto" itemprop="name">{e(u)}</a><em class="userTitle" itemprop="title">Thành viên</em></h3>
<span class="arrow"><span></span></span></div></div>
<div class="messageInfo primaryContent">
<div class="messageContent"><article><blockquote class="messageText SelectQuoteContainer ugc baseHtml">{body}<div class="messageTextEndMarker">&nbsp;</div></blockquote></article></div>
{sig}
<div class="messageMeta ToggleTriggerAnchor">
<div class="privateControls"><span class="item muted"><span class="authorEnd"><a href="members/{e(u.lower())}.{p % 5000}/" class="username author" dir="auto">{e(u)}</a>,</span>
<a href="threads/{a['slug'].split('/')[1]}/#post-{p}" title="Permalink" class="datePermalink"><abbr class="DateTime" data-time="{int(w.timestamp())}" data-diff="{int(w.timestamp()) - ts}" data-datestring="{w.day}/{w.month}/{w:%y}" data-timestring="{w:%H:%M}">{w.day}/{w.month}/{w:%y} lúc {w:%H:%M}</abbr></a></span></div>
<div class="publicControls"><a href="threads/x/reply?quote={p}" data-messageid="{p}" class="MessageQuote item control quote"><span></span>Trả lời</a></div>
</div></div></li>""")
    side_html = "".join(f'<li><a href="threads/{20000+i}/" class="PreviewTooltip">{e(h)}</a><div class="muted"><span class="DateTime" title="{w.day}/{w.month}/{w:%y} lúc {w:%H:%M}">{w.day}/{w.month}/{w:%y}</span></div></li>'
                        for i, (h, w) in enumerate(side(a, 5, 1)))
    return f"""<!DOCTYPE html>
<html id="XenForo" lang="vi-VN" dir="LTR" class="Public NoJs LoggedOut NoSidebar  Responsive" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<base href="https://{a['host']}/" />
<title>{e(a['title'])} | Cộng đồng Hà Tĩnh</title>
<noscript><style>.JsOnly, .jsOnly {{ display: none !important; }}</style></noscript>
<link rel="stylesheet" href="css.php?css=xenforo,form,public&amp;style=1&amp;dir=LTR&amp;d=1700000000" />
<link rel="stylesheet" href="css.php?css=bb_code,message,message_user_info,thread_view&amp;style=1&amp;dir=LTR&amp;d=1700000000" />
<script src="js/jquery/jquery-1.11.0.min.js"></script>
<script src="js/xenforo/xenforo.js?_v=abcd1234"></script>
<meta property="og:title" content="{e(a['title'])}" />
<link rel="canonical" href="https://{a['host']}/{a['slug']}" />
</head>
<body>
<div id="headerMover"><div id="headerProxy"></div>
<div id="content" class="thread_view"><div class="pageWidth"><div class="pageContent">
<div class="breadBoxTop "><nav><fieldset class="breadcrumb"><div class="boardTitle"><strong>Cộng đồng Hà Tĩnh</strong></div>
<span class="crumbs"><span class="crust homeCrumb" itemscope="itemscope" itemtype="http://data-vocabulary.org/Breadcrumb"><a href="https://{a['host']}/" class="crumb" rel="up" itemprop="url"><span itemprop="title">Trang chủ</span></a></span>
<span class="crust" itemscope="itemscope" itemtype="http://data-vocabulary.org/Breadcrumb"><a href="forums/tin-dia-phuong.8/" class="crumb" rel="up" itemprop="url"><span itemprop="title">Tin địa phương</span></a></span></span></fieldset></nav></div>
<div class="mainContainer"><div class="mainContent">
<div class="titleBar"><h1>{e(a['title'])}</h1>
<p id="pageDescription" class="muted ">Thảo luận trong '<a href="forums/tin-dia-phuong.8/">Tin địa phương</a>' bắt đầu bởi <a href="members/x/" class="username" dir="auto">{e(a['author'])}</a>, <a href="threads/x/"><span class="DateTime" title="{d.day}/{d.month}/{d:%y} lúc {d:%H:%M}">{d.day}/{d.month}/{d:%y}</span></a>.</p></div>
<div class="pageNavLinkGroup"><div class="linkGroup SelectionCountContainer"></div><div class="linkGroup" style="display: none"><a href="javascript:" class="muted JsOnly DisplayIgnoredContent Tooltip">Hiện nội dung bị ẩn</a></div></div>
<form action="inline-mod/post/switch" method="post" class="InlineModForm section" data-cookieName="posts" id="ThreadViewForm">
<ol class="messageList" id="messageList">{''.join(msgs)}
</ol></form>
<div class="sharePage"><h3 class="textHeading larger">Chia sẻ trang này</h3><div class="tweet shareControl"><a href="https://twitter.com/share" class="twitter-share-button">Tweet</a></div><div class="facebookLike shareControl"><div class="fb-like" data-href="https://{a['host']}/{a['slug']}" data-layout="standard"></div></div></div>
<div class="section similarThreads"><h3 class="textHeading">Chủ đề tương tự</h3><ol class="similarThreads">{side_html}</ol></div>
</div></div></div></div></div></div>
<footer><div class="footer"><div class="pageWidth"><div class="pageContent"><ul class="footerLinks"><li><a href="misc/contact" class="OverlayTrigger">Liên hệ</a></li><li><a href="help/terms">Điều khoản</a></li></ul></div></div></div>
<div class="footerLegal"><div class="pageWidth"><div class="pageContent"><div id="copyright"><a href="https://xenforo.com" class="concealed">Forum software by XenForo&trade; <span>&copy;2010-2017 XenForo Ltd.</span></a></div><span class="helper"></span></div></div></div></footer>
<script>XenForo.Facebook.appId = ''; jQuery.extend(true, XenForo, {{visitor: {{ user_id: 0 }}, serverTimeInfo: {{ now: 1764825600, today: 1764781200, todayDow: 5 }}, _lightBoxUniversal: "0", _enableOverlays: "1", _animationSpeedMultiplier: "1", _overlayConfig: {{top: "10%", speed: 200, closeSpeed: 100, mask: {{color: "rgb(255, 255, 255)", opacity: "0.6", loadSpeed: 200, closeSpeed: 100, zIndex: 9997}}}}, _ignoredUsers: [], _loadedScripts: {{}}, _cookieConfig: {{ path: "/", domain: "", prefix: "xf_"}}, _csrfToken: "", _csrfRefreshUrl: "login/csrf-token-refresh", _jsVersion: "abcd1234"}});</script>
</body>
</html>
"""


def xenforo2(a):
    d = pdt(a)
    pid = _post_id(a) * 10 + 3
    msgs = []
    rows = [(a["author"], brs_html(a["body"]), d, True)] + [(u, e(t), d + dt.timedelta(hours=1 + i * 6, minutes=22), False) for i, (u, t) in enumerate(REPLIES)]
    for i, (u, body, w, first) in enumerate(rows):
        p = pid + i
        if i == 1:
            body = (f'<blockquote data-attributes="member: {p % 900}" data-quote="{e(a["author"])}" data-source="post: {pid}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">'
                    f'<div class="bbCodeBlock-title"><a href="goto/post?id={pid}" class="bbCodeBlock-sourceJump" data-xf-click="attribution" data-content-selector="#post-{pid}">{e(a["author"])} đã viết:</a></div>'
                    f'<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">{e(a["body"][-1][:90])}</div></div></blockquote>{body}')
        msgs.append(f"""
<article class="message message--post js-post js-inlineModContainer  " data-author="{e(u)}" data-content="post-{p}" id="js-post-{p}" itemscope itemtype="https://schema.org/{'DiscussionForumPosting' if first else 'Comment'}" itemid="https://{a['host']}/posts/{p}/">
  <span class="u-anchorTarget" id="post-{p}"></span>
  <div class="message-inner">
    <div class="message-cell message-cell--user">
      <section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
        <div class="message-avatar "><div class="message-avatar-wrapper"><a href="members/{p % 800}/" class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="{p % 800}" data-xf-init="member-tooltip"><span class="avatar-u{p % 800}-m" role="img" aria-label="{e(u)}">{e(u[0])}</span></a></div></div>
        <div class="message-userDetails"><h4 class="message-name"><a href="members/{p % 800}/" class="username " dir="auto" data-user-id="{p % 800}" data-xf-init="member-tooltip"><span itemprop="name">{e(u)}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">Thành viên</h5></div>
        <span class="message-userArrow"></span>
      </section>
    </div>
    <div class="message-cell message-cell--main">
      <div class="message-main js-quickEditTarget">
        <header class="message-attribution message-attribution--split">
          <ul class="message-attribution-main listInline ">
            <li class="u-concealed"><a href="threads/{a['slug'].split('/')[1]}/post-{p}" rel="nofollow" itemprop="url"><time class="u-dt" dir="auto" datetime="{w:%Y-%m-%dT%H:%M:%S}+0700" data-timestamp="{int(w.timestamp())}" data-date-string="{w.day}/{w.month}/{w.year}" data-time-string="{w:%H:%M}" title="{w.day}/{w.month}/{w.year} lúc {w:%H:%M}" itemprop="datePublished">{w.day}/{w.month}/{w.year}</time></a></li>
          </ul>
          <ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="threads/x/post-{p}" class="message-attribution-gadget" data-xf-init="share-tooltip" rel="nofollow">Chia sẻ</a></li><li><a href="threads/x/post-{p}" rel="nofollow">#{i+1}</a></li></ul>
        </header>
        <div class="message-content js-messageContent">
          <div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{p}" data-lb-caption-desc="{e(u)} &middot; {w.day}/{w.month}/{w.year} lúc {w:%H:%M}">
            <article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">{body}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article>
          </div>
        </div>
        <footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="posts/{p}/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction" data-xf-click="reaction" data-reaction-id="1"><span class="reaction-text js-reactionText"><bdi>Thích</bdi></span></a><a href="threads/x/reply?quote={p}" class="actionBar-action actionBar-action--reply" title="Trả lời, trích dẫn bài viết này" rel="nofollow" data-xf-click="quote" data-quote-href="posts/{p}/quote">Trả lời</a></div></div></footer>
      </div>
    </div>
  </div>
</article>""")
    side_html = "".join(f'<li class="block-row"><div class="contentRow"><div class="contentRow-main contentRow-main--close"><a href="threads/{9000+i}/">{e(h)}</a><div class="contentRow-minor contentRow-minor--smaller"><time class="u-dt" datetime="{w:%Y-%m-%dT%H:%M:%S}+0700" data-date-string="{w.day}/{w.month}/{w.year}" data-time-string="{w:%H:%M}">{w.day}/{w.month}/{w.year}</time></div></div></div></li>'
                        for i, (h, w) in enumerate(side(a, 5, 4)))
    return f"""<!DOCTYPE html>
<html id="XF" lang="vi-VN" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-12" data-content-key="thread-{pid // 10}" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{e(a['title'])} | Diễn đàn {e(a['host'].split('.')[1])}</title>
<link rel="canonical" href="https://{a['host']}/{a['slug']}" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{e(a['title'])}" />
<meta property="og:description" content="{e(a['body'][0][:160])}" />
<link rel="stylesheet" href="css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=2&amp;d=1700000000&amp;k=abc" />
<link rel="stylesheet" href="css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Aextra.less&amp;s=1&amp;l=2&amp;d=1700000000&amp;k=def" />
<script src="js/xf/preamble.min.js?_v=6f2a1b0c"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://{a['host']}/{a['slug']}","headline":{__import__('json').dumps(a['title'], ensure_ascii=False)},"datePublished":"{d:%Y-%m-%dT%H:%M:%S}+07:00","author":{{"@type":"Person","name":{__import__('json').dumps(a['author'], ensure_ascii=False)}}},"interactionStatistic":{{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":{len(rows)-1}}}}}</script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img src="styles/default/xenforo/xenforo-logo.png" alt="Diễn đàn" width="100" height="36" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><ul class="p-nav-list js-offCanvasNavSource"><li><div class="p-navEl is-selected"><a href="/" class="p-navEl-link " data-nav-id="forums">Diễn đàn</a></div></li><li><div class="p-navEl "><a href="whats-new/" class="p-navEl-link " data-nav-id="whatsNew">Có gì mới</a></div></li><li><div class="p-navEl "><a href="members/" class="p-navEl-link " data-nav-id="members">Thành viên</a></div></li></ul></div><div class="p-nav-opposite"><span class="p-navgroup-link">{today_vn()}</span></div></div></nav></div>
<div class="p-body"><div class="p-body-inner">
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Diễn đàn</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="forums/doi-song.12/" itemprop="item"><span itemprop="name">Đời sống địa phương</span></a><meta itemprop="position" content="2" /></li></ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{e(a['title'])}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Người tạo chủ đề"></i><span class="u-srOnly">Người tạo chủ đề</span> <a href="members/x/" class="username  u-concealed" dir="auto">{e(a['author'])}</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Ngày bắt đầu"></i><span class="u-srOnly">Ngày bắt đầu</span> <a href="{a['slug']}" class="u-concealed"><time class="u-dt" dir="auto" datetime="{d:%Y-%m-%dT%H:%M:%S}+0700" data-timestamp="{int(d.timestamp())}" data-date-string="{d.day}/{d.month}/{d.year}" data-time-string="{d:%H:%M}" title="{d.day}/{d.month}/{d.year} lúc {d:%H:%M}">{d.day}/{d.month}/{d.year}</time></a></li></ul></div></div>
<div class="p-body-main  p-body-main--withSidebar "><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="inline-mod/" data-search-target="*">
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-{pid // 10}">
<div class="block-body js-replyNewMessageContainer">{''.join(msgs)}
</div></div></div>
<div class="block"><div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span class="shareButtons-label">Chia sẻ:</span><div class="shareButtons-buttons"><a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" data-href="https://www.facebook.com/sharer.php?u={{url}}"><span>Facebook</span></a><a class="shareButtons-button shareButtons-button--share is-hidden" data-xf-init="web-share"><span>Chia sẻ</span></a></div></div></div></div>
</div></div>
<div class="p-body-sidebar"><div class="block" data-widget-key="forum_overview_new_posts"><div class="block-container"><h3 class="block-minorHeader">Bài viết mới</h3><ul class="block-body">{side_html}</ul></div></div></div>
</div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="misc/contact" data-xf-click="overlay">Liên hệ</a></li><li><a href="help/terms/">Điều khoản và quy định</a></li><li><a href="/" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf fas fa-rss" aria-hidden="true"></i></span></a></li></ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div></div></footer>
</div>
<script src="js/xf/core-compiled.js?_v=6f2a1b0c"></script>
<script>jQuery.extend(true, XF.config, {{"userId": 0, "enablePush": false, "url": {{"fullBase": "https:\\/\\/{a['host']}\\/"}}, "time": {{"now": 1764825600, "today": 1764781200, "todayDow": 5}}}});</script>
</body>
</html>
"""


def phpbb3(a):
    d = pdt(a)
    pid = _post_id(a) * 10
    posts = []
    rows = [(a["author"], brs_html(a["body"]).replace("<br />", "<br>"), d, True)] + [(u, e(t), d + dt.timedelta(hours=4 + i * 10, minutes=31), False) for i, (u, t) in enumerate(REPLIES[:2])]
    for i, (u, body, w, first) in enumerate(rows):
        p = pid + i
        wu = w - dt.timedelta(hours=7)
        ttl = a["title"] if first else "Re: " + a["title"]
        h = w.strftime("%I").lstrip("0")
        shown = f"{w:%a} {w:%b} {w.day:02d}, {w.year} {h}:{w:%M} {w:%p}".replace(" AM", " am").replace(" PM", " pm")
        if first:
            shown = a["dl"]
        posts.append(f"""
<div id="p{p}" class="post has-profile {'bg2' if i % 2 == 0 else 'bg1'}">
  <div class="inner">
    <dl class="postprofile" id="profile{p}">
      <dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u={p % 700}" class="username">{e(u)}</a></dt>
      <dd class="profile-rank">Thành viên</dd>
      <dd class="profile-posts"><strong>Bài viết:</strong> <a href="./search.php?author_id={p % 700}&amp;sr=posts">{40 + p % 300}</a></dd>
      <dd class="profile-joined"><strong>Ngày tham gia:</strong> Sun Aug 02, 2020 7:41 pm</dd>
    </dl>
    <div class="postbody">
      <div id="post_content{p}">
        <h3 {'class="first"' if first else ''}><a href="#p{p}">{e(ttl)}</a></h3>
        <ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;f=12&amp;p={p}" title="Trích dẫn" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Trích dẫn</span></a></li></ul>
        <p class="author"><a class="unread" href="./viewtopic.php?p={p}#p{p}" title="Bài viết"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Bài viết</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={p % 700}" class="username">{e(u)}</a></strong> &raquo; </span><time datetime="{wu:%Y-%m-%dT%H:%M:%S}+00:00">{shown}</time></p>
        <div class="content">{body}</div>
        {'<div id="sig'+str(p)+'" class="signature">Phụ huynh lớp 3A, trường tiểu học phường Trưng Vương</div>' if first else ''}
      </div>
    </div>
    <div class="back2top"><a href="#top" class="top" title="Lên đầu"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Lên đầu</span></a></div>
  </div>
</div>
<hr class="divider" />""")
    tops = "".join(f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="./viewtopic.php?t={3300+i}" class="topictitle">{e(h)}</a><br /><div class="topic-poster responsive-hide left-box">by <a href="./memberlist.php?u={i}" class="username">member{i}</a> &raquo; {w:%a %b %d, %Y} {int(w.strftime("%I"))}:{w:%M} {w.strftime("%p").lower()}</div></div></dt></dl></li>'
                   for i, (h, w) in enumerate(side(a, 4, 3)))
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{e(a['title'])} - Diễn đàn Thái Nguyên</title>
<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/vi/stylesheet.css?assets_version=42" rel="stylesheet">
<link rel="canonical" href="https://{a['host']}/{a['slug'].replace('&', '&amp;')}">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
  <a id="top" class="top-anchor" accesskey="t"></a>
  <div id="page-header">
    <div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Trang chủ"><span class="site_logo"></span></a><h1>Diễn đàn Thái Nguyên</h1><p>Nơi trao đổi của người dân thành phố</p></div>
    <div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Tìm theo từ khóa" class="inputbox search tiny" size="20" value="" placeholder="Tìm kiếm…" /></fieldset></form></div></div></div>
    <div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li class="rightside"><a href="./ucp.php?mode=login" title="Đăng nhập" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Đăng nhập</span></a></li><li><a href="/app.php/help/faq" rel="help" title="Các câu hỏi thường gặp" role="menuitem"><span>FAQ</span></a></li></ul>
    <ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><span itemprop="name">Trang chủ diễn đàn</span></a><meta itemprop="position" content="1" /></span><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="12"><a itemprop="item" href="./viewforum.php?f=12"><span itemprop="name">Giáo dục</span></a><meta itemprop="position" content="2" /></span></li><li class="rightside responsive-search"><span>{today_vn()}</span></li></ul></div></div>
  </div>
  <div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./{a['slug'].replace('&', '&amp;')}">{e(a['title'])}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;f=12&amp;t=3391" class="button" title="Gửi trả lời"><span>Gửi trả lời</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a><div class="pagination">{len(rows)} bài viết &bull; Trang <strong>1</strong> trên <strong>1</strong></div></div>
{''.join(posts)}
<div class="action-bar bar-bottom"><div class="pagination">{len(rows)} bài viết &bull; Trang <strong>1</strong> trên <strong>1</strong></div></div>
<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Chủ đề tương tự</div></dt></dl></li></ul><ul class="topiclist topics">{tops}</ul></div></div>
  </div>
  <div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="rightside">Múi giờ <span title="Asia/Ho_Chi_Minh">UTC+07:00</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies">Xóa cookie</a></li></ul></div></div>
  <div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p></div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=42"></script>
<script src="./assets/javascript/core.js?assets_version=42"></script>
</body>
</html>
"""


TEMPLATES = {"vbulletin3": vbulletin3, "vbulletin4": vbulletin4, "vbulletin4_list": vbulletin4_list,
             "xenforo1": xenforo1, "xenforo2": xenforo2, "phpbb3": phpbb3}
