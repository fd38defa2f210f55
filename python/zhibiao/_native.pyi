# Types of the extension module (python/src/lib.rs). The public API is in
# __init__.py; these functions hand back JSON text that it loads.
from typing import List, Optional, Tuple

__version__: str
CATEGORIES: List[str]
STATUSES: List[str]
EMPTY_ROW: str

class DecodeError(ValueError):
    """A file whose bytes are no text: binary data, or not UTF-8, UTF-16 (with a BOM) or GBK/GB18030."""

def parse_json(text: str, dictionary: Optional[str] = None, core_only: bool = False) -> str: ...
def read_text(path: str) -> str: ...
def panel_json(reports: List[Tuple[str, str]]) -> str: ...
def corpus_jsonl(
    paths: List[str],
    workers: Optional[int] = None,
    dictionary: Optional[str] = None,
    core_only: bool = False,
) -> Tuple[str, List[Tuple[str, str]]]: ...
