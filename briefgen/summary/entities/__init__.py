"""Who and what the article names: mentions of named entities, their kinds, and people's names."""
