"""Actors of the brief: the entities of the article, ranked, with their roles and aliases."""

from .extract import extract_actors, favour_bottom_line

__all__ = ["extract_actors", "favour_bottom_line"]
