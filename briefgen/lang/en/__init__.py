"""English word lists and patterns: places and nationalities, organisation and place words,
titles, given names, the words of reported speech (speech.py)."""
