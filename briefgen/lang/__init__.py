"""Language data, apart from the code that uses it (as spaCy's ``spacy.lang``): one sub-package per
language holds its word lists and patterns. English (``en``) is the only layer so far; a second
language is added as a sibling package with the same module names."""
