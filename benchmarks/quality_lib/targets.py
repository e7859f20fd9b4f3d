"""What briefgen's scores should reach: a number, a baseline of the same run, or the best peer.

Targets say where the engine is going; they do not fail the gate (floors do, see ``gate``).
The table prints each beside the score with "met" or "NOT MET".
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Target", "TARGETS", "target_status", "targets_label", "ENGINE", "ISSUE14_R1_TODAY"]

ENGINE = "briefgen"
_BASELINES = {"lead3": "Lead-3", "leadk": "Lead-k", "lead1": "Lead-1"}
_ALL_HALVES = ("", "a.", "b.")


@dataclass(frozen=True)
class Target:
    """A goal for one of briefgen's metrics.

    ``value``: a number. ``against``: another metric of briefgen's run (a baseline
    scored in the same run, such as ``cnndm.a.lead3.rouge2``), plus ``offset``.
    Neither: at least level with the best peer. ``at_most``: lower is better.
    """

    metric: str
    value: float | None = None
    against: str | None = None
    offset: float = 0.0
    at_most: bool = False
    source: str = ""  # where the target comes from ("issue 13")

    def threshold(self, scores: dict[str, dict[str, float]]) -> float | None:
        """The number to reach in this run (None when the baseline or every peer is missing)."""
        if self.value is not None:
            return self.value
        if self.against is not None:
            base = scores.get(ENGINE, {}).get(self.against)
            return None if base is None else base + self.offset
        peer_values = [s[self.metric] for name, s in scores.items() if name != ENGINE and self.metric in s]
        return max(peer_values) if peer_values else None

    def met(self, ours: float, scores: dict[str, dict[str, float]]) -> bool | None:
        """Whether ``ours`` reaches the target (None when the threshold is unknown)."""
        t = self.threshold(scores)
        if t is None:
            return None
        return ours <= t + 1e-12 if self.at_most else ours >= t - 1e-12

    def label(self, scores: dict[str, dict[str, float]]) -> str:
        """How the target reads in the table."""
        t = self.threshold(scores)
        sign = "<=" if self.at_most else ">="
        shown = "n/a" if t is None else f"{t:.3f}"
        if self.against is not None:
            what = next((name for tag, name in _BASELINES.items() if tag in self.against.split(".")), self.against)
            extra = f" + {self.offset:g}" if self.offset else ""
            return f"{sign} {what}{extra} ({shown})"
        if self.value is None:
            return f"{sign} best peer ({shown})"
        return f"{sign} {t:g}" if self.at_most and t is not None and t >= 2 else f"{sign} {shown}"


#: CNN/DailyMail top-3 ROUGE-1 on the day issue 14 was taken up: the key points must end above it.
ISSUE14_R1_TODAY = {"": 0.4268, "a.": 0.4130, "b.": 0.4407}


def _issue_targets() -> list[Target]:
    out: list[Target] = []
    for h in _ALL_HALVES:
        out += [
            Target(f"actors.{h}micro.f1", 0.88, source="issue 13"),
            Target(f"actors.{h}PER.f1", 0.93, source="issue 13"),
            Target(f"quotes.{h}statement.speaker_acc", 0.92, source="issue 13"),
            Target(f"quotes.{h}statement.end_to_end", 0.90, source="issue 13"),
            Target(f"cnndm.{h}rouge2", against=f"cnndm.{h}lead3.rouge2", source="issue 14"),
            Target(f"cnndm.{h}rouge1", ISSUE14_R1_TODAY[h] + 0.001, source="issue 14: above today's"),
            Target(f"cnndm.{h}bottom_line.words_max", 30, at_most=True, source="issue 14"),
            Target(f"cnndm.{h}bottom_line.words_mean", 20, at_most=True, source="issue 14"),
            Target(f"cnndm.{h}bottom_line.over30", 0.0, at_most=True, source="issue 14"),
            Target(f"cnndm.{h}bottom_line.rouge1", against=f"cnndm.{h}lead1.rouge1", offset=0.02, source="issue 14"),
        ]
    return out


_TARGET_LIST: tuple[Target, ...] = (
    Target("cnndm.rouge2", 0.195),
    Target("cnndm.rouge1", 0.415),
    Target("bbc.rouge2"),
    Target("quotes.statement.f1", 0.92),
    *_issue_targets(),
    *(Target(f"pages.{kind}.{half}f1", 0.92) for kind in ("paste_w3m", "paste_lynx") for half in _ALL_HALVES),
    *(Target(f"pages.{kind}.{half}precision", 0.90) for kind in ("paste_w3m", "paste_lynx") for half in _ALL_HALVES),
    *(Target(f"pages.{kind}.{half}headline", 0.85) for kind in ("paste_w3m", "paste_lynx") for half in _ALL_HALVES),
    *(Target(f"pages.html.{half}f1") for half in _ALL_HALVES),
    Target("clean.sentences_kept", 1.0),
)

#: Metric -> its targets (a metric may have an old target and an issue's, both shown).
TARGETS: dict[str, tuple[Target, ...]] = {}
for _t in _TARGET_LIST:
    TARGETS[_t.metric] = (*TARGETS.get(_t.metric, ()), _t)


def target_status(metric: str, scores: dict[str, dict[str, float]]) -> bool | None:
    """True/False when briefgen meets/misses every target of ``metric``; None without a target or score."""
    ours = scores.get(ENGINE, {}).get(metric)
    if metric not in TARGETS or ours is None:
        return None
    verdicts = [t.met(ours, scores) for t in TARGETS[metric]]
    if any(v is False for v in verdicts):
        return False
    return None if all(v is None for v in verdicts) else True


def targets_label(metric: str, scores: dict[str, dict[str, float]]) -> str:
    """Every target of ``metric`` as the table shows it ("" when it has none)."""
    return " and ".join(t.label(scores) for t in TARGETS.get(metric, ()))
