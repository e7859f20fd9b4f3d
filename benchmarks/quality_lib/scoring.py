"""Scoring rules of the quality harness: quotes, entity sets and key points.

Every rule here is a documented choice, explained in the docstring that applies it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .names import name_head, names_match, normalise_form, word_overlap, words

__all__ = [
    "GoldQuote",
    "PredQuote",
    "QuoteCounts",
    "match_quotes",
    "score_quotes",
    "Entity",
    "EntityCounts",
    "cluster_entities",
    "score_entities",
    "match_sentences",
    "prf",
    "STATEMENT_MIN_WORDS",
]

#: A "statement" quote: fully quoted content of at least this many words (shorter ones are scare quotes).
STATEMENT_MIN_WORDS = 4


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty side scores 0 (never a division error)."""
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _greedy_pairs(scores: dict[tuple[int, int], float]) -> dict[int, int]:
    """One-to-one matching: best-scoring pair first; ties go to the earlier pair (deterministic)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for (i, j), _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


# --------------------------------------------------------------------------- quotes


@dataclass(frozen=True)
class PredQuote:
    """A predicted quote: the quoted words and the speaker's name (None when not said)."""

    text: str
    speaker: str | None = None


@dataclass(frozen=True)
class GoldQuote:
    """A gold quote of PolNeAR, reduced to what the scorer needs."""

    text: str
    speaker: str | None
    canonical: str | None = None
    pronoun: bool = False
    fully_quoted: bool = True
    segments: int = 1
    #: ``canonical`` was found by the corpus's automatic coreference from a pronoun or a
    #: description (its README: "derived automatically, not gold"), not read off a name.
    coref: bool = False

    @property
    def statement(self) -> bool:
        """Fully quoted content of 4 words or more: a statement, not a scare quote."""
        return self.fully_quoted and len(words(self.text)) >= STATEMENT_MIN_WORDS

    def speaker_target(self) -> tuple[bool, str | None]:
        """``(scorable, name)``: who the speaker must match, if the gold lets us say.

        A null gold speaker must be predicted null. Otherwise the speaker must
        match ``speaker_canonical`` (the fullest name, derived by the corpus) when
        there is one. Without it, a pronoun or a description ('the mayor',
        'Protesters') cannot be scored and is skipped, while a phrase that starts
        with a name ('Gov. Jane Roe of Ohio') is scored against that name.
        """
        if self.speaker is None:
            return True, None
        if self.canonical:
            return True, self.canonical
        head = None if self.pronoun else name_head(self.speaker)
        return (True, head) if head else (False, None)

    def speaker_ok(self, predicted: str | None) -> bool:
        """True when ``predicted`` is the right speaker under alias matching."""
        scorable, target = self.speaker_target()
        if not scorable:
            return False
        if target is None:
            return predicted is None
        return predicted is not None and names_match(predicted, target)


def quotes_match(pred: str, gold: str) -> int:
    """Aligned words when the two quotes match, else 0.

    A match needs the ordered word overlap to cover at least half of the shorter quote.
    """
    pw, gw = words(pred), words(gold)
    overlap = word_overlap(pw, gw)
    if overlap and 2 * overlap >= min(len(pw), len(gw)):
        return overlap
    return 0


@dataclass
class QuoteMatch:
    """The outcome of matching one document's predictions against its gold quotes."""

    pairs: dict[int, int]  # prediction index -> gold index
    extra: set[int]  # predictions that are a further segment of a matched multi-segment gold quote


def match_quotes(gold: list[GoldQuote], pred: list[PredQuote]) -> QuoteMatch:
    """One-to-one greedy matching by overlap, then the split-quote rule.

    A Quote carries one span, so a gold quote interrupted by its attribution
    ("X," she said, "Y.") can only be predicted as two quotes. The second one
    is neither a hit nor a false positive: it is counted as ``extra``.
    """
    scores: dict[tuple[int, int], float] = {}
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            overlap = quotes_match(p.text, g.text)
            if overlap:
                scores[(i, j)] = overlap
    pairs = _greedy_pairs(scores)
    taken = set(pairs.values())
    extra = {i for (i, j) in scores if i not in pairs and j in taken and gold[j].segments > 1}
    return QuoteMatch(pairs=pairs, extra=extra)


@dataclass
class QuoteCounts:
    """Quote counts summed over documents, for all quotes and for statements."""

    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0
    extra: int = 0
    spk_scored: int = 0
    spk_ok: int = 0
    e2e_den: int = 0
    e2e_ok: int = 0
    s_gold: int = 0
    s_pred: int = 0
    s_tp_pred: int = 0
    s_tp_gold: int = 0
    s_spk_scored: int = 0
    s_spk_ok: int = 0
    s_e2e_den: int = 0
    s_e2e_ok: int = 0
    #: statements whose gold speaker the annotation names (no coreference in between)
    s_named_scored: int = 0
    s_named_ok: int = 0
    errors: list[dict] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """Flat metrics: ``quotes.all.*`` and ``quotes.statement.*``."""
        p, r, f = prf(self.tp, self.n_pred - self.extra, self.tp, self.n_gold)
        sp, sr, sf = prf(self.s_tp_pred, self.s_pred, self.s_tp_gold, self.s_gold)
        return {
            "quotes.all.precision": p,
            "quotes.all.recall": r,
            "quotes.all.f1": f,
            "quotes.all.speaker_acc": self.spk_ok / self.spk_scored if self.spk_scored else 0.0,
            "quotes.all.end_to_end": self.e2e_ok / self.e2e_den if self.e2e_den else 0.0,
            "quotes.statement.precision": sp,
            "quotes.statement.recall": sr,
            "quotes.statement.f1": sf,
            "quotes.statement.speaker_acc": self.s_spk_ok / self.s_spk_scored if self.s_spk_scored else 0.0,
            "quotes.statement.end_to_end": self.s_e2e_ok / self.s_e2e_den if self.s_e2e_den else 0.0,
            "quotes.statement.speaker_acc_named": self.s_named_ok / self.s_named_scored if self.s_named_scored else 0.0,
        }


def score_quotes(doc_id: str, gold: list[GoldQuote], pred: list[PredQuote], counts: QuoteCounts) -> None:
    """Add one document's quote scores to ``counts`` (and its errors to ``counts.errors``).

    Statement view: recall over statement gold quotes; precision over predictions
    of 4+ words that are not matched to (or extra segments of) a non-statement
    gold quote, since a partial or scare gold quote says nothing about a long
    prediction being wrong. Speaker accuracy is over matched quotes with a
    scorable gold speaker; end to end is gold quotes found with the right speaker
    over gold quotes with a scorable speaker.
    """
    m = match_quotes(gold, pred)
    by_gold = {j: i for i, j in m.pairs.items()}
    counts.n_gold += len(gold)
    counts.n_pred += len(pred)
    counts.tp += len(m.pairs)
    counts.extra += len(m.extra)
    for i, p in enumerate(pred):
        if len(words(p.text)) < STATEMENT_MIN_WORDS:
            continue
        j = m.pairs.get(i)
        if i in m.extra:
            continue
        if j is not None and not gold[j].statement:
            continue
        counts.s_pred += 1
        if j is not None:
            counts.s_tp_pred += 1
    for j, g in enumerate(gold):
        scorable, _ = g.speaker_target()
        i = by_gold.get(j)
        ok = i is not None and scorable and g.speaker_ok(pred[i].speaker)
        if scorable:
            counts.e2e_den += 1
            counts.e2e_ok += ok
            if i is not None:
                counts.spk_scored += 1
                counts.spk_ok += ok
        if g.statement:
            counts.s_gold += 1
            counts.s_tp_gold += i is not None
            if scorable:
                counts.s_e2e_den += 1
                counts.s_e2e_ok += ok
                if i is not None:
                    counts.s_spk_scored += 1
                    counts.s_spk_ok += ok
                    if not g.coref:
                        counts.s_named_scored += 1
                        counts.s_named_ok += ok
        if i is None:
            counts.errors.append(
                {
                    "doc": doc_id,
                    "kind": "quote miss",
                    "statement": g.statement,
                    "text": g.text,
                    "gold_speaker": g.speaker,
                    "canonical": g.canonical,
                }
            )
        elif scorable and not ok:
            counts.errors.append(
                {
                    "doc": doc_id,
                    "kind": "wrong speaker",
                    "statement": g.statement,
                    "text": g.text,
                    "gold_speaker": g.canonical or g.speaker,
                    "gold_by_coreference": g.coref,
                    "predicted_speaker": pred[i].speaker,
                }
            )
    for i, p in enumerate(pred):
        if i not in m.pairs and i not in m.extra:
            counts.errors.append(
                {
                    "doc": doc_id,
                    "kind": "quote false positive",
                    "statement": len(words(p.text)) >= STATEMENT_MIN_WORDS,
                    "text": p.text,
                    "predicted_speaker": p.speaker,
                }
            )


# --------------------------------------------------------------------------- entities

LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Entity:
    """One entity of a document: a label and every form of its name."""

    label: str
    forms: tuple[str, ...]


#: Legal forms after a company's name: "Tarvel SA" and "Tarvel" are one organisation.
_LEGAL_FORMS = frozenset("inc corp corporation ltd limited co company spa sa ag gmbh plc nv bv llc llp".split())


def _without_legal_form(form: str) -> str:
    words = form.replace(".", "").replace(",", "").split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _LEGAL_FORMS else " ".join(words)


def _entity_match(a: Entity, b: Entity) -> int:
    """2 for a shared exact form, 1 for an alias match (people: a surname or first name;
    organisations: the name without its legal form), 0 for none."""
    if a.label != b.label:
        return 0
    person = a.label == "PER"
    na = {normalise_form(f, person=person) for f in a.forms} - {""}
    nb = {normalise_form(f, person=person) for f in b.forms} - {""}
    if na & nb:
        return 2
    if person and any(names_match(x, y) for x in a.forms for y in b.forms):
        return 1
    if a.label == "ORG" and {_without_legal_form(f) for f in na} & {_without_legal_form(f) for f in nb}:
        return 1
    return 0


def cluster_entities(mentions: list[tuple[str, str]]) -> list[Entity]:
    """Group (text, label) mentions into entities: the gold side of the entity-set score.

    Within a label, case-folded equal forms are one entity; for people a surname
    (or a first name) alone joins the full name it matches ('Duran' joins
    'Roberto Duran'), for organisations the name without its legal form joins the
    full one ('Tarvel' joins 'Tarvel SA'). Single-token forms are placed after multi-token ones so that
    they join a full name rather than start their own entity.
    """
    clusters: list[list[str]] = []
    labels: list[str] = []
    ordered = sorted(enumerate(mentions), key=lambda im: (len(im[1][0].split()) == 1, im[0]))
    for _, (text, label) in ordered:
        if label not in LABELS or not normalise_form(text, person=label == "PER"):
            continue
        probe = Entity(label, (text,))
        for c, lab in zip(clusters, labels):
            if _entity_match(probe, Entity(lab, tuple(c))):
                if text not in c:
                    c.append(text)
                break
        else:
            clusters.append([text])
            labels.append(label)
    return [Entity(lab, tuple(c)) for c, lab in zip(clusters, labels)]


@dataclass
class EntityCounts:
    """True positives, false positives and misses per label, summed over documents."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    errors: list[dict] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """Flat metrics: ``actors.{PER,ORG,LOC,micro}.{precision,recall,f1}``."""
        out: dict[str, float] = {}
        rows = {lab: (self.tp[lab], self.fp[lab], self.fn[lab]) for lab in LABELS}
        rows["micro"] = tuple(sum(v[k] for v in rows.values()) for k in range(3))  # type: ignore[assignment]
        for lab, (tp, fp, fn) in rows.items():
            p, r, f = prf(tp, tp + fp, tp, tp + fn)
            out[f"actors.{lab}.precision"] = p
            out[f"actors.{lab}.recall"] = r
            out[f"actors.{lab}.f1"] = f
        return out


def score_entities(doc_id: str, gold: list[Entity], pred: list[Entity], counts: EntityCounts) -> None:
    """Add one document's entity-set scores to ``counts``.

    One-to-one matching per label: a predicted entity (an actor: its name and
    aliases together) is a hit when any of its forms matches a form of a gold
    entity; exact-form pairs are matched before alias pairs. A second actor for
    the same gold entity is a false positive (a duplicate in the brief).
    Predictions with a label outside PER/ORG/LOC are ignored.
    """
    pred = [p for p in pred if p.label in LABELS]
    scores = {}
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = _entity_match(p, g)
            if s:
                scores[(i, j)] = s
    pairs = _greedy_pairs(scores)
    hit_gold = set(pairs.values())
    for i, p in enumerate(pred):
        if i in pairs:
            counts.tp[p.label] += 1
        else:
            counts.fp[p.label] += 1
            counts.errors.append(
                {"doc": doc_id, "kind": "actor false positive", "label": p.label, "forms": list(p.forms)}
            )
    for j, g in enumerate(gold):
        if j not in hit_gold:
            counts.fn[g.label] += 1
            counts.errors.append({"doc": doc_id, "kind": "actor miss", "label": g.label, "forms": list(g.forms)})


# --------------------------------------------------------------------------- key points


def match_sentences(pred: list[str], gold: list[str]) -> int:
    """How many predicted sentences are gold sentences (one-to-one).

    Two sentences are the same when their ordered word overlap covers at least
    80% of the longer one: tolerant of different splitting of a quote or a
    trimmed lead-in, strict enough that a neighbouring sentence never counts.
    """
    scores: dict[tuple[int, int], float] = {}
    pw = [words(s) for s in pred]
    gw = [words(s) for s in gold]
    for i, a in enumerate(pw):
        for j, b in enumerate(gw):
            overlap = word_overlap(a, b)
            if overlap and overlap >= 0.8 * max(len(a), len(b)):
                scores[(i, j)] = overlap
    return len(_greedy_pairs(scores))
