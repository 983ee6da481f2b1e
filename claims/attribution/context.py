"""The state attribution keeps while it reads one article: the cues a sentence gives, and what
the article has said so far (who holds which role, who spoke last, whom it named)."""
from __future__ import annotations

from dataclasses import dataclass, field

from claims.models import Entity
from claims.names import Registry


@dataclass
class Cue:
    entity: Entity
    ref: str  # named | role | pronoun
    role: str  # speaker | told | cited | reporting
    position: int
    span: tuple[int, int]  # what to strip from the claim's content


@dataclass
class Context:
    """What the article has told us so far: who holds which role, who spoke last."""

    registry: Registry
    publisher: Entity
    language: str
    last_speaker: Entity | None = None
    last_person: Entity | None = None
    last_person_object: bool = False  # last named as an object ("... मुख्यमंत्री रेवती नायर को जानकारी दी"), not a subject
    subject: Entity | None = None  # the person the last sentence named first, not as an object: its subject
    agent: str | None = None  # the name the last sentence gave its agent ("X ने"), when no one spoke in it
    last_body: Entity | None = None  # the last body that spoke: what a later "it" means
    in_quote: bool = False
    prev_speaker: Entity | None = None
    last_source: Entity | None = None
    asked: Entity | None = None  # the person a question in this sentence was put to ...
    asked_end: int = 0  # ... and where the question's verb ends: a pronoun after it answers
    opening: Entity | None = None  # the person this sentence opens with, named in full, as its subject ...
    opening_end: int = 0  # ... where that name ends: "he" after it, in the same sentence, is that person ...
    opening_limit: int = 0  # ... until the sentence names another person
    roles: dict[str, Entity] = field(default_factory=dict)
    people: list[Entity] = field(default_factory=list)
    orgs: list[Entity] = field(default_factory=list)
    described_people: set[str] = field(default_factory=set)  # one-word names the article described as people
    seen: set[str] = field(default_factory=set)  # listed people and bodies the article named
    research: Entity | None = None  # the research team whose findings the article reports
    unclaimed: list[tuple[int, int]] = field(default_factory=list)  # this sentence's speech wrappers of no one
    kind_named: set[str] = field(default_factory=set)  # this sentence's bodies named beside their kind
    issuer: Entity | None = None  # who issued the statement the article quotes: what "the statement said" means
    offices: dict[str, str] = field(default_factory=dict)  # an unnamed office's id -> its words
    titles: dict[str, set[str]] = field(default_factory=dict)  # a person's id -> titles named with ("dr")
    before: dict[str, dict[str, None]] = field(default_factory=dict)  # a Devanagari word -> the words read right
    # before it, first read first
    after: dict[str, set[str]] = field(default_factory=dict)  # a Devanagari word -> the words read right after it
    spelt: dict[str, set[str]] = field(default_factory=dict)  # initials ("PLM") -> names read with them
    managed: Entity | None = None  # the body whose management spoke last ("रिजर्व प्रबंधन"): a bare "प्रबंधन"
    # an acronym's Latin letters -> the body the article named in full before it in brackets
    acronyms: dict[str, Entity] = field(default_factory=dict)
    called: dict[str, set[str]] = field(default_factory=dict)  # a body's or person's id -> its names in the article's script
    kinds: dict[str, str] = field(default_factory=dict)  # a body's id -> its kind when a word said it ("कंपनी X")
    state: str = ""  # the first state the article names ("madhya_pradesh"): whose departments it quotes
    state_weak: bool = False  # that state is only where the article was filed from, or a city's, so far
    place: str = ""  # where the article is datelined ("Sangli"): the police it quotes are that place's
    # an unnamed group spoke last ("officials said", "अधिकारियों ने बताया"): a "they" or
    # "उन्होंने" after it is that group, which is no speaker
    group_spoke: bool = False
