"""The built-in text and PDF renderers: Markdown, HTML, PDF (printed from the HTML) and JSON.

See :mod:`briefgen.rendering.registry` for how formats are registered and looked up.
"""

from __future__ import annotations

from .registry import BriefJob, DigestJob, Renderer

__all__ = ["MarkdownRenderer", "HtmlRenderer", "PdfRenderer", "JsonRenderer"]

#: The template each template-based format is rendered from (PDF is printed from the HTML).
BRIEF_TEMPLATES: dict[str, str] = {"md": "brief.md.j2", "html": "brief.html.j2", "pdf": "brief.html.j2"}
#: The HTML page that wraps HTML made from a team's Markdown template.
MARKDOWN_SHELL = "markdown.html.j2"


def _brief_html(job: BriefJob, key: str) -> str:
    """The brief's HTML page: its own template, or (for a team that gives only ``brief.md.j2``) its Markdown."""
    from .markdown import markdown_to_html
    from .environment import render_template, team_provides

    dirs = job.template_dirs
    if job.template is None and team_provides("brief.md.j2", dirs) and not team_provides("brief.html.j2", dirs):
        # One Markdown template serves all the HTML-based formats.
        markdown = render_template(BRIEF_TEMPLATES["md"], job.context, dirs, output="markdown")
        return render_template(
            MARKDOWN_SHELL, {**job.context, "content": markdown_to_html(markdown)}, dirs, output="html"
        )
    # The format decides the escaping, not the template's (or its partials') file names.
    return render_template(job.template or BRIEF_TEMPLATES[key], job.context, dirs, output="html")


class MarkdownRenderer(Renderer):
    name = "md"
    extension = "md"
    aliases = ("markdown",)
    description = "Markdown (CommonMark), from brief.md.j2"
    digest = True

    def render_brief(self, job: BriefJob) -> str:
        from .environment import render_template

        return render_template(job.template or BRIEF_TEMPLATES["md"], job.context, job.template_dirs, output="markdown")

    def render_digest(self, job: DigestJob) -> str:
        from ..digest.compose import render_digest

        return render_digest(job.digest, "md", template_dirs=job.template_dirs)


class HtmlRenderer(Renderer):
    name = "html"
    extension = "html"
    aliases = ("htm",)
    description = "one self-contained HTML page, from brief.html.j2"
    digest = True

    def render_brief(self, job: BriefJob) -> str:
        return _brief_html(job, "html")

    def render_digest(self, job: DigestJob) -> str:
        from ..digest.compose import render_digest

        return render_digest(job.digest, "html", template_dirs=job.template_dirs)


class PdfRenderer(Renderer):
    name = "pdf"
    extension = "pdf"
    binary = True
    description = "PDF printed from the HTML page by WeasyPrint"
    digest = True

    def render_brief(self, job: BriefJob) -> bytes:
        from .environment import builtin_template_dir
        from .pdf import html_to_pdf  # WeasyPrint is heavy: import it only for PDF output.

        html = _brief_html(job, "pdf")
        assets = list(job.team.asset_dirs) if job.team else []
        return html_to_pdf(html, allowed_dirs=[*assets, *job.template_dirs, builtin_template_dir()])

    def render_digest(self, job: DigestJob) -> bytes:
        from ..digest.compose import render_digest_pdf

        html = job.output("html")
        assert isinstance(html, str)
        return render_digest_pdf(html, template_dirs=job.template_dirs)


class JsonRenderer(Renderer):
    name = "json"
    extension = "json"
    description = "the Brief's JSON contract (see 'briefgen schema')"
    digest = True

    def render_brief(self, job: BriefJob) -> str:
        return job.brief.to_json() + "\n"

    def render_digest(self, job: DigestJob) -> str:
        return job.digest.to_json() + "\n"
