"""Old table layouts (2008–2012 papers): the page is a layout table holding tables. Turning the
layout into blocks turned every table inside it into blocks too, so an image's caption row was
no longer told from the body (its picture table gone). A picture's small table now stays
a table. And the paper's masthead line under the body (its name, its
licence, its address) is no body line: it hid the team's byline above it."""

from __future__ import annotations

from crawler.extraction import body, extract_article

URL = "http://baolamson.example.vn/Detail.asp?id=20931"
PARAGRAPHS = [
    "Theo Sở Nội vụ, đến cuối tháng 11/2012 toàn bộ 96 xã, phường, thị trấn của tỉnh đã vận "
    "hành phần mềm một cửa điện tử, người dân tra cứu được tình trạng hồ sơ qua mạng.",
    "Tại phường Bắc Sơn, mỗi ngày bộ phận một cửa tiếp nhận khoảng bốn mươi hồ sơ, phần lớn là "
    "chứng thực bản sao và đăng ký hộ tịch, thời gian chờ giảm gần một nửa so với trước.",
    "Tuy vậy, nhiều xã vùng cao còn thiếu máy tính và đường truyền chập chờn, cán bộ lớn tuổi "
    "chưa quen thao tác nên phải nhờ cán bộ trẻ nhập hộ hồ sơ vào phần mềm.",
    "Năm 2013, tỉnh dự kiến đầu tư thêm máy quét, máy tính cho các xã khó khăn và mở lớp tập "
    "huấn tin học cơ bản cho cán bộ làm việc ở bộ phận một cửa.",
]
LEAD = ("Sau gần hai năm triển khai, phần mềm một cửa điện tử đã có ở mọi xã, phường của tỉnh, "
        "người dân theo dõi hồ sơ qua mạng và tin nhắn.")
CAPTION = "Bộ phận một cửa phường Bắc Sơn."
ROWS = [("Đơn vị", "Hồ sơ trực tuyến"), ("Phường Bắc Sơn", "1.240"), ("Xã Tân Lập", "315")]


def page() -> bytes:
    text = "<br><br>\n".join(PARAGRAPHS[:2])
    rest = "<br><br>\n".join(PARAGRAPHS[2:])
    data = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS)
    return f"""<html><head><meta charset="utf-8">
<title>Phần mềm một cửa điện tử về đến 96 xã, phường - Báo Lâm Sơn</title></head><body><center>
<table width="980" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/Images/banner.jpg"><br><a href="/">Trang chủ</a> |
<a href="/Cat.asp?id=3">Xã hội</a> | <a href="/Cat.asp?id=4">Kinh tế</a></td></tr>
<tr><td width="760" valign="top"><table width="100%" border="0">
<tr><td><font size="4"><b>Phần mềm một cửa điện tử về đến 96 xã, phường</b></font></td></tr>
<tr><td><font size="1"><i>Cập nhật lúc 09:40 AM, 18/12/12</i></font></td></tr>
<tr><td><font size="2"><b>{LEAD}</b></font></td></tr>
<tr><td align="center"><table border="0" cellpadding="2" align="center">
<tr><td><img src="/Images/2012/12/motcua.jpg" width="400"></td></tr>
<tr><td align="center"><font size="1"><i>{CAPTION}</i></font></td></tr></table></td></tr>
<tr><td><font size="2">{text}<br><br>
<table border="1" cellpadding="3">{data}</table><br>
{rest}<br><br><div align="right"><b>Nhóm PV</b></div></font></td></tr></table></td>
<td width="220" valign="top"><table width="100%"><tr><td><b>Tin mới</b></td></tr>
<tr><td><a href="/Detail.asp?id=20911">Bàn giao máy tính cho trường vùng khó</a> (12/12/12)
</td></tr></table></td></tr>
<tr><td colspan="2" align="center"><font size="1">Báo Lâm Sơn điện tử - Giấy phép số 41/GP-BC
- Địa chỉ: 12 Trần Phú, thành phố Lâm Sơn</font></td></tr></table></center>
</body></html>""".encode()


def test_a_picture_table_inside_a_layout_keeps_its_caption_apart() -> None:
    got = extract_article(page(), URL)
    assert got.is_article
    assert CAPTION not in got.text
    assert got.text.split("\n\n")[0] == PARAGRAPHS[0]
    assert got.lead == LEAD


def test_the_masthead_line_under_the_body_is_no_body() -> None:
    got = extract_article(page(), URL)
    assert "Giấy phép" not in got.text and "Địa chỉ" not in got.text
    assert got.text.split("\n\n")[-1] == PARAGRAPHS[-1]
    assert got.author == "Nhóm PV"


def test_a_masthead_line_is_boilerplate_a_story_citing_a_licence_is_not() -> None:
    masthead = ("Báo Lâm Sơn Điện Tử - Giấy phép số 41/GP-BC (cấp năm 2009) Địa chỉ: 12 Trần "
                "Phú, thành phố Lâm Sơn Ghi rõ nguồn khi phát hành lại thông tin.")
    story = ("Sở Thông tin và Truyền thông đã thu hồi giấy phép số 12/GP-STTTT của trang tin "
             "điện tử tổng hợp vì đăng lại tin bài không ghi nguồn.")
    raw = "\n".join([PARAGRAPHS[0], story, masthead])
    assert body.clean_body(raw, title=None, lead=None, rules=None, found={}) == [
        PARAGRAPHS[0], story]
