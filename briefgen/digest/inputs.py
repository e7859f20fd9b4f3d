"""Expanding digest inputs: files, folders, globs, ``-`` and URLs to a list of input names.

Every name this returns goes through the pipeline's own loader
(:func:`briefgen.ingest.open_input`), so a URL or a feed needs nothing here but
to be passed on unchanged.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError

__all__ = ["ARTICLE_SUFFIXES", "expand_inputs"]

#: Files a folder input contributes (other files, e.g. images, are not articles).
ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".md", ".markdown")

_GLOB_CHARS = frozenset("*?[")


def _is_url(name: str) -> bool:
    try:
        from ..ingest.fetch import is_url
    except ImportError:  # pragma: no cover - ingest without URL support
        return name.lower().startswith(("http://", "https://"))
    return is_url(name)


def _folder_files(folder: Path) -> list[str]:
    """The article files of ``folder`` (recursively), sorted so a digest is reproducible."""
    found = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return [str(p) for p in sorted(found)]


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Turn the command line's inputs into input names, in order, without repeats.

    ``-`` and URLs pass through; a folder gives its .txt/.html/.md files; a
    glob gives its matches (folders among them expanded in turn). A glob that
    matches nothing, or a folder without articles, is an InputError, because
    a digest silently missing a whole folder is worse than a loud stop.
    A plain name that is not a file is passed on, so the loader reports it as
    that article's own failure.
    """
    names: list[str] = []
    for raw in inputs:
        if raw == "-" or _is_url(raw):
            names.append(raw)
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                raise InputError(f"{raw}: the folder holds no article files ({', '.join(ARTICLE_SUFFIXES)})")
            names += files
        elif not path.exists() and _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(str(path), recursive=True))
            if not matches:
                raise InputError(f"{raw}: no file matches the pattern")
            for match in matches:
                names += _folder_files(Path(match)) if Path(match).is_dir() else [match]
        else:
            names.append(raw)
    return list(dict.fromkeys(names))
