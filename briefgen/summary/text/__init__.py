"""The article as the engine reads it: sentences with spans, the spaCy parse, length limits, truecasing."""
