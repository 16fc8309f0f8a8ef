"""ASP classic and old PHP table layouts (nested tables, <font>, date lines in their own shapes)."""

from common import e, pdt, side, today_vn


def _font_paras(body, face="Arial", size="2"):
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(f'<p align="justify"><font face="{face}" size="{size}">{e(b)}</font></p>')
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f'<li><font face="{face}" size="{size}">{e(x)}</font></li>' for x in b[1]) + "</ul>")
    return "\n".join(out)


def _menu_row():
    items = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản pháp quy", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]
    return "".join(f'<td class="menu" align="center" bgcolor="#0B5AA2"><a href="default.asp?mnu={i}"><font color="#FFFFFF" face="Tahoma" size="2"><b>{m}</b></font></a></td>'
                   for i, m in enumerate(items))


def _side_table(a, title, start, fmt):
    rows = "".join(f'<tr><td valign="top" width="8"><img src="images/bullet.gif" width="5" height="5"></td><td><a href="tin-tuc.asp?id={4000+i*7}" class="lienket"><font face="Tahoma" size="1">{e(h)}</font></a> <font color="#808080" size="1">{w.strftime(fmt)}</font></td></tr>'
                   for i, (h, w) in enumerate(side(a, 6, start)))
    return f'<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td colspan="2" bgcolor="#E8F0FA" class="tieude"><font face="Tahoma" size="2" color="#0B5AA2"><b>{title}</b></font></td></tr>{rows}</table>'


def _asp_page(a, charset, article_cell, site, left_title="Tin mới cập nhật", fmt="(%d/%m/%Y)"):
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta http-equiv="Content-Language" content="vi">
<title>{site} - {e(a['title'])}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function printPage() {{ window.print(); }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner.jpg" width="980" height="120" border="0"></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="4"><tr>{_menu_row()}</tr></table></td></tr>
<tr><td bgcolor="#F2F2F2" height="22"><font face="Tahoma" size="1">&nbsp;{today_vn()}&nbsp;|&nbsp;<marquee scrollamount="2" width="700">{' &nbsp;&bull;&nbsp; '.join(e(h) for h, _ in side(a, 4, 9))}</marquee></font></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="200" valign="top" bgcolor="#F7F7F7">{_side_table(a, left_title, 2, fmt)}
<br><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#E8F0FA"><font face="Tahoma" size="2"><b>Thống kê truy cập</b></font></td></tr><tr><td><font size="1">Đang online: 37<br>Tổng lượt truy cập: 4.812.330</font></td></tr></table></td>
<td width="10">&nbsp;</td>
<td valign="top">
{article_cell}
</td>
<td width="10">&nbsp;</td>
<td width="190" valign="top">{_side_table(a, "Xem nhiều nhất", 5, fmt)}</td>
</tr>
</table>
</td></tr>
<tr><td bgcolor="#0B5AA2" align="center" height="60"><font color="#FFFFFF" face="Tahoma" size="1">{site}<br>Giấy phép số 45/GP-STTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</font></td></tr>
</table>
<script language="JavaScript">var sc_project=1234567; var sc_invisible=1;</script>
</body>
</html>
"""


def _others(a, start=7, fmt="(%d/%m/%Y)"):
    rows = "".join(f'<tr><td><img src="images/arrow.gif"> <a href="tin-tuc.asp?id={5000+i}" class="lienket"><font face="Arial" size="2">{e(h)}</font></a> <font size="1" color="#999999">{w.strftime(fmt)}</font></td></tr>'
                   for i, (h, w) in enumerate(side(a, 5, start)))
    return f'<table width="100%" border="0" cellpadding="2" cellspacing="0"><tr><td class="tieude"><font face="Arial" size="2" color="#C00000"><b>Các tin khác:</b></font></td></tr>{rows}</table>'


def _caption():
    return ('<table align="center" border="0" cellpadding="2" cellspacing="0" width="500"><tr><td align="center"><img src="Upload/Images/2024/tin.jpg" width="500" height="333" border="0"></td></tr>'
            '<tr><td align="center" bgcolor="#EEEEEE"><font face="Arial" size="1"><i>Cán bộ hướng dẫn người dân thao tác trên điện thoại.</i></font></td></tr></table>')


def _byline_src(a, face="Arial"):
    out = a.get("byline") or ""
    if a.get("source"):
        out += f'<p align="right"><font face="{face}" size="2"><i>Nguồn: {e(a["source"])}</i></font></p>'
    return out


def asp_cp1258(a):
    cell = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td class="duongdan"><font face="Arial" size="1"><a href="default.asp">Trang chủ</a> &raquo; <a href="tintuc/danhmuc.asp?cat=3">Tin tức - Sự kiện</a></font></td></tr>
<tr><td><font face="Arial" size="4" color="#0B5AA2"><b>{e(a['title'])}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080"><i>{e(a['dl'])}</i></font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><font face="Arial" size="2"><b>{e(a['lead'])}</b></font></td></tr></table></td></tr>
<tr><td>
{_font_paras(a['body'][:1])}
{_caption()}
{_font_paras(a['body'][1:])}
{_byline_src(a)}
</td></tr>
<tr><td align="right"><a href="javascript:printPage()"><img src="images/print.gif" border="0"> <font size="1">In trang</font></a> <a href="guibai.asp?id=5127"><img src="images/email.gif" border="0"> <font size="1">Gửi cho bạn bè</font></a></td></tr>
<tr><td>{_others(a)}</td></tr>
</table>"""
    return _asp_page(a, "windows-1258", cell, "Cổng thông tin điện tử tỉnh Sóc Trăng")


def asp_table(a):
    cell = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="28" background="images/bg_title.gif">&nbsp;<font face="Tahoma" size="2" color="#FFFFFF"><b>TIN TỨC - SỰ KIỆN</b></font></td></tr>
<tr><td>
 <table width="100%" border="0" cellspacing="0" cellpadding="6">
 <tr><td class="tieudetin"><font face="Times New Roman" size="4"><b>{e(a['title'])}</b></font> <font face="Arial" size="1" color="#666666">{e(a['dl'])}</font></td></tr>
 {f'<tr><td class="trichdan"><font face="Arial" size="2"><b><i>{e(a["lead"])}</i></b></font></td></tr>' if a['lead'] else ''}
 <tr><td class="noidung">
 {_font_paras(a['body'][:2])}
 {_caption()}
 {_font_paras(a['body'][2:])}
 {_byline_src(a)}
 </td></tr>
 <tr><td align="right"><font face="Arial" size="1"><a href="#" onClick="printPage()">[In trang]</a> <a href="#top">[Về đầu trang]</a></font></td></tr>
 </table>
</td></tr>
<tr><td>{_others(a, 8, "- %d/%m/%Y")}</td></tr>
</table>"""
    return _asp_page(a, "utf-8", cell, "Cổng thông tin điện tử " + a["host"].split("-")[1].split(".")[0].title(), fmt="%d/%m/%Y")


def asp_table_sepcell(a):
    d = pdt(a)
    cell = f"""<table width="100%" border="0" cellspacing="1" cellpadding="4" bgcolor="#D6E3F2">
<tr bgcolor="#FFFFFF"><td colspan="2"><font face="Verdana" size="3" color="#003399"><b>{e(a['title'])}</b></font></td></tr>
<tr bgcolor="#FFFFFF"><td width="110" nowrap><font face="Verdana" size="1" color="#666666">{d:%d/%m/%Y}</font></td><td><font face="Verdana" size="1" color="#666666">{d:%H:%M}</font></td></tr>
<tr bgcolor="#FFFFFF"><td colspan="2"><font face="Verdana" size="2"><b>{e(a['lead'])}</b></font></td></tr>
<tr bgcolor="#FFFFFF"><td colspan="2">
{_font_paras(a['body'], "Verdana")}
{_byline_src(a, "Verdana")}
</td></tr>
<tr bgcolor="#FFFFFF"><td colspan="2">{_others(a, 4)}</td></tr>
</table>"""
    return _asp_page(a, "utf-8", cell, "Cổng thông tin điện tử tỉnh Vĩnh Long", left_title="Tin nổi bật")


def php_old(a):
    cell = f"""<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="nav_path"><a href="index.php">Trang chủ</a> :: <a href="index.php?mod=news">Tin tức</a></td></tr>
<tr><td height="8"></td></tr>
<tr><td class="news_date"><font color="#888888" size="1" face="Tahoma">{e(a['dl'])}</font></td></tr>
<tr><td class="news_title"><h1 style="font-size:18px;font-family:Arial;color:#A00000;margin:4px 0">{e(a['title'])}</h1></td></tr>
<tr><td class="news_content">
<div style="text-align:justify;font-family:Arial;font-size:13px">
{'<br><br>'.join(e(b) for b in a['body'][:1])}<br><br>
<div align="center"><img src="upload/news/{len(a['slug'])}.jpg" width="480"><br><i>Ảnh: Cổng TTĐT tỉnh</i></div><br>
{'<br><br>'.join(e(b) for b in a['body'][1:] if isinstance(b, str))}
</div>
{_byline_src(a)}
</td></tr>
<tr><td><div class="share">Chia sẻ: <a href="https://facebook.com/sharer.php?u=https://{a['host']}/{a['slug']}">Facebook</a> | <a href="#">Zalo</a> | <a href="javascript:window.print()">In bài</a></div></td></tr>
<tr><td>{_others(a, 10, "[%d/%m/%y]")}</td></tr>
</table>"""
    return _asp_page(a, "utf-8", cell, "Trang thông tin điện tử " + a["host"].split("-")[1].split(".")[0].title(),
                     left_title="Tin đọc nhiều", fmt="%d/%m/%y %H:%M")


TEMPLATES = {"asp_cp1258": asp_cp1258, "asp_table": asp_table, "asp_table_sepcell": asp_table_sepcell, "php_old": php_old}
