"""Word (.docx) output through python-docx: the brief as a document an analyst can edit and pass on.

The document follows the same settings as the templates: the sections in
``settings.sections`` order under ``settings.titles``, the team's label,
classification banner, colours (headings and the label in ``colours.primary``,
the bottom line's background in ``colours.accent``, body text in ``colours.text``), fonts (the first family
of ``fonts.body`` / ``fonts.heading``) and page size. A team pack may give a
reference document (``docx_reference: styles.docx`` in ``team.yaml``): the
brief is written with that document's styles, page set-up, headers and
footers, and its body text is dropped.

Text goes in as text, never as markup; characters XML cannot hold (control
characters) are dropped. The output is reproducible: the archive's
timestamps and the document's dates are ``generated_at``.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import RenderError
from .registry import BriefJob, DigestJob, Renderer

if TYPE_CHECKING:
    from ..teams.loader import TeamPack
    from .settings import RenderSettings

__all__ = ["DocxRenderer", "reference_document"]

#: Characters XML 1.0 cannot hold; python-docx refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
#: Page sizes in millimetres (width, height).
_PAGE_MM: dict[str, tuple[float, float]] = {
    "A4": (210, 297),
    "Letter": (215.9, 279.4),
    "A5": (148, 210),
    "Legal": (215.9, 355.6),
}


def _clean(value: object) -> str:
    return _NOT_XML.sub("", str(value or ""))


def _rgb(colour: str | None) -> Any:
    """A CSS colour (validated by the settings) as a python-docx RGBColor, or None."""
    if not colour:
        return None
    from docx.shared import RGBColor
    from tinycss2.color3 import parse_color

    parsed = parse_color(colour)
    if parsed is None or isinstance(parsed, str):  # "currentColor"
        return None
    red, green, blue = (round(max(0.0, min(1.0, c)) * 255) for c in (parsed.red, parsed.green, parsed.blue))
    return RGBColor(red, green, blue)


def _hex(colour: str | None) -> str | None:
    rgb = _rgb(colour)
    return None if rgb is None else str(rgb)


def reference_document(team: "TeamPack | None") -> Path | None:
    """The team's reference .docx (``docx_reference``, the nearest pack of the chain that gives one), or None."""
    for pack in team.chain if team is not None else ():
        name = getattr(pack.config, "docx_reference", None)
        if name:
            return pack.root / name
    return None


def _new_document(reference: Path | None) -> Any:
    import docx

    if reference is None:
        return docx.Document()
    try:
        document = docx.Document(str(reference))
    except Exception as exc:  # noqa: BLE001 - a damaged or mislabelled file: one line, naming it
        raise RenderError(f"{reference}: not a readable .docx reference document ({type(exc).__name__})") from None
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):  # keep the page set-up, drop the sample text
            body.remove(child)
    return document


def _style(document: Any, name: str, fallback: str = "Normal") -> Any:
    """The style ``name`` when the document defines it (a reference document may not), else ``fallback``."""
    try:
        return document.styles[name]
    except KeyError:
        return document.styles[fallback]


def _shade(paragraph: Any, fill_hex: str) -> None:
    """Give ``paragraph`` a background colour (used for the classification banner)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill_hex)
    paragraph._p.get_or_add_pPr().append(shading)


def _apply_theme(document: Any, settings: "RenderSettings", *, has_reference: bool) -> None:
    """Colours, fonts and page size of the team (over the reference document's styles when it has some)."""
    from docx.shared import Mm

    colours = settings.colours
    heading_colour = _rgb(colours.primary)
    body_colour = _rgb(colours.text)
    body_font = settings.fonts.body[0] if settings.fonts.body else None
    heading_font = settings.fonts.heading[0] if settings.fonts.heading else None
    normal = _style(document, "Normal")
    if body_colour is not None:
        normal.font.color.rgb = body_colour
    if body_font:
        normal.font.name = body_font
    for name in ("Title", "Heading 1", "Heading 2"):
        try:
            style = document.styles[name]
        except KeyError:
            continue
        if heading_colour is not None:
            style.font.color.rgb = heading_colour
        if heading_font:
            style.font.name = heading_font
    if not has_reference:
        from docx.shared import Cm

        quote = _style(document, "Quote")
        quote.paragraph_format.left_indent = Cm(1)  # a block quote, as in the other formats
        if heading_colour is not None:
            quote.font.color.rgb = heading_colour
    if not has_reference or settings.page_size != "A4":
        width, height = _PAGE_MM[settings.page_size]
        for section in document.sections:
            section.page_width, section.page_height = Mm(width), Mm(height)


def _heading(document: Any, text: str, level: int) -> Any:
    return document.add_paragraph(_clean(text), style=_style(document, f"Heading {level}"))


def _bullet(document: Any, numbered: bool = False) -> Any:
    return document.add_paragraph(style=_style(document, "List Number" if numbered else "List Bullet"))


def _header(document: Any, job: BriefJob) -> None:
    from docx.shared import Pt

    from .environment import format_date
    from .filters import genre_label
    from .markdown import safe_url

    settings, brief = job.settings, job.brief
    banner = settings.classification
    if banner:
        para = document.add_paragraph()
        run = para.add_run(_clean(banner.text).upper())
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = _rgb(banner.text_colour)
        fill = _hex(banner.colour)
        if fill:
            _shade(para, fill)
        para.alignment = 1  # centre
    label = document.add_paragraph()
    run = label.add_run(_clean(settings.label or "Briefing").upper())
    run.bold = True
    run.font.size = Pt(9)
    primary = _rgb(settings.colours.primary)
    if primary is not None:
        run.font.color.rgb = primary
    document.add_paragraph(_clean(job.context["title"]), style=_style(document, "Title"))
    src = brief.source
    parts = [
        p
        for p in (
            src.outlet,
            genre_label(src),
            f"By {src.author}" if src.author else None,
            format_date(src.published, settings.date_format) if src.published else None,
        )
        if p
    ]
    if parts:
        byline = document.add_paragraph()
        byline.add_run(_clean(" · ".join(parts))).italic = True
    url = safe_url(src.url)
    if url:
        document.add_paragraph(_clean(f"{settings.titles.source}: {url}"))


def _term(quote: Any) -> str:
    """A quoted term as the terms line shows it: “term”, with its speaker after it only for a term of
    several words (:func:`.filters.term_speaker`; a short term's speaker is the engine's least sure
    attribution)."""
    from .filters import term_speaker, term_text

    speaker = term_speaker(quote)
    return f"“{term_text(quote.text)}”" + (f" ({speaker})" if speaker else "")


def _sections(document: Any, job: BriefJob) -> None:
    from docx.shared import Pt

    from .filters import quote_around, quote_text

    settings, brief, context = job.settings, job.brief, job.context
    titles = settings.titles
    for section in settings.sections:
        if section == "bottom_line" and brief.bottom_line.strip():
            _heading(document, titles.bottom_line, 1)
            para = document.add_paragraph()
            para.add_run(_clean(brief.bottom_line)).bold = True
            fill = _hex(settings.colours.accent)
            if fill:  # the bottom-line box of the other formats
                _shade(para, fill)
        elif section == "key_points" and context["key_points"]:
            _heading(document, titles.key_points, 1)
            for point in context["key_points"]:
                _bullet(document).add_run(_clean(point.text))
        elif section == "actors" and (context["actors"] or context["places"]):
            _heading(document, titles.actors, 1)
            for actor in context["actors"]:
                para = _bullet(document)
                para.add_run(_clean(actor.name)).bold = True
                para.add_run(_clean(f" ({actor.kind})"))
                if actor.role:
                    para.add_run(_clean(f" — {actor.role}"))
            if context["places"]:
                para = document.add_paragraph()
                para.add_run("Places: ").bold = True
                para.add_run(_clean(" · ".join(place.name for place in context["places"])))
        elif section == "quotes" and (context["quotes"] or context["terms"]):
            _heading(document, titles.quotes, 1)
            for quote in context["quotes"]:
                document.add_paragraph(_clean(f"“{quote_text(quote.text)}”"), style=_style(document, "Quote"))
                speaker = document.add_paragraph(style=_style(document, "Quote"))
                speaker.add_run(_clean(f"— {quote.speaker or 'unattributed'}")).bold = True
                speaker.paragraph_format.space_after = Pt(10)
                around = quote_around(quote, brief.text)  # a partial quote: the writer's sentence, apart
                if around:
                    line = document.add_paragraph()
                    line.add_run("In the article: ").bold = True
                    line.add_run(_clean(f"{around[0]}“{around[1]}”{around[2]}"))
                    line.paragraph_format.space_after = Pt(10)
            if context["terms"]:  # the short quoted terms: one line, as in the other formats
                terms = document.add_paragraph()
                terms.add_run(_clean(f"{titles.terms}: ")).bold = True
                terms.add_run(_clean("; ".join(_term(q) for q in context["terms"])))
        elif section == "open_questions" and brief.open_questions:
            _heading(document, titles.open_questions, 1)
            for question in brief.open_questions:
                _bullet(document, numbered=True).add_run(_clean(question.text))
        elif section == "recommended_actions":
            _heading(document, titles.recommended_actions, 1)
            table = document.add_table(rows=1 + settings.recommended_actions_lines, cols=4)
            try:
                table.style = document.styles["Table Grid"]
            except KeyError:
                pass
            for cell, text in zip(table.rows[0].cells, ("#", "Action", "Owner", "Due")):
                cell.text = text
            for index, row in enumerate(table.rows[1:], start=1):
                row.cells[0].text = str(index)


def _footer_text(job: BriefJob) -> str:
    from .environment import format_date

    settings = job.settings
    text = (
        f"Generated by briefgen on {format_date(job.generated_at, settings.date_format)}"
        if settings.show_generated_at
        else "Generated by briefgen"
    )
    if job.brief.source.outlet:
        text += f" from an article by {job.brief.source.outlet}"
    if settings.label:
        text += f" · {settings.label}"
    return _clean(text + ". Summaries are machine-made: check quotes against the source.")


def _footer(document: Any, text: str) -> None:
    from docx.shared import Pt

    for section in document.sections:
        para = section.footer.add_paragraph() if section.footer.paragraphs[0].text else section.footer.paragraphs[0]
        run = para.add_run(text)
        run.font.size = Pt(8)
        run.italic = True


def _save(document: Any, title: str, generated_at: datetime, language: str) -> bytes:
    """The document's bytes, with its dates and the archive's timestamps set to ``generated_at``."""
    props = document.core_properties
    props.title = _clean(title)[:255]
    props.author = "briefgen"
    props.last_modified_by = "briefgen"
    props.language = language
    naive = generated_at.replace(tzinfo=None)
    props.created = naive
    props.modified = naive
    props.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    stamp = (max(1980, naive.year), naive.month, naive.day, naive.hour, naive.minute, naive.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            item = zipfile.ZipInfo(info.filename, date_time=stamp)
            item.compress_type = zipfile.ZIP_DEFLATED
            item.external_attr = 0o644 << 16
            dst.writestr(item, src.read(info.filename))
    return out.getvalue()


class DocxRenderer(Renderer):
    name = "docx"
    extension = "docx"
    binary = True
    aliases = ("word",)
    description = "Word document (python-docx); a team's docx_reference gives its styles"
    digest = True

    def render_brief(self, job: BriefJob) -> bytes:
        reference = reference_document(job.team)
        document = _new_document(reference)
        _apply_theme(document, job.settings, has_reference=reference is not None)
        _header(document, job)
        _sections(document, job)
        _footer(document, _footer_text(job))
        return _save(document, job.context["title"], job.generated_at, job.settings.language)

    def render_digest(self, job: DigestJob) -> bytes:
        from ..digest.compose import digest_context
        from .filters import quote_text

        digest = job.digest
        context = digest_context(digest)
        document = _new_document(None)
        document.add_paragraph(_clean(digest.title), style=_style(document, "Title"))
        counts = digest.counts
        document.add_paragraph(
            _clean(f"{counts.articles} article(s), {counts.duplicates} duplicate(s), {counts.failed} failed")
        )
        for entry in context["entries"]:
            _heading(document, f"{entry.number}. {entry.title}", 1)
            meta = " · ".join(p for p in (entry.outlet, entry.published, entry.url) if p)
            if meta:
                document.add_paragraph().add_run(_clean(meta)).italic = True
            if entry.show_bottom_line:
                document.add_paragraph().add_run(_clean(entry.brief.bottom_line)).bold = True
            for point in entry.key_points:
                _bullet(document).add_run(_clean(point))
            if entry.quote is not None:
                document.add_paragraph(
                    _clean(f"“{quote_text(entry.quote.text)}” — {entry.quote.speaker}"), style=_style(document, "Quote")
                )
        if digest.failures:
            _heading(document, "Not included", 1)
            for failure in digest.failures:
                _bullet(document).add_run(_clean(failure.error))
        _footer(document, "Generated by briefgen. Summaries are machine-made: check quotes against the source.")
        return _save(document, digest.title, digest.generated_at, "en")
