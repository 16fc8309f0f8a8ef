"""A plain article body for extraction tests that build their pages from small snippets."""

from __future__ import annotations

SENTENCES = (
    "Trong tháng qua, các xã đã đưa vào vận hành hệ thống một cửa điện tử dùng chung, kết "
    "nối với cổng dịch vụ công của tỉnh và cơ sở dữ liệu quốc gia về dân cư.",
    "Cán bộ một cửa được tập huấn lại quy trình tiếp nhận hồ sơ trực tuyến, hướng dẫn người "
    "dân tạo tài khoản và thanh toán phí, lệ phí không dùng tiền mặt ngay tại bộ phận.",
    "Sở đề nghị các địa phương rà soát thiết bị, bảo đảm đường truyền và bố trí đủ nhân lực "
    "để không còn tình trạng hồ sơ quá hạn trong những tháng cuối năm.",
)
#: Three paragraphs, enough words for the extractor to call the page an article.
BODY = "".join(f"<p>{s}</p>" for s in SENTENCES)
