"""PDF output: the HTML brief printed by WeasyPrint through a locked-down URL fetcher.

This module imports WeasyPrint at import time; :func:`briefgen.rendering.render`
imports it only when a PDF is asked for, so the CLI starts fast.

WeasyPrint's default fetcher reads any URL, including ``file:///etc/passwd``,
and embeds the target of ``<a rel="attachment">`` or ``<link rel="attachment">``
into the PDF. :class:`RestrictedURLFetcher` only serves ``data:`` URLs and
regular files inside the allowed folders (the built-in and team template
folders) and the font files shipped with briefgen, so nothing else can be
read, embedded or requested over the network.

Fonts: every PDF is set in the open fonts shipped in ``briefgen/fonts`` (Noto
Serif for the text, Noto Sans for headings and page furniture, under the SIL
Open Font License 1.1: ``briefgen/fonts/OFL.txt``), declared by
:func:`shipped_font_css` with ``@font-face`` rules the restricted fetcher
serves, so a brief looks the same whatever fonts the machine has. The built-in
stylesheets name these families first (:data:`SERIF_FAMILY`,
:data:`SANS_FAMILY`); in an HTML page, where the rules are absent, the browser
goes on down the same lists.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse, path2url

from ..errors import RenderError

__all__ = [
    "RestrictedURLFetcher",
    "html_to_pdf",
    "FONT_DIR",
    "SHIPPED_FONTS",
    "SERIF_FAMILY",
    "SANS_FAMILY",
    "shipped_font_css",
]

logger = logging.getLogger(__name__)

#: The folder of the fonts shipped with briefgen (and of their licence, OFL.txt).
FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
#: The family names the built-in stylesheets ask for first.
SERIF_FAMILY = "Briefgen Noto Serif"
SANS_FAMILY = "Briefgen Noto Sans"
#: (family, file in FONT_DIR, CSS font-weight or "" for none, CSS font-style) of every shipped font.
SHIPPED_FONTS: tuple[tuple[str, str, str, str], ...] = (
    (SERIF_FAMILY, "NotoSerif-Regular.woff2", "400", "normal"),
    (SERIF_FAMILY, "NotoSerif-Italic.woff2", "400", "italic"),
    (SERIF_FAMILY, "NotoSerif-Bold.woff2", "700", "normal"),
    # A variable font (weights 400 to 700). WeasyPrint refuses a weight range in @font-face, so it is
    # declared without a weight; each weight asked for is instantiated from the font's axis.
    (SANS_FAMILY, "NotoSans-Variable.woff2", "", "normal"),
)


def _shipped_font_paths() -> tuple[Path, ...]:
    return tuple((FONT_DIR / name).resolve() for _, name, _, _ in SHIPPED_FONTS)


def shipped_font_css() -> str:
    """``@font-face`` rules for the shipped fonts, by ``file:`` URL (only the PDF fetcher serves them)."""
    return "\n".join(
        f'@font-face {{ font-family: "{family}"; src: url("{path2url(FONT_DIR / name)}") format("woff2"); '
        + (f"font-weight: {weight}; " if weight else "")
        + f"font-style: {style}; }}"
        for family, name, weight, style in SHIPPED_FONTS
    )


class RestrictedURLFetcher(URLFetcher):
    """A WeasyPrint fetcher that serves ``data:`` URLs, files under ``allowed_dirs`` and the shipped fonts only.

    The shipped fonts are exactly the files of :data:`SHIPPED_FONTS`, not
    their folder. Anything else (http, https, ftp, a file outside the folders, a symlink
    leading out of them) raises ValueError, which WeasyPrint reports as a
    failed resource and skips: the PDF is still produced, without it.
    """

    def __init__(self, allowed_dirs: Iterable[str | Path] = (), **kwargs: object) -> None:
        # allowed_protocols is a second line of defence should fetch() ever be bypassed.
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False, timeout=5, **kwargs)
        self.allowed_dirs: tuple[Path, ...] = tuple(
            Path(d).expanduser().resolve() for d in allowed_dirs if Path(d).expanduser().is_dir()
        )
        self.allowed_files: frozenset[Path] = frozenset(_shipped_font_paths())

    def _allowed_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise ValueError(f"remote file URL refused: {url}")
        try:
            path = Path(url2pathname(unquote(parts.path))).resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            raise ValueError(f"file not found: {url}") from exc
        # resolve() has followed symlinks, so a link pointing outside is caught here.
        if path in self.allowed_files:
            return path
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
        fonts = FontConfiguration()
        shipped = CSS(string=shipped_font_css(), url_fetcher=fetcher, font_config=fonts, media_type="print")
        document = HTML(string=html, base_url=base_url, url_fetcher=fetcher, media_type="print")
        return document.write_pdf(stylesheets=[shipped], font_config=fonts)
    except RenderError:
        raise
    except Exception as exc:  # noqa: BLE001 - WeasyPrint raises many types; the caller gets one
        raise RenderError(f"could not produce the PDF: {type(exc).__name__}: {' '.join(str(exc).split())}") from None
