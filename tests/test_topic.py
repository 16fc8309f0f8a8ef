"""CĐS topic lexicon, scoring and the topic filter pipeline."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from scrapy.exceptions import DropItem
from scrapy.settings import Settings

from pipelines.topic import TopicFilterPipeline, load_lexicon, score


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


GOLDEN = Path(__file__).parent / "data" / "topic_golden.json"


def _golden_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_topic_golden", GOLDEN.with_name("make_topic_golden.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_golden_outputs_unchanged(lexicon):
    """Same topics (in order) and relevance as the scorer before its optimisation, on the pages
    and synthetic texts of ``tests/data/make_topic_golden.py``."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    names = golden["terms"]
    assert names == [term.name for term in lexicon.terms]
    generator = _golden_generator()
    synthetic = list(generator.synthetic())
    assert generator.digest(synthetic) == golden["synthetic"]["sha256"], "synthetic texts changed"
    cases = [(name, fields, topics, relevance)
             for name, *fields, topics, relevance in golden["pages"]]
    cases += [(f"synthetic {i}", fields, [names[t] for t in expected[1:]], expected[0])
              for i, (fields, expected) in enumerate(
                  zip(synthetic, golden["synthetic"]["expected"], strict=True))]
    assert len(cases) > 5000
    diffs = []
    for name, fields, topics, relevance in cases:
        got = score(*fields, lexicon)
        if (got.topics, got.relevance) != (topics, relevance):
            diffs.append(f"{name} {fields!r:.200}: {got.topics} {got.relevance}"
                         f" != {topics} {relevance}")
    assert not diffs, f"{len(diffs)} differ:\n" + "\n".join(diffs[:20])


@pytest.mark.parametrize("title", [
    "Tỉnh họp Ban Chỉ đạo về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "Hội nghị sơ kết Đề án 06 năm 2025",
    "Xây dựng chính quyền số ở cấp xã",
    "Phát động Bình dân học vụ số",
    "Triển khai Nghị quyết 57-NQ/TW của Bộ Chính trị",
    "Kế hoạch thực hiện Quyết định 749/QĐ-TTg",
    "Uỷ ban Quốc gia về chuyển đổi số họp phiên thứ 9",
])
def test_one_strong_term_is_enough(lexicon, title):
    assert score(title, None, None, lexicon).relevance >= 0.5


@pytest.mark.parametrize("title", [
    "Nông dân chuyển đổi cơ cấu cây trồng trên đất lúa",
    "Chấp thuận chuyển đổi mục đích sử dụng đất cho dự án",
    "Doanh nghiệp trước yêu cầu chuyển đổi xanh",
    "Hộ dân xin chuyển đổi đất vườn sang đất ở",
    "Số liệu thống kê quý III: số lượng doanh nghiệp tăng",
    "Cách chuyển đổi số liệu từ bảng tính sang phần mềm mới",
    "Chuyển đổi số lượng lớn ngoại tệ phải khai báo",
])
def test_look_alikes_do_not_count(lexicon, title):
    result = score(title, title, title, lexicon)
    assert result.relevance < 0.5
    assert "chuyển đổi số" not in result.topics


def test_supporting_terms_need_two(lexicon):
    one = score(None, None, "Tỉnh đầu tư hạ tầng số cho vùng sâu.", lexicon)
    two = score(None, None, "Tỉnh đầu tư hạ tầng số và nền tảng số.", lexicon)
    assert one.relevance < 0.5 <= two.relevance
    assert two.topics == ["hạ tầng số", "nền tảng số"]


def test_field_weights_title_over_lead_over_body(lexicon):
    term = "Hội nghị về kinh tế số"
    title = score(term, None, None, lexicon).relevance
    lead = score(None, term, None, lexicon).relevance
    body = score(None, None, term, lexicon).relevance
    assert title > lead > body >= 0.5


def test_abbreviations_and_diacritics_free_pass(lexicon):
    assert "chuyển đổi số" in score("Đẩy mạnh CĐS cấp xã", None, None, lexicon).topics
    assert "chuyển đổi số" in score("Đẩy mạnh CÐS cấp xã", None, None, lexicon).topics  # U+00D0
    assert "chuyển đổi số" in score("Day manh CDS cap xa", None, None, lexicon).topics
    assert "chuyển đổi số" in score(None, None, "bai viet ve chuyen doi so", lexicon).topics
    assert score("Đĩa cds nhạc cũ", None, None, lexicon).topics == []


def test_nfd_text_matches(lexicon):
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Tăng tốc chuyển đổi số")
    assert score(nfd, None, None, lexicon).relevance >= 0.5


def test_sidebar_is_not_passed_so_it_cannot_count(lexicon):
    """The caller gives title, lead and body only: an off-topic article stays off-topic."""
    article = score("Lễ hội cà phê thu hút du khách", "Nhiều hoạt động đặc sắc.",
                    "Chương trình nghệ thuật diễn ra tại quảng trường trung tâm.", lexicon)
    assert article.relevance == 0.0 and article.topics == []


class Spider(SimpleNamespace):
    pass


def test_pipeline_sets_fields_and_drops_off_topic(tmp_path):
    pipeline = TopicFilterPipeline(threshold=0.5)
    item = {"source": "a", "title": "Tỉnh đẩy mạnh chuyển đổi số", "lead": None, "text": "x"}
    assert pipeline.process_item(item, Spider())["topics"] == ["chuyển đổi số"]
    off = {"source": "a", "title": "Lễ hội cà phê", "lead": "", "text": "Ca múa nhạc."}
    with pytest.raises(DropItem, match=r"^off_topic:"):
        pipeline.process_item(off, Spider())
    assert off["relevance"] == 0.0


def test_pipeline_keeps_sources_without_topic_filter():
    pipeline = TopicFilterPipeline()
    spider = Spider(sources_by_id={"cds-portal": SimpleNamespace(topic_filter=False)})
    item = {"source": "cds-portal", "title": "Lễ hội cà phê", "lead": "", "text": "Ca múa."}
    assert pipeline.process_item(item, spider) is item
    assert item["relevance"] == 0.0


def test_from_crawler_reads_settings(tmp_path):
    lexicon_file = tmp_path / "lexicon.yaml"
    lexicon_file.write_text(
        "terms:\n  - {name: lễ hội, tier: strong, patterns: [lễ hội]}\n", encoding="utf-8")
    crawler = SimpleNamespace(settings=Settings(
        {"CDS_TOPIC_THRESHOLD": "0.4", "CDS_LEXICON_FILE": str(lexicon_file)}))
    pipeline = TopicFilterPipeline.from_crawler(crawler)
    assert pipeline.threshold == 0.4
    item = {"title": "Lễ hội cà phê", "lead": "", "text": ""}
    assert pipeline.process_item(item, Spider())["topics"] == ["lễ hội"]
