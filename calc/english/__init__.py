"""The English reader: plain questions into the command language, deterministic and pure
(docs/model.md, "Plain English")."""

from calc.english.reader import Reading, read, read_bare
from calc.english.thread import Thread, follow, merge, resolve_bare
from calc.english.tokens import Num

__all__ = ["Num", "Reading", "Thread", "follow", "merge", "read", "read_bare", "resolve_bare"]
