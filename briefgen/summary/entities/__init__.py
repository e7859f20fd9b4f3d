"""The entities of an article: mentions typed and grouped into people, organisations and
places, built once per article (:func:`entity_model`) and read by actors, quote speakers
and questions. See :mod:`briefgen.summary.entities.model` for how to use it."""

from .model import EntityModel, entity_model

__all__ = ["EntityModel", "entity_model"]
