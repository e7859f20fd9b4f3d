"""From article outcomes to a :class:`Digest`, and from a Digest to HTML, Markdown, text and PDF.

Digest templates (``digest.html.j2``, ``digest.md.j2``, ``digest.txt.j2``,
``email.html.j2``) are looked up like the brief templates: team template
folders first, then the built-in ones, ``default:NAME`` for the built-in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..actor_names import shown_actors
from ..model import Actor, Brief, Quote, beyond_bottom_line, repeats_bottom_line
from ..rendering.filters import genre_label, pretty_date
from ..rendering.markdown import safe_url
from .build import ArticleOutcome
from .merge import Digest, DigestCounts, DigestDuplicate, DigestFailure, find_duplicates, merge_actors

__all__ = [
    "TEMPLATES",
    "DigestEntry",
    "ViewOptions",
    "default_title",
    "make_digest",
    "best_quote",
    "headline",
    "digest_context",
    "render_digest",
    "render_digest_pdf",
]

#: The template each digest output is rendered from.
TEMPLATES: dict[str, str] = {
    "html": "digest.html.j2",
    "md": "digest.md.j2",
    "txt": "digest.txt.j2",
    "email": "email.html.j2",
}
#: The escaping each digest format is rendered with (see :mod:`briefgen.rendering.environment`).
_OUTPUTS: dict[str, str] = {"html": "html", "md": "markdown", "txt": "text", "email": "html"}
#: A quote shorter than this many words is a phrase, not a statement worth showing on its own;
#: one longer than the maximum is a speech that would swamp its article's entry.
_MIN_QUOTE_WORDS = 6
_MAX_QUOTE_WORDS = 60
#: A headline made from the bottom line (when the article has no title) is cut to about this length.
_HEADLINE_CHARS = 90


def default_title(when: datetime) -> str:
    """ "Briefing digest — 28 November 2026"."""
    return f"Briefing digest — {pretty_date(when)}"


def make_digest(
    outcomes: Sequence[ArticleOutcome], *, title: str | None, generated_at: datetime, inputs: int | None = None
) -> Digest:
    """Collect outcomes into a Digest: failures listed, duplicates noted and left out, actors merged."""
    done = [o for o in outcomes if o.brief is not None]
    failures = [DigestFailure(input=o.name, error=o.error or "unknown error") for o in outcomes if o.brief is None]
    dupes = find_duplicates([o.brief for o in done if o.brief is not None])
    kept = [i for i in range(len(done)) if i not in dupes]
    position = {old: new for new, old in enumerate(kept)}
    briefs: list[Brief] = [b for i in kept if (b := done[i].brief) is not None]
    duplicates = [
        DigestDuplicate(
            input=done[j].name,
            title=(b.title if (b := done[j].brief) else None),
            duplicate_of=position[i],
            reason=reason,
            similarity=round(sim, 3),
        )
        for j, (i, reason, sim) in sorted(dupes.items())
    ]
    counts = DigestCounts(
        inputs=inputs if inputs is not None else len({o.input for o in outcomes}),
        articles=len(briefs),
        failed=len(failures),
        duplicates=len(duplicates),
    )
    return Digest(
        title=title or default_title(generated_at),
        generated_at=generated_at,
        counts=counts,
        inputs=[done[i].name for i in kept],
        briefs=briefs,
        duplicates=duplicates,
        failures=failures,
        actors=merge_actors(briefs),
    )


def best_quote(brief: Brief) -> Quote | None:
    """The longest quote attributed to a named speaker that is a statement (6 to 60 words), or None.

    A speaker in lower case ("the report", "officials") is a description, not
    someone a reader can weigh, and a partial quote (words inside the writer's sentence)
    cannot be read alone, so such quotes are not picked.
    """
    statements = [
        q
        for q in brief.quotes
        if q.kind == "statement"
        and q.speaker
        and q.speaker[:1].isupper()
        and q.context is None  # a partial quote needs its sentence, which a digest has no room for
        and _MIN_QUOTE_WORDS <= len(q.text.split()) <= _MAX_QUOTE_WORDS
    ]
    return max(statements, key=lambda q: len(q.text), default=None)


def headline(brief: Brief, fallback: str) -> str:
    """The article's title; without one, its bottom line cut at a word near 90 characters; else ``fallback``."""
    title = " ".join((brief.title or "").split())
    if title:
        return title
    line = " ".join(brief.bottom_line.split()).rstrip(".")
    if not line:
        return fallback
    if len(line) <= _HEADLINE_CHARS:
        return line
    cut = line[:_HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(",;:-–—")
    return cut + "…"


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()).rstrip(".") == " ".join(b.casefold().split()).rstrip(".")


@dataclass(frozen=True)
class ViewOptions:
    """How much of each article a digest shows (the email shrinks these to fit its size budget)."""

    max_key_points: int | None = 5
    max_actors: int = 4
    show_quote: bool = True
    max_shared_actors: int = 12


@dataclass
class DigestEntry:
    """What a template shows of one article."""

    number: int
    anchor: str
    title: str
    input: str
    brief: Brief
    url: str
    outlet: str | None
    published: str
    key_points: list[str]
    more_key_points: int
    show_bottom_line: bool
    actors: list[Actor]
    quote: Quote | None
    duplicates: list[DigestDuplicate] = field(default_factory=list)
    #: The kind of piece when it is not plain news ("Opinion", "Fact check: False"), else "".
    genre: str = ""


#: The kinds of actor the "Who:" line of an article names.
WHO_KINDS = ("person", "organization")


def _distinct(actors: Sequence[Actor]) -> list[Actor]:
    """Actors with different names: the same name of two kinds (a paper and its building) reads as a repeat."""
    seen: set[str] = set()
    out: list[Actor] = []
    for actor in actors:
        key = actor.name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out


def _entries(digest: Digest, view: ViewOptions) -> list[DigestEntry]:
    entries: list[DigestEntry] = []
    for index, brief in enumerate(digest.briefs):
        # A key point that repeats the bottom line (word for word, or the sentence it was shortened
        # from) or the headline says nothing new under it.
        kept = [
            p
            for p in brief.key_points
            if not _same(p.text, brief.bottom_line)
            and not repeats_bottom_line(p, brief.bottom_line, brief.bottom_line_spans)
            and not _same(p.text, brief.title or "")
        ]
        # the first point shows what it says beyond the bottom line's sentence (see rendering)
        rest = beyond_bottom_line(kept[0], brief.text, brief.bottom_line_spans) if kept else None
        points = [p.text for p in ([rest, *kept[1:]] if rest is not None else kept)]
        shown = points if view.max_key_points is None else points[: view.max_key_points]
        name = digest.inputs[index] if index < len(digest.inputs) else ""
        title = headline(brief, Path(name).stem if name and name != "-" else f"Article {index + 1}")
        entries.append(
            DigestEntry(
                number=index + 1,
                anchor=f"article-{index + 1}",
                title=title,
                input=name,
                brief=brief,
                url=safe_url(brief.source.url) or "",
                outlet=brief.source.outlet,
                published=pretty_date(brief.source.published),
                genre=genre_label(brief.source),
                key_points=shown,
                more_key_points=len(points) - len(shown),
                # An untitled article is headed by its whole bottom line: do not print it twice.
                show_bottom_line=bool(brief.bottom_line.strip()) and not _same(title, brief.bottom_line),
                # "Who": the people and organisations; places are where, not who
                # ... those the brief itself shows (a name met once with nothing said of it, a
                # product in a list of deals, stays in the JSON only)
                actors=_distinct([a for a in shown_actors(brief) if a.kind in WHO_KINDS])[: view.max_actors],
                quote=best_quote(brief) if view.show_quote else None,
                duplicates=[d for d in digest.duplicates if d.duplicate_of == index],
            )
        )
    return entries


def digest_context(digest: Digest, view: ViewOptions | None = None, **extra: Any) -> dict[str, Any]:
    """The template context: ``digest``, ``title``, ``generated_at``, ``entries``, ``failures``,
    ``duplicates``, ``shared_actors`` (merged actors, each with ``entries`` it appears in), ``counts``
    and anything in ``extra`` (the email adds ``preheader`` and ``logo_cid``)."""
    view = view or ViewOptions()
    entries = _entries(digest, view)
    # who acts across the stories first: people and organisations before places and the rest,
    # each in the digest's order (most stories, then most mentions), so that ten countries do
    # not push the one minister all the stories quote out of a short table
    ordered = sorted(digest.actors, key=lambda a: a.kind not in WHO_KINDS)
    shared = [
        {"actor": a, "entries": [entries[i] for i in a.articles if i < len(entries)]}
        for a in ordered[: view.max_shared_actors]
    ]
    context: dict[str, Any] = {
        "digest": digest,
        "title": digest.title,
        "generated_at": digest.generated_at,
        "entries": entries,
        "failures": digest.failures,
        "duplicates": digest.duplicates,
        "shared_actors": shared,
        "counts": digest.counts,
        "view": view,
        "preheader": "",
        "logo_cid": None,
    }
    context.update(extra)
    return context


def render_digest(
    digest: Digest,
    fmt: str,
    *,
    template_dirs: Sequence[str | Path] | None = None,
    view: ViewOptions | None = None,
    **extra: Any,
) -> str:
    """Render ``digest`` as "html", "md", "txt" or "email" (the email's HTML before CSS inlining)."""
    from ..errors import RenderError
    from ..rendering.environment import render_template  # the submodule: rendering itself renders digests

    if fmt not in TEMPLATES:
        raise RenderError(f"unknown digest format {fmt!r}: choose one of {', '.join(TEMPLATES)}")
    return render_template(
        TEMPLATES[fmt], digest_context(digest, view, **extra), list(template_dirs or ()), output=_OUTPUTS[fmt]
    )


def render_digest_pdf(html: str, *, template_dirs: Sequence[str | Path] | None = None) -> bytes:
    """Print the digest's HTML to PDF with the same locked-down fetcher as the brief."""
    from ..rendering.environment import builtin_template_dir
    from ..rendering.pdf import html_to_pdf

    return html_to_pdf(html, allowed_dirs=[*(template_dirs or ()), builtin_template_dir()])
