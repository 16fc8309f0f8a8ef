# ruff: noqa: E501 - phrase banks are data
"""Deterministic generated articles for ``--scale`` and the pending pool: phrase banks.

Titles and metadata are cheap (made at start); bodies are made on demand from the article's seed.
"""

from __future__ import annotations

import random

PLACES = [
    "xã Ea Kao", "phường Buôn Ma Thuột", "xã Hòa Phú", "phường Tuy Hòa", "xã Krông Búk",
    "phường Hải Dương", "xã Tiên Lãng", "phường Hồng Bàng", "xã An Lão", "phường Lê Chân",
    "phường Quy Nhơn", "xã Tây Sơn", "phường Pleiku", "xã Chư Sê", "xã Phù Mỹ",
]
UNITS = [
    "Sở Khoa học và Công nghệ", "Công an tỉnh", "Sở Nội vụ", "Trung tâm Phục vụ hành chính công",
    "Bưu điện tỉnh", "Viettel chi nhánh tỉnh", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ",
]
CDS_TITLES = [
    "{place} đẩy mạnh chuyển đổi số trong cải cách hành chính",
    "Tổ công nghệ số cộng đồng {place} hỗ trợ người dân dùng dịch vụ công trực tuyến",
    "{unit} triển khai nền tảng số phục vụ chính quyền hai cấp",
    "Bình dân học vụ số: {place} mở lớp kỹ năng số cho người cao tuổi",
    "{unit} sơ kết thực hiện Đề án 06 và chuyển đổi số quý {q}",
    "Thanh toán không dùng tiền mặt lan rộng ở {place}",
    "{place} hoàn thành làm sạch dữ liệu đất đai phục vụ chuyển đổi số",
    "{unit} ký kết hợp tác phát triển hạ tầng số",
]
OFF_TITLES = [
    "{place} thu hoạch lúa vụ hè thu đạt năng suất khá",
    "Khai mạc giải bóng chuyền nông thôn tại {place}",
    "{place} ra quân dọn vệ sinh môi trường đón Tết",
    "Phòng, chống sốt xuất huyết ở {place}",
    "Sửa chữa tuyến đường liên xã qua {place}",
    "Lễ hội đâm trâu truyền thống được phục dựng ở {place}",
]
CDS_SENTENCES = [
    "Trong {m} tháng qua, {place} đã tiếp nhận {n} hồ sơ trực tuyến, đạt tỷ lệ {p}% trên tổng số hồ sơ.",
    "Các thành viên Tổ công nghệ số cộng đồng đến từng thôn, buôn hướng dẫn bà con cài đặt ứng dụng VNeID.",
    "{unit} đề nghị các đơn vị rà soát quy trình nội bộ để đưa thêm thủ tục lên Cổng dịch vụ công quốc gia.",
    "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giúp người dân không phải nộp lại giấy tờ nhiều lần.",
    "Theo báo cáo, đã có {n} tài khoản định danh điện tử mức độ 2 được kích hoạt trên địa bàn.",
    "Lãnh đạo {unit} nhấn mạnh chuyển đổi số phải lấy người dân, doanh nghiệp làm trung tâm.",
    "Hạ tầng số được đầu tư đồng bộ, {p}% thôn, buôn đã có cáp quang và sóng di động 4G.",
    "Nghị quyết 57-NQ/TW đặt ra yêu cầu đột phá về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
    "Phong trào Bình dân học vụ số đã thu hút {n} lượt người tham gia các lớp bồi dưỡng kỹ năng số.",
    "Hệ thống họp trực tuyến được kết nối thông suốt từ tỉnh đến {n} xã, phường sau sắp xếp chính quyền hai cấp.",
    "Nhiều hộ kinh doanh ở chợ đã chuyển sang thanh toán bằng mã QR, giảm hẳn việc dùng tiền mặt.",
    "Cơ sở dữ liệu quốc gia về dân cư tiếp tục được khai thác để phục vụ giải quyết thủ tục hành chính.",
    "{unit} kiến nghị bổ sung kinh phí để nâng cấp trang thiết bị tại bộ phận một cửa cấp xã.",
    "Cán bộ, công chức được tập huấn sử dụng chữ ký số và phần mềm quản lý văn bản điều hành.",
    "Thời gian tới, địa phương tập trung phát triển chính quyền số, kinh tế số và xã hội số.",
]
OFF_SENTENCES = [
    "Năm nay thời tiết thuận lợi, năng suất lúa bình quân đạt khoảng {k} tạ/ha.",
    "Bà con tranh thủ thu hoạch sớm để tránh mưa bão cuối mùa.",
    "Ngành y tế khuyến cáo người dân diệt lăng quăng, ngủ màn để phòng bệnh.",
    "Giải đấu có {n} vận động viên đến từ các thôn, buôn trên địa bàn tham gia.",
    "Tuyến đường dài {k} km được trải nhựa lại, dự kiến hoàn thành trước mùa mưa.",
    "Lễ hội diễn ra trong không khí vui tươi với nhiều hoạt động văn hóa dân gian đặc sắc.",
    "Chính quyền địa phương huy động đoàn viên, thanh niên cùng tham gia dọn dẹp đường làng.",
    "Giá cà phê nhân xô tại các đại lý thu mua dao động quanh mức {k} nghìn đồng/kg.",
    "Đội ngũ y, bác sĩ trực 24/24 giờ để tiếp nhận, điều trị bệnh nhân.",
    "Nhiều gia đình đã chủ động gia cố nhà cửa, chằng chống mái tôn trước mùa mưa lũ.",
]
AUTHORS = ["Minh Thư", "Quốc Huy", "Thanh Hà", "Lê Phương", "Hoàng Anh", "Ngọc Diệp", "Đức Trí"]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        place=rng.choice(PLACES), unit=rng.choice(UNITS), q=rng.choice(["I", "II", "III", "IV"]),
        m=rng.randint(3, 11), n=f"{rng.randint(120, 98000):,}".replace(",", "."),
        p=rng.randint(52, 99), k=rng.randint(5, 90),
    )


def meta(seed: int) -> dict:
    """Title, lead, author, relevance and kind for generated article ``seed``."""
    rng = random.Random(seed)
    relevant = rng.random() < 0.7
    title = _fill(rng.choice(CDS_TITLES if relevant else OFF_TITLES), rng)
    title = f"{title} ({seed % 997 + 1})" if rng.random() < 0.3 else title
    lead = _fill(rng.choice(CDS_SENTENCES if relevant else OFF_SENTENCES), rng)
    return {
        "title": title, "lead": lead, "author": rng.choice(AUTHORS), "relevant": relevant,
        "kind": "clean" if relevant else "offtopic",
    }


def body(seed: int, relevant: bool) -> list[str]:
    """3–6 paragraphs of 2–4 sentences each, deterministic in ``seed``."""
    rng = random.Random(seed * 7919 + 13)
    bank = CDS_SENTENCES if relevant else OFF_SENTENCES
    paras = []
    for _ in range(rng.randint(3, 6)):
        picks = rng.sample(bank, rng.randint(2, 4))
        paras.append(" ".join(_fill(s, rng) for s in picks))
    return paras
