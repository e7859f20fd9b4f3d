"""Rule coverage: on how many articles of each development corpus every named rule fired.

The engine and ingest report their rules with ``briefgen.trace.fired("family.rule")``;
the harness runs each article inside ``briefgen.trace.recording()`` (in the worker
process that handles it) and gives the rules that fired back with the result. A page
of the two page sets is one article, whichever of its inputs (two pastes, the HTML) the
rule fired on; each input is ingested and then summarised, so that the engine's rules
count on pages as well as the cleaner's. The training pages have no gold body: they
are run for this report only.

A rule is flagged when it fires on fewer than :data:`MIN_ARTICLES` articles in all,
or on one corpus only (only when more than one corpus was run); a rule found in the
source (a ``fired("...")`` call with a literal name) that fired on no article is
listed as never fired. A flagged rule needs a reason in its comment, or goes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["CORPORA", "MIN_ARTICLES", "RuleCoverage", "known_rules", "render_coverage"]

#: Corpora in table order: key points (CNN/DailyMail, BBC), quotes (PolNeAR), actors (CoNLL), the real
#: pages with gold bodies (Scrapinghub's benchmark) and the training pages (trafilatura's evaluation set).
CORPORA = ("cnndm", "bbc", "polnear", "conll", "pages", "train_pages")
#: A rule that fires on fewer articles than this is flagged.
MIN_ARTICLES = 3

#: A call with a literal name; ``fired("headline." + name)`` (a family named at run time) is none.
_FIRED = re.compile(r"""\bfired\(\s*["']([\w.-]+)["']\s*(?:[,)]|if\b)""")


@dataclass
class RuleCoverage:
    """Rule -> corpus -> the articles it fired on, and how many times it fired in all."""

    corpora: tuple[str, ...] = ()
    articles: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    times: Counter[str] = field(default_factory=Counter)

    def add(self, corpus: str, article: str, rules: dict[str, int]) -> None:
        """Record the rules that fired on one article (or on one input of a page) of ``corpus``."""
        for rule, n in rules.items():
            self.articles.setdefault(rule, {}).setdefault(corpus, set()).add(article)
            self.times[rule] += n

    def count(self, rule: str, corpus: str) -> int:
        """Articles of ``corpus`` that ``rule`` fired on."""
        return len(self.articles.get(rule, {}).get(corpus, ()))

    def total(self, rule: str) -> int:
        """Articles of all corpora that ``rule`` fired on."""
        return sum(len(ids) for ids in self.articles.get(rule, {}).values())

    def flag(self, rule: str) -> str:
        """Why ``rule`` needs a reason in its comment ("" when it does not)."""
        total = self.total(rule)
        if total == 0:
            return "never fired"
        reasons = []
        if total < MIN_ARTICLES:
            reasons.append(f"< {MIN_ARTICLES} articles")
        fired_in = [c for c in self.corpora if self.count(rule, c)]
        if len(self.corpora) > 1 and len(fired_in) == 1:
            reasons.append(f"{fired_in[0]} only")
        return ", ".join(reasons)

    def rules(self, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
        """Every rule that fired, and the ``known`` ones that did not, by name."""
        return sorted(set(self.articles) | set(known))

    def to_json(self, known: set[str] | frozenset[str] = frozenset()) -> dict:
        """Per rule: articles per corpus, total articles, times fired and the flag."""
        return {
            rule: {
                "articles": {c: self.count(rule, c) for c in self.corpora},
                "total": self.total(rule),
                "times": self.times[rule],
                "flag": self.flag(rule),
            }
            for rule in self.rules(known)
        }


def known_rules(root: Path | None = None, *, engine: str = "default") -> set[str]:
    """The rule names of the ``fired("...")`` calls with a literal name in ``root`` (default: briefgen).

    The LLM engine's events (``briefgen/llm/``: a cache hit, a repair, a fallback) are listed only
    when that engine ran (``engine`` "llm"): the default engine's run cannot fire them."""
    if root is None:
        import briefgen

        root = Path(briefgen.__file__).resolve().parent
    found: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        if path.name == "trace.py":  # its docstring's example is no rule
            continue
        if engine != "llm" and path.relative_to(root).parts[0] == "llm":
            continue
        found.update(_FIRED.findall(path.read_text(encoding="utf-8")))
    return found


def render_coverage(cov: RuleCoverage, known: set[str] | frozenset[str] = frozenset()) -> str:
    """The coverage table as plain text: rule, articles per corpus, total, times fired, flag."""
    header = ["rule", *cov.corpora, "total", "times", "flag"]
    rows = [
        [
            rule,
            *(str(cov.count(rule, c)) for c in cov.corpora),
            str(cov.total(rule)),
            str(cov.times[rule]),
            cov.flag(rule),
        ]
        for rule in cov.rules(known)
    ]
    if not rows:
        return "rule coverage: no rule fired (and none is instrumented)"
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        cells = [c.ljust(w) if i in (0, len(row) - 1) else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        return "  ".join(cells).rstrip()

    flagged = sum(1 for r in rows if r[-1])
    title = (
        f"rule coverage: articles each rule fired on, per corpus ({len(rows)} rules, {flagged} flagged: "
        f"fewer than {MIN_ARTICLES} articles, one corpus only, or never)"
    )
    return "\n".join([title, fmt(header), fmt(["-" * w for w in widths]), *map(fmt, rows)])
