# ruff: noqa: E501  (the test texts keep one paragraph per line, as extraction gives them)
"""Exact and near duplicates: syndicated copies of one press release are linked to the first-seen
story; distinct stories on the same topic are not (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from crawler.urls import canonicalize_url, url_id
from pipelines import simhash as sh
from pipelines.storage import Storage

PRESS_RELEASE = """\
Sáng 10/7, UBND tỉnh Đắk Lắk tổ chức hội nghị sơ kết 6 tháng đầu năm về thực hiện chương trình chuyển đổi số của tỉnh.

Theo báo cáo của Sở Thông tin và Truyền thông, trong 6 tháng đầu năm, tỉnh đã hoàn thành việc kết nối Cổng dịch vụ công của tỉnh với Cổng dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,6%, tăng 21% so với cùng kỳ năm trước.

Toàn tỉnh hiện có 1.840 tổ công nghệ số cộng đồng với hơn 9.200 thành viên, hoạt động tại tất cả các thôn, buôn, tổ dân phố. Các tổ đã hướng dẫn người dân cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt và sử dụng dịch vụ công trực tuyến.

Hạ tầng số tiếp tục được đầu tư, 100% xã, phường, thị trấn đã có cáp quang băng rộng; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82%. Trung tâm giám sát, điều hành đô thị thông minh của tỉnh đã đi vào vận hành, kết nối dữ liệu camera giao thông, phản ánh hiện trường và hệ thống quản lý văn bản.

Về kinh tế số, tỉnh đã đưa hơn 3.500 sản phẩm OCOP và nông sản chủ lực lên các sàn thương mại điện tử như Postmart, Voso, Shopee. Nhiều hợp tác xã cà phê, sầu riêng đã bán hàng trực tuyến và truy xuất nguồn gốc bằng mã QR.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương tập trung số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, làm sạch dữ liệu dân cư và đất đai, đồng thời bảo đảm an toàn thông tin mạng theo mô hình bốn lớp. Các đơn vị cần đẩy mạnh tuyên truyền để người dân, doanh nghiệp hiểu rõ lợi ích của chuyển đổi số và chủ động tham gia.

Tỉnh phấn đấu đến cuối năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%, 90% cán bộ, công chức được bồi dưỡng kỹ năng số cơ bản và kinh tế số chiếm 12% GRDP."""

SYNDICATED_A = """\
(Baodaklak.vn) - Hội nghị sơ kết chuyển đổi số 6 tháng đầu năm của tỉnh Đắk Lắk diễn ra sáng 10/7 tại Buôn Ma Thuột.

Theo báo cáo của Sở Thông tin và Truyền thông, trong 6 tháng đầu năm, tỉnh đã hoàn thành việc kết nối Cổng dịch vụ công của tỉnh với Cổng dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,6%, tăng 21% so với cùng kỳ năm trước.

Toàn tỉnh hiện có 1.840 tổ công nghệ số cộng đồng với hơn 9.200 thành viên, hoạt động tại tất cả các thôn, buôn, tổ dân phố. Các tổ đã hướng dẫn người dân cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt và sử dụng dịch vụ công trực tuyến.

Hạ tầng số tiếp tục được đầu tư, 100% xã, phường, thị trấn đã có cáp quang băng rộng; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82%. Trung tâm giám sát, điều hành đô thị thông minh của tỉnh đã đi vào vận hành, kết nối dữ liệu camera giao thông, phản ánh hiện trường và hệ thống quản lý văn bản.

Về kinh tế số, tỉnh đã đưa hơn 3.500 sản phẩm OCOP và nông sản chủ lực lên các sàn thương mại điện tử như Postmart, Voso, Shopee. Nhiều hợp tác xã cà phê, sầu riêng đã bán hàng trực tuyến và truy xuất nguồn gốc bằng mã QR.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương tập trung số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, làm sạch dữ liệu dân cư và đất đai, đồng thời bảo đảm an toàn thông tin mạng theo mô hình bốn lớp. Các đơn vị cần đẩy mạnh tuyên truyền để người dân, doanh nghiệp hiểu rõ lợi ích của chuyển đổi số và chủ động tham gia.

Tỉnh phấn đấu đến cuối năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%, 90% cán bộ, công chức được bồi dưỡng kỹ năng số cơ bản và kinh tế số chiếm 12% GRDP.

Minh Thuận

Xem thêm: Đắk Lắk ra mắt ứng dụng công dân số"""

SYNDICATED_B = """\
ĐẮK LẮK - Ngày 10/7, tỉnh tổ chức sơ kết 6 tháng thực hiện chương trình chuyển đổi số.

Theo báo cáo của Sở Thông tin và Truyền thông, trong 6 tháng đầu năm, tỉnh đã hoàn thành việc kết nối Cổng dịch vụ công của tỉnh với Cổng dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,6%, tăng 21% so với cùng kỳ năm trước.

Toàn tỉnh hiện có 1.840 tổ công nghệ số cộng đồng với hơn 9.200 thành viên, hoạt động tại tất cả các thôn, buôn, tổ dân phố. Các tổ đã hướng dẫn người dân cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt và sử dụng dịch vụ công trực tuyến.

Hạ tầng số tiếp tục được đầu tư, 100% xã, phường, thị trấn đã có cáp quang băng rộng; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82%. Trung tâm giám sát, điều hành đô thị thông minh của tỉnh đã đi vào vận hành, kết nối dữ liệu camera giao thông, phản ánh hiện trường và hệ thống quản lý văn bản.

Về kinh tế số, tỉnh đã đưa hơn 3.500 sản phẩm OCOP và nông sản chủ lực lên các sàn thương mại điện tử như Postmart, Voso, Shopee. Nhiều hợp tác xã cà phê, sầu riêng đã bán hàng trực tuyến và truy xuất nguồn gốc bằng mã QR.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương tập trung số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, làm sạch dữ liệu dân cư và đất đai, đồng thời bảo đảm an toàn thông tin mạng theo mô hình bốn lớp. Các đơn vị cần đẩy mạnh tuyên truyền để người dân, doanh nghiệp hiểu rõ lợi ích của chuyển đổi số và chủ động tham gia.

Tỉnh phấn đấu đến cuối năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%, 90% cán bộ, công chức được bồi dưỡng kỹ năng số cơ bản và kinh tế số chiếm 12% GRDP.

Nguồn: Cổng thông tin điện tử tỉnh Đắk Lắk. Chia sẻ bài viết qua Facebook, Zalo."""

DISTINCT_SAME_TOPIC = """\
Chiều 12/7, UBND tỉnh Bình Dương ra mắt nền tảng công dân số tích hợp nhiều tiện ích cho người dân và doanh nghiệp.

Nền tảng cho phép người dân tra cứu hồ sơ thủ tục hành chính, nộp phí, lệ phí trực tuyến, phản ánh kiến nghị và nhận thông báo của chính quyền địa phương trên điện thoại di động.

Theo Sở Thông tin và Truyền thông, tỉnh đã số hóa hơn 1,2 triệu hồ sơ hộ tịch và kết nối cơ sở dữ liệu quốc gia về dân cư để xác thực tài khoản bằng định danh điện tử mức độ 2.

Trong năm nay, tỉnh tiếp tục đầu tư trung tâm dữ liệu, nâng cấp hệ thống an toàn thông tin và đào tạo kỹ năng số cho cán bộ cấp xã. Các tổ công nghệ số cộng đồng sẽ hỗ trợ người cao tuổi sử dụng ứng dụng.

Lãnh đạo tỉnh yêu cầu các sở, ngành bảo đảm dữ liệu đúng, đủ, sạch, sống và phục vụ người dân tốt hơn, coi chuyển đổi số là nhiệm vụ trọng tâm của cả hệ thống chính trị."""

DISTINCT_SAME_PROVINCE = """\
Ngày 15/7, Sở Thông tin và Truyền thông tỉnh Đắk Lắk tổ chức tập huấn kỹ năng số cho hơn 300 thành viên tổ công nghệ số cộng đồng tại các huyện phía đông của tỉnh.

Tại lớp tập huấn, học viên được hướng dẫn cách cài đặt và kích hoạt tài khoản định danh điện tử, nộp hồ sơ dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận diện các hình thức lừa đảo trên không gian mạng.

Đại diện Sở cho biết, tỉnh hiện có hơn 1.800 tổ công nghệ số cộng đồng nhưng nhiều thành viên còn lúng túng khi hỗ trợ người dân. Việc tập huấn nhằm nâng cao năng lực cho lực lượng nòng cốt này, góp phần thực hiện mục tiêu chuyển đổi số của tỉnh.

Sau tập huấn, các tổ sẽ tổ chức các đợt ra quân hướng dẫn người dân tại thôn, buôn trong tháng 8, ưu tiên đồng bào dân tộc thiểu số và người cao tuổi."""


def record(url: str, text: str, **extra) -> dict:
    return {"url": canonicalize_url(url), "source": extra.pop("source", "baodaklak"),
            "title": extra.pop("title", "Sơ kết chuyển đổi số"), "text": text,
            "published_at": "2024-07-10T19:21:00+07:00", **extra}


def link(storage: Storage, rec: dict) -> str | None:
    """What DedupePipeline does: exact hash first, then SimHash bands."""
    aid = url_id(rec["url"])
    root = storage.find_exact(sh.content_hash(rec["text"]), exclude_id=aid)
    if root is None:
        match = storage.find_near(sh.text_simhash(rec["text"]), exclude_id=aid)
        root = match.id if match else None
    return root


def test_syndicated_copies_are_close_and_distinct_stories_far():
    original = sh.text_simhash(PRESS_RELEASE)
    for copy in (SYNDICATED_A, SYNDICATED_B):
        assert sh.distance(original, sh.text_simhash(copy)) <= sh.DEFAULT_THRESHOLD
    for other in (DISTINCT_SAME_TOPIC, DISTINCT_SAME_PROVINCE):
        assert sh.distance(original, sh.text_simhash(other)) > 3 * sh.DEFAULT_THRESHOLD


def test_band_keys_guarantee_recall_up_to_max_distance():
    import random

    rng = random.Random(7)
    for _ in range(300):
        a = rng.getrandbits(64)
        bits = rng.sample(range(64), rng.randint(0, sh.MAX_DISTANCE))
        b = a
        for bit in bits:
            b ^= 1 << bit
        assert set(sh.band_keys(a)) & set(sh.band_keys(b))
    assert len(set(sh.band_keys(a))) == len(sh.BANDS) == 28


def test_signed_roundtrip():
    for v in (0, 1, 2**63 - 1, 2**63, 2**64 - 1):
        assert sh.to_unsigned(sh.to_signed(v)) == v
        assert -(2**63) <= sh.to_signed(v) < 2**63


def test_content_hash_ignores_layout_only():
    assert sh.content_hash("Chuyển  đổi số\n\n\nđã") == sh.content_hash("Chuyển đổi số\nđã ")
    assert sh.content_hash("chuyển đổi số") != sh.content_hash("chuyển đổi số.")


@pytest.mark.parametrize("flush_between", [True, False])
def test_near_and_exact_copies_link_to_first_seen_story(database_url, flush_between):
    storage = Storage(database_url, batch_size=100)
    first = record("https://baodaklak.vn/so-ket-cds-1.html", PRESS_RELEASE)
    assert link(storage, first) is None
    assert storage.store_article(first) == "stored"
    if flush_between:
        storage.flush()
    root = url_id(first["url"])
    copies = [
        record("https://daklak.gov.vn/tin/so-ket-cds.html", SYNDICATED_A, source="daklak"),
        record("https://stttt.daklak.gov.vn/cds/123", SYNDICATED_B, source="stttt_daklak"),
        record("https://mirror.example.vn/so-ket.html", PRESS_RELEASE, source="mirror"),  # exact
    ]
    for copy in copies:
        copy["duplicate_of"] = link(storage, copy)
        assert copy["duplicate_of"] == root
        assert storage.store_article(copy) == "duplicate"
    for other in (DISTINCT_SAME_TOPIC, DISTINCT_SAME_PROVINCE):
        rec = record(f"https://baodaklak.vn/{hash(other) & 0xFFFF}.html", other)
        assert link(storage, rec) is None
        assert storage.store_article(rec) == "stored"
    storage.close()

    from sqlalchemy import func, select

    from pipelines.schema import Article, VisitedUrl

    with storage.engine.connect() as conn:
        rows = dict(conn.execute(select(Article.id, Article.duplicate_of)).all())
        outcomes = dict(conn.execute(select(VisitedUrl.url_id, VisitedUrl.outcome)).all())
        assert conn.execute(select(func.count()).select_from(Article)).scalar() == 6
    assert rows[root] is None
    assert sorted(v for v in rows.values() if v) == [root] * 3
    assert sorted(outcomes.values()) == ["duplicate"] * 3 + ["stored"] * 3
    # re-storing the original never links it to its own copies
    assert link(storage, first) is None
    storage.close()


def test_near_lookup_ignores_unrelated_band_collisions(database_url):
    """Articles sharing a band key but far apart in SimHash are not duplicates."""
    storage = Storage(database_url, batch_size=1000)
    base = sh.text_simhash(PRESS_RELEASE)
    far = base ^ 0xFFFF_FFFF_FFFF_0000  # same two low blocks (shares a band), 48 bits apart
    assert set(sh.band_keys(base)) & set(sh.band_keys(far))
    assert storage.find_near(far) is None
    storage.store_article(record("https://baodaklak.vn/a.html", PRESS_RELEASE))
    storage.flush()
    assert storage.find_near(far) is None
    assert storage.find_near(base ^ 0b111111).id == url_id("https://baodaklak.vn/a.html")
    storage.close()
