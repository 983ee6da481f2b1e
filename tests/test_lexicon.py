"""The per-language lexicons: one place for each language's words."""
import re
from pathlib import Path

import pytest
import yaml

import claims
from claims.attribution import cues_hi
from claims.lexicon import LANGUAGES, LexiconError, alternation, lexicon

SHARED = ("speech_verbs", "pronouns", "possessive_pronouns", "titles", "roles", "generic_heads",
          "institution_words", "media_words", "boundaries", "framing", "abbreviations", "org_modifiers")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_shared_sections(language):
    lex = lexicon(language)
    for key in SHARED:
        assert lex.words(key), (language, key)
        assert all(isinstance(w, str) and w.strip() == w and w for w in lex.words(key)), (language, key)


def test_an_unknown_language_is_a_clear_error():
    with pytest.raises(LexiconError):
        lexicon("xx")


def test_alternation_tries_the_longest_word_first():
    assert re.match(alternation(["say", "says"]), "says").group(0) == "says"


def test_hindi_speech_verbs_drive_the_cues():
    # the cue module reads its verbs from hi.yaml, not from a list of its own
    assert cues_hi.SPEECH == lexicon("hi").words("speech_verbs")
    assert "कहा" in cues_hi.SPEECH and "बताया" in cues_hi.SPEECH


def test_no_rule_names_a_person_or_outlet_in_the_lexicon():
    # lexicons hold language, not people: no word of a lexicon is an alias of a listed person
    from claims.names import Registry
    reg = Registry.default()
    for language in LANGUAGES:
        for key in SHARED:
            for word in lexicon(language).words(key):
                entity = reg.lookup(word)
                assert entity is None or entity.kind != "person" or len(word) < 3, (language, key, word)


@pytest.mark.parametrize("name", ["lexicon/en.yaml", "lexicon/hi.yaml", "aliases.yaml", "data/places.yaml"])
def test_every_word_in_the_data_files_is_text(name):
    # YAML reads a bare on, off, yes or no as true or false: such a word must be quoted
    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                assert not isinstance(key, bool), (name, where, key)
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for item in node:
                walk(item, where)
        else:
            assert not isinstance(node, bool), (name, where)
    walk(yaml.safe_load((Path(claims.__file__).parent / name).read_text(encoding="utf-8")), "")
