"""Article extraction from real pages: what briefgen keeps of a pasted or saved page.

The scorer is the article-extraction benchmark's own: tokens are ``\\w+`` matches,
shingles are 4-grams of tokens (a text of fewer than 4 tokens is one shingle); per
page TP, FP and FN are the matched, excess predicted and missed shingle counts,
divided by their sum; precision and recall are means over pages and F1 is computed
from the two means. Pages that are not English are scored apart.

briefgen's body is the brief's ``text`` without its first paragraph when that is the
headline: the brief reports the headline as ``title`` and leads its text with it (so
that a page and a paste of it give one brief), while the gold bodies, like
trafilatura's text, leave the headline out.

Systems, each in the same run:
- ``briefgen`` on ``paste_w3m`` and ``paste_lynx`` (the text an analyst pastes, as
  two text browsers render the page) and on the saved ``html``;
- ``raw``: the pasted page with nothing removed;
- ``justext``: justext's paragraph classifier, untuned, on the pasted lines;
- ``trafilatura``: trafilatura alone on the HTML.

The development pages are split in two halves by file order ("a": the first half,
"b": the second), so that a rule developed on one half is checked on the other.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "PAGES",
    "PAGES_TRAIN",
    "Page",
    "load_pages",
    "shingle_counts",
    "page_scores",
    "BodyScores",
    "RENDERINGS",
    "headline_matches",
    "page_titles",
    "declared_texts",
    "briefgen_extract",
    "ingest_page",
    "article_body",
    "page_input",
    "score_pages",
]

PAGES = "pages_dev.jsonl.gz"
PAGES_TRAIN = "pages_train.jsonl.gz"
RENDERINGS = ("paste_w3m", "paste_lynx")

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    """One page of the benchmark: its id, gold body, saved HTML and both pasted renderings."""

    id: str
    url: str
    english: bool
    body: str
    html: str
    paste_w3m: str
    paste_lynx: str
    half: str  # "a" or "b", by file order


def load_pages(eval_dir: Path, name: str = PAGES, limit: int | None = None) -> list[Page]:
    """The pages of one gzipped JSONL set, in file order, with their half."""
    path = eval_dir / name
    if not path.is_file():
        from .datasets import MissingDataError

        raise MissingDataError(f"evaluation file not found: {path}")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if limit is not None:
        rows = rows[:limit]
    middle = (len(rows) + 1) // 2
    return [
        Page(
            id=r["id"],
            url=r.get("url") or "",
            english=bool(r.get("english", True)),
            body=r.get("article_body") or "",
            html=r.get("html") or "",
            paste_w3m=r.get("paste_w3m") or "",
            paste_lynx=r.get("paste_lynx") or "",
            half="a" if i < middle else "b",
        )
        for i, r in enumerate(rows)
    ]


def shingle_counts(text: str) -> Counter[tuple[str, ...]]:
    """4-gram shingles of the ``\\w+`` tokens of ``text`` (one shingle when shorter)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def page_scores(predicted: str, gold: str) -> tuple[float, float]:
    """(precision, recall) of one page, the benchmark's way."""
    p, g = shingle_counts(predicted), shingle_counts(gold)
    tp = sum(min(n, g[s]) for s, n in p.items())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
    recall = 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
    return precision, recall


@dataclass
class BodyScores:
    """Per-page precision and recall of one system on one input kind, and the means."""

    per_page: dict[str, tuple[float, float]] = field(default_factory=dict)

    def add(self, page_id: str, predicted: str, gold: str) -> None:
        """Score one page."""
        self.per_page[page_id] = page_scores(predicted, gold)

    def metrics(self, ids: Iterable[str] | None = None) -> dict[str, float]:
        """precision, recall (means over the pages of ``ids``, default all) and the F1 of the two."""
        keys = list(self.per_page) if ids is None else [i for i in ids if i in self.per_page]
        if not keys:
            return {}
        p = sum(self.per_page[k][0] for k in keys) / len(keys)
        r = sum(self.per_page[k][1] for k in keys) / len(keys)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f1}


def _norm_words(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


#: The places a page declares its title: ``<title>``, ``<h1>``, ``og:title`` (either attribute first).
TITLE_TAG = re.compile(r"<title[^<>]{0,500}>([^<]{0,1000})</title>", re.IGNORECASE)
H1 = re.compile(r"<h1\b[^>]{0,2000}>(.{0,3000}?)</h1>", re.IGNORECASE | re.DOTALL)
OG_TITLE = re.compile(
    r"<meta[^<>]{0,500}property\s*=\s*[\"']og:title[\"'][^<>]{0,500}?content\s*=\s*[\"']([^\"'<>]{1,500})",
    re.IGNORECASE,
)
#: og:title with its content first: <meta content="..." property="og:title">.
OG_TITLE_CONTENT_FIRST = re.compile(
    r"<meta[^<>]{0,500}?content\s*=\s*[\"']([^\"'<>]{1,500})[\"'][^<>]{0,500}?property\s*=\s*[\"']og:title[\"']",
    re.IGNORECASE,
)
#: How much of a page is read for its titles: heavy pages put their <h1> past the first megabyte.
_TITLE_SCAN = 2_000_000


def declared_texts(pattern: re.Pattern[str], html: str) -> list[str]:
    """The texts of ``pattern``'s matches in ``html`` (one of the title patterns above), tags
    stripped, entities unescaped, white space squeezed. Shared by the benchmark's headline gold
    (:func:`page_titles`) and the headline labels of ``scripts/train_boilerplate.py``."""
    import html as html_lib

    return [
        " ".join(html_lib.unescape(re.sub(r"<[^>]*>", " ", raw)).split()) for raw in pattern.findall(html[:_TITLE_SCAN])
    ]


def page_titles(html: str) -> list[str]:
    """The headline candidates a page declares: its ``<h1>`` elements, ``og:title``, ``<title>``."""
    return [
        text
        for pattern in (H1, OG_TITLE, OG_TITLE_CONTENT_FIRST, TITLE_TAG)
        for text in declared_texts(pattern, html)
        if len(_norm_words(text)) >= 3
    ]


def headline_matches(found: str | None, candidates: list[str]) -> bool:
    """True when ``found`` is the page's headline: its words are (nearly) those of an ``<h1>``,
    ``og:title`` or ``<title>``, or of the part of the title tag before the site's name."""
    if not found:
        return False
    words = _norm_words(found)
    if not words:
        return False
    for cand in candidates:
        parts = [cand, *re.split(r"\s+[|\-–—:·]\s+", cand)]
        for part in parts:
            ref = _norm_words(part)
            if not ref or len(ref) < 3:
                continue
            common = sum((Counter(words) & Counter(ref)).values())
            prec, rec = common / len(words), common / len(ref)
            if prec >= 0.9 and rec >= 0.9:
                return True
    return False


Extractor = Callable[[Page, str], tuple[str, str | None]]


def ingest_page(raw: str, kind: str, *, name: str = "<page>", url: str | None = None):
    """briefgen's article of one page input (a pasted rendering, or the saved HTML when ``kind``
    is "html"), or None when briefgen refuses the input."""
    from briefgen.errors import BriefgenError
    from briefgen.ingest import ingest_html
    from briefgen.ingest.clean import clean_pasted_text

    try:
        return ingest_html(raw, name=name, url=url) if kind == "html" else clean_pasted_text(raw)
    except BriefgenError:
        return None


def briefgen_extract(raw: str, kind: str, *, name: str = "<page>", url: str | None = None) -> tuple[str, str | None]:
    """briefgen's (body, headline) of one page input: a pasted rendering, or the saved HTML (``kind`` "html")."""
    article = ingest_page(raw, kind, name=name, url=url)
    return article_body(article)


def article_body(article) -> tuple[str, str | None]:
    """The (body, headline) the scorer compares of an ingested page ("", None when refused)."""
    if article is None:
        return "", None
    return _body(article.text, article.title), article.title


def _body(text: str, title: str | None) -> str:
    """``text`` without a first paragraph that is the headline (the brief's ``title``)."""
    first, _, rest = text.partition("\n\n")
    if title and _norm_words(first) == _norm_words(title):
        return rest
    return text


def page_input(page: Page, kind: str) -> str:
    """The text of one input of ``page``: ``paste_w3m``, ``paste_lynx`` or ``html``."""
    return str(getattr(page, kind))


def _briefgen(page: Page, kind: str) -> tuple[str, str | None]:
    return briefgen_extract(page_input(page, kind), kind, name=page.id, url=page.url or None)


def _raw(page: Page, rendering: str) -> tuple[str, str | None]:
    return getattr(page, rendering), None


def _justext(page: Page, rendering: str) -> tuple[str, str | None]:
    """justext's classifier, untuned (English stop list), on the pasted lines as paragraphs."""
    import html as html_lib

    import justext

    lines = [line for line in getattr(page, rendering).split("\n") if line.strip()]
    doc = "<html><body>" + "".join(f"<p>{html_lib.escape(line)}</p>" for line in lines) + "</body></html>"
    paragraphs = justext.justext(doc.encode("utf-8"), justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate), None


def _trafilatura(page: Page, _: str) -> tuple[str, str | None]:
    import trafilatura

    return trafilatura.extract(page.html, include_comments=False, include_tables=True, deduplicate=False) or "", None


#: (system, input) -> extractor. The inputs: the two pasted renderings and the saved HTML.
SYSTEM_INPUTS: dict[tuple[str, str], Extractor] = {
    ("briefgen", "paste_w3m"): _briefgen,
    ("briefgen", "paste_lynx"): _briefgen,
    ("briefgen", "html"): _briefgen,
    ("raw", "paste_w3m"): _raw,
    ("raw", "paste_lynx"): _raw,
    ("justext", "paste_w3m"): _justext,
    ("justext", "paste_lynx"): _justext,
    ("trafilatura", "html"): _trafilatura,
}
PEERS = ("raw", "justext", "trafilatura")
INPUTS = ("paste_w3m", "paste_lynx", "html")


def score_pages(
    pages: list[Page], system: str, kind: str, extracted: dict[str, tuple[str, str | None]] | None = None
) -> tuple[dict[str, float], list[dict]]:
    """Metrics of one system on one input kind: English pages (all, halves "a" and "b"), the others
    apart ("other"), and for pasted input the share of pages whose headline was found.

    ``extracted`` (page id -> body and headline) gives outputs computed elsewhere (briefgen's, in the
    worker processes); without it the system's extractor runs here."""
    extract = SYSTEM_INPUTS[(system, kind)]
    scores = BodyScores()
    headline: dict[str, bool] = {}
    errors: list[dict] = []
    for page in pages:
        text, title = extracted[page.id] if extracted is not None else extract(page, kind)
        scores.add(page.id, text, page.body)
        if page.english and kind != "html" and system == "briefgen":
            headline[page.id] = headline_matches(title, page_titles(page.html))
            if not headline[page.id]:
                errors.append({"kind": f"headline missed ({kind})", "doc": page.id, "text": title})
    english = [p.id for p in pages if p.english]
    out: dict[str, float] = {}
    groups = {
        "": english,
        "a.": [p.id for p in pages if p.english and p.half == "a"],
        "b.": [p.id for p in pages if p.english and p.half == "b"],
        "other.": [p.id for p in pages if not p.english],
    }
    for prefix, ids in groups.items():
        for metric, value in scores.metrics(ids).items():
            out[f"pages.{kind}.{prefix}{metric}"] = value
    if headline:
        out[f"pages.{kind}.headline"] = sum(headline.values()) / len(headline)
        for half in ("a", "b"):
            found = [headline[i] for i in groups[f"{half}."] if i in headline]
            if found:
                out[f"pages.{kind}.{half}.headline"] = sum(found) / len(found)
    for pid in english:
        p, r = scores.per_page[pid]
        if p < 0.8 or r < 0.8:
            errors.append({"kind": f"page body ({kind})", "doc": pid, "text": f"precision {p:.2f} recall {r:.2f}"})
    return out, errors
