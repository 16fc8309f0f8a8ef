# ruff: noqa: E501  (the test texts keep one paragraph per line, as extraction gives them)
"""Exact and near duplicates: syndicated copies of one press release are linked to the first-seen
story; distinct stories on the same topic are not (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from crawler.urls import canonicalize_url, url_id
from pipelines import simhash as sh
from pipelines.storage import Duplicate, Storage

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
    """What DedupePipeline does: exact hash, then SimHash bands, then paragraph marks."""
    found = storage.find_duplicate(rec["text"], exclude_id=url_id(rec["url"]))
    return None if found is None else found.id


def near(storage: Storage, value: int) -> Duplicate | None:
    """The SimHash lookup alone (no content hash, no paragraph marks)."""
    return storage.find_match("", value, ())


def similar(storage: Storage, marks: frozenset[int]) -> Duplicate | None:
    """The paragraph-mark lookup alone (no content hash; a SimHash nothing is near)."""
    found = storage.find_match("", 0, marks, threshold=-1)
    assert found is None or found.kind == "paragraphs"
    return found


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
    assert near(storage, far) is None
    storage.store_article(record("https://baodaklak.vn/a.html", PRESS_RELEASE))
    storage.flush()
    assert near(storage, far) is None
    found = near(storage, base ^ 0b111111)
    assert found.id == url_id("https://baodaklak.vn/a.html") and found.how == "simhash distance 6"
    storage.close()


# -- paragraph marks --------------------------------------------------------------------------
BOILERPLATE = ("Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị, địa phương tiếp tục tuyên "
               "truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến và các nền "
               "tảng số quốc gia, góp phần thực hiện thắng lợi mục tiêu chuyển đổi số của tỉnh.")


def paras(text: str) -> list[str]:
    return text.split("\n\n")


def test_paragraph_marks_ignore_layout_case_and_unicode_form():
    import unicodedata

    body = paras(PRESS_RELEASE)[1]
    same = unicodedata.normalize("NFD", body.upper()).replace(", ", " ,  ")
    assert sh.paragraph_mark(same) == sh.paragraph_mark(body)
    assert sh.paragraph_mark(body + " Thêm.") != sh.paragraph_mark(body)
    marks = sh.paragraph_marks(PRESS_RELEASE)
    assert len(marks) == 6  # the lead (first paragraph) is not a core paragraph
    assert sh.paragraph_marks("Ngắn.\n\nCũng ngắn.") == frozenset()


def test_link_rule():
    assert sh.marks_linked(3, 6, 5)
    assert not sh.marks_linked(2, 6, 5)  # under half of the smaller
    assert not sh.marks_linked(1, 4, 4) and not sh.marks_linked(1, 2, 2)  # one shared: boilerplate
    assert sh.marks_linked(2, 2, 9)  # both paragraphs of a short piece
    assert sh.marks_linked(1, 1, 2) and not sh.marks_linked(1, 1, 3)  # one-paragraph brief
    assert not sh.marks_linked(0, 0, 3)
    assert sh.marks_linked(2, 4, 4) and not sh.marks_linked(2, 4, 4, min_shared=0.6)


@pytest.mark.parametrize("flush_between", [True, False])
def test_replica_syndicated_pair_is_linked(database_url, flush_between):
    """The end-to-end replica's pair: new title and lead, first paragraph dropped, one added,
    small edits; 10 SimHash bits apart, so only the paragraph marks link it."""
    from cds.replica import Replica

    with Replica() as replica:
        truth = [a for a in replica.truth() if a["duplicate_group"]]
    first, second = truth[0], truth[1]
    assert first["duplicate_group"] == second["duplicate_group"]
    assert sh.distance(sh.text_simhash(first["text"]), sh.text_simhash(second["text"])) > \
        sh.DEFAULT_THRESHOLD
    storage = Storage(database_url)
    a = record(first["url"], first["text"], source=first["site"], title=first["title"])
    b = record(second["url"], second["text"], source=second["site"], title=second["title"])
    assert link(storage, a) is None
    assert storage.store_article(a) == "stored"
    if flush_between:
        storage.flush()
    overlap = storage.find_duplicate(b["text"], exclude_id=url_id(b["url"]))
    assert overlap.kind == "paragraphs" and overlap.id == url_id(a["url"])
    assert overlap.shared >= 4
    b["duplicate_of"] = link(storage, b)
    assert storage.store_article(b) == "duplicate"
    storage.close()
    storage = Storage(database_url)
    assert link(storage, a) is None  # never a copy of its own copy
    storage.close()


def test_dropped_and_added_paragraph_is_linked_distinct_stories_are_not(database_url):
    storage = Storage(database_url)
    original = record("https://baodaklak.vn/goc.html", PRESS_RELEASE)
    storage.store_article(original)
    storage.flush()
    copy_text = restructured_copy()
    copy = record("https://vietnamplus.vn/so-ket.html", copy_text, source="vnp")
    assert sh.distance(sh.text_simhash(copy_text), sh.text_simhash(PRESS_RELEASE)) > \
        sh.DEFAULT_THRESHOLD
    assert link(storage, copy) == url_id(original["url"])
    # same topic, same boilerplate closing paragraph: one shared paragraph is not a copy
    for i, other in enumerate((DISTINCT_SAME_TOPIC, DISTINCT_SAME_PROVINCE, PRESS_RELEASE)):
        text = other + "\n\n" + BOILERPLATE
        rec = record(f"https://stttt.daklak.gov.vn/tin-{i}.html", text)
        if other is not PRESS_RELEASE:
            assert link(storage, rec) is None
            storage.store_article(rec)
        else:  # ... while the copy with the boilerplate still is one
            assert link(storage, rec) == url_id(original["url"])
    storage.close()


@pytest.mark.parametrize("flush_between", [True, False])
def test_a_paragraph_held_by_more_than_k_stories_is_ignored(database_url, flush_between):
    """A site's standard paragraph on K + 1 stories is boilerplate: sharing it and one other
    paragraph (2 of 2 marks) is not a copy; up to K stories it still counts."""
    import random

    k = 4
    rng = random.Random(5)
    words = PRESS_RELEASE.split()

    def para() -> str:
        return " ".join(rng.choices(words, k=30))

    pinned = para()  # the one other paragraph the probe shares with story 0
    storage = Storage(database_url, mark_stories=k, batch_size=1000)
    ids = []
    for i in range(k + 1):
        text = "\n\n".join(["Mở đầu.", pinned if i == 0 else para(), BOILERPLATE])
        rec = record(f"https://baodaklak.vn/k-{i}.html", text)
        ids.append(url_id(rec["url"]))
        assert storage.store_article(rec) == "stored"
        if i == k - 1:
            if flush_between:
                storage.flush()
            probe = sh.paragraph_marks("\n\n".join(["Khác.", pinned, BOILERPLATE]))
            assert similar(storage, probe).id == ids[0]  # K holders: still counted
    if flush_between:
        storage.flush()
        assert similar(storage, probe) is None  # K + 1 stored holders: ignored
    else:  # the cap counts stored holders; the open batch is not counted
        assert similar(storage, probe).id == ids[0]
        storage.flush()
        assert similar(storage, probe) is None
    storage.close()


def test_updated_story_replaces_its_marks_and_copies_have_none(database_url):
    from sqlalchemy import select

    from pipelines.schema import ParagraphMark

    storage = Storage(database_url)
    rec = record("https://baodaklak.vn/u.html", PRESS_RELEASE)
    storage.store_article(rec)
    storage.flush()
    storage.store_article({**rec, "text": DISTINCT_SAME_TOPIC})  # the page was rewritten
    copy = record("https://daklak.gov.vn/u.html", SYNDICATED_A, duplicate_of=url_id(rec["url"]))
    assert storage.store_article(copy) == "duplicate"
    storage.close()
    with storage.engine.connect() as conn:
        rows = conn.execute(select(ParagraphMark.mark, ParagraphMark.article_id)).all()
    assert {aid for _, aid in rows} == {url_id(rec["url"])}
    assert {m for m, _ in rows} == sh.paragraph_marks(DISTINCT_SAME_TOPIC)


def restructured_copy() -> str:
    """PRESS_RELEASE with a new lead, its 2nd paragraph dropped, one added and one edited:
    4 of its 6 core paragraphs kept."""
    body = paras(PRESS_RELEASE)
    extra = ("Dịp này, UBND tỉnh khen thưởng 12 tập thể và 20 cá nhân có thành tích xuất sắc trong "
             "triển khai chuyển đổi số, đồng thời phát động phong trào bình dân học vụ số tại cơ sở.")
    return "\n\n".join(["(TTXVN) - Đắk Lắk sơ kết chuyển đổi số.", body[1], body[3], body[4],
                        extra, body[5].replace("bốn lớp", "4 lớp"), body[6]])


@pytest.mark.parametrize(("min_shared", "linked"), [(None, True), (0.9, False)])
def test_dedupe_pipeline_links_by_paragraphs_and_logs_how(sqlite_url, caplog, min_shared,
                                                          linked):
    import logging

    from scrapy.utils.test import get_crawler

    from pipelines.dedupe import DedupePipeline
    from pipelines.storage import get_storage

    settings = {"CDS_DATABASE_URL": sqlite_url}
    if min_shared is not None:
        settings["CDS_NEAR_DUPLICATE_MIN_SHARED"] = min_shared
    crawler = get_crawler(settings_dict=settings)
    storage = get_storage(crawler)
    original = record("https://baodaklak.vn/goc.html", PRESS_RELEASE)
    storage.store_article(original)
    pipe = DedupePipeline.from_crawler(crawler)
    item = record("https://vietnamplus.vn/so-ket.html", restructured_copy())
    with caplog.at_level(logging.DEBUG, logger="pipelines.dedupe"):
        item = pipe.process_item(item)
    if linked:
        assert item["duplicate_of"] == url_id(original["url"])
        assert "(paragraphs 4/6 shared)" in caplog.text
    else:
        assert not item.get("duplicate_of") and "is a copy of" not in caplog.text
    storage.close()
