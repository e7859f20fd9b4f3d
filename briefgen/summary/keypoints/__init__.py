"""Key points and the bottom line: candidate units of the text, ranked, picked verbatim."""

from .bottomline import bottom_line
from .select import select_key_points

__all__ = ["bottom_line", "select_key_points"]
