"""Datelines of English news copy: the place (and agency) that open a story."""

from __future__ import annotations

import re

__all__ = ["AGENCY_DATELINE"]

#: "OSLO (Reuters) - ...", "KINGSTON, Jamaica (AP) — ...": group 1 is the place, "agency" the agency.
AGENCY_DATELINE = re.compile(r"^([A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.'’ -]+)?)\s*\((?P<agency>[A-Z][\w ]{1,25})\)\s*[-–—]")
