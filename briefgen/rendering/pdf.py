"""PDF output: the HTML brief printed by WeasyPrint through a locked-down URL fetcher.

This module imports WeasyPrint at import time; :func:`briefgen.rendering.render`
imports it only when a PDF is asked for, so the CLI starts fast.

WeasyPrint's default fetcher reads any URL, including ``file:///etc/passwd``,
and embeds the target of ``<a rel="attachment">`` or ``<link rel="attachment">``
into the PDF. :class:`RestrictedURLFetcher` only serves ``data:`` URLs and
regular files inside the allowed folders (the built-in and team template
folders), so nothing outside them can be read, embedded or requested over the
network.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse, path2url

from ..errors import RenderError

__all__ = ["RestrictedURLFetcher", "html_to_pdf"]

logger = logging.getLogger(__name__)


class RestrictedURLFetcher(URLFetcher):
    """A WeasyPrint fetcher that serves ``data:`` URLs and files under ``allowed_dirs`` only.

    Anything else (http, https, ftp, a file outside the folders, a symlink
    leading out of them) raises ValueError, which WeasyPrint reports as a
    failed resource and skips: the PDF is still produced, without it.
    """

    def __init__(self, allowed_dirs: Iterable[str | Path] = (), **kwargs: object) -> None:
        # allowed_protocols is a second line of defence should fetch() ever be bypassed.
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False, timeout=5, **kwargs)
        self.allowed_dirs: tuple[Path, ...] = tuple(
            Path(d).expanduser().resolve() for d in allowed_dirs if Path(d).expanduser().is_dir()
        )

    def _allowed_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise ValueError(f"remote file URL refused: {url}")
        try:
            path = Path(url2pathname(unquote(parts.path))).resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            raise ValueError(f"file not found: {url}") from exc
        # resolve() has followed symlinks, so a link pointing outside is caught here.
        if not path.is_file() or not any(path.is_relative_to(folder) for folder in self.allowed_dirs):
            raise ValueError(f"file outside the template folders refused: {url}")
        return path

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        """Serve ``data:`` URLs and allowed local files; refuse everything else."""
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = self._allowed_path(url)
            return URLFetcherResponse(path2url(path), path.read_bytes(), headers={}, status=200)
        logger.info("refused to fetch %s while rendering a PDF", url)
        raise ValueError(f"URL refused while rendering a PDF (only data: and template files): {url}")


def html_to_pdf(html: str, *, allowed_dirs: Iterable[str | Path] = ()) -> bytes:
    """Print an HTML document to PDF bytes with WeasyPrint and the restricted fetcher.

    Relative URLs resolve against the first allowed folder (the team pack
    folder when there is one), so a team template or stylesheet can reference
    its own fonts or logo; the other allowed folders are the packs it extends,
    the team template folders and the built-in templates.
    """
    dirs = [Path(d) for d in allowed_dirs]
    fetcher = RestrictedURLFetcher(dirs)
    # A trailing slash makes "logo.svg" resolve inside the folder, not beside it.
    base_url = path2url(fetcher.allowed_dirs[0]).rstrip("/") + "/" if fetcher.allowed_dirs else None
    try:
        document = HTML(string=html, base_url=base_url, url_fetcher=fetcher, media_type="print")
        return document.write_pdf()
    except RenderError:
        raise
    except Exception as exc:  # noqa: BLE001 - WeasyPrint raises many types; the caller gets one
        raise RenderError(f"could not produce the PDF: {type(exc).__name__}: {' '.join(str(exc).split())}") from None
