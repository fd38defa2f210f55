"""to_pandas and read_reports: dtypes, and the rows the CLI writes."""

import math
import shutil

import pytest

import zhibiao
from conftest import DEV, REPO, SAMPLES, cli, jsonl

pd = pytest.importorskip("pandas")

REPORT = "2030年，全县地区生产总值完成88.8亿元，同比增长6.1%。\n力争固定资产投资增长9%左右。\n"


def plain(value):
    """A cell as the JSON value it came from: NaN and <NA> are null."""
    if value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def assert_frame_is_rows(df, rows):
    assert len(df) == len(rows)
    records = df.to_dict("records")
    for i, (record, row) in enumerate(zip(records, rows)):
        got = {k: plain(v) for k, v in record.items()}
        # A column only some rows carry (`report`, in a file of several
        # reports) is null in the others' records.
        got = {k: v for k, v in got.items() if k in row or v is not None}
        assert list(got) == list(row), i
        assert got == row, (i, got, row)


def assert_dtypes(df):
    for field in ("value", "valueMax", "change", "changeMax"):
        assert df[field].dtype == "float64", field
    assert df["start"].dtype == "int64" and df["core"].dtype == "bool"
    assert isinstance(df["status"].dtype, pd.CategoricalDtype)
    assert list(df["status"].cat.categories) == ["actual", "estimate", "target"]
    assert list(df["category"].cat.categories) == list(zhibiao.CATEGORIES)
    assert isinstance(df["period"].dtype, pd.StringDtype)


FOLDERS = [
    pytest.param(REPO / "tests" / "data", id="samples"),
    pytest.param(DEV, id="dev", marks=pytest.mark.skipif(not DEV.is_dir(), reason="no shared/dev")),
]


@pytest.mark.parametrize("folder", FOLDERS)
def test_read_reports_gives_the_cli_rows(folder):
    df = zhibiao.read_reports(folder, workers=2)
    corpus_rows = jsonl(cli("corpus", "-f", "jsonl", str(folder)))
    assert_frame_is_rows(df, corpus_rows)
    assert_dtypes(df)
    # And the rows of each file are the single-file CLI's, file after file.
    files = df["file"].unique().tolist()
    reports = [p for p in folder.rglob("*") if p.suffix in (".txt", ".md", ".html", ".htm")]
    with_rows = {str(p) for p in reports if cli("-f", "jsonl", str(p))}
    assert set(files) == with_rows
    single = []
    for file in files:
        single += [{"file": file, **row} for row in jsonl(cli("-f", "jsonl", file))]
    assert_frame_is_rows(df, single)


def test_one_worker_or_many_give_the_same_frame():
    folder = REPO / "tests" / "data"
    pd.testing.assert_frame_equal(zhibiao.read_reports(folder, workers=1), zhibiao.read_reports([folder]))


def test_bad_files_warn_by_default_and_are_listed(tmp_path):
    shutil.copy(SAMPLES[0], tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.md").write_text(REPORT, encoding="utf-8")
    with pytest.warns(UserWarning, match="b.txt"):
        df = zhibiao.read_reports(tmp_path)
    assert df["file"].unique().tolist() == [str(tmp_path / "a.txt"), str(tmp_path / "c.md")]
    assert [f for f, _ in df.attrs["errors"]] == [str(tmp_path / "b.txt")]
    with pytest.raises(ValueError, match="binary"):
        zhibiao.read_reports(tmp_path, errors="raise")
    assert len(zhibiao.read_reports(tmp_path, errors="ignore")) == len(df)
    with pytest.raises(ValueError):
        zhibiao.read_reports(tmp_path, workers=0)


def test_to_pandas_of_a_parse_result():
    report = zhibiao.parse(REPORT)
    df = zhibiao.to_pandas(report)
    assert list(df.columns) == list(zhibiao.ROW_FIELDS)
    assert_frame_is_rows(df, report["rows"])
    assert_dtypes(df)
    assert df.loc[1, "changeQualifier"] == "approx" and math.isnan(df.loc[1, "value"])
    named = zhibiao.to_pandas(report, file="r.txt")
    assert named.columns[0] == "file" and (named["file"] == "r.txt").all()


def test_an_empty_result_has_the_columns_and_dtypes():
    df = zhibiao.to_pandas(zhibiao.parse(""))
    assert len(df) == 0 and list(df.columns) == list(zhibiao.ROW_FIELDS)
    assert_dtypes(df)


def test_every_number_field_has_a_number_dtype():
    numeric = {f for f, t in zhibiao.to_pandas([]).dtypes.items() if t.kind in "fi"}
    for sample in SAMPLES:
        for row in zhibiao.parse_file(sample)["rows"]:
            for field, value in row.items():
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    assert field in numeric, field
