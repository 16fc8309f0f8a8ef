"""bench/RESULTS.md regeneration keeps the sections the run did not produce."""

from __future__ import annotations

from bench.harness import write_report


def _titles(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("## ")]


def test_partial_run_keeps_other_sections(tmp_path):
    report = tmp_path / "RESULTS.md"
    report.write_text("# Benchmark results\n\nold header\n\n## Backfill\n\nold backfill\n\n"
                      "## Discovery from a home page (issue #14)\n\n165/165 found\n\n"
                      "## Notes\n\n- old note\n", encoding="utf-8")
    res = {"command": "python -m bench --only storage", "scale": 1, "repeat": 1,
           "machine": {}, "notes": ["new note"], "modules": {"storage": {"skipped": "absent"}}}
    write_report(res, report)
    text = report.read_text(encoding="utf-8")
    assert "165/165 found" in text and "old backfill" in text
    assert "old header" not in text and "old note" not in text and "- new note" in text
    assert _titles(text)[-1] == "## Notes"
    assert _titles(text).count("## Backfill") == 1
    write_report(res, report)
    assert report.read_text(encoding="utf-8") == text, "regeneration is stable"


def test_section_produced_by_the_run_replaces_the_old_one(tmp_path):
    report = tmp_path / "RESULTS.md"
    report.write_text("## storage (`python -m bench.storage`)\n\nstale figure\n",
                      encoding="utf-8")
    write_report({"command": "python -m bench", "machine": {}, "notes": [],
                  "modules": {"storage": {"skipped": "absent"}}}, report)
    text = report.read_text(encoding="utf-8")
    assert "stale figure" not in text and "Skipped: absent." in text
