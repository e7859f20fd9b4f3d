"""A key point that the article's next sentence turns against: half of a contrast.

"Many shipowners back the new port fees and say the harbour needs dredging." reads, alone, as
the article's point; the article goes on "But they say the fees came too fast ...", and that
turn is what it says. Shown alone, the first half tells the reader the opposite of the article
(a blind review's major: "half of a contrast, misleading by selection"). So a point of one
sentence whose next sentence, in the same paragraph or the next, opens on a turn ("But",
"However", "Yet", "Still", ...: :data:`~briefgen.lang.en.discourse.TURN_OPENERS`) takes that
sentence with it, when the two fit MAX_TURN_WORDS and the turn is no other point's, no
question and no quotation.

Coverage (default count): 10 CNN/DailyMail, 8 BBC, 20 PolNeAR and 9 CoNLL dev articles, 3 of the
60 real pages and 13 training pages. A blind A/B of 15 changed briefs (at a 50-word limit)
preferred the joined points 12 to 3 (the 3 marginal: an adding "But" that repeats). CNN/DailyMail
top-3 ROUGE-1 0.4141 -> 0.4135 (half a), 0.4408 -> 0.4406 (half b); not in BBC's long extract.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.discourse import ATTRIBUTION_SHELL_NOUNS, TURN_OPENERS
from ...model import KeyPoint
from ...trace import fired
from .openings import leans_back

if TYPE_CHECKING:
    from ..types import Unit

__all__ = ["with_their_turns"]

#: A point and its turn are at most this long together, in words: as a point may be with another
#: it leans on (65, :data:`.select.MAX_HOST_JOINED_WORDS`); half of a contrast alone misleads more
#: than a long point does.
MAX_TURN_WORDS = 65


def with_their_turns(points: "list[KeyPoint]", chosen: "list[Unit]", after: "dict[int, Unit]") -> "list[KeyPoint]":
    """``points`` (one per unit of ``chosen``), each point of one sentence joined to the sentence
    ``after`` it that turns against it (see the module)."""
    orders = {u.order for u in chosen}
    out: list[KeyPoint] = []
    for unit, point in zip(chosen, points):
        turn = after.get(unit.order)
        if turn is not None and point.spans == [(unit.start, unit.end)] and _turns(unit, turn, orders):
            fired("keypoints.joined_turn")
            orders.add(turn.order)
            point = KeyPoint(text=f"{unit.text} {turn.text}", spans=[(unit.start, unit.end), (turn.start, turn.end)])
        out.append(point)
    return out


#: A sentence that names whose claim the one before it was: "That was the stark warning of the
#: harbour board ...", "This is the view of Ana Ruiz, the club's coach."
_ATTRIBUTED_BACK = re.compile(
    r"^(?:That|This)\s+(?:was|is|has\s+been|had\s+been)\s+(?:the|a|an|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + "|".join(sorted(ATTRIBUTION_SHELL_NOUNS)) + r")\b"
)


def _attributes_back(turn: "Unit") -> bool:
    """``turn`` says whose claim the sentence before it was ("Ferry fares will double by May. That
    was the warning of the harbour board on Monday."): alone, the point states the claim as a
    fact of the article's, which it is not (a blind review's blocker: a lockdown "is needed", an
    expert body's advice that the government had rejected). Coverage: 1 of the 111 training pages
    (both inputs); a second page writes it after its lede, which the point joins already (the
    "That" leans); no dev article nor real page. Kept though rare: it joins the article's own next
    sentence, as a turn does, and a claim shown as the article's fact is a wrong fact."""
    if _ATTRIBUTED_BACK.match(turn.text) is None:
        return False
    fired("keypoints.attributed_back")
    return True


def _turns(unit: "Unit", turn: "Unit", orders: set[int]) -> bool:
    """``turn`` is the next sentence, opening on a turn against ``unit`` or saying whose claim
    ``unit`` was, free to join it."""
    if turn.order in orders or not turn.eligible or turn.quote_share >= 0.5:
        return False
    if turn.text.endswith("?") or (leans_back(turn.text) not in TURN_OPENERS and not _attributes_back(turn)):
        return False
    if turn.sentence.paragraph not in (unit.sentence.paragraph, unit.sentence.paragraph + 1):
        return False
    return unit.words + turn.words <= MAX_TURN_WORDS
