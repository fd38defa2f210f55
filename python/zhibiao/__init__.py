"""zhibiao (指标): Chinese government report text into indicator rows.

Each quantified fact of a report (政府工作报告, 计划执行情况报告, 统计公报,
news) becomes a row: the subject, its value and unit, its change, whether it
is a result or a target, and the period. The parsing is the Rust library's,
the same as the ``zhibiao`` command line and the web page; it runs with the
GIL released, so threads parse in parallel.

>>> import zhibiao
>>> report = zhibiao.parse("2030年，全县地区生产总值完成88.8亿元，同比增长6.1%。")
>>> row = report["rows"][0]
>>> row["canonical"], row["value"], row["unit"], row["change"], row["period"]
('地区生产总值', 88.8, '亿元', 6.1, '2030')

With pandas installed (``pip install zhibiao[pandas]``), :func:`to_pandas`
and :func:`read_reports` give DataFrames.
"""

from __future__ import annotations

import json
import os
import warnings
from typing import TYPE_CHECKING, Any, Iterable, List, Optional, Tuple, Union

from . import _native
from ._native import DecodeError, __version__

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = [
    "CATEGORIES",
    "DecodeError",
    "ROW_FIELDS",
    "STATUSES",
    "__version__",
    "panel",
    "parse",
    "parse_file",
    "read_reports",
    "read_text",
    "to_pandas",
]

PathLike = Union[str, "os.PathLike[str]"]

#: The categories a row's ``category`` takes (经济, 工业 …), in order.
CATEGORIES: Tuple[str, ...] = tuple(_native.CATEGORIES)
#: The statuses a row's ``status`` takes: actual, estimate, target.
STATUSES: Tuple[str, ...] = tuple(_native.STATUSES)
#: A row's fields, in the order the CLI writes them (camelCase JSON names).
ROW_FIELDS: Tuple[str, ...] = tuple(json.loads(_native.EMPTY_ROW))


def _dictionary_text(dictionary: Optional[Union[str, "os.PathLike[str]"]]) -> Optional[str]:
    """A user dictionary given as its text (``str``) or a file (a path object)."""
    if dictionary is None or isinstance(dictionary, str):
        return dictionary
    if isinstance(dictionary, os.PathLike):
        return read_text(dictionary)
    raise TypeError(f"dictionary must be text or a path, not {type(dictionary).__name__}")


def parse(
    text: str,
    dictionary: Optional[Union[str, "os.PathLike[str]"]] = None,
    core_only: bool = False,
) -> dict:
    """Parses a report's text into ``{"meta", "rows", "notes"}``.

    The result is what ``zhibiao -f json`` prints, as Python objects: each row
    a dict with the fields of :data:`ROW_FIELDS` (``indicator``, ``canonical``,
    ``value``, ``unit``, ``change``, ``status``, ``period``, ``evidence``, …;
    ``start`` and ``end`` are offsets into ``text`` in code points, so
    ``text[row["start"]:row["end"]] == row["evidence"]``).

    ``dictionary`` adds the user's own indicators: the text of a dictionary
    (lines ``standard name<TAB>category<TAB>variant<TAB>variant…``), or a
    path object to such a file. A bad line raises ``ValueError`` naming it.
    ``core_only`` keeps only the rows with a standard name.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__} (files: parse_file)")
    found = _native.parse_json(text, _dictionary_text(dictionary), core_only)
    return json.loads(found)


def read_text(path: PathLike) -> str:
    """The text of a report file, decoded as the CLI decodes it.

    UTF-8 (with or without a BOM), UTF-16 with a BOM, or GBK/GB18030; a saved
    web page (``.html``, ``.htm``) is taken down to its text. Raises
    :class:`DecodeError` (a ``ValueError``) for binary or undecodable bytes,
    and ``OSError`` (``FileNotFoundError``…) when the file cannot be read.
    """
    return _native.read_text(os.fspath(path))


def parse_file(
    path: PathLike,
    dictionary: Optional[Union[str, "os.PathLike[str]"]] = None,
    core_only: bool = False,
) -> dict:
    """Parses a report file: :func:`read_text`, then :func:`parse`."""
    return parse(read_text(path), dictionary=dictionary, core_only=core_only)


ReportSource = Union[str, "os.PathLike[str]", Tuple[str, str]]


def _named_report(number: int, item: ReportSource) -> Tuple[str, str]:
    """``(name, text)`` of one of :func:`panel`'s reports."""
    if isinstance(item, tuple):
        name, text = item
        return str(name), text
    if isinstance(item, os.PathLike) or (isinstance(item, str) and _names_a_file(item)):
        path = os.fspath(item)
        return path, read_text(path)
    if isinstance(item, str):
        return f"<text {number}>", item
    raise TypeError(f"a report is a path, a text or a (name, text) pair, not {type(item).__name__}")


def _names_a_file(text: str) -> bool:
    """A string without a line break that names an existing file is a path."""
    return "\n" not in text and len(text) < 4096 and os.path.isfile(text)


def panel(reports: Iterable[ReportSource]) -> dict:
    """Several reports in one panel, as ``zhibiao panel -f json`` gives it.

    One cell per region × standard indicator × period with the target, the
    estimate and the actual side by side, the gap and whether the target was
    met: ``{"reports": [{"file", "meta"}], "cells": [...]}``.

    Each report is a path object, a ``(name, text)`` pair, or a ``str``: a
    path when it has no line break and names an existing file, else the text
    of a report (named ``<text N>``).
    """
    named = [_named_report(n, item) for n, item in enumerate(reports, 1)]
    return json.loads(_native.panel_json(named))


_FLOATS = frozenset({"value", "valueMax", "change", "changeMax"})
_INTEGERS = frozenset({"start", "end"})
_BOOLEANS = frozenset({"core", "placeholder"})


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("zhibiao's DataFrames need pandas: pip install zhibiao[pandas]") from e
    return pandas


def _dtype(pd: Any, field: str) -> Any:
    if field in _FLOATS:
        return "float64"
    if field in _INTEGERS:
        return "int64"
    if field in _BOOLEANS:
        return "bool"
    if field == "report":
        return "Int64"
    if field == "status":
        return pd.CategoricalDtype(STATUSES)
    if field == "category":
        return pd.CategoricalDtype(CATEGORIES)
    return "string"


def _frame(rows: List[dict], with_file: bool) -> "pandas.DataFrame":
    """Rows as a DataFrame: a column per field (``file`` first when asked),
    with the dtypes :func:`to_pandas` promises."""
    pd = _pandas()
    fields = (("file",) if with_file else ()) + ROW_FIELDS
    # In a file of several reports each row says which one it is of.
    if any("report" in row for row in rows):
        fields += ("report",)
    columns = {
        field: pd.Series([row.get(field) for row in rows], dtype=_dtype(pd, field))
        for field in fields
    }
    return pd.DataFrame(columns)


def to_pandas(result: Union[dict, List[dict]], file: Optional[str] = None) -> "pandas.DataFrame":
    """The rows of a :func:`parse` result (or a list of rows) as a DataFrame.

    One column per field of :data:`ROW_FIELDS`: ``value``, ``valueMax``,
    ``change`` and ``changeMax`` as float64 (NaN where the row has none),
    ``start`` and ``end`` as int64, ``core`` and ``placeholder`` as bool,
    ``status`` and ``category`` as categoricals (:data:`STATUSES`,
    :data:`CATEGORIES`), the others (``period`` among them: ``"2024H1"``) as
    pandas strings. ``file`` adds a leading ``file`` column; rows that carry a
    ``file`` (from :func:`read_reports`) keep theirs.
    """
    rows = result["rows"] if isinstance(result, dict) else list(result)
    if file is not None:
        rows = [{**row, "file": file} for row in rows]
    with_file = any("file" in row for row in rows[:1])
    return _frame(rows, with_file)


def read_reports(
    paths: Union[PathLike, Iterable[PathLike]],
    workers: Optional[int] = None,
    dictionary: Optional[Union[str, "os.PathLike[str]"]] = None,
    core_only: bool = False,
    errors: str = "warn",
) -> "pandas.DataFrame":
    """Every report in ``paths`` parsed into one DataFrame, with a ``file`` column.

    Folders are walked for ``.txt``, ``.md`` and ``.html`` files (sorted by
    name, depth first, hidden entries skipped); a file is taken as it is. The
    files are parsed on ``workers`` threads (default: one per core) with the
    GIL released, and the rows are those of ``zhibiao corpus -f jsonl``, in
    the same order, with the dtypes of :func:`to_pandas`.

    A file that cannot be read or decoded is left out: ``errors="warn"``
    (the default) warns for each, ``"ignore"`` says nothing, ``"raise"``
    raises ``ValueError`` for the first. ``df.attrs["errors"]`` lists
    ``(file, message)`` for all of them.
    """
    if errors not in ("warn", "ignore", "raise"):
        raise ValueError(f"errors must be 'warn', 'ignore' or 'raise', not {errors!r}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [os.fspath(p) for p in paths]
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    jsonl, failed = _native.corpus_jsonl(paths, workers, _dictionary_text(dictionary), core_only)
    if failed and errors == "raise":
        raise ValueError("{}: {}".format(*failed[0]))
    if errors == "warn":
        for file, message in failed:
            warnings.warn(f"zhibiao: {file}: {message}", stacklevel=2)
    # Split on "\n" alone: a row's evidence may hold U+2028, which
    # str.splitlines would take for a line end.
    rows = [json.loads(line) for line in jsonl.split("\n") if line]
    df = _frame(rows, with_file=True)
    df.attrs["errors"] = list(failed)
    return df
