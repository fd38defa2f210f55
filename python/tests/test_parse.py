"""parse, parse_file, read_text and panel against the CLI and made-up reports."""

import json
import threading

import pytest

import zhibiao
from conftest import SAMPLES, cli, jsonl

# Made-up sentences of the usual shapes (never text of the real reports).
REPORT = "2030年，全县地区生产总值完成88.8亿元，同比增长6.1%。\n力争固定资产投资增长9%左右。\n"


def test_there_are_five_samples():
    assert len(SAMPLES) == 5


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_parse_gives_the_cli_rows(sample):
    text = sample.read_text(encoding="utf-8")
    rows = zhibiao.parse(text)["rows"]
    assert rows == jsonl(cli("-f", "jsonl", str(sample)))
    assert rows, "a sample has rows"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_parse_file_gives_the_cli_json(sample):
    assert zhibiao.parse_file(sample) == json.loads(cli("-f", "json", str(sample)))


def test_a_row_s_offsets_are_python_string_indices():
    for row in zhibiao.parse(REPORT)["rows"]:
        assert REPORT[row["start"] : row["end"]] == row["evidence"]


def test_gb18030_and_utf16_files_read_as_utf8(tmp_path):
    want = zhibiao.parse(REPORT)
    for name, data in [
        ("gbk.txt", REPORT.encode("gb18030")),
        ("utf16.txt", b"\xff\xfe" + REPORT.encode("utf-16-le")),
        ("bom.txt", b"\xef\xbb\xbf" + REPORT.encode("utf-8")),
    ]:
        (tmp_path / name).write_bytes(data)
        assert zhibiao.read_text(tmp_path / name) == REPORT
        assert zhibiao.parse_file(str(tmp_path / name)) == want, name


def test_binary_junk_is_a_decode_error(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(zhibiao.DecodeError) as caught:
        zhibiao.parse_file(junk)
    assert isinstance(caught.value, ValueError)
    assert str(junk) in str(caught.value) and "binary" in str(caught.value)
    undecodable = tmp_path / "bad.txt"
    undecodable.write_bytes(b"abc\xff\xffdef")
    with pytest.raises(zhibiao.DecodeError, match="GBK"):
        zhibiao.parse_file(undecodable)


def test_a_missing_file_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError) as caught:
        zhibiao.parse_file(tmp_path / "missing.txt")
    assert caught.value.filename == str(tmp_path / "missing.txt")


def test_html_is_read_as_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>" + REPORT + "</p><script>var a = '7%';</script></body></html>")
    rows = zhibiao.parse_file(page)["rows"]
    assert [r["change"] for r in rows] == [6.1, 9.0]


def test_dictionary_text_or_file(tmp_path):
    text = "某某综合指数上升2.5%。"
    assert zhibiao.parse(text)["rows"][0]["canonical"] is None
    dictionary = "综合发展指数\t经济\t某某综合指数\n"
    row = zhibiao.parse(text, dictionary=dictionary)["rows"][0]
    assert (row["canonical"], row["category"]) == ("综合发展指数", "经济")
    (tmp_path / "dict.tsv").write_text(dictionary, encoding="utf-8")
    assert zhibiao.parse(text, dictionary=tmp_path / "dict.tsv")["rows"][0] == row
    with pytest.raises(ValueError, match="line 1"):
        zhibiao.parse(text, dictionary="综合发展指数\t不是类别\t某某综合指数\n")


def test_core_only_keeps_standard_rows():
    rows = zhibiao.parse(REPORT + "新建项目12个。", core_only=True)["rows"]
    assert rows and all(r["core"] for r in rows)


def test_empty_text_has_a_note():
    report = zhibiao.parse("")
    assert report["rows"] == [] and report["notes"]
    with pytest.raises(TypeError):
        zhibiao.parse(b"bytes")


def test_panel_puts_a_target_beside_the_next_year_s_result(tmp_path):
    plan = "漯河市2030年政府工作报告\n今年主要预期目标是：地区生产总值增长6%左右。\n"
    result = "漯河市2031年政府工作报告\n过去一年，地区生产总值增长5.9%。\n"
    (tmp_path / "2031.txt").write_text(result, encoding="utf-8")
    for reports in ([("2030.txt", plan), tmp_path / "2031.txt"], [plan, str(tmp_path / "2031.txt")]):
        found = zhibiao.panel(reports)
        cell = next(c for c in found["cells"] if c["period"] == "2030")
        assert cell["target"]["change"] == 6.0 and cell["actual"]["change"] == 5.9
        assert cell["met"] == "about"
    assert zhibiao.panel([plan, result])["reports"][0]["file"] == "<text 1>"
    assert json.loads(cli("panel", "-f", "json", str(tmp_path / "2031.txt")))["cells"] == zhibiao.panel(
        [tmp_path / "2031.txt"]
    )["cells"]


def test_threads_parse_alike():
    texts = [s.read_text(encoding="utf-8") for s in SAMPLES]
    want = [zhibiao.parse(t) for t in texts]
    got = [None] * len(texts)

    def work(i):
        got[i] = zhibiao.parse(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want
