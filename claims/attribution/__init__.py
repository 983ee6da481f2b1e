"""Who says each sentence, which sources it credits, and what kind of statement it is.

Rules, not a trained model, in parts that each read on their own:

- ``mentions``: names (with titles and initials), roles, institutions, media and pronouns
  inside a noun phrase;
- ``context``: what attribution remembers while it reads an article;
- ``entities``: who is who in one article, and which entity a later surname, role or
  pronoun refers to (the article first, the alias file only as a prior);
- ``cues_hi`` / ``cues_en``: the attribution cues of each language (``ने कहा``, ``के अनुसार``,
  ``said``, ``according to`` ...), with their words in ``claims/lexicon``;
- ``attributor``: one sentence's speaker, credited sources and kind.
"""
from claims.attribution.attributor import Attributor
from claims.attribution.context import Context, Cue
from claims.attribution.entities import Entities
from claims.attribution.text import for_matching, quoted_spans

__all__ = ["Attributor", "Context", "Cue", "Entities", "for_matching", "quoted_spans"]
